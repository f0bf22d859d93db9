import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderNotice } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { describeDate, describeDay, describeNextNudge, localTime } from '../i18n/dates';
import { changeNudges, notToday, pause, resume, SNOOZE_MS, snooze, todayFor } from '../nudges/preferences';
import { parsePausePhrase, passedDate } from '../nudges/pause-phrase';
import { withNudgePlan } from '../learning/nudge-plan';
import { nextDailyNudgeDay, nudgePlannedOn, skipNudgeOn, unskipNudge } from '../learning/skip-nudge';
import { addDays, zonedInstant, zoneOrDefault } from '../learning/zoned-time';
import { nudgeContribution, type NudgeStep } from '../analytics/record';
import { changeLearner, type HaliTurnState } from '../state';
import { countInCohort } from './count';
import { isShared } from './case-context';
import { onCardAction } from './reply';
import { parseSettings, settingsChange } from './settings';
import { AWAY, LEAVE_SAID_NOW, PAUSE, RESUME, SHIFT_SAID, SNOOZE, STOP } from '../i18n/commands';
import { answerInQuestionLanguage } from './mentor-steps';

/**
 * The learner's side of the daily nudge: the card's "snooze 1 hour" and "not today" buttons (and "snooze" typed), the
 * welcome card's "No thanks", and the "pause" / "resume" commands. "Change time" opens the settings card.
 */
