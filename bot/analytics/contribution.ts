import type { AnalyticsMarks, Learner, LearnerChange } from '../learning/learner';
import { mergeCounters, type Counters } from './counters';
import { restScoreUpdate, withFirstAnswer, type CellAddition } from './rest-score';

/** The period an aggregate covers: a calendar month (UTC, "2026-11") or "all". */
export const ALL_TIME = 'all';

export function monthOf(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** ISO-8601 week of `now` in UTC, e.g. "2026-W48". */
export function isoWeekOf(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Where a contribution is counted: the mentor, and the learner's role and language (never who). */
export interface CohortCell {
  readonly mentorId: string;
  readonly role: string;
  readonly language: string;
}

export function cellOf(learner: Learner, mentorId: string, language?: string): CohortCell {
  return { mentorId, role: learner.profile.role ?? 'unstated', language: language ?? learner.language ?? 'en' };
}

export function scopeKey(mentorId: string, period: string): string {
  return `${mentorId}|${period}`;
}

export function cellKey(cell: Pick<CohortCell, 'role' | 'language'>): string {
  return `${cell.role}|${cell.language}`;
}

/**
 * What one thing a learner did adds: plain counts, and distinct counts ("learners who ...") named by
 * a mark, counted once per month and once ever for each learner; `week` counts the learner as active
 * in this ISO week with the mentor.
 */
export interface Contribution {
  readonly counts: Counters;
  readonly distinct?: Readonly<Record<string, string>>;
  /** Counts named by a mark, counted once ever for each learner, in the month it happens and all time (a lesson started). */
  readonly once?: Readonly<Record<string, string>>;
  readonly week?: boolean;
  /** A first answer to an item: its discrimination pairs, and the learner's earlier items' pairs, move on. */
  readonly firstAnswer?: { readonly itemId: string; readonly correct: boolean };
}

/** The learner's marks as of `now` (a new month starts with none seen). */
export function currentMarks(learner: Learner, now: Date): AnalyticsMarks {
  const month = monthOf(now);
  const marks = learner.analytics;
  if (!marks) return { month, seen: [], ever: [] };
  return marks.month === month ? marks : { ...marks, month, seen: [] };
}

/** The counters to add for the month and for all time, and the change that records the marks. */
export interface Resolved {
  readonly month: Counters;
  readonly all: Counters;
  /** Additions to another cell (a learner whose role or language changed: their pairs leave the old cell). */
  readonly elsewhere: readonly CellAddition[];
  readonly change: LearnerChange;
}

/**
 * Resolves a contribution against the learner's marks: a distinct count is added for the month only
 * if this month's marks lack it, and for all time only if the learner was never counted for it; a
 * count counted once is added to both only if the learner was never counted for it.
 */
export function resolveContribution(learner: Learner, cell: CohortCell, contribution: Contribution, now: Date): Resolved {
  const marks = currentMarks(learner, now);
  const month: Counters = { ...contribution.counts };
  const all: Counters = { ...contribution.counts };
  const newSeen: string[] = [];
  const newEver: string[] = [];
  for (const [mark, counter] of Object.entries(contribution.distinct ?? {})) {
    const key = `${cell.mentorId}:${mark}`;
    if (!marks.seen.includes(key)) {
      month[counter] = (month[counter] ?? 0) + 1;
      newSeen.push(key);
    }
    if (!marks.ever.includes(key)) {
      all[counter] = (all[counter] ?? 0) + 1;
      newEver.push(key);
    }
  }
  for (const [mark, counter] of Object.entries(contribution.once ?? {})) {
    const key = `${cell.mentorId}:${mark}`;
    if (marks.ever.includes(key)) continue;
    month[counter] = (month[counter] ?? 0) + 1;
    all[counter] = (all[counter] ?? 0) + 1;
    newEver.push(key);
  }
  const week = isoWeekOf(now);
  const countWeek = contribution.week && marks.weeks?.[cell.mentorId] !== week;
  if (countWeek) {
    month[`w:${week}`] = 1;
    all[`w:${week}`] = 1;
  }
  const first = contribution.firstAnswer;
  const here = cellKey(cell);
  const elsewhere: CellAddition[] = [];
  if (first) {
    for (const addition of restScoreUpdate(marks.rest?.[cell.mentorId], here, monthOf(now), first.itemId, first.correct).additions) {
      if (addition.cell !== here) {
        elsewhere.push(addition);
        continue;
      }
      mergeCounters(month, addition.month);
      mergeCounters(all, addition.all);
    }
  }
  const change: LearnerChange = (l) => {
    const current = currentMarks(l, now);
    const rest = first ? { rest: { ...current.rest, [cell.mentorId]: withFirstAnswer(current.rest?.[cell.mentorId], here, monthOf(now), first.itemId, first.correct) } } : {};
    return {
      ...l,
      analytics: {
        ...current,
        seen: union(current.seen, newSeen),
        ever: union(current.ever, newEver),
        ...(countWeek ? { weeks: { ...current.weeks, [cell.mentorId]: week } } : {}),
        ...rest,
      },
    };
  };
  return { month, all, elsewhere, change };
}

function union(a: readonly string[], b: readonly string[]): readonly string[] {
  return b.every((x) => a.includes(x)) ? a : [...a, ...b.filter((x) => !a.includes(x))];
}
