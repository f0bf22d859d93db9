/**
 * A DocumentStore for the national bench that holds 1.5 million learners compactly: the parts that
 * never change (id, tenant, zone, chosen time, quiet hours, conversation) are generated from the
 * learner's number when read, and only what a sweep changes is kept, in typed arrays (about 60 bytes
 * a learner): the nudge instants, the settled day, the claim and the ETag. Learner records and nudge
 * claims go through the same port calls (read, create, replace) the real stores answer, so the real
 * sweep, claims, plans and lease run unchanged on top. Other containers are small maps.
 */
import type { ContainerName, DocumentStore, DueCursor, StoredDocument, WriteOptions, WriteResult } from '../../bot/store/documents';
import type { Learner } from '../../bot/learning/learner';
import { LEARNER_RECORD_ID } from '../../bot/store/learners';

export interface Population {
  readonly size: number;
  /** Learner `i` as stored before the day starts (its nudge planned). */
  learner(i: number): Learner;
}

const pkOf = (i: number) => `L${String(i).padStart(8, '0')}`;
const indexOf = (pk: string) => (pk.length === 9 && pk[0] === 'L' ? Number(pk.slice(1)) : -1);
const SECOND = 1000;

interface Entry {
  /** The due instant when entered: an entry is live while the learner's due instant is still this. */
  readonly due: number;
  readonly i: number;
}

interface Bucket {
  items: Entry[];
  sorted: boolean;
  /** Entries before this position are known to have moved. */
  liveFrom: number;
}

const before = (a: Entry, b: Entry) => a.due - b.due || a.i - b.i;

/** Learners in due order, one list per second (a dense array from two days before the day to three after), each sorted on first read after an addition; moved learners are skipped. */
class DueIndex {
  private readonly seconds: (Bucket | undefined)[];
  private readonly base: number;
  /** No live entry sits in a slot below this one. */
  private low: number;

  constructor(private readonly dueAt: Float64Array, dayStart: number) {
    this.base = Math.floor(dayStart / SECOND) - 2 * 86_400;
    this.seconds = new Array(5 * 86_400);
    this.low = this.seconds.length;
  }

  private slot(instant: number): number {
    return Math.min(this.seconds.length - 1, Math.max(0, Math.floor(instant / SECOND) - this.base));
  }

  add(i: number): void {
    const entry = { due: this.dueAt[i], i };
    const slot = this.slot(entry.due);
    this.low = Math.min(this.low, slot);
    const bucket = (this.seconds[slot] ??= { items: [], sorted: true, liveFrom: 0 });
    if (bucket.items.length > 0 && bucket.sorted && before(bucket.items.at(-1)!, entry) > 0) bucket.sorted = false;
    bucket.items.push(entry);
  }

  /** Up to `limit` live learners after `after` (in due order) with dueAt <= dueBy. */
  page(dueBy: number, limit: number, after: Entry | undefined): number[] {
    const out: number[] = [];
    const from = Math.max(this.low, after ? this.slot(after.due) : 0);
    const last = this.slot(dueBy);
    for (let k = from; k <= last && out.length < limit; k++) {
      const bucket = this.live(k);
      if (!bucket) {
        if (k === this.low) this.low++;
        continue;
      }
      const items = bucket.items;
      let j = Math.max(bucket.liveFrom, after && k === from ? upperBound(items, (e) => before(e, after) > 0) : 0);
      for (; j < items.length && out.length < limit; j++) {
        const { due, i } = items[j];
        if (due > dueBy) break;
        if (this.dueAt[i] === due) out.push(i);
      }
    }
    return out;
  }

  /** The bucket in slot `k`, sorted, its known-stale head skipped; undefined (and dropped) when nothing in it is live. */
  private live(k: number): Bucket | undefined {
    const bucket = this.seconds[k];
    if (!bucket) return undefined;
    if (!bucket.sorted) {
      // Drop moved learners while sorting anyway.
      bucket.items = bucket.items.filter((e) => this.dueAt[e.i] === e.due).sort(before);
      bucket.sorted = true;
      bucket.liveFrom = 0;
    }
    while (bucket.liveFrom < bucket.items.length && this.dueAt[bucket.items[bucket.liveFrom].i] !== bucket.items[bucket.liveFrom].due) bucket.liveFrom++;
    if (bucket.liveFrom < bucket.items.length) return bucket;
    this.seconds[k] = undefined;
    return undefined;
  }
}

