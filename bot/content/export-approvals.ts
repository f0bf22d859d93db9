import type { FileApproval, Review } from '../mentors/types';
import type { ItemWithState } from './governance';
import type { ReviewerRole } from './review-state';

/**
 * What `npm run content:approvals` writes into the mentor files: for every item approved in both
 * roles for its current text, the review field with each approval (reviewer, role, date, content
 * hash), so a commit carries the decisions and a new deployment starts with them. A case is written
 * once every one of its stages is approved.
 */
export interface FileReviews {
  /** `<mentor>/<file>` to item id to its new review field. */
  readonly byFile: ReadonlyMap<string, ReadonlyMap<string, Review>>;
}

const FILES = { lesson: 'lessons.json', quiz: 'quiz.json', explainer: 'explainers.json' } as const;

function approvalsOf({ item, state }: ItemWithState): FileApproval[] {
  return (['educator', 'welsh-reviewer'] as ReviewerRole[]).map((role) => ({
    role,
    reviewer: state.roles[role].by ?? '',
    date: (state.roles[role].at ?? '').slice(0, 10),
    hash: item.hash,
    ...(item.stageId ? { stage: item.stageId } : {}),
  }));
}

function reviewOf(approvals: FileApproval[]): Review {
  const date = approvals.map((a) => a.date).sort().pop() ?? '';
  return { status: 'reviewed', reviewer: [...new Set(approvals.map((a) => a.reviewer))].join(', '), date, approvals };
}

export function fileReviews(states: readonly ItemWithState[]): FileReviews {
  const byFile = new Map<string, Map<string, Review>>();
  const put = (file: string, id: string, review: Review) => {
    if (!byFile.has(file)) byFile.set(file, new Map());
    byFile.get(file)!.set(id, review);
  };
  const stages = new Map<string, ItemWithState[]>();
  for (const row of states) {
    if (row.item.kind === 'case-stage') {
      const key = `${row.item.mentorId}/${row.item.caseId}`;
      stages.set(key, [...(stages.get(key) ?? []), row]);
    } else if (row.state.served) {
      put(`${row.item.mentorId}/${FILES[row.item.kind]}`, row.item.id, reviewOf(approvalsOf(row)));
    }
  }
  for (const [key, rows] of stages) {
    if (!rows.every((r) => r.state.served)) continue;
    const [mentorId, caseId] = key.split('/');
    put(`${mentorId}/cases.json`, caseId, reviewOf(rows.flatMap(approvalsOf)));
  }
  return { byFile };
}
