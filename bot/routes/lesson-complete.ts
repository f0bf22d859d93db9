import type { AppDeps } from '../deps';
import { learnTowardsGoal } from '../learning/daily-goal';
import { lessonClosed } from '../learning/open-lesson';
import { recordLearningDay } from '../learning/streak';
import type { Lesson, Mentor } from '../mentors/types';
import { lessonContribution } from '../analytics/record';
import { changeLearner, recordEvent, type HaliTurnState } from '../state';
import { countInCohort } from './count';

/**
 * The learner finished `lesson` (pressed Done, or took its quiz from the lesson card): it counts on their path, towards today's
 * goal and their streak, as a learning record and in the cohort's figures; its card is no longer the open lesson. False when it
 * was already done.
 */
export function completeLesson(state: HaliTurnState, deps: AppDeps, mentor: Mentor, lesson: Lesson, viaNudge: boolean): boolean {
  const { clock } = deps;
  changeLearner(state, lessonClosed(lesson.id));
  if ((state.temp.learner.progress.lessonsDone[mentor.id] ?? []).includes(lesson.id)) return false;
  // The lesson counts in the cohort with the change that records it done: not at all when the stored record has it done already.
  countInCohort(state, deps, mentor.id, (l) => {
    const already = l.progress.lessonsDone[mentor.id] ?? [];
    if (already.includes(lesson.id)) return { learner: l };
    const streak = recordLearningDay(l.streak, clock(), l.preferences.timeZone);
    return {
      learner: { ...learnTowardsGoal('lesson', clock())(l), progress: { ...l.progress, lessonsDone: { ...l.progress.lessonsDone, [mentor.id]: [...already, lesson.id] } }, streak },
      contribution: lessonContribution('finished', lesson.id, streak.current, viaNudge),
    };
  });
  // Keyed by the lesson: two presses of Done at once (each turn read the record before the other saved it) record it done once.
  recordEvent(state, state.temp.learner.id, { type: 'lesson.completed', at: clock().toISOString(), mentorId: mentor.id, lessonId: lesson.id }, `lesson:${mentor.id}:${lesson.id}`);
  return true;
}
