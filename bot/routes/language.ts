import type { Application } from '@microsoft/teams-ai';
import { renderWelcome } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { isLanguage, translator, type Language } from '../i18n';
import { changeLearner, type HaliTurnState } from '../state';
import { onCardAction } from './reply';
import { LANGUAGE_COMMANDS } from '../i18n/commands';

function setLanguage(state: HaliTurnState, language: Language): void {
  changeLearner(state, (learner) => ({ ...learner, language }));
  state.temp.language = language;
  state.temp.t = translator(language);
}

/** The learner's saved language preference: recorded, and used for every later reply. */
export function registerLanguage(app: Application<HaliTurnState>, { faculty, log }: AppDeps): void {
  for (const [pattern, language] of LANGUAGE_COMMANDS) {
    app.message(pattern, async (context, state) => {
      setLanguage(state, language);
      await context.sendActivity(state.temp.t('language.set'));
    });
  }

  // Action.Execute: the welcome card is replaced in place by the same card in the new language.
  onCardAction<{ language?: unknown }>(app, Verbs.setLanguage, async (context, state, data) => {
    if (!isLanguage(data?.language)) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.setLanguage });
      return renderWelcome(state.temp, faculty.mentors, state.temp.learner);
    }
    setLanguage(state, data.language);
    return renderWelcome(state.temp, faculty.mentors, state.temp.learner);
  });
}
