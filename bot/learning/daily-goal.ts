/**
 * The daily goal: one lesson, or three questions, on the learner's local day. Progress is counted on
 * the learner's record as they learn, and the goal is acknowledged once, on the turn that meets it.
 */
import type { DailyGoal, DailyTally, Learner } from './learner';
import { localDate } from './streak';

/** Questions that make the "questions" goal. */
export const GOAL_QUESTIONS = 3;

export const DEFAULT_GOAL: DailyGoal = 'lesson';

/** Whether the learner sees their streak and daily goal (they can turn them off in settings: not everyone wants to be counted). */
export const streakShown = (learner: Learner): boolean => learner.preferences.showStreak !== false;

export interface GoalProgress {
  readonly goal: DailyGoal;
  readonly done: number;
  readonly target: number;
  readonly met: boolean;
}

function tallyFor(learner: Learner, day: string): DailyTally {
  return learner.today?.day === day ? learner.today : { day, lessons: 0, questions: 0 };
}

/** How far the learner is towards their goal on their local day at `now`. */
export function goalProgress(learner: Learner, now: Date): GoalProgress {
  const goal = learner.preferences.dailyGoal ?? DEFAULT_GOAL;
  const tally = tallyFor(learner, localDate(now, learner.preferences.timeZone));
  const target = goal === 'lesson' ? 1 : GOAL_QUESTIONS;
  const done = Math.min(target, goal === 'lesson' ? tally.lessons : tally.questions);
  return { goal, done, target, met: done >= target };
}

/** The learner after one more lesson or question at `now`, today's tally started afresh on a new local day. */
export function countTowardsGoal(learner: Learner, what: 'lesson' | 'question', now: Date): Learner {
  const tally = tallyFor(learner, localDate(now, learner.preferences.timeZone));
  const today = what === 'lesson' ? { ...tally, lessons: tally.lessons + 1 } : { ...tally, questions: tally.questions + 1 };
  return { ...learner, today };
}

/**
 * True when the goal is met at `now` and has not been acknowledged yet today; the returned learner
 * marks it acknowledged, so HALI says it once a day per goal (a learner who switches goal mid-day
 * hears about the new one when they meet it).
 */
export function acknowledgeGoal(learner: Learner, now: Date): { learner: Learner; justMet: boolean } {
  const progress = goalProgress(learner, now);
  const tally = tallyFor(learner, localDate(now, learner.preferences.timeZone));
  if (!progress.met || tally.acknowledged === progress.goal) return { learner, justMet: false };
  return { learner: { ...learner, today: { ...tally, acknowledged: progress.goal } }, justMet: true };
}

/** One more lesson or question at `now`, counted towards today's goal and acknowledged if it meets it. */
export function learnTowardsGoal(what: 'lesson' | 'question', now: Date): (learner: Learner) => Learner {
  return (learner) => acknowledgeGoal(countTowardsGoal(learner, what, now), now).learner;
}

/** True when the change from `before` to `after` is the one that met today's goal. */
export function goalJustMet(before: Learner, after: Learner): boolean {
  const was = before.today?.day === after.today?.day ? before.today?.acknowledged : undefined;
  return !!after.today?.acknowledged && after.today.acknowledged !== was;
}
