/**
 * What this instance knows of recent "forget me" erasures, so work that began before an erasure
 * cannot write the learner back afterwards. An erasure leaves a short-lived marker in the store
 * (keyed by a hash, holding only the time) for every instance, and this instance also keeps it in
 * memory: a check here costs nothing, and only a check that memory cannot answer reads the marker.
 */
import { createHash } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';

/** How long the erased marker stays: far longer than any turn or nudge send in flight. */
export const ERASED_MARKER_TTL_SECONDS = 3600;

/** The marker's key: a hash, so no readable id is kept. */
export function erasedMarkerKey(learnerId: string): string {
  return createHash('sha256').update(`erased\n${learnerId}`).digest('hex').slice(0, 40);
}

type Instant = Date | string | undefined;
const msOf = (at: Instant) => (at === undefined ? undefined : typeof at === 'string' ? Date.parse(at) : at.getTime());

export class ErasureLedger {
  /** Marker key → when the learner was erased (epoch ms), for erasures this instance made or saw. */
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly store: DocumentStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Records an erasure, in memory first and then as the marker other instances read. */
  async mark(learnerId: string, now: Date): Promise<void> {
    const key = erasedMarkerKey(learnerId);
    this.remember(key, now.getTime());
    const marker = { erasedAt: now.toISOString() };
    const options = { ttlSeconds: ERASED_MARKER_TTL_SECONDS };
    const created = await this.store.create(CONTAINERS.markers, key, key, marker, options);
    if (created.ok) return;
    const existing = await this.store.read(CONTAINERS.markers, key, key);
    if (existing) await this.store.replace(CONTAINERS.markers, key, key, marker, existing.etag, options);
  }

  /**
   * True when this instance knows the learner was erased after `since`, or in the same millisecond (no I/O): a read and an
   * erasure at one instant cannot be ordered, so the learner counts as gone. Without `since`, any recent erasure counts.
   */
  knownErasedSince(learnerId: string, since: Instant): boolean {
    const at = this.recent.get(erasedMarkerKey(learnerId));
    const from = msOf(since);
    return at !== undefined && (from === undefined || at >= from) && this.clock().getTime() - at < ERASED_MARKER_TTL_SECONDS * 1000;
  }

  /** True when the learner was erased after `since` here or on any instance: memory first, else one point read. */
  async erasedSince(learnerId: string, since: Instant): Promise<boolean> {
    if (this.knownErasedSince(learnerId, since)) return true;
    const key = erasedMarkerKey(learnerId);
    const marker = await this.store.read<{ erasedAt?: string }>(CONTAINERS.markers, key, key);
    const at = marker?.value.erasedAt ? Date.parse(marker.value.erasedAt) : NaN;
    if (Number.isNaN(at)) return false;
    this.remember(key, at);
    const from = msOf(since);
    return from === undefined || at >= from;
  }

  private remember(key: string, at: number): void {
    const oldest = this.clock().getTime() - ERASED_MARKER_TTL_SECONDS * 1000;
    for (const [k, when] of this.recent) if (when < oldest) this.recent.delete(k);
    this.recent.set(key, Math.max(at, this.recent.get(key) ?? 0));
  }
}
