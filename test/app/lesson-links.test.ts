import { expect } from 'chai';
import { TestAdapter, type Activity } from 'botbuilder';
import { createApp } from '../../bot/app';
import { LESSON_BY_ID } from '../../bot/i18n/commands';
import { vivaCatalogue } from '../../bot/viva/catalogue';
import { Verbs } from '../../cards/verbs';
import { cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, realFaculty, storedLearner, testApp, testDeps } from '../helpers/app';

const LEARNER = 'aad-29:user-1';
const textOf = (activities: Partial<Activity>[]) => cardTexts(firstCard(activities)).join('\n');
/** The command a Viva Learning deep link types into HALI's chat. */
const typedBy = (url: string) => new URL(url).searchParams.get('message')!;

describe('app: Viva Learning deep links open exactly the lesson or pathway picked there', () => {
  const gwen = realFaculty().named('Gwen')!;
  const catalogue = vivaCatalogue(realFaculty().mentors, 'hali-bot-id');
  const linkTo = (externalId: string) => typedBy(catalogue.find((c) => c.externalId === externalId)!.contentWebUrl);

  it('every served lesson id can be typed as a deep link (the pattern takes them all)', () => {
    for (const lesson of realFaculty().mentors.flatMap((m) => m.lessons)) expect(LESSON_BY_ID.exec(`lesson ${lesson.id}`)?.[1], lesson.id).to.equal(lesson.id);
  });

  it('a lesson link opens that lesson, not the learner\'s next one, and Done records that lesson', async () => {
    const { send, stores } = testApp();
    const picked = gwen.lessons[4];
    const command = linkTo(`hali-lesson-gwen-${picked.id}-en`);
    expect(command).to.equal(`lesson ${picked.id}`);
    const card = firstCard(await send(personalMessage(command)))!;
    const text = cardTexts(card).join('\n');
    expect(text).to.include(picked.title.en);
    expect(text).to.include(`Lesson 5 of ${gwen.lessons.length}`);
    const done = (card.actions as any[]).find((a) => a.data?.verb === Verbs.lessonDone)!.data;
    expect(done).to.include({ mentorId: 'gwen', lessonId: picked.id });
    await send(cardSubmit(done));
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.progress.lessonsDone).to.deep.equal({ gwen: [picked.id] });
    expect(learner.currentMentor).to.equal('gwen');
  });

  it('the Welsh link ("gwers <id>") opens the lesson in Welsh', async () => {
    const { send } = testApp();
    await send(personalMessage('cymraeg'));
    const picked = gwen.lessons[2];
    const command = linkTo(`hali-lesson-gwen-${picked.id}-cy`);
    expect(command).to.equal(`gwers ${picked.id}`);
    expect(textOf(await send(personalMessage(command)))).to.include(picked.title.cy);
  });

  it('a pathway link opens the pathway card', async () => {
    const { send } = testApp();
    expect(linkTo('hali-pathway-gwen-en')).to.equal('path Gwen');
    const path = textOf(await send(personalMessage(linkTo('hali-pathway-gwen-en'))));
    expect(path).to.include('Your path with Gwen');
    expect(path).to.include(`Lessons done: 0 of ${gwen.lessons.length}`);
    await send(personalMessage('cymraeg'));
    expect(textOf(await send(personalMessage(linkTo('hali-pathway-gwen-cy'))))).to.include('Eich llwybr gyda Gwen');
  });

  it('an unknown lesson id gets a clear answer and the learner\'s path, and changes no progress', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('hi'));
    const before = (await storedLearner(stores, LEARNER))!;
    const replies = await send(personalMessage('lesson gwen-no-such-lesson'));
    expect(replies[0].text).to.equal('I do not offer a lesson "gwen-no-such-lesson": it may have been retired, or the link is wrong. Here is your path with HALI.');
    expect(textOf(replies.slice(1))).to.include('Your path with HALI');
    expect((await storedLearner(stores, LEARNER))!.progress).to.deep.equal(before.progress);
    await send(personalMessage('cymraeg'));
    expect((await send(personalMessage('gwers gwen-no-such-lesson')))[0].text).to.equal('Nid wyf yn cynnig gwers "gwen-no-such-lesson": efallai ei bod wedi’i thynnu’n ôl, neu fod y ddolen yn anghywir. Dyma eich llwybr gyda HALI.');
  });

  it('a lesson no longer served (retired, or not approved in production) is not opened from an old link', async () => {
    const { deps, governance } = testDeps({ governed: true, env: { SERVE_DRAFT_CONTENT: 'false' } });
    const adapter = new TestAdapter(createApp(deps).handleTurn);
    const send = async (activity: Partial<Activity>) => {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    };
    const [approved, unserved] = gwen.lessons;
    const item = governance!.item(`lesson:${approved.id}`)!;
    for (const role of ['educator', 'welsh-reviewer'] as const) {
      await governance!.decide(item, { decision: 'approve', role, reviewer: { id: role, name: `Dr ${role}` }, at: '2026-11-27T08:00:00.000Z', comment: '' });
    }
    expect(textOf(await send(personalMessage(`lesson ${approved.id}`)))).to.include(approved.title.en);
    const replies = await send(personalMessage(`lesson ${unserved.id}`));
    expect(replies[0].text).to.match(new RegExp(`^I do not offer a lesson "${unserved.id}": it may have been retired`));
    expect(cardTexts(firstCard(replies)).join('\n')).to.not.include(unserved.title.en);
  });
});
