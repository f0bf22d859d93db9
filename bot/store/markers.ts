import { createHash } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';

/** How long a processed activity is remembered; Teams retries within minutes. */
export const MARKER_TTL_SECONDS = 24 * 3600;

/**
 * Processed-activity markers: Teams retries an activity it thinks timed out, and the same activity
 * must have one effect. The first delivery claims the marker; later ones find it taken.
 */
export class ActivityMarkers {
  constructor(private readonly store: DocumentStore) {}

  /** A stable marker id for an activity (ids are unique within a conversation). */
  static keyOf(conversationId: string, activityId: string): string {
    return createHash('sha256').update(`${conversationId}\n${activityId}`).digest('hex').slice(0, 40);
  }

  /** True for the first delivery of this activity, false for a repeat. */
  async claim(key: string, learnerId: string): Promise<boolean> {
    const result = await this.store.create(CONTAINERS.markers, key, key, { learnerId }, { ttlSeconds: MARKER_TTL_SECONDS, learnerId });
    return result.ok;
  }

  /** Frees the marker of a turn that failed, so Teams' retry is processed. */
  async release(key: string): Promise<void> {
    await this.store.delete(CONTAINERS.markers, key, key);
  }
}
