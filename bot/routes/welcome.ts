import type { Application } from '@microsoft/teams-ai';
import { renderWelcome } from '../../cards/render';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';
import { sendCard } from './reply';
import { GREETING } from '../i18n/commands';

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
