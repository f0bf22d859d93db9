/**
 * When a turn's last send must end, for work inside the turn that must stop in time for its answer to be sent (a slow model).
 * Set by reply pacing (reply-pacing.ts) on the turn's state; kept apart so that models can read it without depending on pacing.
 */
import type { TurnContext } from 'botbuilder';

const DEADLINE = Symbol('hali.replyDeadline');

/** Records that this turn's sends must end by `deadline` (Date.now() time). */
export function setReplyDeadline(context: TurnContext, deadline: number): void {
  context.turnState.set(DEADLINE, deadline);
}

/** When this turn's last send must end, if its replies are paced. */
export function replyDeadlineOf(context: TurnContext): number | undefined {
  return context.turnState.get(DEADLINE) as number | undefined;
}
