import type { Learner } from '../learning/learner';
import type { Destination, OutboxEntry } from './outbox';
import type { QueuedStatement } from './statements';

/** One record to deliver, with the learner it is about (absent for orphaned records such as voids). */
export interface SendItem {
  readonly entry: OutboxEntry;
  /** For the LRS: the statement the entry stands for (the actor is the sink's to add). */
  readonly statement?: QueuedStatement;
  readonly learner?: Learner;
}

/**
 * What a destination made of a batch. Expected failures are values: `retry` (outage, throttling,
 * timeout: send the whole batch again later, after `retryAfterMs` if the destination said so).
 * `refused` lists ids the destination rejected for good on their own (never retried, logged).
 */
export type SinkResult = { readonly ok: true; readonly refused: ReadonlySet<string> } | { readonly ok: false; readonly reason: string; readonly retryAfterMs?: number };

/** A destination for learning records: the LRS (xAPI) or Viva Learning (Graph). Adapters live at the edge. */
export interface RecordSink {
  readonly to: Destination;
  send(items: readonly SendItem[]): Promise<SinkResult>;
}
