import type { Mentor } from './types';
import type { ContentProblems } from './validate';

/** A checked source the content may cite, from mentors/sources.json. */
export interface AllowedSource {
  readonly url: string;
  readonly evidence: 'read' | 'linked' | 'github-only';
  /** When the entry was last confirmed, YYYY-MM-DD. */
  readonly lastChecked?: string;
  /** The source was replaced or moved: content must cite `successor` instead. */
  readonly superseded?: boolean;
  readonly successor?: string;
}

/** Sources not confirmed for longer than this are reported, so someone re-reads them. */
export const SOURCE_STALE_MONTHS = 12;
/** A mentor's content is due for re-review after this many months unless its mentor.json says otherwise. */
export const DEFAULT_REVIEW_PERIOD_MONTHS = 12;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date `months` months before `now`, as YYYY-MM-DD (ISO dates compare as strings). */
export function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/**
 * Checks mentors/sources.json itself: every entry says when it was last checked (an error when it
 * does not), a superseded entry names a successor that is itself listed, and entries not checked
 * for more than 12 months are reported as warnings.
 */
export function lintSourceList(allowed: readonly AllowedSource[], problems: ContentProblems, now: Date): void {
  const where = 'mentors/sources.json';
  const urls = new Set(allowed.map((s) => s.url));
  const staleBefore = monthsBefore(now, SOURCE_STALE_MONTHS);
  for (const source of allowed) {
    if (!source.lastChecked || !DATE.test(source.lastChecked)) problems.error(`${where} ${source.url}`, 'lastChecked', 'must be the date the source was last confirmed, as YYYY-MM-DD');
    else if (source.lastChecked < staleBefore) problems.warn(`${where} ${source.url}`, 'lastChecked', `is ${source.lastChecked}, more than ${SOURCE_STALE_MONTHS} months ago: open the page, confirm it still says what the content cites it for, and update the date`);
    if (source.superseded && (!source.successor || !urls.has(source.successor))) problems.error(`${where} ${source.url}`, 'successor', 'must name the listed source that replaces this superseded one');
  }
}

/** The cited-source rule: listed, not superseded (cite the successor), and warned when seen only on GitHub. */
export function checkCitation(where: string, url: string, byUrl: ReadonlyMap<string, AllowedSource>, problems: ContentProblems): void {
  const known = byUrl.get(url);
  if (!known) problems.error(where, 'sources', `cites ${url}, which is not in mentors/sources.json; cite a checked source, or check this one and add it there`);
  else if (known.superseded) problems.error(where, 'sources', `cites ${url}, which is superseded by ${known.successor}; cite the successor (and check the wording still matches it)`);
  else if (known.evidence === 'github-only') problems.warn(where, 'sources', `cites ${url}, seen only in public code: open it and confirm it before marking this reviewed`);
}

/** Reviewed content whose review is older than its mentor's review period is reported for re-review. */
export function lintReviewAge(mentor: Mentor, problems: ContentProblems, now: Date): void {
  const months = mentor.reviewPeriodMonths ?? DEFAULT_REVIEW_PERIOD_MONTHS;
  const dueBefore = monthsBefore(now, months);
  const kinds = [['explainers.json', mentor.explainers], ['lessons.json', mentor.lessons], ['quiz.json', mentor.quiz], ['cases.json', mentor.cases]] as const;
  for (const [file, list] of kinds) {
    for (const item of list) {
      const date = item.review.date;
      if (item.review.status === 'reviewed' && date && date < dueBefore) problems.warn(`mentors/${mentor.id}/${file} ${item.id}`, 'review.date', `is ${date}, older than ${mentor.id}'s review period of ${months} months: ask a reviewer to re-review it`);
    }
  }
}
