import * as ACData from 'adaptivecards-templating';
import type { Language, Translate } from '../bot/i18n';
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

const templates = new Map(Object.entries(TEMPLATES).map(([name, json]) => [name as TemplateName, new ACData.Template(json)]));

/** Expands a template with already-escaped data. Exported for the template tests. */
export function expand(name: TemplateName, data: Record<string, unknown>): CardJson {
  return templates.get(name)!.expand({ $root: data }) as CardJson;
}

/** The language a card is rendered in and its translator. */
export interface CardContext {
  readonly language: Language;
  readonly t: Translate;
}
