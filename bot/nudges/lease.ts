import { CONTAINERS, type DocumentStore } from '../store/documents';

interface LeaseValue {
  readonly holder: string;
  readonly expiresAt: number;
}

const LEASE_KEY = 'nudge-sweep-lease';

/**
 * Only one instance sweeps at a time, coordinated through the store (not memory): a lease document
 * taken with create-if-absent, or by ETag replace once it has expired, and renewed while sweeping.
 * An instance that dies simply lets its lease expire.
 */
export class SweepLease {
  private etag?: string;

  constructor(
    private readonly store: DocumentStore,
    readonly holder: string,
    readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
    /** The lease document's key: one per kind of background work (nudge sweep, outbox sender). */
    private readonly key = LEASE_KEY,
  ) {}

  private value(): LeaseValue {
    return { holder: this.holder, expiresAt: this.now() + this.ttlMs };
  }

  private options() {
    // The store removes a lease whose holder vanished a little after it expires.
    return { ttlSeconds: Math.ceil((this.ttlMs * 2) / 1000) };
  }

  /** True when this instance now holds the lease. */
  async acquire(): Promise<boolean> {
    const current = await this.store.read<LeaseValue>(CONTAINERS.state, this.key, this.key);
    if (!current) {
      const created = await this.store.create(CONTAINERS.state, this.key, this.key, this.value(), this.options());
      this.etag = created.ok ? created.doc.etag : undefined;
      return created.ok;
    }
    if (current.value.holder !== this.holder && current.value.expiresAt > this.now()) return false;
    const taken = await this.store.replace(CONTAINERS.state, this.key, this.key, this.value(), current.etag, this.options());
    this.etag = taken.ok ? taken.doc.etag : undefined;
    return taken.ok;
  }

  /** Extends the lease; false when it was lost (another instance took it after it expired). */
  async renew(): Promise<boolean> {
    if (!this.etag) return false;
    const renewed = await this.store.replace(CONTAINERS.state, this.key, this.key, this.value(), this.etag, this.options());
    this.etag = renewed.ok ? renewed.doc.etag : undefined;
    return renewed.ok;
  }

  /** Gives the lease up at once, so the next sweep need not wait for it to expire. */
  async release(): Promise<void> {
    if (!this.etag) return;
    await this.store.replace(CONTAINERS.state, this.key, this.key, { holder: this.holder, expiresAt: 0 }, this.etag, this.options());
    this.etag = undefined;
  }
}
