import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { botInstalled, personalMessage } from '../helpers/activities';
import { answerTexts, realFaculty, storedLearner, testApp } from '../helpers/app';
import { letteredOptions } from '../../cards/render';
import { findItem } from '../../bot/learning/quiz';

const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const allText = (replies: Partial<Activity>[]) => `${replyText(replies)}\n${answerTexts(replies)}`;
const mentors = realFaculty().mentors;

let users = 0;
/** A learner with a quiz question open, and its options as their card letters them. */
async function quizOpen(locale = 'en-GB') {
  const app = testApp({ now: () => new Date('2026-11-26T07:00:00Z') });
  const userId = `29:typed-option-${++users}`;
  await app.send({ ...botInstalled({ userId, locale }), localTimezone: 'Europe/London' } as Partial<Activity>);
  const say = (text: string) => app.send(personalMessage(text, { userId, locale }));
  const learner = async () => (await storedLearner(app.stores, `aad-${userId}`))!;
  await say(locale.startsWith('cy') ? 'cwis' : 'quiz');
  const pending = (await learner()).pendingQuiz!;
  const lettered = letteredOptions(findItem(mentors, pending.itemId)!.item, pending.nonce);
  return { say, learner, pending, lettered, right: lettered.find((o) => o.option.correct)!, wrong: lettered.find((o) => !o.option.correct)! };
}

/**
 * Stop 54 left alone a quiz answer typed in its option's words ("it learned patterns from example data") instead of its letter:
 * it was searched for as a question, the question stayed open, and the learner got an explainer. Typed out whole it is that
 * answer; pointed to, HALI asks whether that option was meant and records nothing.
 */
describe('app: a quiz answer typed in its option’s own words', () => {
  it('answers with an option typed out whole, with or without "I think it’s", right or wrong, as its letter would', async () => {
    for (const [pick, preamble] of [['right', ''], ['wrong', "I think it's "], ['right', 'the answer is ']] as const) {
      const { say, learner, ...quiz } = await quizOpen();
      const chosen = quiz[pick];
      const reply = allText(await say(preamble + chosen.option.text.en.toLowerCase()));
      expect(reply, `${pick} ${preamble}`).to.include(pick === 'right' ? '✓ Correct' : 'Not quite');
      expect(reply).to.include(`${chosen.letter}. ${chosen.option.text.en}`);
      const after = await learner();
      expect(after.pendingQuiz).to.equal(undefined);
      expect(after.lastAnswer).to.include({ itemId: quiz.pending.itemId, optionId: chosen.option.id, correct: pick === 'right' });
    }
  });

  it('asks whether an option was meant when its words are pointed to, records nothing, and the letter then answers', async () => {
    const { say, learner, pending, right } = await quizOpen();
    const words = right.option.text.en.replace(/[.,:;“”]/g, '').split(' ');
    const part = words.slice(0, Math.ceil(words.length / 2)).join(' ');
    const before = await learner();
    const reply = replyText(await say(`the one about ${part.toLowerCase()}`));
    expect(reply).to.equal(`Did you mean **${right.letter}**: “${right.option.text.en}”? Type ${right.letter} to answer with it, or press its button on the question. If you meant to ask me something, ask it as a question.`);
    const after = await learner();
    expect(after.pendingQuiz).to.deep.equal(pending);
    expect(after.lastAnswer).to.deep.equal(before.lastAnswer);
    expect(after.reviews).to.deep.equal(before.reviews);
    expect(allText(await say(right.letter))).to.include('✓ Correct');
  });

  it('answers in Welsh for a Welsh question: an option typed out in Welsh, and one pointed to', async () => {
    const { say, learner, right, wrong } = await quizOpen('cy-GB');
    const words = wrong.option.text.cy.replace(/[.,:;“”]/g, '').split(' ');
    const asked = replyText(await say(`yr un am ${words.slice(0, Math.ceil(words.length / 2)).join(' ').toLowerCase()}`));
    expect(asked).to.match(new RegExp(`^Ai \\*\\*${wrong.letter}\\*\\* oeddech chi’n ei olygu: `));
    expect((await learner()).lastAnswer).to.equal(undefined);
    const reply = allText(await say(`dw i'n meddwl mai ${right.option.text.cy}`));
    expect(reply).to.include('✓ Cywir');
    expect((await learner()).lastAnswer).to.include({ optionId: right.option.id, correct: true });
  });

  it('still answers a question asked with a quiz open, and leaves the question open', async () => {
    const { say, learner, pending } = await quizOpen();
    for (const question of ['what is a large language model', 'what does machine learning mean?', 'beth yw model iaith mawr?']) {
      const reply = allText(await say(question));
      expect(reply, question).to.not.match(/Did you mean \*\*|oeddech chi’n ei olygu/);
      expect(reply, question).to.match(/large language model|dysgu peirianyddol|machine learning|model iaith mawr/i);
    }
    expect((await learner()).pendingQuiz).to.deep.equal(pending);
  });

  it('with no question open, words of an option are a question like any other', async () => {
    const app = testApp({ now: () => new Date('2026-11-26T07:00:00Z') });
    await app.send({ ...botInstalled({ userId: '29:typed-option-none' }), localTimezone: 'Europe/London' } as Partial<Activity>);
    const reply = allText(await app.send(personalMessage('check it against the BNF', { userId: '29:typed-option-none' })));
    expect(reply).to.not.match(/Did you mean \*\*/);
    expect(allText(await app.send(personalMessage('option meant b', { userId: '29:typed-option-none' })))).to.include('There is no question open just now.');
  });
});
