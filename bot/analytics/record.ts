import type { Confidence, Learner, LearnerChange } from '../learning/learner';
import { ALL_TIME, cellKey, isoWeekOf, monthOf, resolveContribution, scopeKey, type CohortCell, type Contribution } from './contribution';
import type { Counters } from './counters';
import { heldMark, sliceCounters, sliceScope } from './release';

/** Where contributions go: the aggregate store (batched, sharded), or a recording fake in tests. */
export interface AnalyticsSink {
  add(scope: string, cell: string, counters: Readonly<Counters>): void;
}

/**
 * Adds a contribution to the month's and the all-time aggregates of its cell, and to its week slice
 * (release.ts: what views hold back until enough learners have learned), and returns the change that
 * marks the learner as counted (apply it in the same turn, so the marks are saved with the record).
 */
export function record(sink: AnalyticsSink, learner: Learner, cell: CohortCell, contribution: Contribution, now: Date): LearnerChange {
  const resolved = resolveContribution(learner, cell, contribution, now);
  const slice = sliceScope(cell.mentorId, now);
  const held = heldMark(isoWeekOf(now));
  // Each of the three carries the week's mark: once a view has taken a held week's slice away, the mark is back to 0 (release.ts).
  const add = (cellId: string, month: Readonly<Counters>, all: Readonly<Counters>) => {
    const marked = { month: { ...month, [held]: 1 }, all: { ...all, [held]: 1 } };
    sink.add(slice, cellId, sliceCounters(marked.all, marked.month));
    sink.add(scopeKey(cell.mentorId, monthOf(now)), cellId, marked.month);
    sink.add(scopeKey(cell.mentorId, ALL_TIME), cellId, marked.all);
  };
  add(cellKey(cell), resolved.month, resolved.all);
  for (const other of resolved.elsewhere) add(other.cell, other.month, other.all);
  return resolved.change;
}

/** An answer to a quiz item (not a probe). */
export interface AnswerFacts {
  readonly itemId: string;
  readonly optionId: string;
  readonly topic: string;
  readonly correct: boolean;
  readonly confidence?: Confidence;
  /** The learner's current streak after this answer. */
  readonly streakAfter: number;
  readonly viaNudge: boolean;
}

/**
 * What an answer adds. Item figures use each learner's first answer to the item (later answers are
 * spaced reviews, weighted towards the items they got wrong); "att" counts every answer. A first
 * answer also moves the discrimination sums (see rest-score.ts): the answer (1 right, 0 wrong) paired
 * with the learner's score on their first answers to the mentor's other items, kept current.
 */
export function answerContribution(before: Learner, facts: AnswerFacts): Contribution {
  const { itemId: i, correct, confidence, topic } = facts;
  const y = correct ? 1 : 0;
  const counts: Counters = { 'e:answers': 1, [`i:${i}:att`]: 1 };
  const distinct: Record<string, string> = { a: 'learners', [`t:${topic}`]: `t:${topic}:learners` };
  const first = !before.reviews[i];
  if (first) {
    Object.assign(counts, { [`i:${i}:n`]: 1, [`i:${i}:c`]: y, [`i:${i}:o:${facts.optionId}`]: 1 });
    if (confidence === 'sure') Object.assign(counts, { [`i:${i}:sure`]: 1, [`i:${i}:sw`]: 1 - y });
  }
  const stated = confidence ?? 'unstated';
  counts[`t:${topic}:${stated}:a`] = 1;
  counts[`t:${topic}:${stated}:c`] = y;
  if (facts.viaNudge) Object.assign(counts, { 'n:answered': 1, 'n:opened': 1 });
  addStreak(distinct, facts.streakAfter);
  return { counts, distinct, week: true, ...(first ? { firstAnswer: { itemId: i, correct } } : {}) };
}

/** A retention probe's answer: counted for retention only, never in the item or calibration figures. */
export function probeContribution(topic: string, intervalDays: number, correct: boolean, streakAfter: number, viaNudge: boolean): Contribution {
  const key = `r:${topic}:${intervalDays}`;
  const counts: Counters = { 'e:answers': 1, [`${key}:n`]: 1, [`${key}:c`]: correct ? 1 : 0 };
  if (viaNudge) Object.assign(counts, { 'n:answered': 1, 'n:opened': 1 });
  const distinct: Record<string, string> = { a: 'learners', [key]: `${key}:learners` };
  addStreak(distinct, streakAfter);
  return { counts, distinct, week: true };
}

function addStreak(distinct: Record<string, string>, streak: number): void {
  if (streak >= 3) distinct.s3 = 'e:streak3';
  if (streak >= 7) distinct.s7 = 'e:streak7';
}

/** A lesson shown (started) or marked done (finished). */
export function lessonContribution(kind: 'started' | 'finished', streakAfter = 0, viaNudge = false): Contribution {
  const counts: Counters = { [kind === 'started' ? 'e:lessonsStarted' : 'e:lessonsDone']: 1 };
  if (viaNudge) counts['n:opened'] = 1;
  const distinct: Record<string, string> = { a: 'learners' };
  addStreak(distinct, streakAfter);
  return { counts, distinct, week: true };
}

/** Steps of the daily nudge funnel. */
export type NudgeStep = 'sent' | 'snoozed' | 'notToday' | 'paused' | 'unreachable' | 'opened';

/** A step of the nudge funnel; a sent nudge also counts the learner among those nudged. */
export function nudgeContribution(step: NudgeStep): Contribution {
  const counts: Counters = { [`n:${step}`]: 1 };
  if (step === 'snoozed' || step === 'notToday') counts['n:opened'] = 1;
  return step === 'sent' ? { counts, distinct: { n: 'n:learners' } } : { counts };
}
