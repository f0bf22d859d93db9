/**
 * What the learner has open in chat, so that what they type next ("next", "done") carries on from it: the lesson card last
 * shown and not yet done, and whether they are in a quiz (a question open, or one answered a moment ago with no lesson since).
 */
import type { Learner, LearnerChange } from './learner';

/** How long after an answer "next" still means the next question. */
export const QUIZ_MOMENT_MS = 60 * 60_000;

/** The lesson card `lessonId` of `mentorId` was shown at `at`. */
export function lessonShown(mentorId: string, lessonId: string, at: Date): LearnerChange {
  return (learner) => ({ ...lessonSent(mentorId, lessonId)(learner), openLesson: { mentorId, lessonId, shownAt: at.toISOString() } });
}

/** The lesson card `lessonId` of `mentorId` was sent (in chat, a follow-up or a nudge): its Done may count. */
export function lessonSent(mentorId: string, lessonId: string): LearnerChange {
  return (learner) => {
    const sent = learner.lessonsSent?.[mentorId] ?? [];
    return sent.includes(lessonId) ? learner : { ...learner, lessonsSent: { ...learner.lessonsSent, [mentorId]: [...sent, lessonId] } };
  };
}

/**
 * Whether the learner was sent the card of `lessonId`, was assigned it in Viva Learning, or has it done already: a Done or a quiz
 * from any other card counts for nothing.
 */
export function wasSent(learner: Learner, mentorId: string, lessonId: string): boolean {
  const is = (m: string, l: string) => m === mentorId && l === lessonId;
  return (
    (learner.lessonsSent?.[mentorId] ?? []).includes(lessonId) ||
    (learner.progress.lessonsDone[mentorId] ?? []).includes(lessonId) ||
    (learner.openLesson !== undefined && is(learner.openLesson.mentorId, learner.openLesson.lessonId)) ||
    (learner.viva?.assignments ?? []).some((a) => is(a.mentorId, a.lessonId))
  );
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
