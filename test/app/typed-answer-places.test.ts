import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, storedLearner, testApp } from '../helpers/app';

const said = (replies: Partial<Activity>[]) => replies.map((r) => [r.text ?? '', ...cardTexts(firstCard([r]))].join('\n')).join('\n');
const lettersOn = (replies: Partial<Activity>[]) =>
  new Map(((firstCard(replies)?.actions ?? []) as any[]).map((a) => ({ verb: a.verb ?? a.data?.verb, data: a.data, title: a.title })).filter((a) => a.verb === Verbs.quizAnswer).map((a) => [a.title as string, a.data.optionId as string]));

let users = 0;
function learner() {
  let tick = Date.parse('2026-11-27T09:00:00Z');
  const app = testApp({ now: () => new Date((tick += 1000)) });
  const userId = `29:places-${++users}`;
  return { ...app, say: (text: string) => app.send(personalMessage(text, { userId })), learner: async () => (await storedLearner(app.stores, `aad-${userId}`))! };
}

/**
 * Stop 53's probe: a quiz answered by its place ("the second one", "yr ail un") was told "I do not have trusted content". The
 * options are lettered in the order shown, so the second is B: the answer recorded is the option the card letters B.
 */
describe('app: a quiz answer typed as its place among the options', () => {
  const WAYS: readonly [string, string][] = [
    ['the first one', 'A'], ['first', 'A'], ["I'd go with the first option", 'A'], ['1st', 'A'], ['option 1', 'A'],
    ['the second one', 'B'], ['second option', 'B'], ['I think the second one', 'B'], ['2nd', 'B'], ['number 2', 'B'],
    ['the third one', 'C'], ['3rd one', 'C'], ['answer 3', 'C'], ['the fourth', 'D'], ['option 4', 'D'],
    ['yr un cyntaf', 'A'], ["dw i'n meddwl mai'r un cyntaf", 'A'], ['yr ail un', 'B'], ["mai'r ail un", 'B'], ['y trydydd', 'C'], ["taw'r trydydd un", 'C'], ['y pedwerydd', 'D'], ['opsiwn 2', 'B'],
  ];
  it(`records the option the card letters so, for ${WAYS.length} ways in English and Welsh`, async () => {
    for (const [text, letter] of WAYS) {
      const { say, learner: stored } = learner();
      const question = await say('quiz');
      const option = lettersOn(question).get(letter)!;
      const reply = await say(text);
      expect((await stored()).lastAnswer?.optionId, text).to.equal(option);
      expect(said(reply), text).to.match(new RegExp(`(?:Your answer|Eich ateb)\\n${letter}\\. `));
    }
  });

  it('a place past the options says which letters there are; with no question open, offers one', async () => {
    const { say } = learner();
    await say('quiz');
    expect(said(await say('option 7'))).to.match(/^That question’s options are A to D/);
    const fresh = learner();
    expect(said(await fresh.say('the second one'))).to.match(/There is no question open just now/);
    expect(said(await fresh.say('what is the second law of thermodynamics'))).to.not.match(/no question open/);
  });
});

describe('app: "I don\'t know" said to a quiz question', () => {
  it('with a question open, encourages a choice and names how to skip, changing nothing; in the language typed', async () => {
    for (const [text, reply] of [
      ["I don't know", /^That’s fine: not knowing is where learning starts\. Choose the option that seems most likely/],
      ['no idea', /^That’s fine/], ['not sure', /^That’s fine/], ['dunno sorry', /^That’s fine/], ['idk', /^That’s fine/], ["honestly I don't know this one", /^That’s fine/],
      ['dim syniad', /^Mae hynny’n iawn: dyna lle mae dysgu’n dechrau/], ["dwi'm yn gwbod", /^Mae hynny’n iawn/], ["sai'n siŵr", /^Mae hynny’n iawn/], ['dw i ddim yn gwybod', /^Mae hynny’n iawn/],
    ] as const) {
      const { say, learner: stored } = learner();
      await say('quiz');
      const open = (await stored()).pendingQuiz;
      expect(said(await say(text)), text).to.match(reply);
      expect((await stored()).pendingQuiz, text).to.deep.equal(open);
    }
  });

  it('with nothing open, says how to go on; a question that starts so is still a question', async () => {
    const { say } = learner();
    expect(said(await say("I don't know"))).to.match(/^No problem\. Ask me a question in your own words/);
    expect(said(await say("I don't know what automation bias is"))).to.include('Automation bias is the tendency');
  });
});
