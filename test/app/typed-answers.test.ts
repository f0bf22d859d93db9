import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, channelMessage, personalMessage } from '../helpers/activities';
import { answerTexts, cardTexts, firstCard, realFaculty, storedLearner, testApp } from '../helpers/app';
import { nudgeWorld } from '../helpers/nudge-world';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const hali = realFaculty().defaultMentor;
const said = (replies: Partial<Activity>[]) => replies.map((r) => [r.text ?? '', ...cardTexts(firstCard([r]))].join('\n')).join('\n');
/** Every action on the first card, with its verb and data, whichever way it is sent. */
const actionsOf = (replies: Partial<Activity>[]) => ((firstCard(replies)?.actions ?? []) as any[]).map((a) => ({ title: a.title, verb: a.verb ?? a.data?.verb, data: a.data }));

let users = 0;
/** A learner on an app whose clock moves on a second at each reading, as turns do. */
function learnerApp() {
  let tick = Date.parse('2026-11-27T09:00:00Z');
  const app = testApp({ now: () => new Date((tick += 1000)) });
  const userId = `29:typed-${++users}`;
  return {
    ...app,
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    press: (verb: string, data: Record<string, unknown>) => app.send(cardExecute(verb, data, { userId })),
    submit: (data: Record<string, unknown>) => app.send(cardSubmit(data, { userId })),
    learner: async () => (await storedLearner(app.stores, `aad-${userId}`))!,
  };
}

/** The card letter of each option id on a question card. */
const lettersOn = (replies: Partial<Activity>[]) => new Map(actionsOf(replies).filter((a) => a.verb === Verbs.quizAnswer).map((a) => [a.data.optionId as string, a.title as string]));

describe('app: a quiz answer typed as its letter', () => {
  const ways = (letter: string) => [letter, letter.toLowerCase(), `${letter})`, `${letter.toLowerCase()}.`, `(${letter.toLowerCase()})`, `option ${letter.toLowerCase()}`, `Option ${letter}`, `answer ${letter}`, `answer: ${letter}`, `I think it's ${letter}`, `i think ${letter.toLowerCase()}`, `the answer is ${letter}`, `${letter} please`, `@HALI ${letter}`, `ateb ${letter}`, `opsiwn ${letter.toLowerCase()}`, `yr ateb yw ${letter}`, `dw i'n meddwl mai ${letter}`, `dwi'n meddwl taw ${letter.toLowerCase()}`, `${letter} dw i'n meddwl`];

  it(`answers the open question exactly as its button would, for ${ways('B').length} ways of typing each letter`, async () => {
    for (const letter of ['A', 'B', 'C']) {
      for (const text of ways(letter)) {
        const typed = learnerApp();
        const question = await typed.say('quiz');
        const open = (await typed.learner()).pendingQuiz!;
        const option = [...lettersOn(question)].find(([, shown]) => shown === letter)![0];
        const reply = await typed.say(text);
        // Another learner given the same question presses the button for the same option: their records agree.
        const pressed = learnerApp();
        const same = await pressed.say('quiz');
        const button = actionsOf(same).find((a) => a.verb === Verbs.quizAnswer && a.data.optionId === option)!;
        await pressed.press(Verbs.quizAnswer, button.data);
        const [afterTyped, afterPressed] = [await typed.learner(), await pressed.learner()];
        expect(afterTyped.pendingQuiz, text).to.equal(undefined);
        expect(afterTyped.lastAnswer, text).to.deep.include({ itemId: open.itemId, optionId: option, nonce: open.nonce, correct: afterPressed.lastAnswer!.correct });
        const { due: _d1, lastReview: _r1, ...typedReview } = afterTyped.reviews[open.itemId];
        const { due: _d2, lastReview: _r2, ...pressedReview } = afterPressed.reviews[open.itemId];
        expect(typedReview, text).to.deep.equal(pressedReview);
        for (const part of ['today', 'streak', 'calibration'] as const) expect(afterTyped[part], `${text}: ${part}`).to.deep.equal(afterPressed[part]);
        // The result card names the letter typed.
        expect(said(reply), text).to.match(new RegExp(`(?:Your answer|Eich ateb)\\n${letter}\\. `));
      }
    }
  });

  it('answers in the language of the question: a Welsh question from an English Teams is answered in Welsh, and an English one after Welsh in English', async () => {
    const { say } = learnerApp();
    await say('cwis');
    expect(said(await say('B'))).to.match(/Eich ateb\nB\. /);
    await say('quiz');
    expect(said(await say('b'))).to.match(/Your answer\nB\. /);
  });

  it('with no question open, says so and offers a new one, whose button brings a question', async () => {
    for (const [text, locale, reply] of [['B', 'en-GB', 'There is no question open just now. Would you like a new one?'], ['option b', 'en-GB', 'There is no question open just now. Would you like a new one?'], ['ateb b', 'en-GB', 'Does dim cwestiwn ar agor ar hyn o bryd. Hoffech chi un newydd?'], ['b', 'cy-GB', 'Does dim cwestiwn ar agor ar hyn o bryd. Hoffech chi un newydd?']]) {
      const { say, submit } = learnerApp();
      const replies = await say(text, locale);
      expect(said(replies), text).to.include(reply).and.not.match(NO_CONTENT);
      const offered = actionsOf(replies).find((a) => a.verb === Verbs.quizStart);
      expect(offered?.title, text).to.match(/^(?:New question|Cwestiwn newydd)$/);
      expect(said(await submit(offered!.data)), text).to.match(/Question ·|Cwestiwn ·/);
    }
  });

  it('after an answer the question is closed: a second letter does not answer it again', async () => {
    const { say, press, learner } = learnerApp();
    const question = await say('quiz');
    const button = actionsOf(question).find((a) => a.verb === Verbs.quizAnswer)!;
    await press(Verbs.quizAnswer, button.data);
    const answered = (await learner()).lastAnswer;
    expect(said(await say('C'))).to.include('There is no question open just now.');
    expect((await learner()).lastAnswer).to.deep.equal(answered);
  });

  it('answers the daily nudge\'s review question with the option its card letters so', async () => {
    const world = await nudgeWorld('2026-11-30T08:00:00Z');
    await world.install(1);
    const question = await world.say(1, 'quiz');
    const first = actionsOf(question).find((a) => a.verb === Verbs.quizAnswer)!;
    await world.execute(1, Verbs.quizAnswer, first.data);
    world.setNow('2026-12-01T08:58:00Z');
    await world.runUntil('2026-12-01T09:02:00Z');
    const [nudge] = world.sentTo(1);
    const walk = (node: any): any[] => (Array.isArray(node) ? node.flatMap(walk) : node && typeof node === 'object' ? [...(node.type === 'Action.Execute' ? [node] : []), ...Object.values(node).flatMap(walk)] : []);
    const buttons = walk(nudge.card).filter((a) => a.verb === Verbs.quizAnswer);
    expect(buttons.length, 'a review nudge').to.be.above(1);
    const b = buttons.find((a) => a.title === 'B')!;
    // The nudge card letters its options as the result card and a typed letter read them.
    expect(cardTexts(nudge.card).join('\n')).to.match(/^B\\\. /m);
    const reply = await world.say(1, 'b');
    expect((await world.learner(1)).lastAnswer).to.deep.include({ itemId: b.data.itemId, optionId: b.data.optionId, nonce: b.data.nonce });
    expect(cardTexts(firstCard(reply)).join('\n')).to.match(/Your answer\nB\. /);
  });

  it('names the letters the question has when one it does not have is typed, and answers nothing', async () => {
    const { say, learner } = learnerApp();
    const question = await say('quiz');
    const count = lettersOn(question).size;
    const beyond = 'ABCDEFGH'[count];
    expect((await say(beyond)).map((r) => r.text).join('')).to.equal(`That question’s options are A to ${'ABCDEFGH'[count - 1]}: type one of those letters, or press its button.`);
    expect((await learner()).pendingQuiz).to.not.equal(undefined);
  });

  it('in a team channel a letter is not taken as a quiz answer', async () => {
    const { send } = testApp();
    expect(said(await send(channelMessage('B')))).to.not.include('no question open');
  });
});

