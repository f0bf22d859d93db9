import { addDays } from '../learning/zoned-time';
import { parsePauseDate } from './preferences';
import { withoutEndPunctuation } from '../i18n/typed-text';

/**
 * How long a typed pause lasts, as the last local date it covers: "until 2026-12-24" or "until 24/12/2026"
 * (through that date), "until Friday" / "tan ddydd Gwener" (through the next Friday), "until tomorrow" /
 * "tan yfory" / "tan fory", "until next Friday", "for a month" (30 days), a day of a month ("until 24 Dec", "until the 4th of January", "tan 24 Rhagfyr", "until 24/12":
 * the next such date), and "for 3 days", "for a week", "for 2 weeks", "for a fortnight" / "am wythnos", "am 3
 * diwrnod", "am bythefnos" (lessons are back on the day after: "for a week" typed on a Monday is
 * through Sunday; "for the next 2 weeks" is "for 2 weeks"). Undefined when it is not a date, or is in the past or more than a year away.
 */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'sul'],
  ['monday', 'mon', 'llun'],
  ['tuesday', 'tue', 'tues', 'mawrth'],
  ['wednesday', 'wed', 'weds', 'mercher'],
  ['thursday', 'thu', 'thur', 'thurs', 'iau'],
  ['friday', 'fri', 'gwener'],
  ['saturday', 'sat', 'sadwrn'],
];
// Month names in English and Welsh, with the Welsh soft mutation ("2il Fai", "tan 4 Ragfyr").
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'ionawr'],
  ['february', 'feb', 'chwefror'],
  ['march', 'mar', 'mawrth', 'fawrth'],
  ['april', 'apr', 'ebrill'],
  ['may', 'mai', 'fai'],
  ['june', 'jun', 'mehefin', 'fehefin'],
  ['july', 'jul', 'gorffennaf', 'orffennaf'],
  ['august', 'aug', 'awst'],
  ['september', 'sep', 'sept', 'medi', 'fedi'],
  ['october', 'oct', 'hydref'],
  ['november', 'nov', 'tachwedd', 'dachwedd'],
  ['december', 'dec', 'rhagfyr', 'ragfyr'],
];
// "24 Dec", "4th January 2027", "the 4th of Jan", "24 Rhagfyr", "4ydd o Ionawr"; and "December 24", "Jan 4th"; and "24/12".
const DAY_MONTH = /^(?:the\s+|y\s+)?(\d{1,2})(?:st|nd|rd|th|af|ail|il|ydd|edd|ed|fed|ain)?(?:\s+(?:of|o))?\s+(\p{L}+)(?:\s+(\d{4}))?$/u;
const MONTH_DAY = /^(\p{L}+)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u;
const DAY_SLASH_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, un: 1, two: 2, dau: 2, dwy: 2, three: 3, tri: 3, dri: 3, tair: 3, dair: 3, four: 4, pedwar: 4, bedwar: 4, pedair: 4, bedair: 4, ddau: 2, ddwy: 2 };
// Welsh numbers are mutated after "am" ("am dair wythnos"): both forms are read.
const UNTIL = /^(?:until|till|til|tan)\s+(?:(?:dydd|ddydd)\s+)?(?:the\s+end\s+of\s+)?(.+)$/;
const FOR = /^(?:for|am)\s+(?:the\s+next\s+)?(?:(\d{1,3}|a|an|one|two|three|four|un|dau|ddau|dwy|ddwy|tri|dri|tair|dair|pedwar|bedwar|pedair|bedair)\s+)?(days?|diwrnod|niwrnod|ddiwrnod|weeks?|wythnos|wythnosau|fortnight|pythefnos|bythefnos|months?|mis|fis|misoedd|fisoedd)$/;

/** The day and month a phrase names, with its year if it says one ("24 Dec", "the 4th of January", "tan 24 Rhagfyr", "24/12"). */
function dayAndMonth(text: string): { day: string; month: number; year?: string } | undefined {
  const dm = DAY_MONTH.exec(text);
  const md = dm ? undefined : MONTH_DAY.exec(text);
  const slash = dm || md ? undefined : DAY_SLASH_MONTH.exec(text);
  const [day, monthName, year] = dm ? [dm[1], dm[2], dm[3]] : md ? [md[2], md[1], md[3]] : slash ? [slash[1], undefined, undefined] : [];
  if (day === undefined) return undefined;
  const month = slash ? Number(slash[2]) : MONTHS.findIndex((names) => names.includes(monthName!)) + 1;
  return month >= 1 && month <= 12 ? { day, month, year } : undefined;
}

