/**
 * Learner records over the storage port, as persistence only: one point read per turn, one write
 * that re-applies the turn's changes to the latest version when another turn wrote in between (so
 * no update is lost), and the indexed "who is due?" query. What a learner is, how an old record is
 * upgraded and which rules run before every save belong to the learner module, which passes them in
 * as `LearnerRules` (bot/learning/learner-repository.ts).
 */
import { CONTAINERS, dueCursorOf, type DocumentStore, type DueCursor, type WriteOptions } from './documents';
import { ErasureLedger } from './erasure';
import { saveWithRetry, WriteConflictError } from './versioned';

/** The id of the learner record inside the learner's partition (events and claims sit beside it). */
export const LEARNER_RECORD_ID = 'record';

/** Thrown when a learner could not be saved after repeated conflicting writes. */
export { WriteConflictError as LearnerConflictError };

/** What the domain tells the store about its learner records. */
export interface LearnerRules<L extends { readonly id: string; readonly tenantId?: string }> {
  /** A stored document brought up to the current shape. */
  readonly upgrade: (doc: Record<string, any>) => L;
  /** The record of someone HALI has not stored yet. */
  readonly create: (id: string, tenantId: string | undefined, now: Date) => L;
  /**
   * Applied to every record just before it is written, as of `now`; `before` is the version the
   * changes were applied to (the stored one, or a new record), so a rule can see what changed.
   */
  readonly beforeSave: (learner: L, now: Date, before: L) => L;
  /** When the record next needs attention (epoch ms, indexed for `findDue`), or undefined. */
  readonly dueAt: (learner: L) => number | undefined;
  /** When the record next has records to send (epoch ms, indexed for `findToSend`), or undefined. */
  readonly sendAt?: (learner: L) => number | undefined;
}

/** A learner as read; `etag` is absent for someone not stored yet. */
export interface Loaded<L> {
  readonly learner: L;
  readonly etag?: string;
  /** When it was read: a write for a learner erased after this creates nothing. */
  readonly readAt?: string;
}

export { erasedMarkerKey } from './erasure';

/** A due learner as found: its id, and its record read on demand. */
export interface DueLearner<L> {
  readonly id: string;
  read(): Loaded<L>;
}

export class LearnerRecords<L extends { readonly id: string; readonly tenantId?: string }> {
  constructor(
    private readonly store: DocumentStore,
    private readonly clock: () => Date,
    private readonly rules: LearnerRules<L>,
    private readonly maxAttempts = 10,
    /** What this instance knows of recent erasures (shared with the other repositories). */
    readonly erasures = new ErasureLedger(store, clock),
  ) {}

  /**
   * One point read. `since` is when the work reading it began (a turn's start): a learner erased
   * after it is not written again by this work. Default: now.
   */
  async load(id: string, tenantId?: string, since?: Date): Promise<Loaded<L>> {
    const readAt = (since ?? this.clock()).toISOString();
    const doc = await this.store.read<Record<string, any>>(CONTAINERS.learners, id, LEARNER_RECORD_ID);
    return doc ? { learner: this.rules.upgrade(doc.value), etag: doc.etag, readAt } : { learner: this.rules.create(id, tenantId, this.clock()), readAt };
  }

  /**
   * Applies `changes` to the loaded learner and writes once; on a conflict, re-reads and re-applies.
   * Every write also runs the domain's before-save rules (as of `now`, default the clock) and indexes
   * the record's due instant. Erasure is final: a learner read with an ETag whose record has gone was
   * erased meanwhile, and a learner erased after `loaded.readAt` is not created again; both writes
   * create nothing.
   */
  async commit(loaded: Loaded<L>, changes: readonly ((learner: L) => L)[], now?: Date, mustExist = false): Promise<L> {
    const { id, tenantId } = loaded.learner;
    if (this.erasures.knownErasedSince(id, loaded.readAt)) return undefined as unknown as L;
    if (!loaded.etag && (await this.erasures.erasedSince(id, loaded.readAt))) return undefined as unknown as L;
    const start = { value: loaded.etag ? loaded.learner : undefined, etag: loaded.etag };
    return saveWithRetry<L>(
      this.store,
      CONTAINERS.learners,
      id,
      LEARNER_RECORD_ID,
      start,
      (current) => this.next(current ? this.rules.upgrade(current as unknown as Record<string, any>) : this.rules.create(id, tenantId, this.clock()), changes, now),
      { maxAttempts: this.maxAttempts, mustExist: mustExist || loaded.etag !== undefined, optionsFor: (learner) => this.indexed(learner) },
    );
  }

