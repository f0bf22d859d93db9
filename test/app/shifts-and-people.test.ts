import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { SHIFT_SAID } from '../../bot/i18n/commands';
import { PERSON, TALK_TO } from '../../bot/routes/about';
import { concernIn } from '../../bot/safety/wellbeing';
import { botInstalled, personalMessage } from '../helpers/activities';
import { answerTexts, firstCard, storedLearner, testApp } from '../helpers/app';
import { cross } from '../helpers/redaction-probe';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

let users = 0;
/** A learner who installed HALI on Thursday 26 November 2026 at 07:00 London: a lesson at 09:00 on weekdays. */
async function installed() {
  const app = testApp({ now: () => new Date('2026-11-26T07:00:00Z') });
  const userId = `29:shift-${++users}`;
  await app.send({ ...botInstalled({ userId }), localTimezone: 'Europe/London' } as Partial<Activity>);
  return {
    ...app,
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    learner: async () => (await storedLearner(app.stores, `aad-${userId}`))!,
  };
}

/** Every evaluation question, to show the new readings take none of them from the mentors. */
function evaluationQuestions(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'evaluation');
  return readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question.trim()));
}

/**
 * Stop 53's probe of a new learner's everyday messages: shifts and time away said without a span ("I'm on nights this week",
 * "dw i ar wyliau wythnos nesa"), a mentor asked for by name ("can I talk to Gwen"), a person asked for ("can I speak to a
 * human?") and needing someone to talk to ("I need to talk to someone") were each told "I do not have trusted content that
 * answers that yet".
 */