/** Whether an ISO date is one the calendar has ("2026-02-30" and "2026-13-45" are not). */
const isCalendarDate = (date: string) => {
  const time = Date.parse(`${date}T12:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === date;
};

const isoOf = (year: number | string, month: number, day: string) => `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;

/** A day and month with no year, or with one: the next such date from today (this year's, else next year's). */
function dayOfMonth(text: string, today: string): string | undefined {
  const named = dayAndMonth(text);
  if (!named) return undefined;
  const { day, month, year } = named;
  if (year !== undefined) return parsePauseDate(isoOf(year, month, day), today);
  const thisYear = Number(today.slice(0, 4));
  // A date a few weeks gone ("until 20 November" on the 27th) is a slip, not next year's: it reads as no date (passedDate).
  if (recentlyPassed(isoOf(thisYear, month, day), today)) return undefined;
  return parsePauseDate(isoOf(thisYear, month, day), today) ?? parsePauseDate(isoOf(thisYear + 1, month, day), today);
}

/** A day and month this many days gone or fewer is taken for a date already passed, not for next year's. */
const RECENTLY_PASSED_DAYS = 90;
const recentlyPassed = (date: string, today: string) => date < today && date >= addDays(today, -RECENTLY_PASSED_DAYS);

/**
 * Whether a pause phrase names a date that has already passed ("until 20 November" a week later, "until 24/11", "until
 * 2026-11-01", "tan 20 Tachwedd"): the learner is told so, rather than that the date could not be read, or paused for a year.
 */
export function passedDate(phrase: string, today: string): boolean {
  const until = UNTIL.exec(withoutEndPunctuation(phrase.trim().toLowerCase()))?.[1];
  if (until === undefined) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(until)) return isCalendarDate(until) && until < today;
  const named = dayAndMonth(until);
  if (!named) return false;
  const date = isoOf(named.year ?? today.slice(0, 4), named.month, named.day);
  if (!isCalendarDate(date)) return false;
  return named.year !== undefined ? date < today : recentlyPassed(date, today);
}

const TOMORROW = new Set(['tomorrow', 'tmrw', 'tmw', 'tomoz', '2moro', 'yfory', 'fory']);
// Every word a typed pause's "until" or "for" is said in ("for a week", "until next Fri", "tan ddydd Llun", "tan y 7fed o Ragfyr").
const DATE_WORDS = new Set([
  ...WEEKDAYS.flat(),
  ...MONTHS.flat(),
  ...Object.keys(NUMBERS),
  ...TOMORROW,
  ...'dydd ddydd day days diwrnod niwrnod ddiwrnod week weeks wythnos wythnosau fortnight pythefnos bythefnos month months mis fis misoedd fisoedd next the of o y end'.split(' '),
]);
const DATE_NUMBER = /^(?:\d{1,2}(?:st|nd|rd|th|af|ail|il|ydd|edd|ed|fed|ain)?|\d{4}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2})$/;

/** Whether `word` (lower case) is one a date or a length of time is said in. */
export function isDateWord(word: string): boolean {
  return DATE_WORDS.has(word) || DATE_NUMBER.test(word);
}

function weekday(name: string, today: string): string | undefined {
  const day = WEEKDAYS.findIndex((names) => names.includes(name));
  if (day < 0) return undefined;
  const todayIs = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addDays(today, ((day - todayIs + 6) % 7) + 1);
}

export function parsePausePhrase(phrase: string, today: string): string | undefined {
  const text = withoutEndPunctuation(phrase.trim().toLowerCase());
  const until = UNTIL.exec(text)?.[1];
  if (until !== undefined) {
    if (TOMORROW.has(until)) return addDays(today, 1);
    return weekday(until.replace(/^next\s+/, ''), today) ?? parsePauseDate(until, today) ?? dayOfMonth(until, today);
  }
  const span = FOR.exec(text);
  if (!span) return undefined;
  const count = span[1] === undefined ? 1 : (NUMBERS[span[1]] ?? Number(span[1]));
  const days = /^(?:fortnight|pythefnos|bythefnos)$/.test(span[2]) ? 14 * count : /^(?:weeks?|wythnos)/.test(span[2]) ? 7 * count : /^(?:months?|mis|fis|misoedd|fisoedd)$/.test(span[2]) ? 30 * count : count;
  return days >= 1 && days <= 366 ? addDays(today, days - 1) : undefined;
}
