import type { AppDeps } from '../deps';
import { redact } from '../safety/redact';
import type { HaliTurnState, RecentAnswer } from '../state';

/** How many answers a conversation remembers for rating; Teams shows feedback buttons on recent ones. */
export const RECENT_ANSWERS = 5;
const TEXT_LIMIT = 2000;

/**
 * Remembers an answer in the conversation's state (which "forget me" erases and which expires with
 * the transcript), so that if the learner rates it unhelpful its question and answer can be kept for
 * educators. Both are redacted here; nothing about the learner is kept with them.
 */
export function rememberAnswer(state: HaliTurnState, answer: Omit<RecentAnswer, 'question' | 'answer'> & { question: string; answer: string }): void {
  const entry: RecentAnswer = { ...answer, question: redact(answer.question.slice(0, TEXT_LIMIT)).text, answer: redact(answer.answer.slice(0, TEXT_LIMIT)).text };
  state.conversation.recentAnswers = [...(state.conversation.recentAnswers ?? []).filter((a) => a.activityId !== entry.activityId), entry].slice(-RECENT_ANSWERS);
}

/**
 * A thumbs-down on a remembered answer becomes a triage entry: question, answer, sources and the
 * (redacted) comment, without learner id, name or conversation, kept RETENTION_DAYS. Answers not
 * remembered (too old) are not kept; the learning event records the rating either way.
 */
export async function keepRatedAnswer(state: HaliTurnState, replyToId: string | undefined, comment: string, { stores, clock }: AppDeps): Promise<boolean> {
  const answer = replyToId ? state.conversation.recentAnswers?.find((a) => a.activityId === replyToId) : undefined;
  if (!answer) return false;
  await stores.feedback.record({ mentorId: answer.mentorId, at: clock().toISOString(), language: answer.language, question: answer.question, answer: answer.answer, sources: answer.sources, comment });
  state.conversation.recentAnswers = state.conversation.recentAnswers?.filter((a) => a !== answer);
  return true;
}
