import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, realFaculty, storedLearner, testApp } from '../helpers/app';

const LEARNER = 'aad-29:user-1';
const submitData = (card: Record<string, any>, verb: string) => (card.actions as any[]).find((a) => a.data?.verb === verb)!.data;
const textOf = (card: Record<string, any> | undefined) => cardTexts(card).join('\n');

describe('app: the lesson-complete moment and the path card', () => {
  const gwen = realFaculty().named('Gwen')!;

  it('"Done: next lesson" sends a short completion card (what was finished, progress, streak), then the next lesson', async () => {
    const { send, stores } = testApp({ now: () => new Date('2026-11-27T09:00:00Z') });
    const lesson = firstCard(await send(personalMessage('lesson Gwen')))!;
    const replies = await send(cardSubmit(submitData(lesson, Verbs.lessonDone)));
    expect(replies).to.have.length(2);
    const complete = textOf(firstCard([replies[0]]));
    expect(complete).to.include('Lesson complete');
    expect(complete).to.include(`You finished "${gwen.lessons[0].title.en}".`);
    expect(complete).to.include(`Lessons done: 1 of ${gwen.lessons.length}`);
    expect(complete).to.include('Streak: 1 day in a row');
    expect(textOf(firstCard([replies[1]]))).to.include(`Lesson 2 of ${gwen.lessons.length}`);
    // The completion card's button opens the path, now centred on lesson 2.
    const path = textOf(firstCard(await send(cardSubmit(submitData(firstCard([replies[0]])!, Verbs.lessonPath)))));
    expect(path).to.include('Your path with Gwen');
    expect(path).to.match(/✓ Done[\s\S]*1\\\. /);
    expect(path).to.match(/▶ Now\n2\\\. /);
    expect((await storedLearner(stores, LEARNER))!.progress.lessonsDone).to.deep.equal({ gwen: [gwen.lessons[0].id] });
  });

  it('a second press of the same "Done" records nothing twice and shows no second celebration', async () => {
    const { send, stores } = testApp();
    const lesson = firstCard(await send(personalMessage('lesson Gwen')))!;
    await send(cardSubmit(submitData(lesson, Verbs.lessonDone)));
    const again = await send(cardSubmit(submitData(lesson, Verbs.lessonDone)));
    expect(again.map((r) => textOf(firstCard([r])))).to.satisfy((texts: string[]) => texts.every((t) => !t.includes('Lesson complete')));
    expect((await storedLearner(stores, LEARNER))!.progress.lessonsDone.gwen).to.have.length(1);
  });

  it('the lesson card\'s "Your path" shows where the lesson sits, in Welsh too', async () => {
    const { send } = testApp();
    await send(personalMessage('cymraeg'));
    const lesson = firstCard(await send(personalMessage('gwers Gwen')))!;
    const path = textOf(firstCard(await send(cardSubmit(submitData(lesson, Verbs.lessonPath)))));
    expect(path).to.include('Eich llwybr gyda Gwen');
    expect(path).to.include(`Gwersi wedi’u gorffen: 0 o ${gwen.lessons.length}`);
    expect(path).to.include(`▶ Nawr\n1\\. ${gwen.lessons[0].title.cy}`);
    expect(path).to.include(`Gwersi ar ôl y rhain: ${gwen.lessons.length - 3}`);
  });

  it('a path request for an unknown mentor or lesson shows the learner\'s own path, changing nothing', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('hi'));
    const before = await storedLearner(stores, LEARNER);
    const path = textOf(firstCard(await send(cardSubmit({ verb: Verbs.lessonPath, mentorId: 'nobody', lessonId: { $gt: '' } }))));
    expect(path).to.include('Your path with HALI');
    expect((await storedLearner(stores, LEARNER))!.progress).to.deep.equal(before!.progress);
  });
});
