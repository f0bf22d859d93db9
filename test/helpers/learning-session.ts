import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, personalMessage } from './activities';
import { firstCard, invokeCard, realFaculty } from './app';

type Send = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;
type Card = Record<string, any>;

const actionWith = (card: Card, verb: string) =>
  (card.actions as Card[]).find((a) => a.verb === verb || a.data?.verb === verb)?.data as Record<string, unknown> | undefined;

function answerData(card: Card, correct: boolean): Record<string, unknown> {
  const answers = (card.actions as Card[]).filter((a) => a.verb === Verbs.quizAnswer);
  const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === answers[0].data.itemId)!;
  const optionId = item.options.find((o) => o.correct === correct)!.id;
  return answers.find((a) => a.data.optionId === optionId)!.data as Record<string, unknown>;
}

/**
 * One learner's two minutes, as Teams delivers them: "lesson", Done on the lesson card, then
 * `answers` quiz questions (alternately right and wrong, with a confidence). Returns what was done.
 */
export async function lessonAndAnswers(send: Send, userId: string, answers = 3): Promise<{ lessons: number; answered: number }> {
  const lesson = firstCard(await send(personalMessage('lesson', { userId })));
  const done = lesson && actionWith(lesson, Verbs.lessonDone);
  if (!done) throw new Error(`No lesson card with a Done action for ${userId}.`);
  await send(cardSubmit(done, { userId }));
  let answered = 0;
  for (let i = 0; i < answers; i++) {
    const quiz = firstCard(await send(personalMessage('quiz', { userId })));
    if (!quiz) break;
    const result = invokeCard(await send(cardExecute(Verbs.quizAnswer, { ...answerData(quiz, i % 2 === 0), confidence: i % 2 === 0 ? 'sure' : 'unsure' }, { userId })));
    if (result) answered++;
  }
  return { lessons: 1, answered };
}
