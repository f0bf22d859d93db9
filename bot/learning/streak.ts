import type { Learner } from '../store/learners';

export const DEFAULT_TIME_ZONE = 'Europe/London';

// Building a DateTimeFormat is costly and this runs on every learning turn: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`; falls back to London for an unknown zone. */
export function localDate(now: Date, timeZone: string | undefined): string {
  try {
    return formatterFor(timeZone ?? DEFAULT_TIME_ZONE).format(now);
  } catch {
    return formatterFor(DEFAULT_TIME_ZONE).format(now);
  }
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
