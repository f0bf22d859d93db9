import { diffWords } from 'diff';
import type { ReviewItem } from '../content/review-items';
import type { ReviewState } from '../content/review-state';
import type { Mentor } from '../mentors/types';
import type { ContentSnapshot, DecisionRecord } from '../store/decisions';

/**
 * An item as a reviewer opens it: English and Welsh side by side, its sources with when each was
 * last checked, where it is used, the content checks' findings, what changed since the last
 * approval, and the decisions so far.
 */
export interface SourceFacts {
  /** URL to last-checked date (YYYY-MM-DD), from mentors/sources.json when it records one. */
  readonly lastChecked: ReadonlyMap<string, string>;
  /** Item id to the content checks' warnings and errors about it. */
  readonly findings: ReadonlyMap<string, readonly string[]>;
}

export type DiffPart = { readonly text: string; readonly change: 'same' | 'added' | 'removed' };

export function itemDetail(item: ReviewItem, mentor: Mentor, found: { state: ReviewState; history: readonly DecisionRecord[]; approvedText?: ContentSnapshot }, facts: SourceFacts) {
  const { state, history, approvedText } = found;
  const previous = state.lastApproved && state.lastApproved.hash !== item.hash ? state.lastApproved : undefined;
  return {
    key: item.key,
    kind: item.kind,
    mentorId: item.mentorId,
    mentorName: mentor.name,
    title: item.title,
    level: item.level ?? null,
    roles: item.roles,
    hash: item.hash,
    fields: Object.entries(item.text).map(([name, text]) => ({ name, en: text.en, cy: text.cy })),
    sources: item.sources.map((s) => ({ title: s.title, url: s.url, lastChecked: facts.lastChecked.get(s.url) ?? null })),
    usedIn: usage(item, mentor),
    findings: facts.findings.get(item.caseId ?? item.id) ?? [],
    status: state.status,
    served: state.served,
    clinical: state.roles.educator,
    welsh: state.roles['welsh-reviewer'],
    requeued: state.requeued ?? null,
    changes: previous ? { since: previous.at, by: previous.reviewer.name, fields: approvedText ? changedFields(approvedText, item.text) : [] } : null,
    history: history.map((d) => ({ decision: d.decision, role: d.role, by: d.reviewer.name, at: d.at, comment: d.comment, current: d.hash === item.hash })),
  };
}

/** Word-level differences per field between what was approved and the text now. */
export function changedFields(before: ContentSnapshot, now: ReviewItem['text']) {
  const names = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  return names.flatMap((name) =>
    (['en', 'cy'] as const).flatMap((language) => {
      const a = before[name]?.[language] ?? '';
      const b = now[name]?.[language] ?? '';
      if (a === b) return [];
      const parts: DiffPart[] = diffWords(a, b).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
      return [{ field: name, language, parts }];
    }),
  );
}

/** Where an item is used, as data the page words in the reader's language. */
export type Usage =
  | { readonly type: 'pathway' | 'stage'; readonly position: number; readonly total: number }
  | { readonly type: 'quiz' | 'case' | 'lesson' | 'suggests'; readonly key: string }
  | { readonly type: 'reviews' | 'answers' };

/** Pathway position, a lesson's quiz items and the cases that suggest it; a quiz item's lesson; a stage's case. */
function usage(item: ReviewItem, mentor: Mentor): Usage[] {
  switch (item.kind) {
    case 'lesson':
      return [
        { type: 'pathway', position: mentor.lessons.findIndex((l) => l.id === item.id) + 1, total: mentor.lessons.length },
        ...mentor.quiz.filter((q) => q.lessonId === item.id).map((q) => ({ type: 'quiz' as const, key: `quiz:${q.id}` })),
        ...mentor.cases.filter((c) => c.relatedLessons.includes(item.id)).map((c) => ({ type: 'case' as const, key: `case-stage:${c.id}/${c.stages[0]?.id ?? ''}` })),
      ];
    case 'quiz': {
      const quiz = mentor.quiz.find((q) => q.id === item.id);
      return quiz ? [{ type: 'lesson', key: `lesson:${quiz.lessonId}` }, { type: 'reviews' }] : [];
    }
    case 'explainer':
      return [{ type: 'answers' }];
    case 'case-stage': {
      const study = mentor.cases.find((c) => c.id === item.caseId);
      if (!study) return [];
      return [{ type: 'stage', position: study.stages.findIndex((s) => s.id === item.stageId) + 1, total: study.stages.length }, ...study.relatedLessons.map((id) => ({ type: 'suggests' as const, key: `lesson:${id}` }))];
    }
  }
}
