import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderHelp } from '../../cards/render';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';

/**
 * A card action no route answers: a card from before a release (its verb renamed or gone), or one
 * sent with no data. botbuilder would answer 501 and Teams would show the learner an error; a stale
 * card is normal, so it gets 200 and the current help card, saying the old one is out of date.
 * Registered after every other route: Teams AI runs the first invoke route that matches.
 */
export function registerStaleCards(app: Application<HaliTurnState>, { faculty, log }: AppDeps): void {
  const unanswered = async (context: TurnContext) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action';
  app.addRoute(
    unanswered,
    async (context, state) => {
      const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
      log.info('card.outdated', { activityId: context.activity.id, verb: typeof verb === 'string' ? verb.slice(0, 40) : null });
      const card = renderHelp(state.temp, faculty.mentors);
      const notice = { type: 'TextBlock', text: state.temp.t('card.outdated'), wrap: true, weight: 'Bolder' };
      const value = { ...card, body: [notice, ...((card.body as unknown[]) ?? [])] };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value } } });
    },
    true,
  );
}
