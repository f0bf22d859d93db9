import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderNotice, renderNudgeTime, renderSettings } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { isLanguage, translator, type Translate } from '../i18n';
import { ROLES, type Role } from '../mentors/types';
import { describeDate } from '../i18n/dates';
import { busyArrivalWindow } from '../nudges/forecast';
import { tenantPlans } from '../nudges/plans';
import { parsePauseDate, todayFor } from '../nudges/preferences';
import { canonicalTimeZone, isTimeZone } from '../learning/zoned-time';
import { changeLearner, type HaliTurnState } from '../state';
import { DAILY_GOALS, DEFAULT_NUDGES, type DailyGoal, type Learner, type LearnerChange, type NudgePreferences } from '../learning/learner';
import { onCardAction, refusedOutsidePersonalChat, sendCard } from './reply';
import { CHANGE_TIME, SETTINGS, SETTINGS_SAID } from '../i18n/commands';
import { filledIn } from './settings-said';
import { isShared } from './case-context';
import { DEFAULT_GOAL, streakShown } from '../learning/daily-goal';
import { redact } from '../safety/redact';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAYS = /^[1-7](,[1-7])*$/;

interface SettingsInput {
  /** "welcome" on the first-contact card's Save. */
  form?: unknown;
  role?: unknown;
  language?: unknown;
  nudges?: unknown;
  nudgeTime?: unknown;
  nudgeDays?: unknown;
  timeZone?: unknown;
  quietStart?: unknown;
  quietEnd?: unknown;
  pauseUntil?: unknown;
  reporting?: unknown;
  dailyGoal?: unknown;
  showStreak?: unknown;
}

const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);
const optional = (value: unknown, valid: (v: unknown) => boolean) => value === undefined || value === '' || valid(value);

/** Validates submitted settings; undefined when any field is malformed (then nothing changes). Absent fields stay as they are. */
export function parseSettings(data: SettingsInput | undefined, today: string) {
  const { role, language, nudges, nudgeTime, nudgeDays, timeZone, quietStart, quietEnd, pauseUntil, reporting, dailyGoal, showStreak } = data ?? {};
  if (reporting !== undefined && reporting !== 'true' && reporting !== 'false') return undefined;
  if (showStreak !== undefined && showStreak !== 'true' && showStreak !== 'false') return undefined;
  if (dailyGoal !== undefined && !DAILY_GOALS.includes(dailyGoal as DailyGoal)) return undefined;
  if (!optional(role, (r) => typeof r === 'string' && (ROLES as readonly string[]).includes(r))) return undefined;
  if (language !== undefined && !isLanguage(language)) return undefined;
  if (nudges !== undefined && nudges !== 'true' && nudges !== 'false') return undefined;
  if (!optional(nudgeTime, isTime)) return undefined;
  if (nudgeDays !== undefined && !(typeof nudgeDays === 'string' && DAYS.test(nudgeDays))) return undefined;
  if (timeZone !== undefined && typeof timeZone !== 'string') return undefined;
  // Quiet hours are both set or both cleared.
  if (!optional(quietStart, isTime) || !optional(quietEnd, isTime) || Boolean(quietStart) !== Boolean(quietEnd)) return undefined;
  const pauseDate = typeof pauseUntil === 'string' && pauseUntil ? parsePauseDate(pauseUntil, today) : undefined;
  if (pauseUntil !== undefined && pauseUntil !== '' && !pauseDate) return undefined;
  return {
    role: typeof role === 'string' && role ? (role as Role) : undefined,
    language: isLanguage(language) ? language : undefined,
    nudges: nudges === undefined ? undefined : nudges === 'true',
    nudgeTime: isTime(nudgeTime) ? nudgeTime : undefined,
    days: typeof nudgeDays === 'string' ? [...new Set(nudgeDays.split(',').map(Number))].sort() : undefined,
    timeZone: typeof timeZone === 'string' && timeZone.trim() ? timeZone.trim() : undefined,
    quietHours: quietStart === undefined ? undefined : isTime(quietStart) && isTime(quietEnd) ? { start: quietStart, end: quietEnd } : null,
    pauseUntil: pauseUntil === undefined ? undefined : (pauseDate ?? null),
    reporting: reporting === undefined ? undefined : reporting === 'true',
    dailyGoal: dailyGoal as DailyGoal | undefined,
    showStreak: showStreak === undefined ? undefined : showStreak === 'true',
  };
}

