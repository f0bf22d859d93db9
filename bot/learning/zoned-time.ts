/**
 * Wall-clock arithmetic in IANA time zones with Intl only (no time-zone library): a local date and
 * time to an instant, and an instant to a local date, minute of day and ISO weekday. DST-correct:
 * a time that does not exist (clocks go forward) moves forward by the gap; a time that occurs twice
 * (clocks go back) is its first occurrence.
 */
/** The zone used when a learner's is unknown or invalid. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const DAY_MS = 86_400_000;

// Building a DateTimeFormat is costly, and learning turns and the nudge sweep convert times for every learner: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone || zone.length > 64) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone as the runtime spells it ("europe/london" is "Europe/London", "utc" is "UTC"), so one zone is kept and shown one way. */
export function canonicalTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/** The learner's zone if valid, else London. */
export function zoneOrDefault(zone: string | undefined): string {
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export interface WallClock {
  /** YYYY-MM-DD */
  readonly date: string;
  /** Minutes since local midnight. */
  readonly minutes: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  readonly weekday: number;
}

// en-GB formats as "30/11/2026, 09:00:30"; reading that string is several times cheaper than formatToParts.
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d{4}),? (\d{2}):(\d{2}):(\d{2})$/;

// A sweep converts the same few instants (the chosen times, the sweep's now) for a great many
// learners: remember recent minutes. Zones today are whole minutes from UTC, so the second within
// the minute is the same everywhere.
const recentMinutes = new Map<string, readonly number[]>();
const RECENT_MINUTES = 4096;

function fields(instant: number, zone: string): number[] {
  const minute = Math.floor(instant / 60_000);
  const key = `${zone}|${minute}`;
  let local = recentMinutes.get(key);
  if (!local) {
    if (recentMinutes.size >= RECENT_MINUTES) recentMinutes.clear();
    local = formatFields(minute * 60_000, zone);
    recentMinutes.set(key, local);
  }
  return [local[0], local[1], local[2], local[3], local[4], Math.floor(instant / 1000) - minute * 60];
}

function formatFields(instant: number, zone: string): number[] {
  const text = formatterFor(zone).format(instant);
  const match = FORMATTED.exec(text);
  if (match) return [Number(match[3]), Number(match[2]), Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6])];
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/** The local date, minute of day and weekday at `instant` (epoch ms) in `zone`. */
export function wallClock(instant: number, zone: string): WallClock {
  const [y, mo, d, h, mi] = fields(instant, zone);
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, minutes: h * 60 + mi, weekday: isoWeekday(date) };
}

/** How far `zone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string): number {
  const [y, mo, d, h, mi, s] = fields(instant, zone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
}

/** "HH:MM" as minutes since midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The instant (epoch ms) at which the wall clock in `zone` shows `time` on `date`. */
export function zonedInstant(date: string, time: string, zone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const wanted = minutesOf(time);
  const asUtc = Date.UTC(y, mo - 1, d, Math.floor(wanted / 60), wanted % 60);
  // At most one offset change lies within a day either side; try the offset from each side.
  const before = offsetAt(asUtc - DAY_MS, zone);
  const after = offsetAt(asUtc + DAY_MS, zone);
  if (before === after) return asUtc - before;
  const candidates = [asUtc - before, asUtc - after];
  const exact = candidates.filter((c) => {
    const wall = wallClock(c, zone);
    return wall.date === date && wall.minutes === wanted;
  });
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether a minute of the day falls in quiet hours; a window whose end is before its start spans midnight. */
export function inQuietHours(minutes: number, quiet: { readonly start: string; readonly end: string } | undefined): boolean {
  if (!quiet) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** The first instant of the learner's next local day: "due today" means due before it. */
export function endOfLocalDay(now: Date, timeZone: string | undefined): Date {
  const zone = zoneOrDefault(timeZone);
  return new Date(zonedInstant(addDays(wallClock(now.getTime(), zone).date, 1), '00:00', zone));
}
