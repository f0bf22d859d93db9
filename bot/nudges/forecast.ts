/**
 * What the send plans say ahead of time: for a learner, when a nudge at their chosen time usually
 * arrives (the settings card shows it for a busy time); for operations, each tenant's day.
 */
import { wallClock, zoneOrDefault } from '../learning/zoned-time';
import type { Learner } from '../learning/learner';
import type { NudgePlanStore } from '../store/plans';
import { ON_TIME_MS, usualWindow, type PlannedBucket } from './plan';
import { planDayOf, tenantOf, type TenantPlan } from './plans';

const DAY_MS = 86_400_000;
/** Within this of the chosen time either way, the time is not busy and the card says nothing. */
const NOT_BUSY_MS = 5 * 60_000;

const hhmm = (instant: number, zone: string) => {
  const minutes = wallClock(instant, zone).minutes;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** Local HH:MM to HH:MM when nudges at the learner's chosen time usually arrive, if that time is busy. */
export async function busyArrivalWindow(plans: NudgePlanStore<TenantPlan>, learner: Learner, now: Date): Promise<{ from: string; to: string } | undefined> {
  const time = learner.preferences.nudges?.time;
  if (!learner.preferences.nudges?.enabled || !time) return undefined;
  const zone = zoneOrDefault(learner.preferences.timeZone);
  // Today's plan if made, else yesterday's: both are point reads.
  for (const day of [planDayOf(now.getTime()), planDayOf(now.getTime() - DAY_MS)]) {
    const plan = await plans.get(day, tenantOf(learner));
    if (!plan) continue;
    const matching = plan.buckets.filter((b) => hhmm(b.chosenAt, zone) === time);
    if (matching.length === 0) return undefined;
    const biggest = matching.reduce((a, b) => (b.count > a.count ? b : a));
    const { from, to } = usualWindow(biggest);
    if (Math.abs(from - biggest.chosenAt) <= NOT_BUSY_MS && Math.abs(to - biggest.chosenAt) <= NOT_BUSY_MS) return undefined;
    return { from: hhmm(from, zone), to: hhmm(to, zone) };
  }
  return undefined;
}

/** One busy time in the operations forecast (instants in ISO, UTC). */
interface BusyTime {
  readonly chosenAt: string;
  readonly learners: number;
  readonly onTimeShare: number;
  readonly usually: { readonly from: string; readonly to: string };
}

/** The operations forecast for `day` (UTC date): per tenant, how many, how many on time, and the busiest times. */
export async function forecastForDay(plans: NudgePlanStore<TenantPlan>, day: string) {
  const tenants = (await plans.list(day)).map((plan) => {
    const lastSendAt = Math.max(...plan.buckets.flatMap((b) => b.runs.map((r) => r[1])));
    return {
      tenant: plan.tenant,
      ratePerSecond: plan.ratePerSecond,
      learners: plan.total,
      onTime: plan.onTime,
      onTimeShare: plan.total > 0 ? round(plan.onTime / plan.total) : 1,
      onTimeMeans: `within ${ON_TIME_MS / 60_000} minutes of the chosen time`,
      lastSendAt: Number.isFinite(lastSendAt) ? new Date(lastSendAt).toISOString() : undefined,
      busiest: busiest(plan.buckets),
      plannedAt: plan.computedAt,
    };
  });
  return { day, planned: tenants.length > 0, tenants };
}

function busiest(buckets: readonly PlannedBucket[]): BusyTime[] {
  return [...buckets]
    .sort((a, b) => b.count - a.count)
    .slice(0, 5)
    .map((b) => {
      const { from, to } = usualWindow(b);
      return { chosenAt: new Date(b.chosenAt).toISOString(), learners: b.count, onTimeShare: round(b.onTime / b.count), usually: { from: new Date(from).toISOString(), to: new Date(to).toISOString() } };
    });
}

const round = (share: number) => Math.round(share * 1000) / 1000;
