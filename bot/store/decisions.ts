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
  /** The item's text as decided on (field name to English and Welsh), so later edits can be shown as a diff. */
  readonly snapshot: Readonly<Record<string, Readonly<Record<'en' | 'cy', string>>>>;
}

/**
 * Decisions, partitioned by mentor so a mentor's whole history is one partition read. Not tagged
 * with any learner: "forget me" never reaches them, and they carry no learner data.
 */
export class DecisionLog {
  constructor(private readonly store: DocumentStore) {}

  async record(decision: DecisionRecord): Promise<DecisionRecord> {
    const id = `${decision.at}.${randomUUID()}`;
    const result = await this.store.create(CONTAINERS.decisions, decision.mentorId, id, decision);
    if (!result.ok) throw new Error(`decision ${id} could not be stored (${result.reason})`);
    return decision;
  }

  /** Every decision on a mentor's content, oldest first. */
  async forMentor(mentorId: string): Promise<DecisionRecord[]> {
    const docs = await this.store.listPartition<DecisionRecord>(CONTAINERS.decisions, mentorId);
    return docs.map((doc) => doc.value).sort((a, b) => a.at.localeCompare(b.at));
  }
}
