import * as ACData from 'adaptivecards-templating';
import { CARD_LANGUAGE_KEY, isLanguage, type Language, type Translate } from '../bot/i18n';
import answer from './answer.json';
import apology from './apology.json';
import caseStage from './case.json';
import caseReply from './case-reply.json';
import caseSummary from './case-summary.json';
import cpd from './cpd.json';
import forget from './forget.json';
import help from './help.json';
import lesson from './lesson.json';
import lessonComplete from './lesson-complete.json';
import notice from './notice.json';
import path from './path.json';
import nudge from './nudge.json';
import nudgeTime from './nudge-time.json';
import progress from './progress.json';
import quiz from './quiz.json';
import myData from './my-data.json';
import quizResult from './quiz-result.json';
import record from './record.json';
import settings from './settings.json';
import welcome from './welcome.json';

/** An Adaptive Card as JSON, ready to attach to a message or return from an invoke. */
export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** The card templates, by name. Imported, so the build carries them: they are code, not content. */
export const TEMPLATES = { welcome, help, answer, apology, forget, 'my-data': myData, notice, lesson, 'lesson-complete': lessonComplete, path, quiz, 'quiz-result': quizResult, progress, settings, case: caseStage, 'case-reply': caseReply, 'case-summary': caseSummary, nudge, 'nudge-time': nudgeTime, record, cpd } as const;
export type TemplateName = keyof typeof TEMPLATES;

const templates = new Map(Object.entries(TEMPLATES).map(([name, json]) => [name as TemplateName, new ACData.Template(withRows(json))]));

/**
 * A tappable row, written once: a template names one as `{ "$row": "<label>", "selectAction": {...} }` (with any
 * `$data`, `$when` or `spacing` of its own), and it becomes a shaded container holding the label, wrapped, beside a "›", so
 * the whole row is the button however long the label (an offered question, an example question, a saved lesson). A
 * button's title is cut off in Teams; a row is not.
 */
export function withRows<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withRows) as T;
  if (typeof node !== 'object' || node === null) return node;
  const { $row, ...rest } = node as Record<string, unknown>;
  const object = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withRows(value)]));
  if (typeof $row !== 'string') return object as T;
  const cell = (width: string, block: Record<string, unknown>) => ({ type: 'Column', width, verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', color: 'Accent', ...block }] });
  return {
    type: 'Container',
    style: 'emphasis',
    ...object,
    items: [{ type: 'ColumnSet', columns: [cell('stretch', { text: $row, wrap: true }), cell('auto', { text: '›', weight: 'Bolder' })] }],
  } as T;
}

/** Expands a template with already-escaped data. Exported for the template tests. */
export function expand(name: TemplateName, data: Record<string, unknown>): CardJson {
  const card = templates.get(name)!.expand({ $root: data }) as CardJson;
  return isLanguage(card.lang) ? withCardLanguage(card, card.lang) : card;
}

/**
 * Every action's data carries the language the card is written in, so a button pressed on a Welsh card is answered in
 * Welsh though the learner's Teams is in English and they never chose a language (they wrote in Welsh, and were answered
 * in Welsh). An action that already says a language (the language switch's own `language`) keeps it.
 */
function withCardLanguage<T>(node: T, language: Language): T {
  if (Array.isArray(node)) return node.map((item) => withCardLanguage(item, language)) as T;
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, withCardLanguage(value, language)] as const);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  const data = typeof object.data === 'object' && object.data !== null && !Array.isArray(object.data) ? (object.data as Record<string, unknown>) : undefined;
  // An Action.Execute names its verb itself; an Action.Submit carries it in its data.
  const ours = typeof object.verb === 'string' || (data !== undefined && 'verb' in data);
  if (typeof object.type === 'string' && object.type.startsWith('Action.') && ours && (data !== undefined || object.data === undefined)) {
    object.data = { ...data, [CARD_LANGUAGE_KEY]: language };
  }
  return object as T;
}

/** The language a card is rendered in and its translator. */
export interface CardContext {
  readonly language: Language;
  readonly t: Translate;
}
