/**
 * One daily nudge skipped ahead of time ("snooze" typed when no nudge is out, "snooze tomorrow"): that day's nudge is not
 * planned (nudge-plan.ts reads `nudge.skipDay`), the ones after it are, and "resume" brings it back.
 */
import type { Learner, LearnerChange } from './learner';
import { nextNudgeAt, planInputOf } from './nudge-plan';
import { wallClock, zonedInstant, zoneOrDefault } from './zoned-time';

/** The local date (YYYY-MM-DD) of the learner's next daily nudge at or after `from`, a snooze aside; undefined when none is planned. */
export function nextDailyNudgeDay(learner: Learner, from: Date): string | undefined {
  const at = nextNudgeAt({ ...planInputOf(learner), snoozeUntil: undefined }, from);
  return at ? wallClock(Date.parse(at), zoneOrDefault(learner.preferences.timeZone)).date : undefined;
}

/** Whether a daily nudge is planned on local `date` (a date to come), a skip of that day aside. */
export function nudgePlannedOn(learner: Learner, date: string): boolean {
  const zone = zoneOrDefault(learner.preferences.timeZone);
  const unskipped = { ...learner, nudge: { ...learner.nudge, skipDay: undefined } };
  return nextDailyNudgeDay(unskipped, new Date(zonedInstant(date, '00:00', zone))) === date;
}

/** No daily nudge on local `date`. */
export function skipNudgeOn(date: string): LearnerChange {
  return (learner) => ({ ...learner, nudge: { ...learner.nudge, skipDay: date } });
}

/** The skipped day's nudge planned again. */
export function unskipNudge(learner: Learner): Learner {
  if (!learner.nudge?.skipDay) return learner;
  const { skipDay: _gone, ...nudge } = learner.nudge;
  return { ...learner, nudge };
}
