import type { Application } from '@microsoft/teams-ai';
import { renderNotice, renderProgress } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { DAILY_GOALS, type DailyGoal } from '../learning/learner';
import { progressOf } from '../learning/progress';
import { changeLearner, type HaliTurnState } from '../state';
import { onCardAction, refusedOutsidePersonalChat, sendCard } from './reply';
import { PROGRESS } from '../i18n/commands';

/** "progress": streak, today's goal, lessons per mentor, mastery per topic, reviews due, and confidence against accuracy. */
export function registerProgress(app: Application<HaliTurnState>, { faculty, clock, log }: AppDeps): void {
  const card = (state: HaliTurnState) => {
    const { learner, language } = state.temp;
    // Saved lessons no longer served (withdrawn, or not approved in production) are left out.
    const saved = learner.progress.saved.flatMap((id) =>
      faculty.mentors.flatMap((m) => m.lessons.filter((l) => l.id === id).map((l) => ({ mentorId: m.id, lessonId: l.id, title: l.title[language] }))),
    );
    return renderProgress(state.temp, progressOf(learner, faculty.mentors, clock()), saved);
  };
  // A learner's progress is theirs: in a channel or group chat it would be posted to everyone.
  app.message(PROGRESS, async (context, state) => {
    if (await refusedOutsidePersonalChat(context, state, { en: 'progress', cy: 'cynnydd' })) return;
    await sendCard(context, card(state));
  });

  // The goal button on the progress card: the card refreshes in place with the new goal.
  onCardAction<{ goal?: unknown }>(app, Verbs.setGoal, async (context, state, data) => {
    const goal = data?.goal;
    if (!DAILY_GOALS.includes(goal as DailyGoal)) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.setGoal });
      return renderNotice(state.temp, state.temp.t('progress.title'), state.temp.t('goal.invalid'));
    }
    changeLearner(state, (l) => ({ ...l, preferences: { ...l.preferences, dailyGoal: goal as DailyGoal } }));
    return card(state);
  });
}
