import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { botInstalled, groupChatMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, storedLearner, testApp } from '../helpers/app';

const said = (replies: Partial<Activity>[]) => [replies[0]?.text ?? '', ...cardTexts(firstCard(replies))].join('\n');
const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;

/** Requests typed the way people type them, not as the command words: each does what it asks, in the language it is typed in. */
describe('app: requests in everyday words', () => {
  it('shows what HALI does for "what can you do?", "who are you", "menu" and their Welsh', async () => {
    const { send } = testApp();
    for (const text of ['what can you do?', 'Who are you', 'menu', 'how does this work?', 'what can I ask you']) expect(said(await send(personalMessage(text))), text).to.match(/^\nWhat HALI can do/);
    for (const text of ['beth alli di wneud?', 'Pwy wyt ti?', 'dewislen', 'sut mae hwn yn gweithio?']) expect(said(await send(personalMessage(text, { userId: `29:cy-${text}` }))), text).to.match(/^\nBeth all HALI ei wneud/);
  });

  it('opens just the time card for "change my time" and "newid yr amser"', async () => {
    const { send } = testApp();
    expect(said(await send(personalMessage('change my lesson time')))).to.match(/When should your daily lesson arrive\?/);
    expect(said(await send(personalMessage('newid yr amser', { userId: '29:cy' })))).to.match(/Pryd ddylai eich gwers ddyddiol gyrraedd\?/);
  });

  it('pauses the daily lesson for leave said as it is, and through the day it names', async () => {
    const now = new Date('2026-11-30T08:00:00Z'); // Monday
    const { send, stores } = testApp({ now: () => now });
    await send({ ...botInstalled(), localTimezone: 'Europe/London' } as Partial<Activity>);
    expect((await send(personalMessage("I'm on annual leave until Friday")))[0].text).to.equal('Daily lessons are paused until the end of 4 December 2026. Say "resume" to have them back sooner.');
    expect((await storedLearner(stores, 'aad-29:user-1'))!.preferences.nudges?.paused).to.deep.equal({ until: '2026-12-04' });
    expect((await send(personalMessage('dw i ar wyliau am wythnos')))[0].text).to.equal('Mae’r gwersi dyddiol wedi’u hoedi tan ddiwedd 6 Rhagfyr 2026. Dywedwch "ailddechrau" i’w cael yn ôl yn gynt.');
    // Leave with no end pauses them until they are back, and says how to start again; leave that starts later stays a question.
    expect((await send(personalMessage("I'm on leave")))[0].text).to.equal('Daily lessons are paused until you say "resume".');
    expect((await storedLearner(stores, 'aad-29:user-1'))!.preferences.nudges?.paused).to.deep.equal({});
    expect((await send(personalMessage('dwi ar wyliau')))[0].text).to.equal('Mae’r gwersi dyddiol wedi’u hoedi nes i chi ddweud "ailddechrau".');
    expect(said(await send(personalMessage("I'm off on mat leave from next week")))).to.not.match(/paused/);
  });

  it('answers emoji and "ok" in the language the learner last wrote in, not their Teams client\'s (a browser probe found English)', async () => {
    const { send } = testApp();
    // Teams in English; the learner writes Welsh.
    expect((await send(personalMessage('diolch yn fawr', { userId: '29:cy-writer' })))[0].text).to.match(/^Croeso/);
    for (const text of ['👍', 'ok', '🤰👶', 'lol x', '!!']) expect((await send(personalMessage(text, { userId: '29:cy-writer' })))[0]?.text ?? '', text).to.not.match(/Anything else|You’re welcome/);
    expect((await send(personalMessage('👍', { userId: '29:cy-writer' })))[0].text).to.match(/^Unrhyw beth arall\?/);
    // One who never wrote Welsh is answered in their Teams client's English; a word of either language still decides.
    expect((await send(personalMessage('👍', { userId: '29:en-writer' })))[0].text).to.match(/^Anything else\?/);
    expect((await send(personalMessage('thanks', { userId: '29:cy-writer' })))[0].text).to.match(/^You’re welcome/);
  });

  it('switches language for "in Welsh please", "siarad Cymraeg" and "English please"', async () => {
    const { send, stores } = testApp();
    expect((await send(personalMessage('can you speak Welsh?')))[0].text).to.match(/^Byddaf yn siarad Cymraeg/);
    expect((await storedLearner(stores, 'aad-29:user-1'))!.language).to.equal('cy');
    expect((await send(personalMessage('English please')))[0].text).to.match(/^I will speak English/);
    expect((await send(personalMessage('siarad Cymraeg')))[0].text).to.match(/^Byddaf yn siarad Cymraeg/);
  });

  it('picks the mentor by its field: "quiz me on genomics", "lesson on AI", "cwis ar eneteg"', async () => {
    const { send } = testApp();
    expect(said(await send(personalMessage('quiz me on genomics')))).to.match(/^\nGwen · Genomics mentor\nQuestion/);
    expect(said(await send(personalMessage('lesson on AI')))).to.match(/^\nHALI · AI literacy mentor\n/).and.not.match(NO_CONTENT);
    expect(said(await send(personalMessage('cwis ar eneteg', { userId: '29:cy' })))).to.match(/^\nGwen · Mentor genomeg\nCwestiwn/);
  });

  it('answers a command typed in Welsh in Welsh when the learner has not chosen a language, whatever Teams is set to', async () => {
    const { send, stores } = testApp();
    for (const [text, reply] of [['gwers', /Gwers 1 o \d+/], ['cymorth', /Beth all HALI ei wneud/], ['cynnydd', /Eich cynnydd/], ['saib', /wedi’u hoedi/]] as const) {
      expect(said(await send(personalMessage(text, { locale: 'en-GB' }))), text).to.match(reply);
    }
    // For this turn only: nothing is chosen for them, and an English command is answered in English.
    expect((await storedLearner(stores, 'aad-29:user-1'))!.language).to.equal(undefined);
    expect(said(await send(personalMessage('help', { locale: 'en-GB' })))).to.match(/What HALI can do/);
  });

  describe('requests as staff type them (i18n/command-phrasing.ts)', () => {
    // Each on a fresh learner: what they typed, and the start of what HALI answers.
    const asked: ReadonlyArray<readonly [string, RegExp]> = [
      ['good morning', /^\nCroeso · Welcome to HALI|^\nWelcome to HALI/],
      ['can I have a lesson please 📚', /^\nHALI · AI literacy mentor\n[^]*Lesson 1 of/],
      ['teach me about genomics', /^\nGwen · Genomics mentor\n[^]*Lesson 1 of/],
      ['dwi isio gwers', /^\nHALI · Mentor llythrennedd AI\n[^]*Gwers 1 o/],
      ['test me on genetics', /^\nGwen · Genomics mentor\nQuestion/],
      ['ga i gwis?', /^\nHALI · Mentor llythrennedd AI\nCwestiwn/],
      ['how am I doing?', /^\nYour progress/],
      ['dangos fy nghynnydd', /^\nEich cynnydd/],
      ['where are the settings', /^\nYour settings/],
      ['can the daily lesson come at 8am instead?', /When should your daily lesson arrive\?/],
      ['what can this bot do?', /^\nWhat HALI can do/],
      ["beth yw'r opsiynau?", /^\nBeth all HALI ei wneud/],
      ['what data do you hold about me?', /What HALI holds about you|HALI holds no records|Here is everything HALI/],
      ['right to erasure', /^\nDelete everything HALI holds/],
      ['thanks HALI 🙏', /^You’re welcome\./],
    ];
    for (const [text, reply] of asked) {
      it(`answers "${text}" as the request it is`, async () => {
        const { send, stores } = testApp();
        await send(personalMessage('hi', { locale: 'en-GB' }));
        expect(said(await send(personalMessage(text, { locale: 'en-GB' })))).to.match(reply).and.not.match(NO_CONTENT);
        // Asking to erase shows the confirmation: nothing is deleted until it is pressed.
        expect(await storedLearner(stores, 'aad-29:user-1')).to.not.equal(undefined);
      });
    }

    it('pauses, stops and resumes the daily lesson for the ways people say it, in English and Welsh', async () => {
      const now = new Date('2026-11-27T09:00:00Z'); // Friday
      const { send, stores } = testApp({ now: () => now });
      const paused = async () => (await storedLearner(stores, 'aad-29:user-1'))!.preferences.nudges?.paused;
      await send(personalMessage('hi'));
      await send(personalMessage('can you pause the daily lessons for a week please'));
      expect(await paused()).to.deep.equal({ until: '2026-12-03' });
      expect((await send(personalMessage('un-pause the daily lesson please')))[0].text).to.match(/^Daily lessons are on again/);
      expect(await paused()).to.equal(undefined);
      expect((await send(personalMessage('pause until 24 Dec pls')))[0].text).to.equal('Daily lessons are paused until the end of 24 December 2026. Say "resume" to have them back sooner.');
      await send(personalMessage('turn lessons back on'));
      expect((await send(personalMessage('stop sending me lessons')))[0].text).to.match(/paused until you say "resume"/);
      expect((await send(personalMessage("dw i'n ôl")))[0].text).to.match(/^Mae’r gwersi dyddiol ymlaen eto/);
      expect((await send(personalMessage("oedi'r gwersi am wythnos plis")))[0].text).to.equal('Mae’r gwersi dyddiol wedi’u hoedi tan ddiwedd 3 Rhagfyr 2026. Dywedwch "ailddechrau" i’w cael yn ôl yn gynt.');
    });

    it('switches language for "switch to Welsh" and "I don\'t speak Welsh"', async () => {
      const { send, stores } = testApp();
      expect((await send(personalMessage('switch to Welsh please')))[0].text).to.match(/^Byddaf yn siarad Cymraeg/);
      expect((await storedLearner(stores, 'aad-29:user-1'))!.language).to.equal('cy');
      expect((await send(personalMessage("sorry I don't speak Welsh")))[0].text).to.match(/^I will speak English/);
      expect((await storedLearner(stores, 'aad-29:user-1'))!.language).to.equal('en');
    });

    it('answers a question that starts like a request as a question, and changes nothing', async () => {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      for (const text of ['pause for thought: is AI biased?', 'hold on', 'how do I delete patient data from ChatGPT?', 'stop the statin if the genetic test is negative?', 'is there a Welsh version of ChatGPT?']) {
        const reply = said(await send(personalMessage(text)));
        expect(reply, text).to.not.match(/paused|I will speak|Byddaf yn siarad|Delete everything HALI holds|could not read that date/);
      }
      const learner = (await storedLearner(stores, 'aad-29:user-1'))!;
      expect(learner.preferences.nudges?.paused).to.equal(undefined);
      expect(learner.language).to.equal(undefined);
    });

    it('reads everyday requests in personal chat only: in a group chat "stop sending me lessons" pauses nothing', async () => {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      await send(groupChatMessage('stop sending me lessons'));
      expect((await storedLearner(stores, 'aad-29:user-1'))!.preferences.nudges?.paused).to.equal(undefined);
    });
  });
});
