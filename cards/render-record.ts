import type { CpdPeriod, CpdSummary } from '../bot/reporting/cpd';
import { describeDate } from '../bot/i18n/dates';
import { cardLink, escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';

/** What "my record" shows: where records go, whether reporting is on, and what was sent. */
export interface RecordView {
  /** The LRS's host name, when one is configured. */
  readonly lrsHost?: string;
  readonly viva: boolean;
  readonly reportingOn: boolean;
  readonly sent: number;
  readonly queued: number;
  /** Said instead of the status line, right after the learner changed it. */
  readonly notice?: string;
  readonly recent: readonly { readonly verb: string; readonly name: Readonly<Record<string, string>>; readonly at: string; readonly refused: boolean }[];
}

const VERB_KEYS = ['completed', 'answered', 'mastered', 'attempted', 'experienced'] as const;

export function renderRecord({ language, t }: CardContext, view: RecordView): CardJson {
  const connected = !!view.lrsHost || view.viva;
  const where = [
    ...(view.lrsHost ? [t('record.whereLrs', { host: view.lrsHost })] : []),
    ...(view.viva ? [t('record.whereViva')] : []),
    ...(connected ? [] : [t('record.whereNone')]),
  ].map(escapeCardText);
  const tag = language === 'cy' ? 'cy-GB' : 'en-GB';
  return expand('record', {
    language,
    title: escapeCardText(t('record.title')),
    where,
    status: connected ? escapeCardText(view.notice ?? t(view.reportingOn ? 'record.on' : 'record.off')) : '',
    counts: connected ? escapeCardText(t('record.counts', { sent: view.sent, queued: view.queued })) : '',
    recentTitle: escapeCardText(t('record.recent')),
    recent: view.recent.map((r) => {
      const verb = (VERB_KEYS as readonly string[]).includes(r.verb) ? t(`record.verb.${r.verb as (typeof VERB_KEYS)[number]}`) : r.verb;
      const name = r.name[tag] ?? r.name['en-GB'] ?? '';
      return { title: describeDate(r.at.slice(0, 10), language), value: escapeCardText(`${verb}: ${name}${r.refused ? ` (${t('record.refused')})` : ''}`) };
    }),
    canTurnOff: connected && view.reportingOn,
    canTurnOn: connected && !view.reportingOn,
    turnOffLabel: t('record.turnOff'),
    turnOnLabel: t('record.turnOn'),
    cpdLabel: t('record.cpd'),
  });
}

export function renderCpd({ language, t }: CardContext, summary: CpdSummary, period: CpdPeriod, retentionDays: number): CardJson {
  const from = describeDate(period.from, language);
  const to = describeDate(period.to, language);
  const empty = summary.lessons.length === 0 && summary.answered === 0 && summary.cases === 0;
  return expand('cpd', {
    language,
    title: escapeCardText(t('cpd.title', { from, to })),
    total: escapeCardText(t('cpd.total', { minutes: summary.minutes })),
    empty: empty ? escapeCardText(t('cpd.empty', { from, to })) : '',
    lessonsTitle: escapeCardText(t('cpd.lessons', { count: summary.lessons.length })),
    lessons: summary.lessons.map((l) => escapeCardText(t('cpd.lessonRow', { date: describeDate(l.date, language), title: `${l.mentor.name}: ${l.title[language]}`, minutes: l.minutes }))),
    questions: summary.answered > 0 ? escapeCardText(t('cpd.questions', { answered: summary.answered, correct: summary.correct, minutes: summary.questionMinutes })) : '',
    cases: summary.cases > 0 ? escapeCardText(t('cpd.cases', { count: summary.cases })) : '',
    sourcesTitle: escapeCardText(t('cpd.sources')),
    sources: summary.sources.map((s) => cardLink(s.title, s.url)),
    note: escapeCardText(t('cpd.note', { days: retentionDays })),
    lessonLabel: t('progress.lesson'),
  });
}
