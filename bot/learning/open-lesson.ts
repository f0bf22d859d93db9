/**
 * What the learner has open in chat, so that what they type next ("next", "done") carries on from it: the lesson card last
 * shown and not yet done, and whether they are in a quiz (a question open, or one answered a moment ago with no lesson since).
 */
import type { Learner, LearnerChange } from './learner';

/** How long after an answer "next" still means the next question. */
export const QUIZ_MOMENT_MS = 60 * 60_000;

/** The lesson card `lessonId` of `mentorId` was shown at `at`. */
export function lessonShown(mentorId: string, lessonId: string, at: Date): LearnerChange {
  return (learner) => ({ ...learner, openLesson: { mentorId, lessonId, shownAt: at.toISOString() } });
}

/** The lesson `lessonId` is done: its card is no longer open. */
export function lessonClosed(lessonId: string): LearnerChange {
  return (learner) => {
    if (learner.openLesson?.lessonId !== lessonId) return learner;
    const { openLesson: _closed, ...rest } = learner;
    return rest;
  };
}

/**
 * Whether the learner is in a quiz at `now`: a question issued and not answered, or one answered within the moment, and in
 * either case no lesson card shown since.
 */
export function inQuiz(learner: Learner, now: Date): boolean {
  const lessonAt = learner.openLesson ? Date.parse(learner.openLesson.shownAt) : -Infinity;
  const pending = learner.pendingQuiz;
  if (pending) return Date.parse(pending.issuedAt) >= lessonAt;
  const answeredAt = learner.lastAnswer?.at ? Date.parse(learner.lastAnswer.at) : NaN;
  return now.getTime() - answeredAt < QUIZ_MOMENT_MS && answeredAt >= lessonAt;
}