describe('app: shifts and time away said, a mentor or a person asked for, someone to talk to', () => {
  const OPENERS = ['', 'fyi ', 'Hi, ', 'just so you know '];
  const TAILS = ['', ', so no lessons please', '.'];
  const SHIFTS = ["I'm on nights", 'on nights', 'working lates', 'I am doing a run of nights', 'im on earlies', "I'm on long days", "I'm on call", 'starting nights'];
  const LEAVE = ["I'm on annual leave", 'I am off sick', "I'm on study leave", "I'm on holiday"];
  const LATER = [' next week', ' tomorrow', ' from monday', ' on friday'];
  const said = (forms: string[], whens: string[]) => cross(OPENERS, cross(cross(forms, whens).map(([form, when]) => form + when), TAILS)).map(([opener, [form, tail]]) => opener + form + tail);
  // A shift at any time, and leave or a day off that starts later (leave now is a pause, below).
  const ENGLISH_SHIFTS = [...said(SHIFTS, ['', ' this week', ' next week', ' tonight', ' tomorrow', ' all week', ' from monday']), ...said([...LEAVE, "i'm off", "I'm away"], LATER)];
  const WELSH_SHIFTS = cross(['dw i ar shifft nos', "dwi'n gweithio nosweithiau", 'dwi ar nosweithiau', 'rydw i ar wyliau', 'dw i bant', 'dw i i ffwrdd'], [' wythnos nesa', ' fory'])
    .concat(cross(['dw i ar shifft nos', "dwi'n gweithio nosweithiau", 'dwi ar nosweithiau'], ['', ' wythnos yma', ' heno']))
    .map(([form, when]) => form + when)
    .flatMap((form) => [form, `${form}, felly dim gwersi plis`]);

  it(`says when the next lesson comes and how to move it, changing nothing: ${ENGLISH_SHIFTS.length} English and ${WELSH_SHIFTS.length} Welsh forms`, async () => {
    const { say, learner } = await installed();
    const before = JSON.stringify((await learner()).preferences.nudges);
    for (const text of ENGLISH_SHIFTS) {
      expect(replyText(await say(text)), text).to.equal('Thanks for telling me. Your next daily lesson: today at 09:00. If that does not suit, say "skip tomorrow", "pause for a week" or "change time". A lesson or a quiz is here whenever you have two minutes.');
    }
    for (const text of WELSH_SHIFTS) {
      // From a Teams in English: answered in the Welsh written.
      expect(replyText(await say(text)), text).to.match(/^Diolch am ddweud wrtha i\. Eich gwers ddyddiol nesaf: heddiw am 09:00\. Os nad yw hynny’n gyfleus, dywedwch "gohirio yfory", "saib am wythnos" neu "newid yr amser"\./);
    }
    expect(JSON.stringify((await learner()).preferences.nudges)).to.equal(before);
  });

  it('leave said as now is still a pause until "resume", with "so no lessons please" too', async () => {
    for (const text of [...said(LEAVE, ['', ' this week', ' at the moment']), 'rydw i ar wyliau', 'dw i bant, felly dim gwersi plis', 'dwi ar wyliau, felly dim gwersi']) {
      const { say, learner } = await installed();
      expect(replyText(await say(text)), text).to.match(/^Daily lessons are paused until you say "resume"\.|^Mae’r gwersi dyddiol wedi’u hoedi nes i chi ddweud "ailddechrau"\./);
      expect((await learner()).preferences.nudges?.paused, text).to.not.equal(undefined);
    }
  });

  it('each way out it names does what it says, in English and in Welsh', async () => {
    const english = await installed();
    await english.say("I'm on nights this week");
    expect(replyText(await english.say('skip tomorrow'))).to.match(/^OK, I will skip tomorrow’s daily lesson \(Friday 27 November\)/);
    expect(replyText(await english.say('pause for a week'))).to.match(/^Daily lessons are paused until the end of 2 December 2026/);
    expect(answerTexts(await english.say('change time'))).to.include('When should your daily lesson arrive?');
    const welsh = await installed();
    await welsh.say('dw i ar shifft nos wythnos yma');
    expect(replyText(await welsh.say('gohirio yfory'))).to.match(/^Iawn, byddaf yn hepgor gwers ddyddiol yfory/);
    expect(replyText(await welsh.say('saib am wythnos'))).to.match(/^Mae’r gwersi dyddiol wedi’u hoedi tan ddiwedd 2 Rhagfyr 2026/);
    expect(answerTexts(await welsh.say('newid yr amser'))).to.include('Pryd ddylai eich gwers ddyddiol gyrraedd?');
  });

  it('with daily lessons paused or off, says none will arrive', async () => {
    const { say } = await installed();
    await say('stop');
    expect(replyText(await say("I'm on nights this week"))).to.match(/^Thanks for telling me\. No daily lesson is planned \(they are off or paused\)/);
    expect(replyText(await say('dw i ar wyliau wythnos nesa'))).to.match(/^Diolch am ddweud wrtha i\. Does dim gwers ddyddiol wedi’i threfnu/);
  });

  it('leaves a question about shifts, a span to pause for and a goodbye to what reads them', async () => {
    const { say, learner } = await installed();
    for (const text of ['what are night shifts', 'can AI help plan night shifts?', "I'm on nights, what is automation bias?", 'nights', 'days', "I'm off", "I'm off now"]) {
      expect(replyText(await say(text)), text).to.not.include('Thanks for telling me');
    }
    expect(answerTexts(await say("I'm on nights, what is automation bias?"))).to.include('Automation bias is the tendency');
    expect(replyText(await say("I'm on leave until Monday"))).to.match(/^Daily lessons are paused until the end of 30 November 2026/);
    expect((await learner()).preferences.nudges?.paused).to.not.equal(undefined);
  });

  it('a mentor asked for by name becomes the conversation’s mentor: the next lesson and quiz are theirs, in the language asked', async () => {
    const FORMS = ['can I talk to %m', 'could I speak to %m please', 'I want to ask %m something', 'switch to %m', 'Hi, can I chat with %m?', "I'd like to talk to %m", 'ask %m'];
    const WELSH = ['ga i siarad efo %m', 'dw i isio holi %m rhywbeth', 'alla i siarad gyda %m?', 'newid i %m plis'];
    for (const form of FORMS) {
      const { say } = await installed();
      expect(replyText(await say(form.replace('%m', 'Gwen'))), form).to.equal('You are with Gwen, the genomics mentor. Ask a question in your own words, or say “lesson” for a two-minute lesson or “quiz” for a question.');
      expect(answerTexts(await say('lesson')), form).to.match(/^Gwen · Genomics mentor/m);
      expect(replyText(await say(form.replace('%m', 'HALI'))), form).to.match(/^You are with HALI, the AI literacy mentor\./);
      expect(answerTexts(await say('quiz')), form).to.match(/^HALI · AI literacy mentor/m);
    }
    for (const form of WELSH) {
      const { say } = await installed();
      expect(replyText(await say(form.replace('%m', 'Gwen'))), form).to.equal('Rydych chi gyda Gwen, y mentor genomeg. Gofynnwch gwestiwn yn eich geiriau eich hun, neu dywedwch “gwers” am wers ddwy funud neu “cwis” am gwestiwn.');
      expect(answerTexts(await say('gwers')), form).to.match(/^Gwen · Mentor genomeg/m);
    }
  });

  it('a question for a mentor by name is still answered, and a name that is no mentor is not taken for one', async () => {
    const { say } = await installed();
    expect(answerTexts(await say('ask Gwen what is Lynch syndrome'))).to.include('Lynch syndrome is an inherited condition');
    expect(answerTexts(await say('I want to ask Gwen about Lynch syndrome'))).to.include('Lynch syndrome is an inherited condition');
    for (const text of ['can I talk to Sarah', 'switch to Welsh']) expect(replyText(await say(text)), text).to.not.match(/^You are with/);
  });

  it('a person asked for is told plainly HALI is not one and where a person is, in the language asked', async () => {
    const ENGLISH = ['can I talk to a real person', 'can I speak to a human?', 'I want to talk to someone', 'is there a real person I can talk to?', 'talk to a human', 'could I speak to an actual person please', 'I would like to speak to someone', 'get me a human'];
    const WELSH = ['ga i siarad efo person go iawn?', 'dw i isio siarad efo rhywun', 'alla i siarad gyda pherson?', 'hoffwn i siarad â rhywun go iawn'];
    const { say } = await installed();
    for (const text of ENGLISH) {
      const replies = await say(text);
      expect(replyText(replies), text).to.match(/^I’m not a person: I’m HALI, a learning mentor\. To talk something through with a person, ask your clinical or practice educator/);
      expect(firstCard(replies), text).to.equal(undefined);
    }
    for (const text of WELSH) expect(replyText(await say(text)), text).to.match(/^Nid person ydw i: HALI ydw i, mentor dysgu\./);
    expect(answerTexts(await say('can I talk to someone about AI tools before we buy one?'))).to.not.match(/^I’m not a person/);
  });

  it('needing someone to talk to is answered with where help is, never a content search', async () => {
    const ENGLISH = ['I need to talk to someone', 'I really need to talk to someone now', 'I just need someone to talk to', "I've got no one to talk to", 'there is nobody I can talk to', 'honestly need to speak to someone', 'I need someone to talk to about work'];
    const WELSH = ['mae angen i mi siarad efo rhywun', 'angen siarad gyda rhywun', 'does gen i neb i siarad efo', "sgen i neb i siarad â nhw"];
    const { say } = await installed();
    for (const text of ENGLISH) {
      const said = replyText(await say(text));
      expect(said, text).to.match(/^I’m sorry things are so hard at the moment/).and.not.match(NO_CONTENT);
    }
    for (const text of WELSH) expect(replyText(await say(text)), text).to.match(/^Mae’n ddrwg gen i fod pethau mor anodd/);
    expect(replyText(await say('I need to talk to someone about AI procurement'))).to.not.match(/things are so hard/);
  });

  it('none of the 5,800 evaluation questions is read as a shift, a mentor or person asked for, or someone in trouble', () => {
    const questions = evaluationQuestions();
    expect(questions.length).to.be.greaterThan(5000);
    expect(questions.filter((q) => SHIFT_SAID.test(q) || TALK_TO.test(q) || PERSON.test(q) || concernIn(q) !== undefined)).to.deep.equal([]);
  });
});
