import { randomBytes } from 'node:crypto';
import { redact } from '../safety/redact';
import type { FollowedAnswer, HaliTurnState } from '../state';

/** How many recent answers keep working follow-up buttons; an older card's buttons get "ask again". */
export const FOLLOWED_ANSWERS_KEPT = 8;
const MAX_ANSWER_CHARS = 1500;
const REF = /^[0-9a-f]{12}$/;

/** Keeps the answer for its follow-ups and returns the ref its card's buttons carry. */
export function rememberAnswer(state: HaliTurnState, answer: Omit<FollowedAnswer, 'ref'>): string {
  // Only names the answer within this conversation's state; it grants nothing by itself.
  const ref = randomBytes(6).toString('hex');
  const kept: FollowedAnswer = { ...answer, answer: redact(answer.answer.slice(0, MAX_ANSWER_CHARS)).text, ref };
  state.conversation.answers = [...(state.conversation.answers ?? []), kept].slice(-FOLLOWED_ANSWERS_KEPT);
  return ref;
}

/**
 * The remembered answer a follow-up button refers to, or undefined when the card's data does not
 * name one this conversation still holds for that mentor and explainer (card data is untrusted).
 */
export function followedAnswer(state: HaliTurnState, ref: unknown, mentorId: string, explainerId: string): FollowedAnswer | undefined {
  if (typeof ref !== 'string' || !REF.test(ref)) return undefined;
  return state.conversation.answers?.find((a) => a.ref === ref && a.mentorId === mentorId && a.explainerId === explainerId);
}
