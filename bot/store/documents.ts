/**
 * The storage port: partitioned JSON documents with ETags and per-item expiry. It is the one thing
 * the embedded (SQLite) and Azure Cosmos DB adapters implement; every repository is written over it,
 * so one contract suite proves both.
 */

/** Containers, each partitioned by `pk`. */
export const CONTAINERS = {
  /** A learner's partition (pk = learner id): their record, learning events and nudge claims. */
  learners: 'learners',
  /** Teams AI conversation and user state (pk = the state key). */
  state: 'state',
  /** Processed-activity markers that make retried deliveries idempotent (pk = marker id). */
  markers: 'markers',
  /** Channel case discussions (pk = conversation id). */
  cases: 'cases',
  /** Educators' review decisions (pk = mentor id); audit records, never erased with a learner. */
  decisions: 'decisions',
  /** Rated answers kept for educators' triage, without learner identity (pk = mentor id). */
  feedback: 'feedback',
  /** Cohort aggregates (pk = mentor, period and shard): counts only, never a learner id. */
  analytics: 'analytics',
} as const;
export type ContainerName = (typeof CONTAINERS)[keyof typeof CONTAINERS];
export const CONTAINER_NAMES = Object.values(CONTAINERS) as ContainerName[];

export interface StoredDocument<T> {
  readonly pk: string;
  readonly id: string;
  /** Changes on every write; pass it back to `replace` to write only if nobody else has. */
  readonly etag: string;
  readonly value: T;
  /** Set on documents that hold data about a learner outside their own partition (for export and erasure). */
  readonly learnerId?: string;
  /** The indexed due instant (epoch ms); set on what `findDue` returns. */
  readonly dueAt?: number;
}

/** Where a page of `findDue` ended (its last document): pass it back for the next page. */
export interface DueCursor {
  readonly dueAt: number;
  readonly pk: string;
  readonly id: string;
}

/** The cursor after `doc`, a document `findDue` returned. */
export function dueCursorOf(doc: StoredDocument<unknown>): DueCursor {
  return { dueAt: doc.dueAt!, pk: doc.pk, id: doc.id };
}

export interface WriteOptions {
  /** Seconds until the store removes the document by itself. */
  readonly ttlSeconds?: number;
  /** The learner this document is about, when it lives outside the learner's partition. */
  readonly learnerId?: string;
  /**
   * When the document next needs attention (epoch ms), kept in an index so `findDue` is a range
   * query, not a scan. Every write states it afresh: a write without it takes the document out.
   */
  readonly dueAt?: number;
  /**
   * When the document next has records to send out (epoch ms): the learning-record outbox. Indexed
   * apart from `dueAt`, so `findToSend` is a range query too. Every write states it afresh.
   */
  readonly sendAt?: number;
}

/** Expected write failures are values: `exists` for create, `conflict` for a stale or missing ETag. */
export type WriteResult<T> = { readonly ok: true; readonly doc: StoredDocument<T> } | { readonly ok: false; readonly reason: 'exists' | 'conflict' };

export interface DocumentRef {
  readonly container: ContainerName;
  readonly pk: string;
  readonly id: string;
}

export interface DocumentStore {
  /** "sqlite" (embedded) or "cosmos"; reported by /healthz. */
  readonly kind: string;
  read<T>(container: ContainerName, pk: string, id: string): Promise<StoredDocument<T> | undefined>;
  /** Writes only if no document has this id in the partition. */
  create<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<WriteResult<T>>;
  /** Several creates at once; the embedded store commits them in one transaction. */
  createMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; options?: WriteOptions }[]): Promise<WriteResult<T>[]>;
  /** Writes only if the stored document still has `etag`. */
  replace<T>(container: ContainerName, pk: string, id: string, value: T, etag: string, options?: WriteOptions): Promise<WriteResult<T>>;
  /**
   * Several replaces at once, each only if its document still has its `etag` (a conflict fails that
   * one alone); the embedded store commits them in one transaction (the outbox settling a page).
   */
  replaceMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; etag: string; options?: WriteOptions }[]): Promise<WriteResult<T>[]>;
  /** Writes whatever is there (last writer wins). */
  upsert<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>>;
  /** True when a document was deleted. */
  delete(container: ContainerName, pk: string, id: string): Promise<boolean>;
  /** Every live document in one partition. */
  listPartition<T>(container: ContainerName, pk: string): Promise<StoredDocument<T>[]>;
  /** The id and ETag of every live document in one partition, without their bodies (to re-read only what changed). */
  listVersions(container: ContainerName, pk: string): Promise<{ id: string; etag: string }[]>;
  /** Every live document in `container` tagged with `learnerId` (a cross-partition query; rare operations only). */
  findByLearner<T>(container: ContainerName, learnerId: string): Promise<StoredDocument<T>[]>;
  /**
   * Up to `limit` live documents in `container` whose `dueAt` is at or before `dueBy` (epoch ms),
   * in (dueAt, pk, id) order, across partitions: an indexed range query (the nudge sweep's "who is
   * due now?"). With `after`, the page starts past that cursor (keyset paging), so a caller walks any
   * number of due documents holding one page at a time.
   */
  findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor): Promise<StoredDocument<T>[]>;
  /** Up to `limit` documents holding learning records to send by `sendBy` (the outbox instant `sendAt`), earliest first. */
  findToSend<T>(container: ContainerName, sendBy: number, limit: number): Promise<StoredDocument<T>[]>;
  close(): Promise<void>;
}
