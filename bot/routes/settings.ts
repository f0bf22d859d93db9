import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderNotice, renderSettings } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { isLanguage, translator } from '../i18n';
import { ROLES, type Role } from '../mentors/types';
import { changeLearner, type HaliTurnState } from '../state';
import { onCardAction, sendCard } from './reply';

export const SETTINGS = /^(settings|preferences|gosodiadau|dewisiadau)[\s!.?]*$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface SettingsInput {
  role?: unknown;
  language?: unknown;
  nudges?: unknown;
  nudgeTime?: unknown;
}

/** Validates submitted settings; undefined when any field is malformed (then nothing changes). */
export function parseSettings(data: SettingsInput | undefined) {
  const role = data?.role;
  const language = data?.language;
  const nudges = data?.nudges;
  const nudgeTime = data?.nudgeTime;
  if (role !== undefined && role !== '' && !(typeof role === 'string' && (ROLES as readonly string[]).includes(role))) return undefined;
  if (language !== undefined && !isLanguage(language)) return undefined;
  if (nudges !== undefined && nudges !== 'true' && nudges !== 'false') return undefined;
  if (nudgeTime !== undefined && nudgeTime !== '' && !(typeof nudgeTime === 'string' && TIME.test(nudgeTime))) return undefined;
  return {
    role: typeof role === 'string' && role ? (role as Role) : undefined,
    language: isLanguage(language) ? language : undefined,
    nudges: nudges === undefined ? undefined : nudges === 'true',
    nudgeTime: typeof nudgeTime === 'string' && nudgeTime ? nudgeTime : undefined,
  };
}

/** "settings": role, language and the daily lesson, on their own card or the first-contact welcome. */
export function registerSettings(app: Application<HaliTurnState>, { log }: AppDeps): void {
  const show = (context: TurnContext, state: HaliTurnState) => sendCard(context, renderSettings(state.temp, state.temp.learner));
  app.message(SETTINGS, async (context, state) => {
    await show(context, state);
  });
  app.adaptiveCards.actionSubmit(Verbs.showSettings, async (context, state) => {
    await show(context, state);
  });

  onCardAction<SettingsInput>(app, Verbs.saveSettings, async (context, state, data) => {
    const parsed = parseSettings(data);
    if (!parsed) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.saveSettings });
      return renderNotice(state.temp, state.temp.t('settings.title'), state.temp.t('settings.invalid'));
    }
    changeLearner(state, (l) => {
      const nudges = parsed.nudges === undefined ? l.preferences.nudges : { enabled: parsed.nudges, time: parsed.nudgeTime ?? l.preferences.nudges?.time ?? '09:00' };
      return {
        ...l,
        ...(parsed.language ? { language: parsed.language } : {}),
        profile: { ...l.profile, ...(parsed.role ? { role: parsed.role } : {}) },
        preferences: { ...l.preferences, ...(nudges ? { nudges } : {}) },
      };
    });
    if (parsed.language) {
      state.temp.language = parsed.language;
      state.temp.t = translator(parsed.language);
    }
    const { t, learner } = state.temp;
    const summary = t('settings.summary', {
      role: learner.profile.role ? t(`role.${learner.profile.role}`) : t('settings.roleNone'),
      language: state.temp.language === 'cy' ? 'Cymraeg' : 'English',
      nudges: learner.preferences.nudges?.enabled ? t('settings.nudgesOn', { time: learner.preferences.nudges.time }) : t('settings.nudgesOff'),
    });
    return renderNotice(state.temp, t('settings.saved'), summary);
  });
}
