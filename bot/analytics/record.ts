import type { Confidence, Learner, LearnerChange } from '../learning/learner';
import { ALL_TIME, cellKey, cellOf, isoWeekOf, monthOf, resolveContribution, scopeKey, type CohortCell, type Contribution, type Resolved } from './contribution';
import type { Counters } from './counters';
import { heldMark, sliceCounters, sliceScope } from './release';

/** Where contributions go: the aggregate store (batched, sharded), or a recording fake in tests. */
export interface AnalyticsSink {
  add(scope: string, cell: string, counters: Readonly<Counters>): void;
}

/**
 * Adds a contribution to the month's and the all-time aggregates of its cell, and to its week slice
 * (release.ts: what views hold back until enough learners have learned), and returns the change that
 * marks the learner as counted. For simulations and tests with no save to wait for: a turn or a sweep
 * counts with `countedChange`, so that nothing is added unless the marks are saved.
 */
export function record(sink: AnalyticsSink, learner: Learner, cell: CohortCell, contribution: Contribution, now: Date): LearnerChange {
  const resolved = resolveContribution(learner, cell, contribution, now);
  addResolved(sink, cell, resolved, now);
  return resolved.change;
}

function addResolved(sink: AnalyticsSink, cell: CohortCell, resolved: Resolved, now: Date): void {
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
}

/** What a learner change did, and what it contributes to the cohort counts (nothing: undefined). */
export interface Counted {
  readonly learner: Learner;
  readonly contribution?: Contribution;
}

/** A learner change that counts in the cohort: apply `change` with the learner's save, then `addTo` once it succeeded. */
export interface CountedChange {
  readonly change: LearnerChange;
  /** Adds what the change counted when last applied (the version saved), at most once. */
  addTo(sink: AnalyticsSink): void;
}

/**
 * A change that counts something the learner did in `mentorId`'s cohort. What it counts is worked out
 * from the record it is applied to, each time: a save that meets another turn's write re-applies it to
 * the stored version, so the learner's "counted" marks, and what `step` finds already done (the question
 * answered, the lesson done), are those of the version written. The counts are added by `addTo`, once
 * the save has succeeded: so the aggregates and the marks saved with the learner agree, a failed save
 * counts nothing and its retry counts once, and two turns of one learner never both count them as new.
 * The cell is the learner's role and `language` (default theirs).
 */
export function countedChange(mentorId: string, language: string | undefined, now: Date, step: (learner: Learner) => Counted): CountedChange {
  let last: { cell: CohortCell; resolved: Resolved } | undefined;
  let added = false;
  return {
    change: (learner) => {
      const { learner: next, contribution } = step(learner);
      if (!contribution) {
        last = undefined;
        return next;
      }
      const cell = cellOf(learner, mentorId, language);
      const resolved = resolveContribution(learner, cell, contribution, now);
      last = { cell, resolved };
      return resolved.change(next);
    },
    addTo(sink) {
      if (added || !last) return;
      added = true;
      addResolved(sink, last.cell, last.resolved, now);
    },
  };
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

/**
 * A lesson shown (started: counted once for each learner and lesson, however often its card is shown)
 * or marked done (finished: the caller counts it only the first time, with the lesson's id in progress).
 * A lesson done was started, however it reached the learner: one read from a nudge's card, which no
 * "started" counted, is counted started when it is done, so no cohort shows more lessons done than started.
 */
export function lessonContribution(kind: 'started' | 'finished', lessonId: string, streakAfter = 0, viaNudge = false): Contribution {
  const counts: Counters = kind === 'finished' ? { 'e:lessonsDone': 1 } : {};
  if (viaNudge) counts['n:opened'] = 1;
  const distinct: Record<string, string> = { a: 'learners' };
  addStreak(distinct, streakAfter);
  return { counts, distinct, once: { [`ls:${lessonId}`]: 'e:lessonsStarted' }, week: true };
}

/** Steps of the daily nudge funnel. */
export type NudgeStep = 'sent' | 'snoozed' | 'notToday' | 'paused' | 'unreachable' | 'opened';

/** A step of the nudge funnel; a sent nudge also counts the learner among those nudged. */
export function nudgeContribution(step: NudgeStep): Contribution {
  const counts: Counters = { [`n:${step}`]: 1 };
  if (step === 'snoozed' || step === 'notToday') counts['n:opened'] = 1;
  return step === 'sent' ? { counts, distinct: { n: 'n:learners' } } : { counts };
}