type ParsedSettings = NonNullable<ReturnType<typeof parseSettings>>;

/** The daily-lesson preferences after the form: absent fields keep their value; cleared ones are removed. */
function nudgesAfter(current: NudgePreferences | undefined, parsed: ParsedSettings, now: Date): NudgePreferences | undefined {
  const touched = [parsed.nudges, parsed.nudgeTime, parsed.days, parsed.quietHours, parsed.pauseUntil].some((v) => v !== undefined);
  if (!touched) return current;
  const base = current ?? { ...DEFAULT_NUDGES, enabled: false };
  const { quietHours: _q, paused: _p, ...rest } = base;
  const quietHours = parsed.quietHours === undefined ? base.quietHours : (parsed.quietHours ?? undefined);
  // A cleared date ends a dated pause; a pause until "resume" is ended only by "resume".
  const paused = parsed.pauseUntil === undefined ? base.paused : parsed.pauseUntil ? { until: parsed.pauseUntil } : base.paused?.until ? undefined : base.paused;
  return {
    ...rest,
    enabled: parsed.nudges ?? base.enabled,
    time: parsed.nudgeTime ?? base.time,
    ...(parsed.days ? { days: parsed.days } : {}),
    ...(quietHours ? { quietHours } : {}),
    ...(paused ? { paused } : {}),
    chosenAt: now.toISOString(),
  };
}

/** What a settings form's Save (or the welcome card's "No thanks") changes: what it holds; absent fields keep their value. */
export function settingsChange(parsed: ParsedSettings, now: Date): LearnerChange {
  return (l) => {
    const nudges = nudgesAfter(l.preferences.nudges, parsed, now);
    return {
      ...l,
      ...(parsed.language ? { language: parsed.language } : {}),
      profile: { ...l.profile, ...(parsed.role ? { role: parsed.role } : {}) },
      preferences: {
        ...l.preferences,
        ...(nudges ? { nudges } : {}),
        ...(parsed.timeZone ? { timeZone: canonicalTimeZone(parsed.timeZone) } : {}),
        ...(parsed.reporting !== undefined ? { reporting: parsed.reporting } : {}),
        ...(parsed.dailyGoal ? { dailyGoal: parsed.dailyGoal } : {}),
        ...(parsed.showStreak !== undefined ? { showStreak: parsed.showStreak } : {}),
      },
    };
  };
}

function nudgeSummary(learner: Learner, t: Translate, language: 'en' | 'cy'): string {
  const nudges = learner.preferences.nudges;
  if (!nudges?.enabled) return t('settings.nudgesOff');
  if (nudges.paused) return nudges.paused.until ? t('settings.nudgesPaused', { date: describeDate(nudges.paused.until, language) }) : t('settings.nudgesPausedOpen');
  return t('settings.nudgesOn', { time: nudges.time });
}

