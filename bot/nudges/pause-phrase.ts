import { addDays } from '../learning/zoned-time';
import { parsePauseDate } from './preferences';

/**
 * How long a typed pause lasts, as the last local date it covers: "until 2026-12-24" or "until 24/12/2026"
 * (through that date), "until Friday" / "tan ddydd Gwener" (through the next Friday), "until tomorrow" /
 * "tan yfory", and "for 3 days", "for a week", "for 2 weeks", "for a fortnight" / "am wythnos", "am 3
 * diwrnod", "am bythefnos" (lessons are back on the day after: "for a week" typed on a Monday is
 * through Sunday). Undefined when it is not a date, or is in the past or more than a year away.
 */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'sul'],
  ['monday', 'mon', 'llun'],
  ['tuesday', 'tue', 'tues', 'mawrth'],
  ['wednesday', 'wed', 'mercher'],
  ['thursday', 'thu', 'thur', 'thurs', 'iau'],
  ['friday', 'fri', 'gwener'],
  ['saturday', 'sat', 'sadwrn'],
];
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, un: 1, two: 2, dau: 2, dwy: 2, three: 3, tri: 3, dri: 3, tair: 3, dair: 3, four: 4, pedwar: 4, bedwar: 4, pedair: 4, bedair: 4, ddau: 2, ddwy: 2 };
// Welsh numbers are mutated after "am" ("am dair wythnos"): both forms are read.
const UNTIL = /^(?:until|till|til|tan)\s+(?:(?:dydd|ddydd)\s+)?(?:the\s+end\s+of\s+)?(.+)$/;
const FOR = /^(?:for|am)\s+(?:(\d{1,3}|a|an|one|two|three|four|un|dau|ddau|dwy|ddwy|tri|dri|tair|dair|pedwar|bedwar|pedair|bedair)\s+)?(days?|diwrnod|niwrnod|ddiwrnod|weeks?|wythnos|wythnosau|fortnight|pythefnos|bythefnos)$/;

function weekday(name: string, today: string): string | undefined {
  const day = WEEKDAYS.findIndex((names) => names.includes(name));
  if (day < 0) return undefined;
  const todayIs = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addDays(today, ((day - todayIs + 6) % 7) + 1);
}

export function parsePausePhrase(phrase: string, today: string): string | undefined {
  const text = phrase.trim().toLowerCase().replace(/[\s!.?]+$/, '');
  const until = UNTIL.exec(text)?.[1];
  if (until !== undefined) {
    if (until === 'tomorrow' || until === 'yfory') return addDays(today, 1);
    return weekday(until, today) ?? parsePauseDate(until, today);
  }
  const span = FOR.exec(text);
  if (!span) return undefined;
  const count = span[1] === undefined ? 1 : (NUMBERS[span[1]] ?? Number(span[1]));
  const days = /^(?:fortnight|pythefnos|bythefnos)$/.test(span[2]) ? 14 * count : /^(?:weeks?|wythnos)/.test(span[2]) ? 7 * count : count;
  return days >= 1 && days <= 366 ? addDays(today, days - 1) : undefined;
}
