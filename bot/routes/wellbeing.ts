import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { HaliTurnState } from '../state';
import { concernIn, type Concern } from '../safety/wellbeing';
import { isShared } from './case-context';
import { answerInQuestionLanguage, MAX_MESSAGE_CHARS } from './mentor-steps';

const CONCERN_KEY = Symbol('hali.concern');

/**
 * The concern the turn's message raises (safety/wellbeing.ts), read once a turn from the text as typed: bot/turn.ts reads it
 * before commands are read (so "end it all" is never read as "stop"), and this route answers it.
 */
export function concernOf(context: TurnContext): Concern | undefined {
  const kept = context.turnState.get(CONCERN_KEY) as { concern?: Concern } | undefined;
  if (kept) return kept.concern;
  // Of a message too long to read otherwise, its start: someone in trouble who pastes a long message is still answered.
  const concern = typeof context.activity.text === 'string' ? concernIn(context.activity.text.slice(0, MAX_MESSAGE_CHARS)) : undefined;
  context.turnState.set(CONCERN_KEY, { concern });
  return concern;
}

/**
 * Someone in trouble, in personal chat (safety/wellbeing.ts): thoughts of suicide or self-harm, not coping, or a patient in
 * danger now. First of every message route, before commands are read, and answered with where help is, in the language
 * written. Nothing of it is stored, logged or sent to a model.
 */
export function registerWellbeing(app: Application<HaliTurnState>): void {
  app.message(
    async (context) => !isShared(context) && concernOf(context) !== undefined,
    async (context, state) => {
      answerInQuestionLanguage(state, context.activity.text ?? '');
      await context.sendActivity(state.temp.t(`safety.${concernOf(context)!}`));
    },
  );
}
