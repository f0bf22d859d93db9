import type { Application } from '@microsoft/teams-ai';
import type { HaliTurnState } from '../state';
import { concernIn } from '../safety/wellbeing';
import { isShared } from './case-context';
import { answerInQuestionLanguage } from './mentor-steps';

/**
 * Someone in trouble, in personal chat (safety/wellbeing.ts): thoughts of suicide or self-harm, not coping, or a patient in
 * danger now. First of every message route, before commands are read, and answered with where help is, in the language
 * written. Nothing of it is stored, logged or sent to a model.
 */
export function registerWellbeing(app: Application<HaliTurnState>): void {
  app.message(
    async (context) => !isShared(context) && typeof context.activity.text === 'string' && concernIn(context.activity.text) !== undefined,
    async (context, state) => {
      const text = context.activity.text ?? '';
      answerInQuestionLanguage(state, text);
      await context.sendActivity(state.temp.t(`safety.${concernIn(text)!}`));
    },
  );
}
