import type { Application } from '@microsoft/teams-ai';
import { renderWelcome } from '../../cards/render';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';
import { introduceToTeam } from './introduce';
import { sendCard } from './reply';
import { GREETING } from '../i18n/commands';

/**
 * The welcome card: on a greeting, and when HALI is installed into a personal chat (added to a team
 * or group chat, it introduces itself once instead: ./introduce.ts). On install the
 * learner and their chat's reference are saved before the card is sent: an organisation-wide
 * install sends a burst of these, and a welcome that Teams throttles past the turn's deadline must
 * not lose the learner; their first daily nudge reaches them instead.
 */
export function registerWelcome(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, stores, log } = deps;
  app.message(GREETING, async (context, state) => {
    await sendCard(context, renderWelcome(state.temp, faculty.mentors, state.temp.learner));
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
    const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
    if (!botAdded) return;
    if (!personal) return introduceToTeam(context, state, deps);
    if (state.temp.changes.length > 0) {
      await stores.learners.commit(state.temp.loaded, state.temp.changes);
      state.temp.changes = [];
    }
    try {
      await sendCard(context, renderWelcome(state.temp, faculty.mentors, state.temp.learner));
    } catch (error) {
      log.warn('welcome.not_delivered', { activityId: context.activity.id, status: (error as { statusCode?: number }).statusCode ?? null, error: (error as Error).name });
    }
  });
}
