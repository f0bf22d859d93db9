import { randomUUID } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';
import { saveWithRetry } from './versioned';

/** Additive counters by name. Adding two sets of counters adds them name by name. */
export type Counters = Record<string, number>;

/** One aggregate document: the counters of one cell (e.g. role and language) in one shard of a scope. */
interface CellDocument {
  readonly counters: Counters;
}

/** A short free-text note kept without identity (an unanswered question), in a scope. */
export interface AggregateNote {
  readonly text: string;
  readonly [field: string]: unknown;
}

export interface AggregateStoreOptions {
  /** Shards per scope: concurrent writers to one scope land on different documents. */
  readonly shards?: number;
  /** How long additions wait to be merged with others into one write. */
  readonly windowMs?: number;
  /** False: additions are dropped (analytics switched off). */
  readonly enabled?: boolean;
  /** Days a note is kept. */
  readonly noteTtlDays?: number;
  readonly onError?: (error: unknown, what: string) => void;
  /**
   * A cell's additions that could not be written after `retry.attempts` tries: given up, and handed
   * here with their counts (never a learner id) so the loss is logged, not silent.
   */
  readonly onGiveUp?: (error: unknown, lost: LostCounters) => void;
  /** Pauses after a failed write: `firstMs` doubling to `maxMs`; given up after `attempts` failed writes. */
  readonly retry?: { readonly firstMs?: number; readonly maxMs?: number; readonly attempts?: number };
  /**
   * Scopes whose cells are written before the others of the same batch (and the others held back
   * while any of them fails): a reader that reads the others first never sees an addition there
   * that is missing from these.
   */
  readonly writeFirst?: (scope: string) => boolean;
}

/** Counts given up on: the cell they belonged to, the counts, and how many writes failed. */
export interface LostCounters {
  readonly scope: string;
  readonly cell: string;
  readonly counters: Readonly<Counters>;
  readonly failures: number;
}

/** Additions waiting for a write; `failures` counts the writes of them that failed so far. */
type PendingCell = { scope: string; cell: string; counters: Counters; failures: number };

/** Default retry of a failed cell write: 0.25 s doubling to a minute, given up after 10 failures (about 4 minutes). */
const DEFAULT_RETRY = { firstMs: 250, maxMs: 60_000, attempts: 10 };

const cellKey = (scope: string, cell: string) => `${scope}\u0000${cell}`;

const DEFAULT_SHARDS = 8;
/** Parsed cell documents kept between reads (a few mentors × months × cells × shards). */
const MAX_PARSED = 20_000;
const NOTES_SHARD = 'notes';

export function mergeCounters(into: Counters, add: Readonly<Counters>): Counters {
  // for-in, not Object.entries: this runs for every counter of every answer, and allocates nothing.
  for (const name in add) into[name] = (into[name] ?? 0) + add[name];
  return into;
}

/**
 * Sharded, batched counters for cohort analytics. A turn only adds to an in-memory map (no I/O on
 * the reply path); every few hundred milliseconds the additions are merged per cell and written once
 * each, to one of `shards` documents chosen at random, with an ETag check and retry. So ten thousand
 * answers to one item in a minute become a handful of writes spread over several partitions, and no
 * learner's turn waits for another's. Reads add the shards back together. A crash can lose the last
 * window of additions (as with learning events), never a learner's record. Documents hold counts
 * and never a learner id; notes carry the learner id only as the store's erasure tag.
 */
export class AggregateStore {
  private pending = new Map<string, PendingCell>();
  /** Cells whose write failed, waiting out their pause (written by the retry timer or any `flush()`). */
  private retrying = new Map<string, PendingCell>();
  private retryTimer?: NodeJS.Timeout;
  private notes: { pk: string; id: string; value: AggregateNote; options: { learnerId: string; ttlSeconds: number } }[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();
  private readonly parsed = new Map<string, { etag: string; counters: Readonly<Counters> }>();
  readonly shards: number;
  readonly enabled: boolean;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: AggregateStoreOptions = {},
  ) {
    this.shards = Math.max(1, options.shards ?? DEFAULT_SHARDS);
    this.enabled = options.enabled ?? true;
  }

  /** Adds `counters` to `cell` in `scope` (written within the batch window). */
  add(scope: string, cell: string, counters: Readonly<Counters>): void {
    if (!this.enabled || Object.keys(counters).length === 0) return;
    // On every answer: merge in place, allocating only for a cell's first addition in the window.
    const entry = this.pending.get(cellKey(scope, cell));
    if (entry) mergeCounters(entry.counters, counters);
    else this.pending.set(cellKey(scope, cell), { scope, cell, counters: { ...counters }, failures: 0 });
    this.schedule();
  }

  /** Merges additions into `into` by cell; a merged entry keeps the larger failure count (it is retried as one). */
  private queue(into: Map<string, PendingCell>, add: PendingCell): void {
    const key = cellKey(add.scope, add.cell);
    const entry = into.get(key);
    if (!entry) into.set(key, { ...add, counters: { ...add.counters } });
    else {
      mergeCounters(entry.counters, add.counters);
      entry.failures = Math.max(entry.failures, add.failures);
    }
  }

