import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderNotice } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { describeDate, describeNextNudge, localTime } from '../i18n/dates';
import { changeNudges, notToday, pause, resume, SNOOZE_MS, snooze, todayFor } from '../nudges/preferences';
import { parsePausePhrase, passedDate } from '../nudges/pause-phrase';
import { withNudgePlan } from '../learning/nudge-plan';
import { nudgeContribution, type NudgeStep } from '../analytics/record';
import { changeLearner, type HaliTurnState } from '../state';
import { countInCohort } from './count';
import { isShared } from './case-context';
import { onCardAction } from './reply';
import { AWAY, PAUSE, RESUME, STOP } from '../i18n/commands';

/**
 * The learner's side of the daily nudge: the card's "snooze 1 hour" and "not today" buttons, the
 * welcome card's "No thanks", and the "pause" / "resume" commands. "Change time" opens the settings card.
 */
export function registerNudges(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { clock, faculty } = deps;
  /** The nudge funnel, counted under the nudge's mentor (the card says which), else the learner's. */
  const countStep = (state: HaliTurnState, step: NudgeStep, mentorId?: unknown) => {
    const mentor = (typeof mentorId === 'string' && faculty.get(mentorId)) || faculty.forLearner(state.temp.learner.currentMentor);
    countInCohort(state, deps, mentor.id, nudgeContribution(step));
  };
  /** When the next nudge is due after this turn's changes, as the learner reads it. */
  const nextNudge = (state: HaliTurnState) => {
    const { learner, language, t } = state.temp;
    return describeNextNudge(withNudgePlan(learner, clock()).nudge?.nextAt, language, learner.preferences.timeZone, t);
  };

  onCardAction<{ mentorId?: unknown }>(app, Verbs.nudgeSnooze, async (_context, state, data) => {
    const now = clock();
    changeLearner(state, snooze(now));
    countStep(state, 'snoozed', data?.mentorId);
    const { learner, t } = state.temp;
    const until = learner.nudge!.snoozeUntil!;
    const key = Date.parse(until) === now.getTime() + SNOOZE_MS ? 'nudge.snoozed' : 'nudge.snoozedAfterQuiet';
    return renderNotice(state.temp, '', t(key, { time: localTime(until, learner.preferences.timeZone) }));
  });

  onCardAction<{ mentorId?: unknown }>(app, Verbs.nudgeSkipToday, async (_context, state, data) => {
    changeLearner(state, notToday(clock()));
    countStep(state, 'notToday', data?.mentorId);
    return renderNotice(state.temp, '', state.temp.t('nudge.skippedToday', { next: nextNudge(state) }));
  });

  onCardAction(app, Verbs.nudgesOff, async (_context, state) => {
    changeLearner(state, changeNudges({ enabled: false }, clock()));
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
  const textOf = (context: TurnContext) => (context.activity.text ?? '').trim();
  app.message(PAUSE, (context, state) => pauseNudges(context, state, PAUSE.exec(textOf(context))?.[1]));
  // In personal chat only (in a case thread "stop" ends the case): "stop", "unsubscribe", a pause with no end date;
  // "I'm on leave until Monday", "dw i ar wyliau am wythnos", a pause for that long.
  app.message(async (context) => !isShared(context) && STOP.test(textOf(context)), (context, state) => pauseNudges(context, state, undefined));
  app.message(async (context) => !isShared(context) && AWAY.test(textOf(context)), (context, state) => {
    const said = AWAY.exec(textOf(context));
    return pauseNudges(context, state, said?.[1] ?? said?.[2]);
  });

  app.message(RESUME, async (context, state) => {
    changeLearner(state, resume(clock()));
    await context.sendActivity(state.temp.t('nudge.resumed', { next: nextNudge(state) }));
  });
}
