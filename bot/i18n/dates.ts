import type { Language, Translate } from '.';
import { addDays, wallClock, zoneOrDefault } from '../learning/zoned-time';

const locale = (language: Language) => (language === 'cy' ? 'cy-GB' : 'en-GB');

/** ISO weekday names (1 = Monday) in the learner's language, from Intl rather than hand-written. */
export function weekdayNames(language: Language): string[] {
  const format = new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' });
  // 30 November 2026 is a Monday.
  return [1, 2, 3, 4, 5, 6, 7].map((n) => format.format(new Date(Date.UTC(2026, 10, 29 + n))));
}

/** A local time (HH:MM) at `iso` in the learner's zone. */
export function localTime(iso: string, zone: string | undefined): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zoneOrDefault(zone) }).format(new Date(iso));
}

/**
 * A day as the learner reads it ("Monday 30 November"), in their language and zone; '' for none. In Welsh it is written as a
 * sentence has it, not as Intl heads a page ("dydd Mawrth 8 Rhagfyr", not "Dydd Mawrth, 8 Rhagfyr"); said as when something
 * happens (`form` "on": the English "on Tuesday 8 December") it takes the soft mutation, "ddydd Mawrth 8 Rhagfyr".
 */
export function describeDay(iso: string | undefined, language: Language, zone: string | undefined, form: 'named' | 'on' = 'named'): string {
  if (!iso) return '';
  const named = new Intl.DateTimeFormat(locale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: zoneOrDefault(zone) }).format(new Date(iso));
  if (language !== 'cy') return named;
  const inSentence = named.replace(/^Dydd/, 'dydd').replace(/,/g, '');
  return form === 'on' ? inSentence.replace(/^dydd/, 'ddydd') : inSentence;
}

/**
 * "Monday 30 November at 09:00" in the learner's language and zone, or "none planned". Given `now`, a lesson later the same local
 * day is "today at 09:00" and one the next day "tomorrow at 09:00": a learner told "Friday 27 November" on that Friday reads it
 * as a week away.
 */
export function describeNextNudge(iso: string | undefined, language: Language, zone: string | undefined, t: Translate, now?: Date): string {
  if (!iso) return t('nudge.nextNone');
  const time = localTime(iso, zone);
  if (now) {
    const [day, today] = [wallClock(Date.parse(iso), zoneOrDefault(zone)).date, wallClock(now.getTime(), zoneOrDefault(zone)).date];
    if (day === today) return t('nudge.nextToday', { time });
    if (day === addDays(today, 1)) return t('nudge.nextTomorrow', { time });
  }
  return t('nudge.next', { day: describeDay(iso, language, zone), time });
}

/** A local date (YYYY-MM-DD) as "24 December 2026". */
export function describeDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