export function registerNudges(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { clock, faculty } = deps;
  const textOf = (context: TurnContext) => (context.activity.text ?? '').trim();
  /** The nudge funnel, counted under the nudge's mentor (the card says which), else the learner's. */
  const countStep = (state: HaliTurnState, step: NudgeStep, mentorId?: unknown) => {
    const mentor = (typeof mentorId === 'string' && faculty.get(mentorId)) || faculty.forLearner(state.temp.learner.currentMentor);
    countInCohort(state, deps, mentor.id, nudgeContribution(step));
  };
  /** When the next nudge is due after this turn's changes, as the learner reads it. */
  const nextNudge = (state: HaliTurnState) => {
    const { learner, language, t } = state.temp;
    const now = clock();
    return describeNextNudge(withNudgePlan(learner, now).nudge?.nextAt, language, learner.preferences.timeZone, t, now);
  };

  /** The nudge's Snooze: it comes in an hour (or when quiet hours end); `sent` says whether a nudge was out to come again. */
  const snoozeNudge = (state: HaliTurnState, mentorId?: unknown, sent = true): string => {
    const now = clock();
    changeLearner(state, snooze(now));
    countStep(state, 'snoozed', mentorId);
    const { learner, t } = state.temp;
    const until = learner.nudge!.snoozeUntil!;
    const key = !sent ? 'nudge.lessonAt' : Date.parse(until) === now.getTime() + SNOOZE_MS ? 'nudge.snoozed' : 'nudge.snoozedAfterQuiet';
    return t(key, { time: localTime(until, learner.preferences.timeZone) });
  };
  onCardAction<{ mentorId?: unknown }>(app, Verbs.nudgeSnooze, async (_context, state, data) => renderNotice(state.temp, '', snoozeNudge(state, data?.mentorId)));
  // "snooze" typed: the Snooze of today's nudge while it is out; else the next nudge (or tomorrow's) is skipped, until "resume".
  // "Remind me in an hour" is the button's words: a lesson in an hour, out or not (unless today's learning is done).
  app.message(SNOOZE, async (context, state) => {
    const [, tomorrow, inAnHour] = SNOOZE.exec(textOf(context)) ?? [];
    await context.sendActivity(tomorrow ? skipTomorrow(state) : snoozeTyped(state, inAnHour !== undefined));
  });
  const snoozeTyped = (state: HaliTurnState, inAnHour: boolean): string => {
    const now = clock();
    const { learner, t } = state.temp;
    const today = todayFor(learner, now);
    const refused = notSnoozable(state);
    if (refused) return refused;
    const out = learner.nudge?.lastDay === today;
    if (learner.streak.lastDay !== today && (out || inAnHour)) return snoozeNudge(state, undefined, out);
    const day = nextDailyNudgeDay(learner, now);
    if (!day) return t('nudge.snoozeNone');
    return skipDay(state, day, 'nudge.skippedNext');
  };
  const skipTomorrow = (state: HaliTurnState): string => {
    const { learner, t } = state.temp;
    const tomorrow = addDays(todayFor(learner, clock()), 1);
    const refused = notSnoozable(state);
    if (refused) return refused;
    if (!nudgePlannedOn(learner, tomorrow)) return t('nudge.noneThatDay', { next: nextNudge(state) });
    return skipDay(state, tomorrow, 'nudge.skippedTomorrow');
  };
  const notSnoozable = (state: HaliTurnState): string | undefined => {
    const { nudges } = state.temp.learner.preferences;
    if (!nudges?.enabled) return state.temp.t('nudge.snoozeOff');
    if (nudges.paused) return state.temp.t('nudge.snoozePaused');
    return undefined;
  };
  /** Skips the nudge of local `day`; one day is skipped at a time, so a second skip names the one already skipped. */
  const skipDay = (state: HaliTurnState, day: string, said: 'nudge.skippedNext' | 'nudge.skippedTomorrow'): string => {
    const { learner, language, t } = state.temp;
    const zone = learner.preferences.timeZone;
    const noon = (date: string) => new Date(zonedInstant(date, '12:00', zoneOrDefault(zone))).toISOString();
    const skipped = learner.nudge?.skipDay;
    if (skipped && skipped >= todayFor(learner, clock())) return t('nudge.alreadySkipped', { day: describeDay(noon(skipped), language, zone, 'on'), next: nextNudge(state) });
    changeLearner(state, skipNudgeOn(day));
    return t(said, { day: describeDay(noon(day), language, zone), next: nextNudge(state) });
  };

  onCardAction<{ mentorId?: unknown }>(app, Verbs.nudgeSkipToday, async (_context, state, data) => {
    changeLearner(state, notToday(clock()));
    countStep(state, 'notToday', data?.mentorId);
    return renderNotice(state.temp, '', state.temp.t('nudge.skippedToday', { next: nextNudge(state) }));
  });

  onCardAction<{ role?: unknown; dailyGoal?: unknown }>(app, Verbs.nudgesOff, async (context, state, data) => {
    // "No thanks" on the welcome card comes with the card's role and daily goal: kept, as Save would keep them (a browser probe
    // found them lost). A nudge's own "Turn off" has neither. In a shared chat a colleague's card is not theirs to take on.
    // The card is read as its Save reads it, with the daily lesson off; with a value HALI does not offer, only the lesson goes off.
    const welcome = !isShared(context) && (data?.role !== undefined || data?.dailyGoal !== undefined) ? parseSettings({ role: data?.role, dailyGoal: data?.dailyGoal, nudges: 'false' }, todayFor(state.temp.learner, clock())) : undefined;
    changeLearner(state, welcome ? settingsChange(welcome, clock()) : changeNudges({ enabled: false }, clock()));
    return renderNotice(state.temp, '', state.temp.t('nudge.off'));
  });

  const pauseNudges = async (context: TurnContext, state: HaliTurnState, typed: string | undefined) => {
    const { t, language, learner } = state.temp;
    const until = typed === undefined ? undefined : parsePausePhrase(typed, todayFor(learner, clock()));
    if (typed !== undefined && !until) {
      await context.sendActivity(t(passedDate(typed, todayFor(learner, clock())) ? 'nudge.pausePast' : 'nudge.pauseBadDate'));
      return;
    }
    changeLearner(state, pause(until, clock()));
    countStep(state, 'paused');
    await context.sendActivity(until ? t('nudge.pausedUntil', { date: describeDate(until, language) }) : t('nudge.pausedOpen'));
  };
  app.message(PAUSE, (context, state) => pauseNudges(context, state, PAUSE.exec(textOf(context))?.[1]));
  // In personal chat only (in a case thread "stop" ends the case): "stop", "unsubscribe", a pause with no end date;
  // "I'm on leave until Monday", "dw i ar wyliau am wythnos", a pause for that long.
  app.message(async (context) => !isShared(context) && STOP.test(textOf(context)), (context, state) => pauseNudges(context, state, undefined));
  app.message(async (context) => !isShared(context) && AWAY.test(textOf(context)), (context, state) => {
    const said = AWAY.exec(textOf(context));
    return pauseNudges(context, state, said?.[1] ?? said?.[2]);
  });

  // "I'm on nights this week", "I'm on annual leave next week", "dw i ar wyliau wythnos nesa": when the next lesson comes and how
  // to move it, in the language written. Nothing changes until the learner says which: a week of nights may still suit a lesson.
  app.message(async (context) => !isShared(context) && SHIFT_SAID.test(textOf(context)), async (context, state) => {
    answerInQuestionLanguage(state, textOf(context));
    if (LEAVE_SAID_NOW.test(textOf(context))) return pauseNudges(context, state, undefined);
    const { learner, t } = state.temp;
    const planned = withNudgePlan(learner, clock()).nudge?.nextAt !== undefined;
    await context.sendActivity(planned ? t('nudge.shiftSaid', { next: nextNudge(state) }) : t('nudge.shiftSaidNone'));
  });

  app.message(RESUME, async (context, state) => {
    changeLearner(state, resume(clock()));
    changeLearner(state, unskipNudge);
    await context.sendActivity(state.temp.t('nudge.resumed', { next: nextNudge(state) }));
  });
}
