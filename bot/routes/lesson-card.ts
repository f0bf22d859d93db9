import type { TurnContext } from 'botbuilder';
import { renderLesson } from '../../cards/render';
import type { LessonPlace } from '../../cards/lesson-parts';
import { lessonShown } from '../learning/open-lesson';
import type { Lesson, Mentor } from '../mentors/types';
import { changeLearner, type HaliTurnState } from '../state';
import { sendCard } from './reply';

/** Sends a lesson card and keeps it as the learner's open lesson, so "done" or "next" typed after it acts on it. */
export async function sendLessonCard(context: TurnContext, state: HaliTurnState, now: Date, mentor: Mentor, lesson: Lesson, place: LessonPlace): Promise<void> {
  changeLearner(state, lessonShown(mentor.id, lesson.id, now));
  await sendCard(context, renderLesson(state.temp, mentor, lesson, place));
}
