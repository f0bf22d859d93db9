import { randomUUID } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';
import { LEARNER_RECORD_ID } from './learners';

/** Records waiting to be sent that outlive their learner: voiding statements after "forget me". */
export interface OrphanRecords<T> {
  readonly entries: readonly T[];
}

export const ORPHAN_ID = 'orphan-records';

/** A document found holding records to send: a learner's record (as stored; the learner module reads it), or orphaned records. */
export type OutboxDocument<T> =
  | { readonly kind: 'learner'; readonly value: Record<string, any>; readonly etag: string }
  | { readonly kind: 'orphan'; readonly pk: string; readonly etag: string; readonly entries: readonly T[] };

/**
 * The outbox as persistence: which documents hold records to send (the store's `sendAt` index), and
 * orphaned records kept under a random partition that names nobody.
 */
export class OutboxDocuments<T> {
  constructor(private readonly store: DocumentStore) {}

  /** Up to `limit` documents with records due by `now`, oldest first. */
  async due(now: Date, limit: number): Promise<OutboxDocument<T>[]> {
    const docs = await this.store.findToSend<Record<string, any>>(CONTAINERS.learners, now.getTime(), limit);
    return docs.flatMap((doc): OutboxDocument<T>[] => {
      if (doc.id === LEARNER_RECORD_ID) return [{ kind: 'learner', value: doc.value, etag: doc.etag }];
      if (doc.id === ORPHAN_ID) return [{ kind: 'orphan', pk: doc.pk, etag: doc.etag, entries: (doc.value as OrphanRecords<T>).entries }];
      return [];
    });
  }

  /** Queues records that belong to no learner any more (voiding statements), due at once. */
  async addOrphans(entries: readonly T[], now: Date): Promise<void> {
    if (entries.length === 0) return;
    await this.store.create<OrphanRecords<T>>(CONTAINERS.learners, `orphan:${randomUUID()}`, ORPHAN_ID, { entries }, { sendAt: now.getTime() });
  }

  /** Keeps the orphaned records still to send (by ETag; a conflict means another sender settled them). */
  async settleOrphans(doc: { pk: string; etag: string }, remaining: readonly T[], sendAt: number): Promise<void> {
    if (remaining.length === 0) await this.store.delete(CONTAINERS.learners, doc.pk, ORPHAN_ID);
    else await this.store.replace<OrphanRecords<T>>(CONTAINERS.learners, doc.pk, ORPHAN_ID, { entries: remaining }, doc.etag, { sendAt });
  }
}
