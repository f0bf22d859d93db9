import { CONTAINERS, type DocumentStore } from './documents';

/** Plans are kept a few days: today's is read all day, yesterday's forecasts a time before today's exists. */
const PLAN_TTL_SECONDS = 3 * 86_400;
const partitionFor = (day: string) => `nudge-plan:${day}`;

/**
 * Each tenant's nudge send plan for a day, in the state container: one partition per day (so the
 * operations forecast is one single-partition read), one document per tenant. The plan's shape
 * belongs to the nudge feature; a plan holds counts and instants, nothing about any one learner.
 */
export class NudgePlanStore<T> {
  constructor(private readonly store: DocumentStore) {}

  async get(day: string, tenant: string): Promise<T | undefined> {
    return (await this.store.read<T>(CONTAINERS.state, partitionFor(day), tenant))?.value;
  }

  /** Stores the plan unless one exists already (another instance planned first): the plan in force either way. */
  async putIfAbsent(day: string, tenant: string, plan: T): Promise<T> {
    const created = await this.store.create(CONTAINERS.state, partitionFor(day), tenant, plan, { ttlSeconds: PLAN_TTL_SECONDS });
    return created.ok ? plan : ((await this.get(day, tenant)) ?? plan);
  }

  /** Every tenant's plan for the day. */
  async list(day: string): Promise<T[]> {
    return (await this.store.listPartition<T>(CONTAINERS.state, partitionFor(day))).map((doc) => doc.value);
  }
}
