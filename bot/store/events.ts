import { randomUUID } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';

/** Something a learner did, kept for progress and evaluation. Never message text. */
export interface LearningEvent {
  readonly type: string;
  readonly at: string;
  readonly [field: string]: unknown;
}

export const EVENT_ID_PREFIX = 'event:';

/** Learning events in the learner's partition, each removed by the store when the retention period ends. */
export class LearningEventLog {
  constructor(
    private readonly store: DocumentStore,
    private readonly retentionDays: number,
  ) {}

  /** Records an event; with a `key`, an event with the same key is recorded only once (double clicks, retries). */
  async append(learnerId: string, event: LearningEvent, key?: string): Promise<void> {
    await this.store.create(CONTAINERS.learners, learnerId, `${EVENT_ID_PREFIX}${key ?? `${event.at}:${randomUUID().slice(0, 8)}`}`, event, {
      ttlSeconds: this.retentionDays * 86_400,
    });
  }

  async list(learnerId: string): Promise<LearningEvent[]> {
    const docs = await this.store.listPartition<LearningEvent>(CONTAINERS.learners, learnerId);
    return docs.filter((d) => d.id.startsWith(EVENT_ID_PREFIX)).map((d) => d.value);
  }
}
