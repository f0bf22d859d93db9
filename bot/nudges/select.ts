/**
 * Which learners get a nudge now: a pure function of the learners and the time, re-checking every
 * rule at send time (the stored `nextAt` only says when to look). A day that was missed, for
 * example because no sweep ran, is skipped rather than made up later: a learner is never nagged twice.
 * The day after such an outage still gets its own nudge once its time has come.
 */
import type { Learner, LearnerChange } from '../learning/learner';
import { WEEKDAYS } from '../learning/learner';
import { inQuietHours, wallClock, zoneOrDefault } from '../learning/zoned-time';
import { earliestSendAt, slotFor } from '../learning/nudge-plan';

export type SkipReason = 'not_due' | 'off' | 'unreachable' | 'paused' | 'quiet_hours' | 'learned_today' | 'already_nudged' | 'not_a_nudge_day' | 'missed';

export type NudgeDecision =
  | { readonly due: true; readonly kind: 'daily' | 'snooze'; readonly localDate: string; readonly claimKey: string }
  | { readonly due: false; readonly reason: SkipReason };

const skip = (reason: SkipReason): NudgeDecision => ({ due: false, reason });

/** Whether `learner` should get a nudge at `now`, and under which claim (one per learner per local day, or per snooze). */
export function decideNudge(learner: Learner, now: Date): NudgeDecision {
  const nextAt = learner.nudge?.nextAt;
  // Due from the earliest instant it may go: the sweep then holds it until its place on the tenant's plan.
  if (!nextAt || (earliestSendAt(learner) ?? Date.parse(nextAt)) > now.getTime()) return skip('not_due');
  const preferences = learner.preferences.nudges;
  if (!preferences?.enabled) return skip('off');
  if (!learner.conversationRef || learner.nudge?.unreachable) return skip('unreachable');
  const zone = zoneOrDefault(learner.preferences.timeZone);
  const local = wallClock(now.getTime(), zone);
  const paused = preferences.paused;
  if (paused && (!paused.until || local.date <= paused.until)) return skip('paused');
  if (inQuietHours(local.minutes, preferences.quietHours)) return skip('quiet_hours');
  if (learner.streak.lastDay === local.date) return skip('learned_today');
  const snoozeUntil = learner.nudge?.snoozeUntil;
  if (snoozeUntil && Date.parse(snoozeUntil) <= now.getTime()) {
    if (wallClock(Date.parse(snoozeUntil), zone).date !== local.date) return skip('missed');
    // Filed under the snoozed nudge's day: Monday's 23:00 nudge snoozed to 00:10 leaves Tuesday's own nudge to come.
    const day = learner.nudge?.snoozeFor ?? local.date;
    return { due: true, kind: 'snooze', localDate: day, claimKey: `${day}~${snoozeUntil}` };
  }
  if (learner.nudge?.lastDay === local.date) return skip('already_nudged');
  if (!(preferences.days?.length ? preferences.days : WEEKDAYS).includes(local.weekday)) return skip('not_a_nudge_day');
  // A plan for an earlier day (no sweep ran then) is skipped, but not today's nudge once its time has come.
  if (wallClock(Date.parse(nextAt), zone).date !== local.date && slotFor(local.date, preferences, zone) > now.getTime()) return skip('missed');
  return { due: true, kind: 'daily', localDate: local.date, claimKey: local.date };
}

export interface SelectedNudges {
  readonly due: readonly { readonly learner: Learner; readonly decision: Extract<NudgeDecision, { due: true }> }[];
  readonly skipped: readonly { readonly learner: Learner; readonly reason: SkipReason }[];
}

/** The selection over many learners: who is due now, and why each of the others is not. */
export function selectDueNudges(learners: readonly Learner[], now: Date): SelectedNudges {
  const due: SelectedNudges['due'][number][] = [];
  const skipped: SelectedNudges['skipped'][number][] = [];
  for (const learner of learners) {
    const decision = decideNudge(learner, now);
    if (decision.due) due.push({ learner, decision });
    else skipped.push({ learner, reason: decision.reason });
  }
  return { due, skipped };
}

/**
 * The learner after a nudge was settled (sent, or found already claimed): that day is done. The write that saves it re-plans `nextAt`.
 */
export function nudgeSettled(decision: Extract<NudgeDecision, { due: true }>): LearnerChange {
  return (learner) => {
    // A snoozed nudge also counts as the day's nudge, so the daily one does not follow it.
    const { snoozeUntil: _snooze, snoozeFor: _for, ...nudge } = learner.nudge ?? {};
    // A later day already settled stays the last day.
    const lastDay = nudge.lastDay && nudge.lastDay > decision.localDate ? nudge.lastDay : decision.localDate;
    return { ...learner, nudge: { ...nudge, lastDay } };
  };
}

/** The learner after a skip: a snooze that has come due is used up, whatever the reason for skipping. */
export function nudgeSkipped(now: Date): LearnerChange {
  return (learner) => {
    const snoozeUntil = learner.nudge?.snoozeUntil;
    if (!snoozeUntil || Date.parse(snoozeUntil) > now.getTime()) return learner;
    const { snoozeUntil: _used, snoozeFor: _for, ...nudge } = learner.nudge!;
    return { ...learner, nudge };
  };
}

/** The tenant is busy: the nudge due at `nextAt` goes at `sendAt` (its place on the tenant's plan). */
export function deferNudge(nextAt: string, sendAt: number): LearnerChange {
  return (learner) => (learner.nudge?.nextAt === nextAt ? { ...learner, nudge: { ...learner.nudge, sendAt: new Date(sendAt).toISOString(), sendFor: nextAt } } : learner);
}

/** Teams said the learner cannot be reached (403/404): stop nudging until they message again. */
export function markUnreachable(status: number, now: Date): LearnerChange {
  return (learner) => ({ ...learner, nudge: { ...learner.nudge, unreachable: { since: now.toISOString(), status } } });
}
