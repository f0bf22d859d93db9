import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, storedLearner, testApp } from '../helpers/app';

const said = (replies: Partial<Activity>[]) => replies.map((r) => [r.text ?? '', ...cardTexts(firstCard([r]))].join('\n')).join('\n');
const LEARNER = 'aad-29:user-1';
const product = (...parts: string[][]) => parts.reduce((all, part) => all.flatMap((left) => part.map((right) => `${left}${right}`)), ['']);

/**
 * Real turns for what command probe 3 found misread (test/unit/command-probe3.test.ts): a request in Teams markup, held down, after
 * a Welsh possessive or with a Welsh "plis" does what it asks in the language it is asked in; an erasure typed so only asks to be
 * confirmed; "morning snooze" snoozes and says how to undo it; negatives change nothing; a case typed with a slip starts one.
 */
describe('app: requests as staff type them, from command probe 3', () => {
  it('does what is asked through markup, held letters, Welsh possessives, a Welsh "plis" and a slip, in the language asked', async () => {
    const cases: [string[], RegExp][] = [
      [['<p><at>HALI</at>&nbsp;quiz</p>', 'quizzzz', 'qiz me', '<p>test&nbsp;me</p>'], /Question ·/],
      [['dy gwis', 'fy nghwis plis', 'quiz plis', 'QUIZ PLÎS', 'allech chi roi gwis i mi?', 'gwiss'], /Cwestiwn ·/],
      [['<p>lesson</p><p>&nbsp;</p>', 'lessssson', 'lesn', 'when you get a chance, a lesson please'], /Lesson \d+ of/],
      [['fy ngwers i', 'dy wers', 'GWERSSS', 'wnei di roi wers i mi?', 'lesson plîs'], /Gwers \d+ o/],
      [['help plis', 'help plîs', 'HELP PLIS', 'helpu plis', 'Hali help plis diolch', 'cymroth'], /Beth all HALI ei wneud/],
      [['hepl', '<div>help</div>', 'helpppp'], /What HALI can do/],
      [['thnk you', 'thank yuo', 'thankyou'], /^You’re welcome/],
      [['fy nghynnydd i', 'PROGRESS PLIS'], /Eich cynnydd/],
    ];
    for (const [texts, reply] of cases) {
      for (const text of texts) {
        const { send } = testApp();
        await send(personalMessage('hi'));
        expect(said(await send(personalMessage(text))), text).to.match(reply);
      }
    }
  });

  it('reads a slip in the field asked on as the field: a genomics quiz is Gwen’s', async () => {
    for (const text of ['quiz on genetcs', 'quiz me on genommics please', '<p>quiz me on genomcis</p>']) {
      const { send } = testApp();
      await send(personalMessage('hi'));
      expect(said(await send(personalMessage(text))), text).to.match(/Gwen · Genomics mentor[\s\S]*Question ·/);
    }
  });

  it('asks to confirm an erasure typed with a slip, in markup or in capitals, and deletes nothing until it is confirmed', async () => {
    for (const text of ['forgte me', 'froget me please', '<p>delete my data</p>', 'FORGET ME PLIS', 'delete my dta', 'DILEWCH FY NATA']) {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      expect(said(await send(personalMessage(text))), text).to.match(/Delete everything HALI holds about you\?|Dileu popeth sydd gan HALI amdanoch chi\?/);
      expect(await storedLearner(stores, LEARNER), text).to.not.equal(undefined);
    }
  });

  it('reads "snooze till morning" as nothing more today, and says until when and how to undo it, in English and Welsh', async () => {
    for (const [text, locale, reply] of [
      ['snooze till morning', 'en-GB', /^Daily lessons are paused until the end of 27 November 2026\. Say "resume" to have them back sooner\.$/],
      ['gohirio tan fory plis', 'cy-GB', /^Mae’r gwersi dyddiol wedi’u hoedi tan ddiwedd 27 Tachwedd 2026\. Dywedwch "ailddechrau" i’w cael yn ôl yn gynt\.$/],
    ] as const) {
      const { send, stores } = testApp();
      await send(personalMessage('hi', { locale }));
      expect(said(await send(personalMessage(text, { locale }))).trim(), text).to.match(reply);
      expect((await storedLearner(stores, LEARNER))?.preferences.nudges?.paused, text).to.not.equal(undefined);
    }
  });

  it('reads "morning snooze" as the Snooze: the next lesson is skipped, the reply says which and how to undo it, nothing is paused', async () => {
    for (const text of ['morning snooze', 'Morning! snooze please', 'good morning, snooze it']) {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      const reply = said(await send(personalMessage(text)));
      expect(reply, text).to.match(/^OK, I will skip your next daily lesson \(.+\)\. After that: .+\. Changed your mind\? Say "resume"\./);
      expect((await storedLearner(stores, LEARNER))?.preferences.nudges?.paused, text).to.equal(undefined);
    }
  });

  it('changes nothing for a negative or a question made of command words', async () => {
    const texts = product(["don't stop the lessons", 'do not forget me', 'paid â dileu', "don't pause my lessons", 'peidiwch ag oedi', 'how do I stop a bleed', 'what does pause mean in AI'], ['', ' plis', '<br>']);
    for (const text of texts) {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      const reply = said(await send(personalMessage(text)));
      expect(reply, text).to.not.match(/paused|hoedi|Delete everything HALI holds|Dileu popeth sydd gan HALI|skip your next|hepgor/);
      expect((await storedLearner(stores, LEARNER))?.preferences.nudges?.paused, text).to.equal(undefined);
    }
  });

  it('starts a case asked for in a channel with a slip, held letters or Teams markup, in English and Welsh', async () => {
    const cases: [string, RegExp][] = [
      ['can we do a caes', /Gwen · case discussion/],
      ['start a csae on lynch', /Gwen · case discussion[\s\S]*Lynch/],
      ['<p>case</p>', /Gwen · case discussion/],
      ['Gwen, caseee please', /Gwen · case discussion/],
      ['gawn ni achso plîs', /Gwen · trafodaeth achos/],
      ['case on lyncch', /Gwen · case discussion[\s\S]*Lynch/],
    ];
    for (const [text, reply] of cases) {
      const { send } = testApp();
      expect(said(await send(channelMessage(text, { newPost: true }))), text).to.match(reply);
    }
    for (const text of ['is this the cause of FH?', '<p>what is a case-control study?</p>']) {
      const { send } = testApp();
      expect(said(await send(channelMessage(text, { newPost: true }))), text).to.not.match(/case discussion/);
    }
  });
});
