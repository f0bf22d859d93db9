import { randomUUID } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';
import type { ErasureLedger } from './erasure';

/** Something a learner did, kept for progress and evaluation. Never message text. */
export interface LearningEvent {
  readonly type: string;
  readonly at: string;
  readonly [field: string]: unknown;
}

export const EVENT_ID_PREFIX = 'event:';

/** How long queued events wait for others to share one write. */
const BATCH_WINDOW_MS = 5;

type EventItem = { pk: string; id: string; value: LearningEvent; options: { ttlSeconds: number }; since?: string };

/**
 * Learning events in the learner's partition, each removed by the store when the retention period
 * ends. Events are history, not state, so they are written off the reply path: queued, then stored in
 * batches a few milliseconds later (one commit for many turns). A crash can lose the last few
 * milliseconds of events, never a learner's record. Anything that must see every event (export,
 * erasure, shutdown, `list`) calls `flush` first. An event queued by work that began before the
 * learner was erased here is dropped at the flush, not written back after the erasure.
 */
export class LearningEventLog {
  private pending: EventItem[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DocumentStore,
    private readonly retentionDays: number,
    private readonly onError: (error: unknown, count: number) => void = () => undefined,
    private readonly erasures?: ErasureLedger,
  ) {}

  /**
   * Queues an event; with a `key`, an event with the same key is recorded only once (double clicks,
   * retries). `since` (ISO time) is when the work that produced it began (a turn's start).
   */
  append(learnerId: string, event: LearningEvent, key?: string, since?: string): void {
    const id = `${EVENT_ID_PREFIX}${key ?? `${event.at}:${randomUUID().slice(0, 8)}`}`;
    this.pending.push({ pk: learnerId, id, value: event, options: { ttlSeconds: this.retentionDays * 86_400 }, since });
    this.timer ??= setTimeout(() => void this.flush(), BATCH_WINDOW_MS);
  }

  /** Resolves once every event queued so far is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const erasures = this.erasures;
    const batch = erasures ? this.pending.filter((item) => !item.since || !erasures.knownErasedSince(item.pk, item.since)) : this.pending;
    this.pending = [];
    if (batch.length > 0) {
      // An event whose key is already stored was recorded before: that counts as stored.
      this.writing = this.writing.then(() => this.store.createMany(CONTAINERS.learners, batch.map(({ since: _since, ...item }) => item)).then(() => undefined, (error: unknown) => this.onError(error, batch.length)));
    }
    return this.writing;
  }

  async list(learnerId: string): Promise<LearningEvent[]> {
    await this.flush();
    const docs = await this.store.listPartition<LearningEvent>(CONTAINERS.learners, learnerId);
    return docs.filter((d) => d.id.startsWith(EVENT_ID_PREFIX)).map((d) => d.value);
  }
}
