import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppDeps } from '../deps';
import { inQuiz } from '../learning/open-lesson';
import type { HaliTurnState } from '../state';
import { isShared } from './case-context';
import { lessonFlow } from './lesson';
import { questionSender } from './quiz';
import { NEXT } from '../i18n/commands';

const textOf = (context: TurnContext) => (context.activity.text ?? '').trim();

/**
 * What a learner types in personal chat to carry on from what HALI last sent. "next" / "nesaf": the next question while they
 * are in a quiz (a question open, or one just answered), else the lesson card's "Done: next lesson" for the lesson they have
 * open, else the next lesson of their path; "next question" / "skip": a question other than the open one. In a team channel
 * or group chat "next" belongs to the case discussion there (cases.ts), so these are for personal chat only.
 */
export function registerCarryOn(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, clock } = deps;
  const sendQuestion = questionSender(deps);
  const lessons = lessonFlow(deps);

  app.message(
    async (context) => !isShared(context) && NEXT.test(textOf(context)),
    async (context, state) => {
      const asked = NEXT.exec(textOf(context))!;
      const { learner } = state.temp;
      const mentor = faculty.forLearner(learner.currentMentor);
      if (asked[1] !== undefined || asked[2] !== undefined || inQuiz(learner, clock())) {
        await sendQuestion(context, state, mentor, undefined, learner.pendingQuiz?.itemId);
        return;
      }
      const open = learner.openLesson;
      if (open && faculty.get(open.mentorId)?.lessons.some((lesson) => lesson.id === open.lessonId)) {
        await lessons.done(context, state, { mentorId: open.mentorId, lessonId: open.lessonId });
        return;
      }
      await lessons.serveNext(context, state, mentor);
    },
  );
}
