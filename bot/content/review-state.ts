import type { DecisionRecord } from '../store/decisions';
import type { ReviewItem } from './review-items';

/**
 * Where an item stands, from the decision log and the approvals carried in its file. A decision
 * counts only for the hash it was made on: an item edited after approval is back in the queue,
 * with the earlier approval kept as the reason shown.
 */
export type ReviewerRole = 'educator' | 'welsh-reviewer';
export const REVIEWER_ROLES: readonly ReviewerRole[] = ['educator', 'welsh-reviewer'];

export type RoleVerdict = 'approved' | 'changes-requested' | 'pending';
export type ItemStatus = 'approved' | 'needs-review' | 'changes-requested' | 're-queued';
export const ITEM_STATUSES: readonly ItemStatus[] = ['needs-review', 're-queued', 'changes-requested', 'approved'];

export interface RoleState {
  readonly verdict: RoleVerdict;
  readonly by?: string;
  readonly at?: string;
  readonly comment?: string;
  /** Where the verdict came from: a workspace decision or the mentor file. */
  readonly from?: 'workspace' | 'file';
}

export interface ReviewState {
  readonly status: ItemStatus;
  /** Served in production: approved in both roles for the current hash. */
  readonly served: boolean;
  readonly roles: Readonly<Record<ReviewerRole, RoleState>>;
  /** Set when an approval exists for an earlier version of the item: what was approved, and when. */
  readonly requeued?: { readonly hash: string; readonly at: string; readonly by: string; readonly role: ReviewerRole };
  /** The latest approval's snapshot of the text (for a diff), if any. */
  readonly lastApproved?: DecisionRecord;
}

/** Decisions of one item, oldest first. */
export function reviewState(item: ReviewItem, decisions: readonly DecisionRecord[]): ReviewState {
  const current = decisions.filter((d) => d.hash === item.hash);
  const roles = Object.fromEntries(REVIEWER_ROLES.map((role) => [role, roleState(item, role, current)])) as Record<ReviewerRole, RoleState>;
  const served = REVIEWER_ROLES.every((role) => roles[role].verdict === 'approved');
  const approvals = decisions.filter((d) => d.decision === 'approve');
  const older = [...approvals].reverse().find((d) => d.hash !== item.hash);
  const lastApproved = [...approvals].reverse()[0];
  const anyChanges = REVIEWER_ROLES.some((role) => roles[role].verdict === 'changes-requested');
  const anyCurrentApproval = REVIEWER_ROLES.some((role) => roles[role].verdict === 'approved');
  const requeued = !served && older && !anyCurrentApproval ? { hash: older.hash, at: older.at, by: older.reviewer.name, role: older.role } : undefined;
  const status: ItemStatus = served ? 'approved' : anyChanges ? 'changes-requested' : requeued ? 're-queued' : 'needs-review';
  return { status, served, roles, ...(requeued ? { requeued } : {}), ...(lastApproved ? { lastApproved } : {}) };
}

/** The latest workspace decision for this role and hash, else an approval carried in the file. */
function roleState(item: ReviewItem, role: ReviewerRole, current: readonly DecisionRecord[]): RoleState {
  const latest = [...current].reverse().find((d) => d.role === role);
  if (latest) return { verdict: latest.decision === 'approve' ? 'approved' : 'changes-requested', by: latest.reviewer.name, at: latest.at, comment: latest.comment, from: 'workspace' };
  const review = item.fileReview;
  const filed = review.approvals?.find((a) => a.role === role && a.hash === item.hash && (a.stage === undefined || a.stage === item.stageId));
  if (filed) return { verdict: 'approved', by: filed.reviewer, at: filed.date, from: 'file' };
  // Reviewed in the file before approvals carried hashes: the named reviewer's word stands.
  if (review.status === 'reviewed' && !review.approvals?.length) return { verdict: 'approved', by: review.reviewer, at: review.date, from: 'file' };
  return { verdict: 'pending' };
}
