import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderHelp } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';
import { sendCard } from './reply';
import { HELP } from '../i18n/commands';

/** "help" / "cymorth" and the help button: what HALI can do and who is in the faculty. */
export function registerHelp(app: Application<HaliTurnState>, { faculty }: AppDeps): void {
  const showHelp = (context: TurnContext, state: HaliTurnState) => sendCard(context, renderHelp(state.temp, faculty.mentors));
  app.message(HELP, showHelp);
  app.adaptiveCards.actionSubmit(Verbs.showHelp, showHelp);
}
