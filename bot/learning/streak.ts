import type { Learner } from './learner';
import { wallClock, zoneOrDefault } from './zoned-time';

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`; London for an unknown or invalid zone. */
export function localDate(now: Date, timeZone: string | undefined): string {
  return wallClock(now.getTime(), zoneOrDefault(timeZone)).date;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The streak after some learning at `now`: days in a row with any learning, in the learner's own time zone. */
export function recordLearningDay(streak: Learner['streak'], now: Date, timeZone: string | undefined): Learner['streak'] {
  const today = localDate(now, timeZone);
  if (streak.lastDay === today) return streak;
  const current = streak.lastDay === dayBefore(today) ? streak.current + 1 : 1;
  return { current, longest: Math.max(streak.longest, current), lastDay: today };
}

/** The streak as it stands at `now`: it lapses once a whole day has passed with no learning. */
export function currentStreak(streak: Learner['streak'], now: Date, timeZone: string | undefined): number {
  const today = localDate(now, timeZone);
  return streak.lastDay === today || streak.lastDay === dayBefore(today) ? streak.current : 0;
}
