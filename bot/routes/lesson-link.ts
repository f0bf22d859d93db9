import type { Application } from '@microsoft/teams-ai';
import { renderPath } from '../../cards/render';
import type { AppDeps } from '../deps';
import { LESSON_BY_ID, PATHWAY } from '../i18n/commands';
import { pathView, placeOf } from '../learning/pathway';
import type { Mentor } from '../mentors/types';
import { lessonContribution } from '../analytics/record';
import { changeLearner, type HaliTurnState } from '../state';
import { countInCohort } from './count';
import { sendCard } from './reply';
import { sendLessonCard } from './lesson-card';

/**
 * What Viva Learning's deep links type into HALI's chat: "lesson <lesson id>" opens exactly that
 * lesson (not the learner's next one), and "path <mentor>" opens the pathway. An id HALI does not
 * serve (retired, not yet approved, or mistyped) gets a plain answer and the learner's path instead.
 * Registered before the plain "lesson" command, whose mentor-name pattern would also match an id.
 */
export function registerLessonLinks(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty } = deps;
  const pathCard = (state: HaliTurnState, mentor: Mentor) => {
    const { learner } = state.temp;
    return renderPath(state.temp, mentor, pathView(mentor, learner.profile.role, learner.progress.lessonsDone[mentor.id] ?? []));
  };

  app.message(LESSON_BY_ID, async (context, state) => {
    const id = LESSON_BY_ID.exec((context.activity.text ?? '').trim())![1].toLowerCase();
    const mentor = faculty.mentors.find((m) => m.lessons.some((l) => l.id === id));
    const lesson = mentor?.lessons.find((l) => l.id === id);
    if (!mentor || !lesson) {
      const current = faculty.forLearner(state.temp.learner.currentMentor);
      deps.log.info('lesson.link_unknown', { activityId: context.activity.id });
      await context.sendActivity(state.temp.t('lesson.notOffered', { id, name: current.name }));
      await sendCard(context, pathCard(state, current));
      return;
    }
    if (state.temp.learner.currentMentor !== mentor.id) changeLearner(state, (l) => ({ ...l, currentMentor: mentor.id }));
    countInCohort(state, deps, mentor.id, lessonContribution('started', lesson.id));
    await sendLessonCard(context, state, deps.clock(), mentor, lesson, placeOf(mentor, state.temp.learner.profile.role, lesson.id));
  });

  app.message(PATHWAY, async (context, state) => {
    const named = PATHWAY.exec((context.activity.text ?? '').trim())?.[1];
    await sendCard(context, pathCard(state, faculty.forLearner(state.temp.learner.currentMentor, named)));
  });
}
