import { expect } from 'chai';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';
import { writingLanguage } from '../../bot/learning/learner';

/**
 * Outside testing: a Welsh speaker whose Teams is in English, who never pressed "Cymraeg", typed "gwers" and got a Welsh
 * lesson, then pressed "Gwneud y cwis" and got an English quiz, and their next day's lesson came in English.
 */
describe('app: a Welsh writer whose Teams is in English', () => {
  const EN_TEAMS = { locale: 'en-GB' };
  const actionsOf = (node: unknown): Record<string, any>[] =>
    Array.isArray(node) ? node.flatMap(actionsOf) : typeof node === 'object' && node !== null ? [...(String((node as any).type).startsWith('Action.') ? [node as Record<string, any>] : []), ...Object.values(node).flatMap(actionsOf)] : [];
  const ENGLISH = /\b(?:Question|Lesson|Your answer|Not quite|Correct|Sources|Next question|Take the quiz|Your progress|deleted)\b/;

  it('is answered in Welsh by every button on the Welsh cards: lesson, quiz, answer, next question, progress and forget me', async () => {
    const app = testApp();
    const lesson = firstCard(await app.send(personalMessage('gwers', EN_TEAMS)))!;
    expect(cardTexts(lesson).join(' ')).to.include('Gwers 1 o');
    const takeQuiz = actionsOf(lesson).find((a) => a.data?.verb === 'quiz.start')!;
    const quiz = firstCard(await app.send(cardSubmit(takeQuiz.data, EN_TEAMS)))!;
    expect(cardTexts(quiz).join(' ')).to.include('Cwestiwn').and.not.match(ENGLISH);
    const answer = actionsOf(quiz).find((a) => a.verb === 'quiz.answer')!;
    const result = invokeCard(await app.send(cardExecute(answer.verb, answer.data, EN_TEAMS)))!;
    expect(cardTexts(result).join(' ')).to.match(/Cywir|Ddim yn hollol/).and.not.match(ENGLISH);
    const next = actionsOf(result).find((a) => a.data?.verb === 'quiz.next' || a.verb === 'quiz.next')!;
    const nextCard = firstCard(await app.send(cardSubmit(next.data, EN_TEAMS)));
    if (nextCard) expect(cardTexts(nextCard).join(' ')).to.not.match(ENGLISH);
    const progress = firstCard(await app.send(personalMessage('cynnydd', EN_TEAMS)))!;
    const goal = actionsOf(progress).find((a) => a.verb === 'goal.set' || a.data?.verb === 'goal.set');
    if (goal) expect(cardTexts(invokeCard(await app.send(cardExecute(goal.verb, goal.data, EN_TEAMS)))).join(' ')).to.not.match(ENGLISH);
    const forget = firstCard(await app.send(personalMessage('anghofia fi', EN_TEAMS)))!;
    const cancel = actionsOf(forget).find((a) => /cancel/.test(a.verb ?? a.data?.verb ?? ''))!;
    const cancelled = await app.send(cancel.verb ? cardExecute(cancel.verb, cancel.data, EN_TEAMS) : cardSubmit(cancel.data, EN_TEAMS));
    expect(JSON.stringify(cancelled)).to.not.match(/Nothing was deleted/);
  });

  it('gets the daily lesson in Welsh, having written in Welsh, until choosing a language', async () => {
    const app = testApp();
    await app.send(personalMessage('beth yw model iaith mawr?', EN_TEAMS));
    const learner = (await storedLearner(app.stores, 'aad-29:user-1'))!;
    expect(learner.preferences.teamsLanguage).to.equal('en');
    expect(writingLanguage(learner)).to.equal('cy');
    await app.send(personalMessage('English', EN_TEAMS));
    expect(writingLanguage((await storedLearner(app.stores, 'aad-29:user-1'))!)).to.equal('en');
  });

  it('a button on an English card stays English for a learner whose Teams is in Welsh', async () => {
    const app = testApp();
    const lesson = firstCard(await app.send(personalMessage('lesson please', { locale: 'cy-GB' })))!;
    const language = lesson.lang as string;
    const takeQuiz = actionsOf(lesson).find((a) => a.data?.verb === 'quiz.start')!;
    expect(takeQuiz.data.lang).to.equal(language);
    const quiz = firstCard(await app.send(cardSubmit(takeQuiz.data, { locale: 'cy-GB' })))!;
    expect(quiz.lang).to.equal(language);
  });
});
