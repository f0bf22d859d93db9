import { randomUUID } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';
import { saveWithRetry } from './versioned';

export const TRIAGE_VERDICTS = ['content-gap', 'wrong-answer', 'fine'] as const;
export type TriageVerdict = (typeof TRIAGE_VERDICTS)[number];

/**
 * An answer a learner rated unhelpful, kept for educators' triage: the question and answer (both
 * already redacted), the sources used and the learner's comment. No learner id, name or
 * conversation is stored, so nothing here can be linked back to a person.
 */
export interface FeedbackEntry {
  readonly id: string;
  readonly mentorId: string;
  readonly at: string;
  readonly language: 'en' | 'cy';
  readonly question: string;
  readonly answer: string;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  readonly comment: string;
  readonly verdict?: TriageVerdict;
  readonly triagedBy?: string;
  readonly triagedAt?: string;
  /** A draft explainer stub made from a content gap, for the content authors. */
  readonly stub?: { readonly id: string; readonly question: string; readonly createdAt: string; readonly createdBy: string };
}

/** Rated answers, partitioned by mentor, each removed by the store RETENTION_DAYS after it was rated. */
export class FeedbackLog {
  constructor(
    private readonly store: DocumentStore,
    private readonly retentionDays: number,
    private readonly clock: () => Date,
  ) {}

  private ttlFor(at: string): number {
    const left = this.retentionDays * 86_400 - Math.floor((this.clock().getTime() - Date.parse(at)) / 1000);
    return Math.max(1, left);
  }

  async record(entry: Omit<FeedbackEntry, 'id'>): Promise<FeedbackEntry> {
    const stored = { ...entry, id: `${entry.at}.${randomUUID().slice(0, 8)}` };
    await this.store.create(CONTAINERS.feedback, entry.mentorId, stored.id, stored, { ttlSeconds: this.ttlFor(entry.at) });
    return stored;
  }

  /** A mentor's entries, newest first. */
  async forMentor(mentorId: string): Promise<FeedbackEntry[]> {
    const docs = await this.store.listPartition<FeedbackEntry>(CONTAINERS.feedback, mentorId);
    return docs.map((d) => d.value).sort((a, b) => b.at.localeCompare(a.at));
  }

  /** Changes one entry (retried on conflict); undefined when it is gone (expired or never existed). */
  async update(mentorId: string, id: string, change: (entry: FeedbackEntry) => FeedbackEntry): Promise<FeedbackEntry | undefined> {
    const doc = await this.store.read<FeedbackEntry>(CONTAINERS.feedback, mentorId, id);
    if (!doc) return undefined;
    return saveWithRetry(this.store, CONTAINERS.feedback, mentorId, id, { value: doc.value, etag: doc.etag }, (current) => change(current ?? doc.value), {
      mustExist: true,
      ttlSeconds: this.ttlFor(doc.value.at),
    });
  }
}
