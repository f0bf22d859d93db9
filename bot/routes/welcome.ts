import type { Application } from '@microsoft/teams-ai';
import { renderWelcome } from '../../cards/render';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';
import { sendCard } from './reply';

/** Greetings in English and Welsh that bring up the welcome card. */
export const GREETING = /^(hi|hello|hey|hiya|start|helo|shwmae|sumae|su’mae|su'mae|bore da|prynhawn da)[\s!.]*$/i;

/** The welcome card: on a greeting, and when HALI is installed into a personal chat. */
export function registerWelcome(app: Application<HaliTurnState>, { faculty }: AppDeps): void {
  app.message(GREETING, async (context, state) => {
    await sendCard(context, renderWelcome(state.temp, faculty.mentors, state.temp.learner));
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
    const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
    if (botAdded && personal) await sendCard(context, renderWelcome(state.temp, faculty.mentors, state.temp.learner));
  });
}
