import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import { cohortOf, readScopes, roleCohortsOf, ROLE_FILTERS, type AggregateReader, type Filters, type ScopeCells } from './cohort';
import { ALL_TIME } from './contribution';
import { mergeCounters, type Counters } from './counters';
import { itemAnalysis, rankMisconceptions, type ItemRow, type MisconceptionRow } from './items';
import { groupQuestions, questionsScope, type QuestionGroup } from './questions';
import { latestQualifyingWeek, startOfIsoWeek } from './release';
import { countOrHidden, showable, type Cohort } from './suppress';
import { calibration, engagement, retention, type CalibrationRow, type Engagement, type RetentionRow } from './views';

/** The most questions grouped for one view (the most recent kept). */
export const MAX_GROUPED_QUESTIONS = 1000;
/** How far back "all time" looks for unanswered questions (they are kept RETENTION_DAYS, 180 by default). */
export const QUESTION_MONTHS = 12;

/** The aggregate store as the educator's views read it. */
export interface AnalyticsReader extends AggregateReader {
  readNotes(scope: string): Promise<readonly { readonly text: string; readonly [field: string]: unknown }[]>;
}

export interface RoleRow {
  readonly role: string;
  readonly suppressed: boolean;
  readonly learners?: number;
  /** Absent when from 1 to the minimum (countOrHidden). */
  readonly lessonsFinished?: number;
  readonly answers?: number;
}

/** Every figure of the evaluation report for one mentor and filter set; nothing in it names a person. */
export interface AnalyticsReport {
  readonly mentor: { readonly id: string; readonly name: string };
  readonly filters: Filters;
  readonly minCohort: number;
  /**
   * Learning is counted up to the end of this day (UTC; a Sunday, the end of the latest complete week),
   * and for a group of one role and language only up to its latest week with at least `minCohort` active.
   */
  readonly countedUntil: string;
  /** Learners active with the mentor under the filters; null when too few to show. */
  readonly cohortSize: number | null;
  readonly items: readonly ItemRow[];
  readonly misconceptions: readonly MisconceptionRow[];
  readonly calibration: readonly CalibrationRow[];
  readonly engagement: Engagement;
  readonly byRole: readonly RoleRow[];
  readonly retention: readonly RetentionRow[];
  /** Unanswered questions, grouped; null when the cohort is too small (they are never narrowed by role). */
  readonly questions: readonly QuestionGroup[] | null;
}

/** Builds the report from the aggregates: a few partition reads, never a scan of learners. */
export async function buildReport(reader: AnalyticsReader, mentor: Mentor, filters: Filters, minCohort: number, display: Language, now = new Date()): Promise<AnalyticsReport> {
  const [scopes, notes] = await Promise.all([readScopes(reader, filters, now, minCohort), readQuestions(reader, mentor.id, filters.period, now)]);
  const cohort = cohortOf(scopes, filters, minCohort);
  const roles = roleCohortsOf(scopes, filters, minCohort);
  const items = itemAnalysis(mentor, cohort, display);
  const byRole = ROLE_FILTERS.map((role): RoleRow => {
    const c = roles.get(role)!;
    if (!showable(c, 'learners')) return { role, suppressed: true };
    const count = (name: string) => countOrHidden(c.selected[name] ?? 0, minCohort);
    return { role, suppressed: false, learners: c.selected.learners, lessonsFinished: count('e:lessonsDone'), answers: count('e:answers') };
  });
  return {
    mentor: { id: mentor.id, name: mentor.name },
    filters,
    minCohort,
    countedUntil: new Date(scopes.releasedUntil.getTime() - 1).toISOString().slice(0, 10),
    cohortSize: showable(cohort, 'learners') ? (cohort.selected.learners ?? 0) : null,
    items,
    misconceptions: rankMisconceptions(mentor, items, display, minCohort),
    calibration: calibration(mentor, cohort, display),
    engagement: engagement(cohort),
    byRole,
    retention: retention(mentor, cohort, display),
    questions: unansweredQuestions(releasedNotes(notes, scopes, minCohort), filters, filters.role === undefined ? cohort : cohortOf(scopes, { ...filters, role: undefined }, minCohort)),
  };
}

/** The period's unanswered questions: one month's partition, or for all time the latest months until there are enough. */
async function readQuestions(reader: AnalyticsReader, mentorId: string, period: string, now: Date) {
  if (period !== ALL_TIME) return reader.readNotes(questionsScope(mentorId, period));
  const notes: Awaited<ReturnType<AnalyticsReader['readNotes']>>[number][] = [];
  for (let back = 0; back < QUESTION_MONTHS && notes.length < MAX_GROUPED_QUESTIONS; back++) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    notes.unshift(...(await reader.readNotes(questionsScope(mentorId, month))));
  }
  return notes;
}

/**
 * The questions asked up to the latest complete week in which at least `minCohort` learners of their language
 * were active with the mentor (release.ts, by language, as a question carries no role): a question asked in a
 * quieter week waits for a busier one, so a new question never appears alone after one learner asked it.
 */
function releasedNotes(notes: Awaited<ReturnType<AnalyticsReader['readNotes']>>, scopes: ScopeCells, minCohort: number) {
  const byLanguage = new Map<string, Counters>();
  for (const [cell, counters] of scopes.released) {
    const language = cell.split('|')[1];
    byLanguage.set(language, mergeCounters(byLanguage.get(language) ?? {}, counters));
  }
  const open = scopes.releasedUntil.getTime();
  return notes.filter((note) => {
    if (typeof note.week !== 'string') return true;
    const cut = latestQualifyingWeek(byLanguage.get(String(note.language)) ?? {}, open, minCohort);
    return startOfIsoWeek(note.week) <= cut;
  });
}

/**
 * The mentor's unanswered questions in the period and learners' language, grouped by similarity.
 * Shown only when the mentor's cohort (without any role filter) is big enough: a question has no
 * role attached, so narrowing by role could not protect anyone.
 */
function unansweredQuestions(notes: Awaited<ReturnType<AnalyticsReader['readNotes']>>, filters: Filters, withoutRole: Cohort): QuestionGroup[] | null {
  if (!showable(withoutRole, 'learners')) return null;
  const texts = notes
    .filter((n) => filters.period === ALL_TIME || n.month === filters.period)
    .filter((n) => filters.language === undefined || n.language === filters.language)
    .sort((a, b) => String(a.month).localeCompare(String(b.month)))
    .map((n) => n.text);
  // Grouping compares each question with the groups so far: the latest questions are plenty to find gaps.
  return groupQuestions(texts.slice(-MAX_GROUPED_QUESTIONS));
}
