import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { botInstalled, cardExecute, personalMessage } from '../helpers/activities';
import { answerTexts, cardTexts, invokeCard, storedLearner, testApp } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

let users = 0;
/** A learner who installed HALI on Thursday 26 November 2026 at 07:00 London (their lesson is at 09:00 on weekdays), on an app at a settable time. */
async function installed(start = '2026-11-26T07:00:00Z') {
  let now = new Date(start);
  const app = testApp({ now: () => now });
  const userId = `29:snooze-${++users}`;
  await app.send({ ...botInstalled({ userId }), localTimezone: 'Europe/London' } as Partial<Activity>);
  const id = `aad-${userId}`;
  return {
    ...app,
    userId,
    setNow: (iso: string) => (now = new Date(iso)),
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    learner: async () => (await storedLearner(app.stores, id))!,
    /** Today's nudge has gone out (as the sweep leaves the learner once it is sent). */
    nudged: (day: string) => app.stores.learners.update(id, [(l) => ({ ...l, nudge: { ...l.nudge, lastDay: day } })], now),
  };
}

describe('app: "snooze" typed does what the nudge\'s Snooze does, or skips just the next lesson', () => {
  const english = ['snooze', 'Snooze', 'snooze!', 'snooze it', 'snooze that', 'snooze please', 'snooze the lesson', 'snooze my daily lesson', 'snooze the reminder', '@HALI snooze', 'ok snooze', 'not now', 'snooze 😴'];
  const welsh = ['gohirio', 'Gohirio', 'gohiria hi', "gohirio'r wers", "gohiria'r wers plis", 'gohiria fo', 'gohiria fe', 'dim rŵan', 'ddim nawr', 'snoozio'];
  // The button's own words: "Snooze 1 hour", "Atgoffa fi mewn awr".
  const inAnHour = ['snooze 1 hour', 'snooze for an hour', 'remind me in an hour', 'remind me later', 'send it in an hour'];
  const mewnAwr = ['atgoffa fi mewn awr', 'gohirio am awr', 'gohiria hi am awr', 'atgoffa fi nes ymlaen', 'atgoffa fi wedyn', 'anfon hi mewn awr'];

  it(`with no nudge out yet, skips just the next lesson and says how to undo it: ${english.length} English and ${welsh.length} Welsh ways`, async () => {
    for (const [texts, locale, said] of [[english, 'en-GB', /^OK, I will skip your next daily lesson \(Thursday 26 November\)\. After that: tomorrow at 09:00\. Changed your mind\? Say "resume"\.$/], [welsh, 'en-GB', /^Iawn, byddaf yn hepgor eich gwers ddyddiol nesaf \(dydd Iau 26 Tachwedd\)\. Ar ôl hynny: yfory am 09:00\. Wedi newid eich meddwl\? Dywedwch "ailddechrau"\.$/]] as const) {
      for (const text of texts) {
        const { say, learner } = await installed();
        expect(replyText(await say(text, locale)), text).to.match(said);
        const l = await learner();
        expect(l.nudge, text).to.deep.include({ skipDay: '2026-11-26', nextAt: '2026-11-27T09:00:00.000Z' });
        // Only the next lesson: the daily lesson is neither paused nor off.
        expect(l.preferences.nudges, text).to.deep.equal({ enabled: true, time: '09:00', days: [1, 2, 3, 4, 5] });
      }
    }
  });

  it(`"remind me in an hour" brings a lesson in an hour as the button would, nudge out or not: ${inAnHour.length} English and ${mewnAwr.length} Welsh ways`, async () => {
    for (const [texts, reply] of [[inAnHour, 'OK, I will send you a lesson at 08:00.'], [mewnAwr, 'Iawn, byddaf yn anfon gwers atoch am 08:00.']] as const) {
      for (const text of texts) {
        const { say, learner } = await installed();
        expect(replyText(await say(text)), text).to.equal(reply);
        // In an hour, and it is today's lesson: the 09:00 one does not follow it.
        expect((await learner()).nudge, text).to.deep.include({ snoozeUntil: '2026-11-26T08:00:00.000Z', snoozeFor: '2026-11-26', nextAt: '2026-11-26T08:00:00.000Z' });
      }
    }
    const out = await installed();
    out.setNow('2026-11-26T09:05:00Z');
    await out.nudged('2026-11-26');
    expect(replyText(await out.say('remind me in an hour'))).to.equal('Snoozed. I will send it again at 10:05.');
    // With today's learning done there is no lesson to bring today: the next one is skipped instead, as "snooze" does.
    const learned = await installed();
    await learned.say('lesson');
    await learned.say('done');
    expect(replyText(await learned.say('remind me in an hour'))).to.match(/^OK, I will skip your next daily lesson \(Friday 27 November\)\./);
  });

  it('while today\'s nudge is out, snoozes it for an hour as the button does, in English and Welsh', async () => {
    const { say, learner, nudged, setNow, send, userId } = await installed();
    setNow('2026-11-26T09:05:00Z');
    await nudged('2026-11-26');
    expect(replyText(await say('snooze'))).to.equal('Snoozed. I will send it again at 10:05.');
    expect((await learner()).nudge).to.deep.include({ snoozeUntil: '2026-11-26T10:05:00.000Z', nextAt: '2026-11-26T10:05:00.000Z' });
    expect(replyText(await say('gohiria hi'))).to.equal('Iawn. Byddaf yn ei hanfon eto am 10:05.');
    // The button still does the same.
    expect(cardTexts(invokeCard(await send(cardExecute(Verbs.nudgeSnooze, {}, { userId })))).join('\n')).to.include('Snoozed. I will send it again at 10:05.');
  });

  it('"snooze tomorrow\'s lesson" skips tomorrow\'s and leaves today\'s; "resume" brings it back', async () => {
    const { say, learner } = await installed();
    for (const text of ["snooze tomorrow's lesson", 'snooze tomorrow', 'skip tomorrow', "skip tomorrow's lesson", 'no lesson tomorrow please']) {
      expect(replyText(await say(text)), text).to.equal('OK, I will skip tomorrow’s daily lesson (Friday 27 November). Your next one: today at 09:00. Changed your mind? Say "resume".');
      expect((await learner()).nudge, text).to.deep.include({ skipDay: '2026-11-27', nextAt: '2026-11-26T09:00:00.000Z' });
      expect(replyText(await say('resume')), text).to.equal('Daily lessons are on again. Your next one: today at 09:00.');
      expect((await learner()).nudge?.skipDay, text).to.equal(undefined);
    }
    expect(replyText(await say('gohirio gwers yfory', 'cy-GB'))).to.equal('Iawn, byddaf yn hepgor gwers ddyddiol yfory (dydd Gwener 27 Tachwedd). Eich un nesaf: heddiw am 09:00. Wedi newid eich meddwl? Dywedwch "ailddechrau".');
  });

  it('skips one lesson at a time, says when there is none to skip, and leaves lessons that are off or paused alone', async () => {
    const { say, learner } = await installed();
    await say('snooze');
    expect(replyText(await say('snooze'))).to.equal('Your daily lesson on Thursday 26 November is already skipped, and I skip one at a time. After that: tomorrow at 09:00. Say "pause until" a date to stop them for longer, or "resume" to have it back.');
    expect((await learner()).nudge?.skipDay).to.equal('2026-11-26');
    // Friday: tomorrow is Saturday, with no lesson anyway.
    const friday = await installed('2026-11-27T07:00:00Z');
    expect(replyText(await friday.say('snooze tomorrow'))).to.equal('There is no daily lesson tomorrow anyway. Your next one: today at 09:00.');
    expect((await friday.learner()).nudge?.skipDay).to.equal(undefined);
    const paused = await installed();
    await paused.say('pause');
    expect(replyText(await paused.say('snooze'))).to.equal('Your daily lessons are already paused, so there is nothing to snooze. Say "resume" to start them again.');
    expect(replyText(await paused.say('gohirio', 'cy-GB'))).to.equal('Mae eich gwersi dyddiol wedi’u hoedi’n barod, felly does dim i’w ohirio. Dywedwch "ailddechrau" i’w hailddechrau.');
    expect((await paused.learner()).preferences.nudges?.paused).to.deep.equal({});
  });

  it('"snooze for today" skips today as "Not today" does; a snooze for a while is still a pause for that long', async () => {
    const { say, learner } = await installed();
    expect(replyText(await say('snooze for today'))).to.equal('Daily lessons are paused until the end of 26 November 2026. Say "resume" to have them back sooner.');
    expect(replyText(await say('gohirio heddiw', 'cy-GB'))).to.equal('Mae’r gwersi dyddiol wedi’u hoedi tan ddiwedd 26 Tachwedd 2026. Dywedwch "ailddechrau" i’w cael yn ôl yn gynt.');
    expect(replyText(await say('snooze for a week'))).to.equal('Daily lessons are paused until the end of 2 December 2026. Say "resume" to have them back sooner.');
    expect((await learner()).preferences.nudges?.paused).to.deep.equal({ until: '2026-12-02' });
  });

  it('still answers a question that only contains the word', async () => {
    const { say } = await installed();
    for (const text of ['is snooze fatigue from alerts a kind of automation bias', 'what is alarm snooze fatigue?', 'can an AI scribe snooze when the patient talks about something private?']) {
      const reply = answerTexts(await say(text));
      expect(reply, text).to.not.match(/skip your next daily lesson|Snoozed\./);
    }
    expect(answerTexts(await say('is snooze fatigue from alerts a kind of automation bias'))).to.match(/Automation bias/).and.not.match(NO_CONTENT);
  });
});