  /** Keeps a note in `scope`, tagged with the learner only so that "forget me" can delete it. */
  addNote(scope: string, note: AggregateNote, learnerId: string): void {
    if (!this.enabled) return;
    const ttlSeconds = (this.options.noteTtlDays ?? 180) * 86_400;
    this.notes.push({ pk: `${scope}#${NOTES_SHARD}`, id: randomUUID(), value: note, options: { learnerId, ttlSeconds } });
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => void this.flush(), this.options.windowMs ?? 250);
  }

  /**
   * Writes everything added so far, and every cell waiting to retry (shutdown and "forget me" call
   * this, so nothing waits out a pause); resolves once written or, for a failed cell, queued again.
   */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    for (const entry of this.retrying.values()) this.queue(this.pending, entry);
    this.retrying = new Map();
    const cells = [...this.pending.values()];
    const notes = this.notes;
    this.pending = new Map();
    this.notes = [];
    if (cells.length === 0 && notes.length === 0) return this.writing;
    this.writing = this.writing.then(() => this.write(cells, notes));
    return this.writing;
  }

  private async write(cells: PendingCell[], notes: AggregateStore['notes']): Promise<void> {
    const shard = Math.floor(Math.random() * this.shards);
    const first = this.options.writeFirst;
    const writeAll = (batch: PendingCell[]) =>
      Promise.all(batch.map((entry) => this.addToShard(`${entry.scope}#${shard}`, entry.cell, entry.counters).then(() => true, (error: unknown) => (this.failed(entry, error), false))));
    const written = first ? await writeAll(cells.filter((entry) => first(entry.scope))) : [];
    const rest = first ? cells.filter((entry) => !first(entry.scope)) : cells;
    if (written.every(Boolean)) await writeAll(rest);
    else for (const entry of rest) this.queue(this.retrying, entry);
    if (notes.length > 0) await this.store.createMany(CONTAINERS.analytics, notes).catch((error: unknown) => this.options.onError?.(error, 'analytics.note_write_failed'));
  }

  /**
   * A cell write failed: its additions wait out a pause that doubles with each failure, then are
   * written again (merged with any added meanwhile); after `attempts` failures they are handed to
   * `onGiveUp` with their counts and dropped, so a store that stays broken is neither hammered nor
   * leaks memory, and what was lost is on record.
   */
  private failed(entry: PendingCell, error: unknown): void {
    const { firstMs, maxMs, attempts } = { ...DEFAULT_RETRY, ...this.options.retry };
    const failures = entry.failures + 1;
    this.options.onError?.(error, 'analytics.aggregate_write_failed');
    if (failures >= attempts) {
      this.options.onGiveUp?.(error, { scope: entry.scope, cell: entry.cell, counters: entry.counters, failures });
      return;
    }
    this.queue(this.retrying, { ...entry, failures });
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, Math.min(maxMs, firstMs * 2 ** (failures - 1)));
    // A stopping process is not kept alive for a retry: shutdown flushes once more itself.
    this.retryTimer.unref();
  }

  private async addToShard(pk: string, cell: string, counters: Counters): Promise<void> {
    const doc = await this.store.read<CellDocument>(CONTAINERS.analytics, pk, cell);
    await saveWithRetry<CellDocument>(this.store, CONTAINERS.analytics, pk, cell, { value: doc?.value, etag: doc?.etag }, (current) => ({
      counters: mergeCounters({ ...current?.counters }, counters),
    }));
  }

  /** Every cell of `scope` with its counters summed over the shards. */
  async readScope(scope: string): Promise<Map<string, Counters>> {
    const shards = await Promise.all(Array.from({ length: this.shards }, (_, s) => this.readShard(`${scope}#${s}`)));
    const cells = new Map<string, Counters>();
    for (const doc of shards.flat()) cells.set(doc.id, mergeCounters(cells.get(doc.id) ?? {}, doc.counters));
    return cells;
  }

  /**
   * One shard's cell documents. Parsing the counters is most of a view's cost, so parsed documents are
   * kept with their ETag: a read lists the shard's ids and ETags (no bodies) and re-reads only the
   * documents written since; when most changed, one partition read is cheaper than a point read each.
   */
  private async readShard(pk: string): Promise<{ id: string; counters: Counters }[]> {
    const versions = await this.store.listVersions(CONTAINERS.analytics, pk);
    const key = (id: string) => `${pk}\u0000${id}`;
    const stale = versions.filter((v) => this.parsed.get(key(v.id))?.etag !== v.etag);
    if (stale.length > 0) {
      const fresh =
        stale.length > versions.length / 2
          ? await this.store.listPartition<CellDocument>(CONTAINERS.analytics, pk)
          : (await Promise.all(stale.map((v) => this.store.read<CellDocument>(CONTAINERS.analytics, pk, v.id)))).filter((doc) => doc !== undefined);
      if (this.parsed.size + fresh.length > MAX_PARSED) this.parsed.clear();
      for (const doc of fresh) this.parsed.set(key(doc.id), { etag: doc.etag, counters: doc.value.counters });
    }
    return versions.flatMap((v) => {
      const doc = this.parsed.get(key(v.id));
      return doc ? [{ id: v.id, counters: doc.counters }] : [];
    });
  }

  /** The notes kept in `scope` (never their erasure tag). */
  async readNotes(scope: string): Promise<AggregateNote[]> {
    return (await this.store.listPartition<AggregateNote>(CONTAINERS.analytics, `${scope}#${NOTES_SHARD}`)).map((doc) => doc.value);
  }
}
