import { expect } from 'chai';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, testApp } from '../helpers/app';

/**
 * Outside testing: after "quiz" and one answer, progress said "HALI: 1/12" lessons done while the path said 0 of 12, today's goal
 * said 0 of 1 lessons and "lesson" served Lesson 1. A lesson is done when it is finished: Done pressed, or its quiz taken from
 * its card; progress, the path, the next lesson and today's goal count the same.
 */
describe('app: one count of lessons done', () => {
  const actionsOf = (node: unknown): Record<string, any>[] =>
    Array.isArray(node) ? node.flatMap(actionsOf) : typeof node === 'object' && node !== null ? [...(String((node as any).type).startsWith('Action.') ? [node as Record<string, any>] : []), ...Object.values(node).flatMap(actionsOf)] : [];
  const progressOf = async (send: ReturnType<typeof testApp>['send']) => cardTexts(firstCard(await send(personalMessage('progress')))).join('\n');
  const answerFirst = async (send: ReturnType<typeof testApp>['send'], quiz: Record<string, any>) => {
    const answer = actionsOf(quiz).find((a) => a.verb === 'quiz.answer')!;
    return invokeCard(await send(cardExecute(answer.verb, answer.data)));
  };

  it('answering from "quiz" alone finishes no lesson: progress, the path, the goal and the next lesson agree', async () => {
    const { send } = testApp();
    await send(personalMessage('hi'));
    await answerFirst(send, firstCard(await send(personalMessage('quiz')))!);
    const progress = await progressOf(send);
    expect(progress).to.match(/HALI: 0\/12/).and.not.include("Today's goal met");
    const lesson = cardTexts(firstCard(await send(personalMessage('lesson')))).join('\n');
    expect(lesson).to.include('Lesson 1 of 12');
  });

  it('taking the quiz from the lesson card finishes the lesson: progress, the path and the goal all count it', async () => {
    const { send } = testApp();
    await send(personalMessage('hi'));
    const lesson = firstCard(await send(personalMessage('lesson')))!;
    const take = actionsOf(lesson).find((a) => a.data?.verb === 'quiz.start')!;
    await answerFirst(send, firstCard(await send(cardSubmit(take.data)))!);
    const progress = await progressOf(send);
    expect(progress).to.match(/HALI: 1\/12/);
    expect(progress).to.include('Today’s goal met: one lesson'.replace('’', "'"));
    const path = actionsOf(lesson).find((a) => a.data?.verb === 'lesson.path')!;
    expect(cardTexts(firstCard(await send(cardSubmit(path.data)))).join('\n')).to.include('Lessons done: 1 of 12');
    expect(cardTexts(firstCard(await send(personalMessage('lesson')))).join('\n')).to.include('Lesson 2 of 12');
  });
});
