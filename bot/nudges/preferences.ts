/**
 * Changes learners make to their daily lesson (pure): snooze, not today, off, pause and resume, and
 * the settings form. Each marks the choice as the learner's own (`chosenAt`).
 */
import { DEFAULT_NUDGES, type Learner, type LearnerChange, type NudgePreferences } from '../learning/learner';
import { localDate } from '../learning/streak';
import { addDays, inQuietHours, minutesOf, wallClock, zonedInstant, zoneOrDefault } from '../learning/zoned-time';

export const SNOOZE_MS = 60 * 60_000;

/** The learner's nudge preferences with `patch` applied and marked as chosen at `now`. */
export function changeNudges(patch: Partial<NudgePreferences>, now: Date): LearnerChange {
  return (learner) => ({
    ...learner,
    preferences: { ...learner.preferences, nudges: { ...(learner.preferences.nudges ?? DEFAULT_NUDGES), ...patch, chosenAt: now.toISOString() } },
  });
}

/** The learner's local date at `now`. */
export function todayFor(learner: Learner, now: Date): string {
  return localDate(now, learner.preferences.timeZone);
}

/** When a snooze pressed at `now` brings the nudge back: in an hour, or when the learner's quiet hours end if the hour falls in them. */
function snoozeEnds(learner: Learner, now: Date): number {
  const at = now.getTime() + SNOOZE_MS;
  const quiet = learner.preferences.nudges?.quietHours;
  const zone = zoneOrDefault(learner.preferences.timeZone);
  const wall = wallClock(at, zone);
  if (!quiet || !inQuietHours(wall.minutes, quiet)) return at;
  // Quiet hours that span midnight end tomorrow when the hour falls before midnight.
  const endsToday = wall.minutes < minutesOf(quiet.end);
  return zonedInstant(endsToday ? wall.date : addDays(wall.date, 1), quiet.end, zone);
}

/**
 * "Snooze 1 hour": the nudge comes back in an hour, or when quiet hours end (under its own claim). It stays the snoozed nudge's
 * day's nudge (`snoozeFor`): a late nudge snoozed past midnight does not use up the next day's.
 */
export function snooze(now: Date): LearnerChange {
  return (learner) => {
    const today = todayFor(learner, now);
    const last = learner.nudge?.lastDay;
    const snoozeFor = last && last >= addDays(today, -1) && last <= today ? last : today;
    return { ...learner, nudge: { ...learner.nudge, snoozeUntil: new Date(snoozeEnds(learner, now)).toISOString(), snoozeFor } };
  };
}

/** "Not today": nothing more today, snooze included. */
export function notToday(now: Date): LearnerChange {
  return (learner) => {
    const { snoozeUntil: _dropped, snoozeFor: _for, ...nudge } = learner.nudge ?? {};
    return { ...learner, nudge: { ...nudge, lastDay: todayFor(learner, now) } };
  };
}

/** "pause" (until resumed) or "pause until <date>" (through that local date). */
export function pause(until: string | undefined, now: Date): LearnerChange {
  return changeNudges({ paused: until ? { until } : {} }, now);
}

/** "resume": on again, unpaused. */
export function resume(now: Date): LearnerChange {
  return (learner) => {
    const changed = changeNudges({ enabled: true }, now)(learner);
    const { paused: _gone, ...nudges } = changed.preferences.nudges!;
    return { ...changed, preferences: { ...changed.preferences, nudges } };
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A pause date typed or picked by the learner (YYYY-MM-DD or DD/MM/YYYY), not before today; undefined when not a real date. */
export function parsePauseDate(text: string, today: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const uk = UK_DATE.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${date}T12:00:00Z`);
  if (!Number.isFinite(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return undefined;
  return date >= today && date <= addDays(today, 366) ? date : undefined;
}
