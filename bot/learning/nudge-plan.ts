/**
 * When a learner's next nudge is due: a pure function of their choices, their time zone, what has
 * already happened (last nudged day, last learned day, a snooze) and the time now. The answer is
 * stored on the learner (`nudge.nextAt`) and indexed, so the sweep asks the store "who is due?"
 * instead of reading every learner.
 */
import { WEEKDAYS, type Learner, type NudgePreferences } from './learner';
import { addDays, inQuietHours, minutesOf, wallClock, zonedInstant, zoneOrDefault } from './zoned-time';

/** The earliest a nudge goes before its chosen time when the tenant is busy (bot/nudges/plan.ts plans within it). */
export const MAX_EARLY_MS = 2 * 60 * 60_000;

export interface NudgePlanInput {
  readonly preferences?: NudgePreferences;
  readonly timeZone?: string;
  /** False when HALI cannot reach the learner (no personal chat yet, or Teams said 403/404). */
  readonly reachable: boolean;
  readonly lastNudgedDay?: string;
  readonly lastLearnedDay?: string;
  readonly snoozeUntil?: string;
  /** A local date the learner skipped ahead of time: no daily nudge that day. */
  readonly skipDay?: string;
}

/** The instant the daily nudge for local `date` is due: the chosen time, or the end of quiet hours if it falls inside them. */
export function slotFor(date: string, preferences: NudgePreferences, zone: string): number {
  const at = zonedInstant(date, preferences.time, zone);
  const quiet = preferences.quietHours;
  if (!quiet || !inQuietHours(minutesOf(preferences.time), quiet)) return at;
  const endsSameDay = minutesOf(quiet.end) > minutesOf(preferences.time);
  return zonedInstant(endsSameDay ? date : addDays(date, 1), quiet.end, zone);
}

function isPaused(preferences: NudgePreferences, date: string): boolean {
  return !!preferences.paused && (!preferences.paused.until || date <= preferences.paused.until);
}

/** The next instant (ISO) a nudge is due at or after `now`, or undefined when none is planned. */
export function nextNudgeAt(input: NudgePlanInput, now: Date): string | undefined {
  const preferences = input.preferences;
  if (!preferences?.enabled || !input.reachable) return undefined;
  if (preferences.paused && !preferences.paused.until) return undefined;
  const zone = zoneOrDefault(input.timeZone);
  const days = preferences.days && preferences.days.length > 0 ? preferences.days : WEEKDAYS;
  const today = wallClock(now.getTime(), zone).date;
  const pausedThrough = preferences.paused?.until;
  const first = pausedThrough && pausedThrough >= today ? addDays(pausedThrough, 1) : today;
  let regular: number | undefined;
  // With quiet hours, start a day early: yesterday's slot may have moved past midnight to their end.
  for (let offset = preferences.quietHours ? -1 : 0; offset <= 8 && regular === undefined; offset++) {
    const at = slotFor(addDays(first, offset), preferences, zone);
    if (at < now.getTime()) continue;
    const day = wallClock(at, zone);
    if (!days.includes(day.weekday) || day.date === input.lastNudgedDay || day.date === input.lastLearnedDay || day.date === input.skipDay || isPaused(preferences, day.date)) continue;
    regular = at;
  }
  const snooze = input.snoozeUntil ? Date.parse(input.snoozeUntil) : undefined;
  const next = [regular, snooze].filter((t): t is number => t !== undefined && Number.isFinite(t));
  return next.length > 0 ? new Date(Math.min(...next)).toISOString() : undefined;
}

/** What `nextNudgeAt` needs, read from a learner. */
export function planInputOf(learner: Learner): NudgePlanInput {
  return {
    preferences: learner.preferences.nudges,
    timeZone: learner.preferences.timeZone,
    reachable: !!learner.conversationRef && !learner.nudge?.unreachable,
    lastNudgedDay: learner.nudge?.lastDay,
    lastLearnedDay: learner.streak.lastDay,
    snoozeUntil: learner.nudge?.snoozeUntil,
    skipDay: learner.nudge?.skipDay,
  };
}

/**
 * The learner with `nudge.nextAt` brought up to date as of `now`. A send the tenant's plan put after
 * the chosen time (a busy time) is kept while the choices behind it still give that instant, so a turn
 * in between does not move today's nudge to tomorrow.
 */
export function withNudgePlan(learner: Learner, now: Date): Learner {
  const input = planInputOf(learner);
  const current = learner.nudge;
  const held = current?.sendAt && current.sendFor && current.sendFor === current.nextAt && Date.parse(current.sendAt) >= now.getTime();
  const nextAt = held && nextNudgeAt(input, new Date(current.sendFor!)) === current.sendFor ? current.sendFor : nextNudgeAt(input, now);
  if (nextAt === current?.nextAt) return learner;
  const { nextAt: _old, sendAt: _plannedAt, sendFor: _plannedFor, ...rest } = current ?? {};
  const nudge = nextAt ? { ...rest, nextAt } : rest;
  return { ...learner, nudge };
}

/**
 * The earliest instant the nudge due at `nextAt` may go when its tenant is busy (epoch ms): up to
 * MAX_EARLY_MS before, never in the learner's quiet hours nor on the day before. A snooze goes at its
 * own time. The day before is counted in real minutes since local midnight: on the night clocks go
 * forward, 02:30 is 90 minutes after midnight, not 150.
 */
export function earliestSendAt(learner: Learner): number | undefined {
  const nextAt = learner.nudge?.nextAt;
  if (!nextAt) return undefined;
  const at = Date.parse(nextAt);
  if (learner.nudge?.snoozeUntil === nextAt) return at;
  const zone = zoneOrDefault(learner.preferences.timeZone);
  const wall = wallClock(at, zone);
  const minutes = wall.minutes;
  const sinceMidnight = Math.min(minutes, Math.floor((at - zonedInstant(wall.date, '00:00', zone)) / 60_000));
  const quiet = learner.preferences.nudges?.quietHours;
  let lead = 0;
  while (lead < MAX_EARLY_MS / 60_000 && lead < sinceMidnight && !inQuietHours(minutes - lead - 1, quiet)) lead++;
  return at - lead * 60_000;
}

/**
 * The instant the store indexes for the learner's next nudge: the planned send once the sweep has
 * placed it on the tenant's plan, else the earliest it may go (when the sweep places it).
 */
export function nudgeDueAt(learner: Learner): number | undefined {
  const nudge = learner.nudge;
  if (!nudge?.nextAt) return undefined;
  if (nudge.sendAt && nudge.sendFor === nudge.nextAt) return Date.parse(nudge.sendAt);
  return earliestSendAt(learner);
}
