/**
 * Streaks that respect shift work. A day counts when the learner learned something on it (their own
 * local calendar day, from their time zone). Days off, nights and leave are covered by freezes the
 * learner earns by learning: one for every FREEZE_EVERY learning days, at most MAX_FREEZES banked,
 * each spent automatically on one missed day. A gap longer than the freezes banked ends the streak.
 */
import type { Learner } from './learner';
import { wallClock, zoneOrDefault } from './zoned-time';

/** Learning days that earn one freeze. */
export const FREEZE_EVERY = 7;
/** Freezes a learner can hold at once. */
export const MAX_FREEZES = 2;

export type Streak = Learner['streak'];

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`; London for an unknown or invalid zone. */
export function localDate(now: Date, timeZone: string | undefined): string {
  return wallClock(now.getTime(), zoneOrDefault(timeZone)).date;
}

/** Whole calendar days strictly between two dates (0 for consecutive days). */
function missedBetween(lastDay: string, today: string): number {
  const days = Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${lastDay}T12:00:00Z`)) / 86_400_000);
  return Math.max(0, days - 1);
}

/** The streak after some learning at `now`: missed days since the last learning day use up freezes, or reset it. */
export function recordLearningDay(streak: Streak, now: Date, timeZone: string | undefined): Streak {
  const today = localDate(now, timeZone);
  if (streak.lastDay === today) return streak;
  // A clock that moved backwards (or a time-zone change westwards) never lengthens or breaks a streak.
  if (streak.lastDay && streak.lastDay > today) return streak;
  const banked = streak.freezes ?? 0;
  const missed = streak.lastDay ? missedBetween(streak.lastDay, today) : 0;
  const kept = !!streak.lastDay && missed <= banked;
  const current = kept ? streak.current + 1 : 1;
  const towardFreeze = (kept ? (streak.towardFreeze ?? 0) : 0) + 1;
  const earned = towardFreeze >= FREEZE_EVERY;
  // A broken streak had spent every freeze it held.
  const freezes = Math.min(MAX_FREEZES, (kept ? banked - missed : 0) + (earned ? 1 : 0));
  return {
    current,
    longest: Math.max(streak.longest, current),
    lastDay: today,
    freezes,
    towardFreeze: earned ? 0 : towardFreeze,
  };
}

/** The streak as it stands at `now`: it lapses only once more whole days have passed than freezes can cover. */
export function currentStreak(streak: Streak, now: Date, timeZone: string | undefined): number {
  if (!streak.lastDay) return 0;
  const today = localDate(now, timeZone);
  if (streak.lastDay >= today) return streak.current;
  // Today is not missed yet: the learner may still learn before midnight.
  const missed = missedBetween(streak.lastDay, today);
  return missed <= (streak.freezes ?? 0) ? streak.current : 0;
}

/** Freezes the learner will still hold at `now` (banked, less those today's gap would use). */
export function freezesLeft(streak: Streak, now: Date, timeZone: string | undefined): number {
  if (!streak.lastDay) return streak.freezes ?? 0;
  const missed = missedBetween(streak.lastDay, localDate(now, timeZone));
  return Math.max(0, (streak.freezes ?? 0) - missed);
}
