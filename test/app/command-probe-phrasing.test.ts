import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, storedLearner, testApp } from '../helpers/app';

const said = (replies: Partial<Activity>[]) => replies.map((r) => [r.text ?? '', ...cardTexts(firstCard([r]))].join('\n')).join('\n');
const LEARNER = 'aad-29:user-1';

/**
 * Real turns for the kinds of phrasing the command probe found misread (test/unit/command-probe-phrasing.test.ts): each does what
 * it asks in the language it is asked in; erasure, however it is typed, only asks to be confirmed; questions made of the same
 * words are answered and change nothing; and a case asked for in a sentence in a channel starts one.
 */
describe('app: requests as staff phrase them, from the command probe', () => {
  it('does what is asked, with the thanks at the end, the Welsh said as it is, or a slip in a word', async () => {
    const cases: [string, RegExp][] = [
      ['stop sending me the daily thing ta', /^Daily lessons are paused until you say "resume"/],
      ["stopia'r negeseuon dyddiol diolch yn fawr", /^Mae’r gwersi dyddiol wedi’u hoedi/],
      ['what have I done so far x', /Your progress/],
      ["beth dw i wedi'i wneud", /Eich cynnydd/],
      ['gimme something to learn pls', /Lesson \d+ of/],
      ['dysgwch rywbeth i mi', /Gwers \d+ o/],
      ['HALI ask me some questions thanks', /Question ·/],
      ['helpwch fi', /Beth all HALI ei wneud/],
      ['newid fy ngosodiadau', /Eich gosodiadau/],
      ['gwers am 7yb plis', /Pryd ddylai eich gwers ddyddiol gyrraedd\?/],
      ['pa wybodaeth sydd gennych amdana i', /Nid oes gan HALI unrhyw gofnodion|Beth sydd gan HALI amdanoch/],
      ['stop the daily remindrs', /^Daily lessons are paused/],
      ['hi thanks', /^You’re welcome/],
    ];
    for (const [text, reply] of cases) {
      const { send } = testApp();
      await send(personalMessage('hi'));
      expect(said(await send(personalMessage(text))), text).to.match(reply);
    }
  });

  it('asks to confirm an erasure however it is typed, and deletes nothing until it is confirmed', async () => {
    for (const text of ['dellete my data pls', 'delete everything you have on me ta', 'dileu fy ngwybodaeth plis', 'HALI anghofiwch fi diolch']) {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      expect(said(await send(personalMessage(text))), text).to.match(/Delete everything HALI holds about you\?|Dileu popeth sydd gan HALI amdanoch chi\?/);
      expect(await storedLearner(stores, LEARNER), text).to.not.equal(undefined);
    }
  });

  it('answers questions made of request words as questions: nothing paused, nothing offered for deletion', async () => {
    const questions = [
      'what does a genomic test quiz patients on?', 'is it safe to delete patient data from an AI tool?', 'how do I stop an AI scribe recording?',
      'what is the next step after a BRCA result?', 'how do I dellete my data from ChatGPT', 'should I pause a statin before genetic testing?',
      'sut mae dileu data cleifion o offeryn AI?', "beth yw'r cam nesaf ar ôl canlyniad BRCA?",
    ];
    for (const text of questions) {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      const reply = said(await send(personalMessage(text)));
      expect(reply, text).to.not.match(/paused|hoedi|Delete everything HALI holds|Dileu popeth sydd gan HALI|Your progress|Lesson \d+ of|Question ·/);
      expect((await storedLearner(stores, LEARNER))?.preferences.nudges?.paused, text).to.equal(undefined);
    }
  });

  it('starts a case asked for in a sentence in a channel, a colleague addressed or not, in English and Welsh', async () => {
    const cases: [string, RegExp][] = [
      ['Gwen can we do a case', /Gwen · case discussion/],
      ['Sam, can we do a case on lynch?', /Gwen · case discussion[\s\S]*Lynch/],
      ['hi team, case please 🙏', /Gwen · case discussion/],
      ['gawn ni achos plis', /Gwen · trafodaeth achos/],
      ['Gwen gawn ni achos', /Gwen · trafodaeth achos/],
    ];
    for (const [text, reply] of cases) {
      const { send } = testApp();
      expect(said(await send(channelMessage(text, { newPost: true }))), text).to.match(reply);
    }
    const { send } = testApp();
    expect(said(await send(channelMessage('can I start a case note for a patient', { newPost: true })))).to.not.match(/case discussion/);
  });
});