describe('app: "done" typed after a lesson card', () => {
  const english = ['done', 'Done', 'done!', 'done ✅', 'all done', "I'm done", 'done it', 'done reading', "I've finished", 'finished', 'finished the lesson', 'read it', "I've read it", 'lesson done', 'complete', 'mark it as done', '@HALI done'];
  const welsh = ['wedi gorffen', 'Wedi gorffen!', "dw i wedi gorffen", "dwi 'di gorffen", 'wedi darllen', 'wedi darllen hi', "wedi'i gwneud", 'gorffennais', 'dyna ni', 'wedi cwblhau y wers'];

  it(`does what its Done does: the lesson counts and the next comes, for ${english.length} English and ${welsh.length} Welsh ways`, async () => {
    for (const [texts, complete] of [[english, /Lesson complete[^]*Lesson 2 of/], [welsh, /Gwers wedi’i chwblhau[^]*Gwers 2 o/]] as const) {
      for (const text of texts) {
        const { say, learner } = learnerApp();
        await say('lesson');
        expect(said(await say(text)), text).to.match(complete);
        const after = await learner();
        expect(after.progress.lessonsDone[hali.id], text).to.deep.equal([hali.lessons[0].id]);
        expect(after.openLesson?.lessonId, text).to.equal(hali.lessons[1].id);
        expect(after.streak.current, text).to.equal(1);
      }
    }
  });

  it('counts a lesson once, as its button does, and with no lesson open says so briefly', async () => {
    const { say, submit, learner } = learnerApp();
    const lesson = await say('lesson');
    const done = actionsOf(lesson).find((a) => a.verb === Verbs.lessonDone)!;
    expect(done.data).to.include({ mentorId: hali.id, lessonId: hali.lessons[0].id });
    // Taking the lesson's quiz from its card finishes it: "done" then has nothing open to finish.
    const take = actionsOf(lesson).find((a) => a.verb === Verbs.quizStart)!;
    await submit(take.data);
    expect((await learner()).openLesson).to.equal(undefined);
    expect(said(await say('done'))).to.equal('Nice work. There’s no lesson open to mark as done just now: say "lesson" for your next one, or "quiz" to test yourself.');
    expect(said(await say('wedi gorffen'))).to.equal('Da iawn. Does dim gwers ar agor i’w chwblhau ar hyn o bryd: dywedwch "gwers" am eich un nesaf, neu "cwis" i brofi eich hun.');
    expect((await learner()).progress.lessonsDone[hali.id]).to.deep.equal([hali.lessons[0].id]);
  });

  it('on a fresh learner, replies briefly rather than with the no-content card', async () => {
    const { say } = learnerApp();
    for (const text of ['done', 'finished', 'wedi gorffen']) expect(said(await say(text)), text).to.match(/no lesson open|Does dim gwers ar agor/).and.not.match(NO_CONTENT);
  });

  it('still answers a question that contains the word', async () => {
    const { say } = learnerApp();
    await say('lesson');
    for (const text of ['what is done with my data when I use ChatGPT?', 'how is a genome sequence read?']) expect(said(await say(text)), text).to.not.match(/Lesson complete/);
    expect(answerTexts(await say('what is done with my data when I use ChatGPT?'))).to.not.match(/no lesson open/);
  });
});
