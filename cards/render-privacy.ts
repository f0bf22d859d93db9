import { escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';

/** What HALI holds about a learner, counted by kind (one stored document is one record). */
export interface DataSummary {
  readonly total: number;
  readonly kinds: Readonly<Record<'profile' | 'events' | 'claims' | 'cases' | 'analytics' | 'history' | 'sharedHistory' | 'userState', number>>;
  /** What the profile record holds, in the learner's terms. */
  readonly details: { readonly lessonsDone: number; readonly saved: number; readonly scheduled: number; readonly answered: number };
}

/**
 * The "my data" summary card: each kind of record with its count (kinds with none left out), what
 * the profile holds, and where the full export is (`delivery`: a file to accept, or messages below).
 */
export function renderDataSummary({ language, t }: CardContext, summary: DataSummary, delivery: 'file' | 'messages'): CardJson {
  const { kinds, details } = summary;
  const rows: [string, number, string?][] = [
    ['privacy.kind.profile', kinds.profile, t('privacy.kind.profileDetail', details)],
    ['privacy.kind.events', kinds.events],
    ['privacy.kind.cases', kinds.cases],
    ['privacy.kind.analytics', kinds.analytics],
    ['privacy.kind.history', kinds.history + kinds.userState],
    ['privacy.kind.sharedHistory', kinds.sharedHistory],
    ['privacy.kind.claims', kinds.claims],
  ];
  return expand('my-data', {
    language,
    title: escapeCardText(t('privacy.summaryTitle')),
    total: escapeCardText(t('privacy.summaryTotal', { count: summary.total })),
    facts: rows
      .filter(([, count]) => count > 0)
      .map(([key, count, detail]) => ({ title: escapeCardText(t(key as 'privacy.kind.events')), value: escapeCardText(detail ? `${count} · ${detail}` : String(count)) })),
    feedback: escapeCardText(t('privacy.summaryFeedback')),
    delivery: escapeCardText(t(delivery === 'file' ? 'privacy.summaryFile' : 'privacy.summaryMessages')),
  });
}
