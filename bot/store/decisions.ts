import { randomUUID } from 'node:crypto';
import { CONTAINERS, type DocumentStore } from './documents';

/**
 * One reviewer's decision on one content item, as it was when they decided. Each decision is its
 * own document (never updated), so two reviewers deciding at the same moment both count, and the
 * log is the audit trail: who, in which role, when, on which content hash, and why.
 */
export interface DecisionRecord {
  readonly itemKey: string;
  readonly mentorId: string;
  /** The content hash the reviewer saw; the decision applies to that text only. */
  readonly hash: string;
  readonly decision: 'approve' | 'request-changes';
  readonly role: 'educator' | 'welsh-reviewer';
  readonly reviewer: { readonly id: string; readonly name: string };
  readonly at: string;
  readonly comment: string;
}

/** The item's text as decided on (field name to English and Welsh), so later edits can be shown as a diff. */
export type ContentSnapshot = Readonly<Record<string, Readonly<Record<'en' | 'cy', string>>>>;

/**
 * Decisions, partitioned by mentor so a mentor's whole history is one small partition read; the
 * texts decided on sit in a partition of their own beside it (one per hash), read only to show a
 * diff. Not tagged with any learner: "forget me" never reaches them, and they hold no learner data.
 */
export class DecisionLog {
  constructor(private readonly store: DocumentStore) {}

  private static snapshots(mentorId: string): string {
    return `${mentorId}#texts`;
  }

  async record(decision: DecisionRecord, snapshot?: ContentSnapshot): Promise<DecisionRecord> {
    // The text first: a decision is never listed without the text it was made on.
    if (snapshot) await this.store.create(CONTAINERS.decisions, DecisionLog.snapshots(decision.mentorId), decision.hash, snapshot);
    const id = `${decision.at}.${randomUUID()}`;
    const result = await this.store.create(CONTAINERS.decisions, decision.mentorId, id, decision);
    if (!result.ok) throw new Error(`decision ${id} could not be stored (${result.reason})`);
    return decision;
  }

  /** The text a decision on `hash` was made on, if it was kept. */
  async snapshot(mentorId: string, hash: string): Promise<ContentSnapshot | undefined> {
    return (await this.store.read<ContentSnapshot>(CONTAINERS.decisions, DecisionLog.snapshots(mentorId), hash))?.value;
  }

  /** Every decision on a mentor's content, oldest first. */
  async forMentor(mentorId: string): Promise<DecisionRecord[]> {
    const docs = await this.store.listPartition<DecisionRecord>(CONTAINERS.decisions, mentorId);
    return docs.map((doc) => doc.value).sort((a, b) => a.at.localeCompare(b.at));
  }
}
