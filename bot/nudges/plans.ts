/**
 * Each tenant's send plan for a day, made once and shared by every instance: the first sweep that
 * needs a day's plan counts that day's demand with one paged pass over the due index (holding
 * counts, never the learners), plans every tenant, and stores the plans; later reads come from the
 * store, then from memory. Learners who change their time after the plan was made are not in it and
 * go at their chosen time.
 */
import type { Learner } from '../learning/learner';
import type { LearnerRepository } from '../learning/learner-repository';
import type { NudgePlanStore } from '../store/plans';
import { bucketKey, dailyPosition, MAX_EARLY_MS, planSends, plannedSendAt, type DemandBucket, type PlannedBucket, type SendPlan } from './plan';
import { earliestSendAt } from '../learning/nudge-plan';

/** A tenant's plan as stored. */
export interface TenantPlan extends SendPlan {
  readonly tenant: string;
  /** The UTC date of the chosen instants it covers. */
  readonly day: string;
  readonly computedAt: string;
}

interface IndexedPlan {
  readonly plan: TenantPlan;
  readonly buckets: Map<string, PlannedBucket>;
}

const DAY_MS = 86_400_000;
const SCAN_PAGE = 500;

/** The plan day of a chosen instant: its UTC date (one plan spans a tenant's zones). */
export const planDayOf = (instant: number) => new Date(instant).toISOString().slice(0, 10);
export const tenantOf = (learner: Learner) => learner.conversationRef?.tenantId ?? learner.tenantId ?? 'unknown';

/** The plan store with the nudge feature's plan shape (the store itself knows no domain types). */
export const tenantPlans = (store: NudgePlanStore<unknown>) => store as NudgePlanStore<TenantPlan>;

const indexed = (plan: TenantPlan): IndexedPlan => ({ plan, buckets: new Map(plan.buckets.map((b) => [bucketKey(b.chosenAt, b.earliestAt), b])) });

export interface SendPlansDeps {
  readonly learners: LearnerRepository;
  readonly plans: NudgePlanStore<TenantPlan>;
  readonly ratePerSecond: number;
  readonly clock: () => Date;
}

export class SendPlans {
  private readonly days = new Map<string, Promise<Map<string, IndexedPlan>>>();

  constructor(private readonly deps: SendPlansDeps) {}

  /** The learner's planned send instant today, or undefined when their plan has no place for them. */
  async sendAt(learner: Learner): Promise<number | undefined> {
    const nextAt = learner.nudge?.nextAt;
    const earliest = earliestSendAt(learner);
    if (!nextAt || earliest === undefined) return undefined;
    const chosenAt = Date.parse(nextAt);
    const day = planDayOf(chosenAt);
    const plan = (await this.forDay(day)).get(tenantOf(learner));
    return plannedSendAt(plan?.buckets.get(bucketKey(chosenAt, earliest)), dailyPosition(learner.id, day));
  }

  private forDay(day: string): Promise<Map<string, IndexedPlan>> {
    let plans = this.days.get(day);
    if (!plans) {
      plans = this.load(day);
      plans.catch(() => this.days.delete(day));
      this.days.set(day, plans);
      // Only the days around now are asked for: keep the last three.
      for (const old of [...this.days.keys()].sort().slice(0, -3)) this.days.delete(old);
    }
    return plans;
  }

  private async load(day: string): Promise<Map<string, IndexedPlan>> {
    const stored = await this.deps.plans.list(day);
    if (stored.length > 0) return new Map(stored.map((plan) => [plan.tenant, indexed(plan)]));
    const demand = await this.countDemand(day);
    const computedAt = this.deps.clock().toISOString();
    const plans = new Map<string, IndexedPlan>();
    for (const [tenant, buckets] of demand) {
      const plan: TenantPlan = { tenant, day, computedAt, ...planSends([...buckets.values()], this.deps.ratePerSecond) };
      plans.set(tenant, indexed(await this.deps.plans.putIfAbsent(day, tenant, plan)));
    }
    return plans;
  }

  /** Learners per tenant, chosen instant and earliest instant, for the day's nudges: one paged pass. */
  private async countDemand(day: string): Promise<Map<string, Map<string, DemandBucket>>> {
    const start = Date.parse(`${day}T00:00:00Z`);
    const demand = new Map<string, Map<string, DemandBucket>>();
    let after = { dueAt: start - MAX_EARLY_MS - 1, pk: '', id: '' };
    for (;;) {
      const page = await this.deps.learners.findDue(new Date(start + DAY_MS), SCAN_PAGE, after);
      if (!page.next) break;
      after = page.next;
      for (const due of page.learners) {
        // An unreadable record is left out of the count; the sweep reports it when it meets it.
        const learner = (() => {
          try {
            return due.read().learner;
          } catch {
            return undefined;
          }
        })();
        if (learner) countLearner(demand, learner, day);
      }
    }
    return demand;
  }
}

function countLearner(demand: Map<string, Map<string, DemandBucket>>, learner: Learner, day: string): void {
  const nextAt = learner.nudge?.nextAt;
  const earliestAt = earliestSendAt(learner);
  if (!nextAt || earliestAt === undefined || learner.nudge?.snoozeUntil === nextAt) return;
  const chosenAt = Date.parse(nextAt);
  if (planDayOf(chosenAt) !== day) return;
  const tenant = tenantOf(learner);
  let buckets = demand.get(tenant);
  if (!buckets) demand.set(tenant, (buckets = new Map()));
  const key = bucketKey(chosenAt, earliestAt);
  buckets.set(key, { chosenAt, earliestAt, count: (buckets.get(key)?.count ?? 0) + 1 });
}
