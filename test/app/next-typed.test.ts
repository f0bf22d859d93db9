import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, channelMessage, groupChatMessage, personalMessage } from '../helpers/activities';
import { answerTexts, cardTexts, firstCard, realFaculty, storedLearner, testApp } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const hali = realFaculty().defaultMentor;
const lynch = realFaculty().mentors.flatMap((m) => m.cases).find((c) => c.id === 'gwen-case-lynch-syndrome')!;
const said = (replies: Partial<Activity>[]) => replies.map((r) => [r.text ?? '', ...cardTexts(firstCard([r]))].join('\n')).join('\n');

let users = 0;
/** A learner on an app whose clock moves on a second at each reading, as turns do. */
function learnerApp() {
  let tick = Date.parse('2026-11-27T09:00:00Z');
  const app = testApp({ now: () => new Date((tick += 1000)) });
  const userId = `29:next-${++users}`;
  return {
    ...app,
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    press: (verb: string, data: Record<string, unknown>) => app.send(cardExecute(verb, data, { userId })),
    learner: async () => (await storedLearner(app.stores, `aad-${userId}`))!,
  };
}

/** The quiz answer buttons on a question card. */
const answerButtons = (replies: Partial<Activity>[]) => ((firstCard(replies)?.actions ?? []) as any[]).filter((a) => a.verb === Verbs.quizAnswer);

describe('app: "next" typed in personal chat carries on', () => {
  const english = ['next', 'Next', 'next!', 'next please', 'next one', 'the next one', '@HALI next', 'ok next', 'go on', 'carry on', 'continue', "what's next", 'next 👉'];
  const welsh = ['nesaf', 'Nesaf', 'nesa', 'yr un nesaf', 'nesa plis', 'ymlaen', "symud ymlaen", 'beth nesaf', "be sy nesa"];

  it(`with nothing open, brings the next lesson of the learner's path: ${english.length} English and ${welsh.length} Welsh ways`, async () => {
    for (const [texts, lesson] of [[english, /Lesson 1 of \d+/], [welsh, /Gwers 1 o \d+/]] as const) {
      for (const text of texts) {
        const { say } = learnerApp();
        const reply = said(await say(text));
        expect(reply, text).to.match(lesson).and.not.match(/Case discussions|Mae trafodaethau achos/);
        expect(reply, text).to.not.match(NO_CONTENT);
      }
    }
  });

  it('after a lesson card, does what its "Done: next lesson" does: the lesson counts and the next one comes', async () => {
    for (const text of ['next', 'next one', 'nesaf']) {
      const { say, learner } = learnerApp();
      await say('lesson');
      expect((await learner()).openLesson, text).to.include({ mentorId: hali.id, lessonId: hali.lessons[0].id });
      const reply = said(await say(text));
      expect(reply, text).to.match(/Lesson complete|Gwers wedi’i chwblhau/).and.match(/Lesson 2 of|Gwers 2 o/);
      const after = await learner();
      expect(after.progress.lessonsDone[hali.id], text).to.deep.equal([hali.lessons[0].id]);
      expect(after.openLesson?.lessonId, text).to.equal(hali.lessons[1].id);
    }
  });

  it('in a quiz, brings the next question: one other than the open question, and after an answer the next one', async () => {
    const { say, press, learner } = learnerApp();
    await say('lesson');
    const first = await say('quiz');
    const open = (await learner()).pendingQuiz!;
    const skipped = await say('next');
    const next = (await learner()).pendingQuiz!;
    expect(said(skipped)).to.match(/Question/);
    expect(next.itemId).to.not.equal(open.itemId);
    expect(answerButtons(first)[0].data.itemId).to.equal(open.itemId);
    // Answered with its button, then "next": another question, and the lesson card shown before stays undone.
    const button = answerButtons(skipped)[0];
    await press(button.verb, button.data);
    expect((await learner()).pendingQuiz).to.equal(undefined);
    expect(said(await say('nesaf'))).to.match(/Cwestiwn/);
    expect((await learner()).progress.lessonsDone[hali.id] ?? []).to.deep.equal([]);
  });

  it('"next question", "skip" and "cwestiwn nesaf" always bring a question other than the open one', async () => {
    for (const text of ['next question', 'skip', 'skip this one', 'skip this question', 'pass', 'cwestiwn nesaf', 'y cwestiwn nesa', 'sgipio hwn', 'hepgor y cwestiwn']) {
      const { say, learner } = learnerApp();
      await say('quiz');
      const open = (await learner()).pendingQuiz!;
      expect(said(await say(text)), text).to.match(/Question|Cwestiwn/);
      expect((await learner()).pendingQuiz?.itemId, text).to.not.equal(open.itemId);
    }
  });

  it('after a lesson shown since the last answer, "next" goes on with the lesson, not the quiz', async () => {
    const { say, press, learner } = learnerApp();
    const question = await say('quiz');
    const button = answerButtons(question)[0];
    await press(button.verb, button.data);
    await say('lesson');
    expect(said(await say('next'))).to.match(/Lesson complete/);
    expect((await learner()).progress.lessonsDone[hali.id]).to.have.length(1);
  });

  it('in a team channel case thread, "next" still reveals the next stage, and in a group chat with no case it is no lesson', async () => {
    const app = testApp();
    const ana = { userId: '29:ana', userName: 'Ana Midwife', aadObjectId: 'aad-ana' };
    await app.send(channelMessage('case lynch', { ...ana, threadId: '1765000000009', newPost: true }));
    expect(cardTexts(firstCard(await app.send(channelMessage('next', { ...ana, threadId: '1765000000009' })))).join('\n')).to.include(`Stage 2 of 4: ${lynch.stages[1].title.en}`);
    expect(cardTexts(firstCard(await app.send(channelMessage('nesaf', { ...ana, threadId: '1765000000009' })))).join('\n')).to.match(/Cam 3 o 4|Stage 3 of 4/);
    expect(said(await app.send(groupChatMessage('next', ana)))).to.not.match(/Lesson 1 of/);
  });

  it('still answers a question that only contains the word', async () => {
    const { say, learner } = learnerApp();
    for (const text of ['what does next generation sequencing mean', 'what is next generation sequencing?', 'what should I do next if the AI is wrong?']) {
      expect(answerTexts(await say(text)), text).to.not.match(/Lesson 1 of|Question ·/);
    }
    expect(answerTexts(await say('what does next generation sequencing mean'))).to.match(/sequencing/i).and.not.match(NO_CONTENT);
    expect((await learner()).openLesson).to.equal(undefined);
  });
});
