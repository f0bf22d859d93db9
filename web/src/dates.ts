import { currentLanguage, t } from './i18n';

/** Welsh weekday (Sunday first, as getUTCDay counts) and month names: a browser's Intl may have no Welsh data (Chromium on Debian has none: 'cy' falls back to en-US). */
const CY_DAYS = ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'];
const CY_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
/** The same, shortened as Welsh writes them before a year ("2 Tach 2026"), as CLDR has them. */
const CY_MONTHS_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
const DAY_MS = 86_400_000;

/** A day as people write it in a list: "2 Nov 2026", "2 Tach 2026". */
function shortDay(date: Date): string {
  if (currentLanguage() === 'cy') return `${date.getUTCDate()} ${CY_MONTHS_SHORT[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp or day ("2026-11-20T10:00:00Z", "2026-11-20") as "20 Nov 2026" / "20 Tach 2026"; '' for none, and anything else as it is. */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return day ? shortDay(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))) : iso;
}

/** The Monday an ISO week ("2026-W45") begins, or null for anything else. */
function mondayOf(week: string): Date | null {
  const iso = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!iso) return null;
  const fourth = Date.UTC(Number(iso[1]), 0, 4);
  return new Date(fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * DAY_MS + (Number(iso[2]) - 1) * 7 * DAY_MS);
}

/** An ISO week ("2026-W45") as a person reads it, by the Monday it begins: "w/c 2 Nov 2026", "w/d 2 Tach 2026". */
export function weekLabel(week: string): string {
  const monday = mondayOf(week);
  return monday ? t('analytics.weekOf', { date: shortDay(monday) }) : week;
}

/**
 * The same week as a screen reader should say it: "week commencing 2 November 2026", "wythnos yn dechrau 2 Tachwedd
 * 2026" ("w/c" was read letter by letter, and "Nov" or "Tach" as a word).
 */
export function weekSpoken(week: string): string {
  const monday = mondayOf(week);
  if (!monday) return week;
  const date = currentLanguage() === 'cy'
    ? `${monday.getUTCDate()} ${CY_MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(monday);
  return t('analytics.weekSpoken', { date });
}

/** "Sunday, 15 November 2026" / "dydd Sul, 15 Tachwedd 2026", as the evaluation report writes it. */
export function dayName(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (currentLanguage() === 'cy') return `${CY_DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${CY_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