/** "settings": role, language and the daily lesson, on their own card or the first-contact welcome. */
export function registerSettings(app: Application<HaliTurnState>, { log, clock, stores, faculty, config }: AppDeps): void {
  const reportingAvailable = !!config.reporting.xapi || !!config.reporting.viva;
  // A learner's settings (role, zone, times, leave) are theirs: in a channel or group chat they would be posted to everyone, and a
  // colleague's Save would take them on. Shown in the one-to-one chat only.
  const show = async (context: TurnContext, state: HaliTurnState, shown = state.temp.learner, note?: string) => {
    if (await refusedOutsidePersonalChat(context, state, { en: 'settings', cy: 'gosodiadau' })) return;
    const busyArrival = await busyArrivalWindow(tenantPlans(stores.plans), shown, clock());
    await sendCard(context, renderSettings(state.temp, shown, { reportingAvailable, busyArrival, note }));
  };
  app.message(SETTINGS, async (context, state) => {
    await show(context, state);
  });
  // Said in words ("not on weekends", "quiet hours 10pm to 7am"): the card with it filled in, saved only by its Save.
  app.message(SETTINGS_SAID, async (context, state) => {
    if (await refusedOutsidePersonalChat(context, state, { en: 'settings', cy: 'gosodiadau' })) return;
    const { learner, language, t } = state.temp;
    const filled = filledIn(learner, SETTINGS_SAID.exec((context.activity.text ?? '').trim())!, language, t);
    if ('reply' in filled) await context.sendActivity(filled.reply);
    else await show(context, state, filled.shown, filled.note);
  });
  app.adaptiveCards.actionSubmit(Verbs.showSettings, async (context, state) => {
    await show(context, state);
  });
  const showTime = async (context: TurnContext, state: HaliTurnState) => {
    if (await refusedOutsidePersonalChat(context, state, { en: 'change time', cy: 'newid yr amser' })) return;
    // A time asked for ("change my time 07:30", from "send my lesson at 7.30am": bot/turn.ts) is set on the card, to save.
    const asked = typeof context.activity.text === 'string' ? CHANGE_TIME.exec(context.activity.text.trim())?.[1] : undefined;
    const { learner } = state.temp;
    const shown = asked && learner.preferences.nudges ? { ...learner, preferences: { ...learner.preferences, nudges: { ...learner.preferences.nudges, time: asked } } } : learner;
    await sendCard(context, renderNudgeTime(state.temp, shown));
  };
  app.adaptiveCards.actionSubmit(Verbs.nudgeTime, showTime);
  app.message(CHANGE_TIME, showTime);

  onCardAction<SettingsInput>(app, Verbs.saveSettings, async (context, state, data) => {
    // A settings card in a shared chat carries its owner's values: a colleague's Save would take them on.
    if (isShared(context)) return renderNotice(state.temp, state.temp.t('settings.title'), state.temp.t('privacy.personalOnly', { command: state.temp.language === 'cy' ? 'gosodiadau' : 'settings' }));
    // A welcome card's form is offered only until the daily lesson is chosen (on it, on another welcome card, or in settings): its
    // Save after that comes from an older card, whose values would quietly undo the choice ("No thanks" on a newer card).
    if (data?.form === 'welcome' && state.temp.learner.preferences.nudges?.chosenAt) {
      return renderNotice(state.temp, state.temp.t('settings.title'), state.temp.t('settings.welcomeStale'));
    }
    const now = clock();
    const parsed = parseSettings(data, todayFor(state.temp.learner, now));
    if (!parsed) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.saveSettings });
      return renderNotice(state.temp, state.temp.t('settings.title'), state.temp.t('settings.invalid'));
    }
    if (parsed.timeZone && !isTimeZone(parsed.timeZone)) {
      return renderNotice(state.temp, state.temp.t('settings.title'), state.temp.t('settings.invalidZone', { zone: redact(String(parsed.timeZone).slice(0, 64)).text }));
    }
    changeLearner(state, settingsChange(parsed, now));
    if (parsed.language) {
      state.temp.language = parsed.language;
      state.temp.t = translator(parsed.language);
    }
    const { t, learner, language } = state.temp;
    const summary = t('settings.summary', {
      role: learner.profile.role ? t(`role.${learner.profile.role}`) : t('settings.roleNone'),
      language: language === 'cy' ? 'Cymraeg' : 'English',
      nudges: nudgeSummary(learner, t, language),
      goal: streakShown(learner) ? t(`goal.choice.${learner.preferences.dailyGoal ?? DEFAULT_GOAL}`).toLocaleLowerCase(language) : t('settings.goalHidden'),
    });
    // Saved, and what to do now: the first lesson, a question the default mentor answers, or help.
    const example = faculty.defaultMentor.explainers[0]?.question[language];
    // A learner who has begun is offered their next lesson, not a first one.
    const begun = Object.values(learner.progress.lessonsDone).some((ids) => ids.length > 0) || Object.keys(learner.reviews).length > 0;
    const next = begun ? ({ text: 'settings.nextAgain', lesson: 'settings.nextAgain.lesson' } as const) : ({ text: 'settings.next', lesson: 'settings.next.lesson' } as const);
    return renderNotice(state.temp, t('settings.saved'), `${summary}\n\n${t(next.text)}`, { lessonLabel: t(next.lesson), askQuestion: example ?? '', helpLabel: t('welcome.button.help') });
  });
}
