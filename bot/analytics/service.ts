import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import { cohortOf, readScopes, roleCohortsOf, ROLE_FILTERS, type AggregateReader, type Filters } from './cohort';
import { ALL_TIME } from './contribution';
import { itemAnalysis, rankMisconceptions, type ItemRow, type MisconceptionRow } from './items';
import { groupQuestions, questionsScope, type QuestionGroup } from './questions';
import { showable, type Cohort } from './suppress';
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
  readonly lessonsFinished?: number;
  readonly answers?: number;
}

/** Every figure of the evaluation report for one mentor and filter set; nothing in it names a person. */
export interface AnalyticsReport {
  readonly mentor: { readonly id: string; readonly name: string };
  readonly filters: Filters;
  readonly minCohort: number;
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
  const [scopes, notes] = await Promise.all([readScopes(reader, filters, now), readQuestions(reader, mentor.id, filters.period, now)]);
  const cohort = cohortOf(scopes, filters, minCohort);
  const roles = roleCohortsOf(scopes, filters, minCohort);
  const items = itemAnalysis(mentor, cohort, display);
  const byRole = ROLE_FILTERS.map((role): RoleRow => {
    const c = roles.get(role)!;
    if (!showable(c, 'learners')) return { role, suppressed: true };
    return { role, suppressed: false, learners: c.selected.learners, lessonsFinished: c.selected['e:lessonsDone'] ?? 0, answers: c.selected['e:answers'] ?? 0 };
  });
  return {
    mentor: { id: mentor.id, name: mentor.name },
    filters,
    minCohort,
    cohortSize: showable(cohort, 'learners') ? (cohort.selected.learners ?? 0) : null,
    items,
    misconceptions: rankMisconceptions(mentor, items, display),
    calibration: calibration(mentor, cohort, display),
    engagement: engagement(cohort),
    byRole,
    retention: retention(mentor, cohort, display),
    questions: unansweredQuestions(notes, filters, filters.role === undefined ? cohort : cohortOf(scopes, { ...filters, role: undefined }, minCohort)),
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
