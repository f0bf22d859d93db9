import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { botInstalled, cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';

const LEARNER = 'aad-29:user-1';

/** The app at a settable time, with a learner who installed HALI on Monday 30 November at 08:00. */
async function installed(start = '2026-11-30T08:00:00Z') {
  let now = new Date(start);
  const app = testApp({ now: () => now });
  await app.send({ ...botInstalled(), localTimezone: 'Europe/London' } as Partial<Activity>);
  return { ...app, setNow: (iso: string) => (now = new Date(iso)), learner: async () => (await storedLearner(app.stores, LEARNER))! };
}

const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

describe('app: daily nudges, from the learner\'s side', () => {
  it('captures the personal chat on install and plans the default nudge: weekdays at 09:00 in the learner\'s zone', async () => {
    const { learner } = await installed();
    const l = await learner();
    expect(l.conversationRef).to.include({ conversationId: 'a:personal-29:user-1', userId: '29:user-1', botId: '28:hali-bot' });
    expect(l.preferences.nudges).to.deep.equal({ enabled: true, time: '09:00', days: [1, 2, 3, 4, 5] });
    expect(l.nudge?.nextAt).to.equal('2026-11-30T09:00:00.000Z');
  });

  it('takes the time zone from the Teams activity when there is one', async () => {
    const app = testApp({ now: () => new Date('2026-11-30T08:00:00Z') });
    await app.send({ ...botInstalled(), localTimezone: 'America/New_York' } as Partial<Activity>);
    expect((await storedLearner(app.stores, LEARNER))!.nudge?.nextAt).to.equal('2026-11-30T14:00:00.000Z');
  });

  it('in production, takes no conversation reference from a turn whose token was not verified', async () => {
    const app = testApp({ env: { NODE_ENV: 'production', BOT_ID: '00000000-0000-4000-8000-000000000002', BOT_PASSWORD: 'x' }, now: () => new Date('2026-11-30T08:00:00Z') });
    await app.send({ ...personalMessage('Cymraeg') });
    const l = (await storedLearner(app.stores, LEARNER))!;
    expect(l.language).to.equal('cy');
    expect(l.conversationRef).to.equal(undefined);
    expect(l.nudge?.nextAt).to.equal(undefined);
  });

  it('"Snooze 1 hour" brings the nudge back in an hour; "Not today" moves it to the next nudge day', async () => {
    const { send, setNow, learner } = await installed();
    setNow('2026-11-30T09:01:00Z');
    const snoozed = invokeCard(await send(cardExecute(Verbs.nudgeSnooze, {})))!;
    expect(cardTexts(snoozed).join('\n')).to.include('Snoozed. I will send it again at 10:01.');
    expect((await learner()).nudge).to.deep.include({ snoozeUntil: '2026-11-30T10:01:00.000Z', nextAt: '2026-11-30T10:01:00.000Z' });
    const skipped = invokeCard(await send(cardExecute(Verbs.nudgeSkipToday, {})))!;
    expect(cardTexts(skipped).join('\n')).to.include('No more lessons today. Your next daily lesson: tomorrow at 09:00.');
    const l = await learner();
    expect(l.nudge?.snoozeUntil).to.equal(undefined);
    expect(l.nudge).to.deep.include({ lastDay: '2026-11-30', nextAt: '2026-12-01T09:00:00.000Z' });
  });

  it('"Change time" opens just the time, and saving it changes only the time; the welcome card\'s "Change" opens settings; "No thanks" turns the daily lesson off', async () => {
    const { send, learner } = await installed();
    const timeCard = firstCard(await send(cardSubmit({ verb: Verbs.nudgeTime })))!;
    expect((timeCard.body as any[]).filter((b) => b.type.startsWith('Input.')).map((b) => b.id)).to.deep.equal(['nudgeTime']);
    const before = await learner();
    const save = (timeCard.actions as any[])[0];
    await send(cardExecute(Verbs.saveSettings, { ...save.data, nudgeTime: '18:45' }));
    const after = await learner();
    expect(after.preferences.nudges).to.deep.include({ enabled: true, time: '18:45', days: before.preferences.nudges?.days ?? [1, 2, 3, 4, 5] });
    expect(after.profile).to.deep.equal(before.profile);
    const settings = firstCard(await send(cardSubmit({ verb: Verbs.showSettings })))!;
    expect(JSON.stringify(settings)).to.include('"id":"quietStart"');
    const off = invokeCard(await send(cardExecute(Verbs.nudgesOff, {})))!;
    expect(cardTexts(off).join('\n')).to.include('Daily lessons are off.');
    const l = await learner();
    expect(l.preferences.nudges?.enabled).to.equal(false);
    expect(l.nudge?.nextAt).to.equal(undefined);
    // Having chosen, the learner is not asked again on the welcome card.
    expect(cardTexts(firstCard(await send(personalMessage('hi')))).join('\n')).to.not.include('Make HALI yours');
  });

  it('"No thanks" on the welcome card keeps the role and daily goal chosen on it; a forged role or goal changes nothing', async () => {
    const { send, learner } = await installed();
    const off = invokeCard(await send(cardExecute(Verbs.nudgesOff, { role: 'pharmacist', dailyGoal: 'questions', nudges: 'true', nudgeTime: '09:00' })))!;
    expect(cardTexts(off).join('\n')).to.include('Daily lessons are off.');
    const l = await learner();
    expect(l.profile.role).to.equal('pharmacist');
    expect(l.preferences.dailyGoal).to.equal('questions');
    expect(l.preferences.nudges?.enabled).to.equal(false);
    // Not a role or goal HALI offers: nothing of it is kept, and the daily lesson is still turned off as asked.
    invokeCard(await send(cardExecute(Verbs.nudgesOff, { role: 'consultant-god-mode', dailyGoal: 'questions' })));
    expect((await learner()).profile.role).to.equal('pharmacist');
    invokeCard(await send(cardExecute(Verbs.nudgesOff, { role: 'nurse', dailyGoal: 'ten-lessons' })));
    expect((await learner()).profile.role).to.equal('pharmacist');
    expect((await learner()).preferences.dailyGoal).to.equal('questions');
  });

  it('a Save on an older welcome card, after the daily lesson was chosen on a newer one, changes nothing and says so', async () => {
    const { send, learner } = await installed();
    // Two welcome cards on screen (installed, then "hello"): "No thanks" on the newer, then Save on the older with lessons on.
    invokeCard(await send(cardExecute(Verbs.nudgesOff, { role: 'nurse', dailyGoal: 'lesson' })));
    const stale = invokeCard(await send(cardExecute(Verbs.saveSettings, { form: 'welcome', role: 'doctor', dailyGoal: 'questions', nudges: 'true', nudgeTime: '09:00' })))!;
    expect(cardTexts(stale).join('\n')).to.include('nothing on it was changed');
    const l = await learner();
    expect(l.preferences.nudges?.enabled).to.equal(false);
    expect(l.profile.role).to.equal('nurse');
    expect(l.preferences.dailyGoal).to.equal('lesson');
    // The settings card's own Save still changes them.
    invokeCard(await send(cardExecute(Verbs.saveSettings, { role: 'doctor', nudges: 'true', nudgeTime: '08:00' })));
    expect((await learner()).profile.role).to.equal('doctor');
    expect((await learner()).preferences.nudges?.enabled).to.equal(true);
  });

  it('"pause" stops nudges until "resume"; "pause until <date>" until the end of that day; in Welsh too', async () => {
    const { send, learner } = await installed();
    expect(replyText(await send(personalMessage('pause')))).to.include('paused until you say "resume"');
    expect((await learner()).nudge?.nextAt).to.equal(undefined);
    expect(replyText(await send(personalMessage('resume')))).to.include('Daily lessons are on again. Your next one: today at 09:00.');
    expect(replyText(await send(personalMessage('pause until 2026-12-24')))).to.include('paused until the end of 24 December 2026');
    expect((await learner()).nudge?.nextAt).to.equal('2026-12-25T09:00:00.000Z');
    await send(personalMessage('Cymraeg'));
    expect(replyText(await send(personalMessage('saib tan 31/12/2026')))).to.include('wedi’u hoedi tan ddiwedd 31 Rhagfyr 2026');
    expect(replyText(await send(personalMessage('ailddechrau')))).to.include('Mae’r gwersi dyddiol ymlaen eto');
    expect((await learner()).preferences.nudges?.paused).to.equal(undefined);
  });

  it('reads a pause as people type it: "until Friday", "for a week", "stop", and in Welsh "saib am bythefnos"', async () => {
    // Monday 30 November 2026.
    const { send, learner } = await installed();
    expect(replyText(await send(personalMessage('pause until Friday')))).to.include('paused until the end of 4 December 2026');
    expect((await learner()).nudge?.nextAt).to.equal('2026-12-07T09:00:00.000Z');
    expect(replyText(await send(personalMessage('pause for a week')))).to.include('paused until the end of 6 December 2026');
    expect(replyText(await send(personalMessage('stop reminders')))).to.include('paused until you say "resume"');
    expect((await learner()).preferences.nudges?.paused).to.deep.equal({});
    await send(personalMessage('resume'));
    expect(replyText(await send(personalMessage('unsubscribe')))).to.include('paused until you say "resume"');
    await send(personalMessage('Cymraeg'));
    expect(replyText(await send(personalMessage('saib am bythefnos')))).to.include('wedi’u hoedi tan ddiwedd 13 Rhagfyr 2026');
  });

  it('answers a pause date it cannot read, or one in the past, clearly, and changes nothing', async () => {
    const { send, learner } = await installed();
    const before = await learner();
    for (const text of ['pause until tomorrowish', 'pause until 2026-02-30', 'pause until 31/13/2026']) {
      expect(replyText(await send(personalMessage(text))), text).to.include('I could not read that date, so nothing was changed.');
    }
    // A date gone is said to be gone (outside testing: "until 20 November", a week later, paused until next November).
    for (const text of ['pause until 2025-01-01', 'pause until 20 November', 'saib tan 20 Tachwedd']) {
      expect(replyText(await send(personalMessage(text))), text).to.match(/That date has already passed, so nothing was changed\.|Mae’r dyddiad hwnnw wedi mynd heibio/);
    }
    // Nothing changed but the language last written in (the Welsh pause), which a nudge is written in.
    expect((await learner()).preferences).to.deep.equal({ ...before.preferences, writesIn: 'cy' });
  });

  it('saves days, time zone, quiet hours and a pause from the settings card, and re-plans the nudge', async () => {
    const { send, learner } = await installed();
    const saved = invokeCard(
      await send(cardExecute(Verbs.saveSettings, { nudges: 'true', nudgeTime: '07:00', nudgeDays: '2,4', timeZone: 'Europe/Paris', quietStart: '20:00', quietEnd: '08:00', pauseUntil: '' })),
    )!;
    expect(cardTexts(saved).join('\n')).to.include('Daily lesson: on, at 07:00.');
    const l = await learner();
    expect(l.preferences.timeZone).to.equal('Europe/Paris');
    expect(l.preferences.nudges).to.deep.include({ time: '07:00', days: [2, 4], quietHours: { start: '20:00', end: '08:00' } });
    // 07:00 is in the quiet hours, so Tuesday's nudge comes at 08:00 Paris time (07:00 UTC).
    expect(l.nudge?.nextAt).to.equal('2026-12-01T07:00:00.000Z');
    await send(cardExecute(Verbs.saveSettings, { quietStart: '', quietEnd: '', pauseUntil: '2026-12-10' }));
    const paused = await learner();
    expect(paused.preferences.nudges?.quietHours).to.equal(undefined);
    expect(paused.nudge?.nextAt).to.equal('2026-12-15T06:00:00.000Z');
  });

  it('refuses an unknown time zone, half-set quiet hours or bad days with a clear answer, changing nothing', async () => {
    const { send, learner } = await installed();
    const before = await learner();
    const zone = invokeCard(await send(cardExecute(Verbs.saveSettings, { timeZone: 'Mars/Olympus_Mons', nudgeTime: '10:00' })))!;
    // Card text is escaped for Adaptive Card markdown, hence the "\\_".
    expect(cardTexts(zone).join('\n')).to.include('"Mars/Olympus\\_Mons" is not a time zone I know, so nothing was changed.');
    for (const data of [{ quietStart: '22:00', quietEnd: '' }, { nudgeDays: '' }, { nudgeDays: '0,8' }, { nudgeDays: ['1'] }, { pauseUntil: 'soon' }, { timeZone: 42 }]) {
      const card = invokeCard(await send(cardExecute(Verbs.saveSettings, data)))!;
      expect(cardTexts(card).join('\n'), JSON.stringify(data)).to.include('nothing was changed');
    }
    expect((await learner()).preferences).to.deep.equal(before.preferences);
  });
});

describe('app: one time zone, from the Teams client, chosen from a list', () => {
  it('uses the client zone until the learner saves their own, and shows the same zone on every card', async () => {
    const app = testApp();
    const welcome = cardTexts(firstCard(await app.send({ ...botInstalled(), localTimezone: 'Europe/Dublin' } as Partial<Activity>))).join('\n');
    expect(welcome).to.include('Europe/Dublin time');
    // The client's zone moves (travel, a new laptop): followed while the learner has not chosen.
    await app.send({ ...personalMessage('hi'), localTimezone: 'Europe/Paris' } as Partial<Activity>);
    const settings = firstCard(await app.send(cardSubmit({ verb: Verbs.showSettings })))!;
    const zoneInput = (settings.body as any[]).find((b) => b.id === 'timeZone');
    expect(zoneInput.type).to.equal('Input.ChoiceSet');
    expect(zoneInput.value).to.equal('Europe/Paris');
    // The UK first; the learner's own zone is in the list.
    expect(zoneInput.choices[0].value).to.equal('Europe/London');
    expect(zoneInput.choices.map((c: any) => c.value)).to.include('Europe/Paris');
    expect(JSON.stringify(settings)).to.not.include('"type":"Input.Text","id":"timeZone"');
    // Once the learner saves settings, their choice stands whatever the client says.
    await app.send(cardExecute(Verbs.saveSettings, { timeZone: 'Europe/London', nudges: 'true', nudgeTime: '08:00' }));
    await app.send({ ...personalMessage('hi'), localTimezone: 'Asia/Tokyo' } as Partial<Activity>);
    expect((await storedLearner(app.stores, LEARNER))!.preferences.timeZone).to.equal('Europe/London');
  });

  it('offers one way to set the time on the welcome card', async () => {
    const app = testApp();
    const welcome = firstCard(await app.send(botInstalled()))!;
    const json = JSON.stringify(welcome);
    expect(json.match(/"type":"Input\.Time"/g) ?? []).to.have.length(1);
    expect(json).to.not.include(`"verb":"${Verbs.showSettings}"`);
  });
});