/** The first position where `isAfter` holds (it holds for a suffix). */
function upperBound(items: Entry[], isAfter: (e: Entry) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const CLAIM_NONE = 0;

export class CompactLearnerStore implements DocumentStore {
  readonly kind = 'compact-bench';
  private readonly nextAt: Float64Array;
  private readonly dueAt: Float64Array;
  private readonly sendAt: Float64Array;
  private readonly lastDaySet: Uint8Array;
  private readonly etag: Uint32Array;
  private readonly claimState: Uint8Array;
  private readonly claimEtag: Uint32Array;
  private readonly claimedAt: Float64Array;
  private readonly claimedBy: Uint8Array;
  private readonly holders: string[] = [];
  private readonly index: DueIndex;
  private readonly others = new Map<string, { etag: number; value: unknown }>();
  private sequence = 1;
  operations = { read: 0, write: 0, query: 0 };

  constructor(
    private readonly population: Population,
    private readonly day: string,
    private readonly dueAtOf: (learner: Learner) => number | undefined,
  ) {
    const n = population.size;
    [this.nextAt, this.dueAt, this.sendAt, this.claimedAt] = [0, 0, 0, 0].map(() => new Float64Array(n).fill(NaN));
    [this.lastDaySet, this.claimState, this.claimedBy] = [0, 0, 0].map(() => new Uint8Array(n));
    this.etag = new Uint32Array(n).fill(1);
    this.claimEtag = new Uint32Array(n);
    this.index = new DueIndex(this.dueAt, Date.parse(`${day}T00:00:00Z`));
    for (let i = 0; i < n; i++) {
      const learner = population.learner(i);
      this.nextAt[i] = Date.parse(learner.nudge!.nextAt!);
      this.dueAt[i] = this.dueAtOf(learner)!;
      this.index.add(i);
    }
  }

  /** The learner as stored now: generated, with the changing parts filled in. */
  private learnerNow(i: number): Learner {
    const base = this.population.learner(i);
    const nextAt = Number.isNaN(this.nextAt[i]) ? undefined : new Date(this.nextAt[i]).toISOString();
    const sendAt = Number.isNaN(this.sendAt[i]) ? undefined : new Date(this.sendAt[i]).toISOString();
    const nudge = { ...(nextAt ? { nextAt } : {}), ...(this.lastDaySet[i] ? { lastDay: this.day } : {}), ...(sendAt && nextAt ? { sendAt, sendFor: nextAt } : {}) };
    return { ...base, id: pkOf(i), nudge };
  }

  private claimOf(i: number) {
    const state = this.claimState[i];
    return {
      learnerId: pkOf(i),
      localDate: this.day,
      claimedAt: new Date(this.claimedAt[i]).toISOString(),
      claimedBy: this.holders[this.claimedBy[i]],
      ...(state >= 2 ? { sendingAt: new Date(this.claimedAt[i]).toISOString() } : {}),
      ...(state >= 3 ? { outcome: 'sent', outcomeAt: new Date(this.claimedAt[i]).toISOString() } : {}),
    };
  }

  async read<T>(container: ContainerName, pk: string, id: string): Promise<StoredDocument<T> | undefined> {
    this.operations.read++;
    const i = container === 'learners' ? indexOf(pk) : -1;
    if (i < 0) {
      const doc = this.others.get(`${container}/${pk}/${id}`);
      return doc ? { pk, id, etag: String(doc.etag), value: structuredClone(doc.value) as T } : undefined;
    }
    if (id === LEARNER_RECORD_ID) return { pk, id, etag: String(this.etag[i]), value: this.learnerNow(i) as T };
    if (id === `claim:${this.day}` && this.claimState[i] !== CLAIM_NONE) return { pk, id, etag: `c${this.claimEtag[i]}`, value: this.claimOf(i) as T };
    return undefined;
  }

  async create<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<WriteResult<T>> {
    this.operations.write++;
    const i = container === 'learners' ? indexOf(pk) : -1;
    if (i < 0) {
      const key = `${container}/${pk}/${id}`;
      if (this.others.has(key)) return { ok: false, reason: 'exists' };
      this.others.set(key, { etag: this.sequence++, value: structuredClone(value) });
      return { ok: true, doc: { pk, id, etag: String(this.others.get(key)!.etag), value } };
    }
    if (id !== `claim:${this.day}`) throw new Error(`the bench store keeps only ${this.day}'s claims (asked for ${id})`);
    if (this.claimState[i] !== CLAIM_NONE) return { ok: false, reason: 'exists' };
    this.recordClaim(i, value as Record<string, unknown>);
    return { ok: true, doc: { pk, id, etag: `c${this.claimEtag[i]}`, value } };
  }

  private recordClaim(i: number, claim: Record<string, unknown>): void {
    let holder = this.holders.indexOf(String(claim.claimedBy));
    if (holder < 0) holder = this.holders.push(String(claim.claimedBy)) - 1;
    this.claimedBy[i] = holder;
    this.claimedAt[i] = Date.parse(String(claim.claimedAt));
    this.claimState[i] = claim.outcome ? 3 : claim.sendingAt ? 2 : 1;
    this.claimEtag[i]++;
  }

  async createMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    return Promise.all(items.map((item) => this.create(container, item.pk, item.id, item.value, item.options)));
  }

  async replaceMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; etag: string; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    return Promise.all(items.map((item) => this.replace(container, item.pk, item.id, item.value, item.etag, item.options)));
  }

  async replace<T>(container: ContainerName, pk: string, id: string, value: T, etag: string, options?: WriteOptions): Promise<WriteResult<T>> {
    this.operations.write++;
    const i = container === 'learners' ? indexOf(pk) : -1;
    if (i < 0) {
      const key = `${container}/${pk}/${id}`;
      const doc = this.others.get(key);
      if (!doc || String(doc.etag) !== etag) return { ok: false, reason: 'conflict' };
      this.others.set(key, { etag: this.sequence++, value: structuredClone(value) });
      return { ok: true, doc: { pk, id, etag: String(this.others.get(key)!.etag), value } };
    }
    if (id !== LEARNER_RECORD_ID) {
      if (etag !== `c${this.claimEtag[i]}`) return { ok: false, reason: 'conflict' };
      this.recordClaim(i, value as Record<string, unknown>);
      return { ok: true, doc: { pk, id, etag: `c${this.claimEtag[i]}`, value } };
    }
    if (etag !== String(this.etag[i])) return { ok: false, reason: 'conflict' };
    this.recordLearner(i, value as unknown as Learner, options?.dueAt);
    return { ok: true, doc: { pk, id, etag: String(this.etag[i]), value } };
  }

  private recordLearner(i: number, learner: Learner, dueAt: number | undefined): void {
    const nudge = learner.nudge ?? {};
    this.nextAt[i] = nudge.nextAt ? Date.parse(nudge.nextAt) : NaN;
    this.sendAt[i] = nudge.sendAt && nudge.sendFor === nudge.nextAt ? Date.parse(nudge.sendAt) : NaN;
    this.lastDaySet[i] = nudge.lastDay === this.day ? 1 : 0;
    this.etag[i]++;
    const before = this.dueAt[i];
    this.dueAt[i] = dueAt ?? NaN;
    if (dueAt !== undefined && dueAt !== before) this.index.add(i);
  }

  async upsert<T>(): Promise<StoredDocument<T>> {
    throw new Error('the national bench never upserts');
  }

  async delete(container: ContainerName, pk: string, id: string): Promise<boolean> {
    return this.others.delete(`${container}/${pk}/${id}`);
  }

  async listPartition<T>(container: ContainerName, pk: string): Promise<StoredDocument<T>[]> {
    this.operations.query++;
    const prefix = `${container}/${pk}/`;
    return [...this.others.entries()].filter(([key]) => key.startsWith(prefix)).map(([key, doc]) => ({ pk, id: key.slice(prefix.length), etag: String(doc.etag), value: structuredClone(doc.value) as T }));
  }

  async listVersions(container: ContainerName, pk: string): Promise<{ id: string; etag: string }[]> {
    return (await this.listPartition(container, pk)).map(({ id, etag }) => ({ id, etag }));
  }

  async findByLearner<T>(): Promise<StoredDocument<T>[]> {
    return [];
  }

  async findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor): Promise<StoredDocument<T>[]> {
    this.operations.query++;
    if (container !== 'learners') return [];
    const cursor = after ? { due: after.dueAt, i: after.pk === '' ? -1 : indexOf(after.pk) } : undefined;
    return this.index.page(dueBy, limit, cursor).map((i) => ({ pk: pkOf(i), id: LEARNER_RECORD_ID, etag: String(this.etag[i]), value: this.learnerNow(i) as T, dueAt: this.dueAt[i] }));
  }

  /** The national day simulates nudges only: no learner here has learning records to send. */
  async findToSend<T>(): Promise<StoredDocument<T>[]> {
    this.operations.query++;
    return [];
  }

  async close(): Promise<void> {}
}