  /** The record to write: `changes` applied to `base`, then the before-save rules. */
  private next(base: L, changes: readonly ((learner: L) => L)[], now: Date | undefined): L {
    const changed = changes.reduce((learner, change) => change(learner), base);
    return { ...this.rules.beforeSave(changed, now ?? this.clock(), base), updatedAt: this.clock().toISOString() };
  }

  /** The record's indexed instants (every write states them afresh). */
  private indexed(learner: L): WriteOptions {
    const dueAt = this.rules.dueAt(learner);
    const sendAt = this.rules.sendAt?.(learner);
    return { ...(dueAt !== undefined ? { dueAt } : {}), ...(sendAt !== undefined ? { sendAt } : {}) };
  }

  /**
   * Updates a learner read moments ago (with its ETag) outside a turn, without a fresh read unless
   * someone wrote in between. A learner erased meanwhile ("forget me") stays erased: undefined.
   */
  async updateExisting(loaded: Loaded<L>, changes: readonly ((learner: L) => L)[], now?: Date): Promise<L | undefined> {
    return loaded.etag ? this.commit(loaded, changes, now, true) : undefined;
  }

  /**
   * `updateExisting` for many learners read moments ago (the outbox sender's page), written together:
   * one transaction in the embedded store. A learner written meanwhile (ETag conflict) is updated on
   * its own afterwards, re-read and re-applied as `updateExisting` would; one erased meanwhile stays
   * erased (undefined in its place).
   */
  async updateManyExisting(items: readonly { loaded: Loaded<L>; changes: readonly ((learner: L) => L)[] }[], now?: Date): Promise<(L | undefined)[]> {
    const live = items.filter(({ loaded }) => loaded.etag && !this.erasures.knownErasedSince(loaded.learner.id, loaded.readAt));
    const writes = live.map(({ loaded, changes }) => {
      const value = this.next(this.rules.upgrade(loaded.learner as unknown as Record<string, any>), changes, now);
      return { pk: loaded.learner.id, id: LEARNER_RECORD_ID, value, etag: loaded.etag!, options: this.indexed(value) };
    });
    const results = writes.length > 0 ? await this.store.replaceMany(CONTAINERS.learners, writes) : [];
    const written = new Map(live.map((item, i) => [item, results[i].ok ? writes[i].value : undefined]));
    return Promise.all(
      items.map(async (item) => {
        if (written.get(item)) return written.get(item);
        if (!written.has(item)) return undefined;
        const doc = await this.store.read<Record<string, any>>(CONTAINERS.learners, item.loaded.learner.id, LEARNER_RECORD_ID);
        return doc ? this.updateExisting({ learner: this.rules.upgrade(doc.value), etag: doc.etag, readAt: item.loaded.readAt }, item.changes, now) : undefined;
      }),
    );
  }

  /**
   * Runs `changes` against the stored learner outside a turn (a read and a write, with the same
   * retries). With `since`, a learner erased after it is left erased (undefined).
   */
  async update(id: string, changes: readonly ((learner: L) => L)[], now?: Date, since?: Date): Promise<L> {
    return this.commit(await this.load(id, undefined, since), changes, now);
  }

  /** A learner record found by a query (the outbox's `findToSend`), upgraded, with its ETag. */
  fromStored(value: Record<string, any>, etag: string): Loaded<L> {
    return { learner: this.rules.upgrade(value), etag };
  }

  /**
   * One page of learners due at or before `dueBy`, in due order, starting past `after` (an indexed
   * range query, never a scan); `next` continues from the page's end, so a caller walks any number
   * of due learners holding one page. Each is read (upgraded) by `read()`, so a caller can deal with
   * one unreadable record without losing the rest; it comes with its ETag, ready for `updateExisting`.
   */
  async findDue(dueBy: Date, limit: number, after?: DueCursor): Promise<{ learners: DueLearner<L>[]; next?: DueCursor }> {
    const readAt = this.clock().toISOString();
    const found = await this.store.findDue<Record<string, any>>(CONTAINERS.learners, dueBy.getTime(), limit, after);
    const learners = found
      .filter((doc) => doc.id === LEARNER_RECORD_ID)
      .map((doc) => ({ id: doc.pk, read: () => ({ learner: this.rules.upgrade(doc.value), etag: doc.etag, readAt }) }));
    return { learners, next: found.length > 0 ? dueCursorOf(found.at(-1)!) : undefined };
  }
}
