import type { Mentor, QuizItem } from '../mentors/types';
import type { Learner } from './learner';
import { dueItems } from './review';

export interface QuizPick {
  readonly mentor: Mentor;
  readonly item: QuizItem;
  /** "review" when the item is due again; "new" when the learner has not answered it. */
  readonly reason: 'review' | 'new';
}

/**
 * The next question for a learner: a due review first (from any mentor), otherwise a new item from
 * the lessons they have done with `mentor` (then from the lesson they are on), in pathway order;
 * never `except` (the question they asked to skip).
 */
export function nextQuizItem(mentors: readonly Mentor[], mentor: Mentor, learner: Learner, now: Date, onlyLesson?: string, except?: string): QuizPick | undefined {
  if (!onlyLesson) {
    for (const id of dueItems(learner.reviews, now).filter((due) => due !== except)) {
      for (const m of mentors) {
        const item = m.quiz.find((q) => q.id === id);
        if (item) return { mentor: m, item, reason: 'review' };
      }
    }
  }
  const done = learner.progress.lessonsDone[mentor.id] ?? [];
  const lessonOrder = mentor.lessons.map((l) => l.id);
  const candidates = onlyLesson ? [onlyLesson] : [...lessonOrder.filter((id) => done.includes(id)), ...lessonOrder.filter((id) => !done.includes(id)).slice(0, 1)];
  for (const lessonId of candidates) {
    const item = mentor.quiz.find((q) => q.lessonId === lessonId && !learner.reviews[q.id] && q.id !== except);
    if (item) return { mentor, item, reason: 'new' };
  }
  if (onlyLesson) {
    const item = mentor.quiz.find((q) => q.lessonId === onlyLesson);
    if (item) return { mentor, item, reason: 'review' };
  }
  return undefined;
}

/** Finds a quiz item by id across the faculty. */
export function findItem(mentors: readonly Mentor[], itemId: string): { mentor: Mentor; item: QuizItem } | undefined {
  for (const mentor of mentors) {
    const item = mentor.quiz.find((q) => q.id === itemId);
    if (item) return { mentor, item };
  }
  return undefined;
}

/** Due review items that still exist in the faculty's content (items can be withdrawn or renamed). */
export function dueCount(mentors: readonly Mentor[], learner: Learner, now: Date): number {
  const known = new Set(mentors.flatMap((m) => m.quiz.map((q) => q.id)));
  return dueItems(learner.reviews, now).filter((id) => known.has(id)).length;
}
