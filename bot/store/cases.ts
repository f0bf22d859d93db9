import { CONTAINERS, type DocumentStore, type WriteOptions } from './documents';
import { saveWithRetry } from './versioned';

/** A channel case discussion is one thread: its conversation and the id of its root message. */
export interface CaseKey {
  readonly conversationId: string;
  readonly threadId: string;
}

/**
 * Case discussion state, one document per thread, partitioned by conversation. Updates are
 * functions of the current state, retried on conflict, so members replying at the same moment
 * never lose a contribution. The document type belongs to the case feature.
 */
export class CaseStore<T> {
  constructor(private readonly store: DocumentStore) {}

  async get(key: CaseKey): Promise<T | undefined> {
    return (await this.store.read<T>(CONTAINERS.cases, key.conversationId, key.threadId))?.value;
  }

  /**
   * Creates or changes the thread's state; `mutate` sees the latest version (undefined for a new
   * thread). `options.learnerId` tags a document that holds one learner's data, for export and erasure.
   */
  async update(key: CaseKey, mutate: (current: T | undefined) => T, options: WriteOptions = {}): Promise<T> {
    const doc = await this.store.read<T>(CONTAINERS.cases, key.conversationId, key.threadId);
    return saveWithRetry(this.store, CONTAINERS.cases, key.conversationId, key.threadId, { value: doc?.value, etag: doc?.etag }, mutate, options);
  }

  /** Every document of the conversation whose id starts with `prefix` (one partition read). */
  async list(conversationId: string, prefix: string): Promise<T[]> {
    const docs = await this.store.listPartition<T>(CONTAINERS.cases, conversationId);
    return docs.filter((doc) => doc.id.startsWith(prefix)).map((doc) => doc.value);
  }

  async delete(key: CaseKey): Promise<boolean> {
    return this.store.delete(CONTAINERS.cases, key.conversationId, key.threadId);
  }
}
