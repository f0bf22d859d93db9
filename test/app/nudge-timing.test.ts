import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { earliestSendAt } from '../../bot/learning/nudge-plan';
import type { Learner } from '../../bot/learning/learner';
import { londonLocal, nudgeWorld } from '../helpers/nudge-world';

const EVERY_DAY = '1,2,3,4,5,6,7';
type World = Awaited<ReturnType<typeof nudgeWorld>>;
const sendsTo = (w: World, n: number) => w.sentTo(n).map((s) => s.at);
const notice = (w: World, replies: Awaited<ReturnType<World['execute']>>) => w.texts(w.invokeCard(replies)).join('\n');

/** The ways an outside probe of nudge timing found a learner missing a lesson, or getting one they should not. */
describe('app: nudge timing a learner relies on (snooze, quiet hours, "forget me", clock changes, time zones)', () => {
  it('a late nudge snoozed past midnight comes back after midnight, and the next evening still gets its own nudge', async () => {
    const w = await nudgeWorld('2026-11-30T12:00:00Z');
    await w.install(1);
    await w.settings(1, { nudges: 'true', nudgeTime: '23:00', nudgeDays: EVERY_DAY, timeZone: 'Europe/London' });
    w.setNow('2026-11-30T22:00:00Z');
    await w.runUntil('2026-11-30T23:10:00Z');
    expect(notice(w, await w.execute(1, Verbs.nudgeSnooze, {}))).to.include('Snoozed. I will send it again at 00:10.');
    await w.runUntil('2026-12-02T00:00:00Z');
    // Monday 23:00, the snooze at Tuesday 00:10, and Tuesday's own 23:00 (before, Tuesday's was taken by the snooze).
    expect(sendsTo(w, 1)).to.deep.equal(['2026-11-30T23:00:00.000Z', '2026-12-01T00:10:00.000Z', '2026-12-01T23:00:00.000Z']);
  });

  for (const [language, expected] of [
    ['en', 'Snoozed. An hour from now is in your quiet hours, so I will send it again when they end, at 07:00.'],
    ['cy', "Iawn. Mae awr o nawr yn eich oriau tawel, felly byddaf yn ei hanfon eto pan fyddan nhw'n dod i ben, am 07:00."],
  ] as const) {
    it(`a snooze that would fall in quiet hours comes when they end, and says so (${language})`, async () => {
      const w = await nudgeWorld('2026-11-30T12:00:00Z');
      await w.install(2, 'Europe/London', language === 'cy' ? 'cy-GB' : 'en-GB');
      await w.settings(2, { nudges: 'true', nudgeTime: '21:30', nudgeDays: EVERY_DAY, timeZone: 'Europe/London', quietStart: '22:00', quietEnd: '07:00', language });
      w.setNow('2026-11-30T21:00:00Z');
      await w.runUntil('2026-11-30T21:35:00Z');
      expect(notice(w, await w.execute(2, Verbs.nudgeSnooze, {}))).to.include(expected);
      await w.runUntil('2026-12-01T22:00:00Z');
      // Before, the snooze was promised for 22:35, skipped for the quiet hours, and thrown away.
      expect(sendsTo(w, 2)).to.deep.equal(['2026-11-30T21:30:00.000Z', '2026-12-01T07:00:00.000Z', '2026-12-01T21:30:00.000Z']);
    });
  }

  it('sends nothing to a learner who says "forget me" while the sweep waits for the tenant\'s send slot', async () => {
    const w = await nudgeWorld('2026-11-30T06:00:00Z', { rate: 1000, limiterRate: 2 });
    for (let n = 1; n <= 8; n++) await w.install(n);
    await w.runUntil('2026-11-30T08:59:00Z');
    w.setNow('2026-11-30T09:00:05Z');
    const sweep = w.sweep();
    // Two sends a second: learner 8 waits about three seconds for a slot.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const confirm = w.firstCard(await w.say(8, 'forget me'));
    let submit: Record<string, unknown> | undefined;
    JSON.stringify(confirm, (_key, value) => {
      if (value && typeof value === 'object' && value.verb === Verbs.confirmForget) submit = value.data ?? value;
      if (value && typeof value === 'object' && value.data?.verb === Verbs.confirmForget) submit = value.data;
      return value;
    });
    expect(submit, 'the confirmation card').to.not.equal(undefined);
    expect(w.sent.length, 'erased while others were still being sent').to.be.below(8);
    await w.execute(8, Verbs.confirmForget, submit!);
    await sweep;
    expect(w.sentTo(8)).to.deep.equal([]);
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => w.sentTo(n).length)).to.deep.equal([1, 1, 1, 1, 1, 1, 1]);
    expect(await w.app.stores.claims.get('aad-29:u-8', '2026-11-30')).to.equal(undefined);
  });

  it('never lets a busy tenant send Sunday\'s nudge on Saturday night when the clocks go forward (02:30 is 90 minutes after midnight)', () => {
    const learner = (nextAt: string, zone = 'Europe/London') => ({ nudge: { nextAt }, preferences: { timeZone: zone, nudges: { enabled: true, time: '01:30' } } }) as unknown as Learner;
    // 01:30 does not exist on 28 March 2027: the nudge is due at 02:30 BST (01:30Z); local midnight was 00:00Z.
    expect(new Date(earliestSendAt(learner('2027-03-28T01:30:00.000Z'))!).toISOString()).to.equal('2027-03-28T00:00:00.000Z');
    // An ordinary day: up to two hours early, and not before midnight.
    expect(new Date(earliestSendAt(learner('2027-03-29T00:30:00.000Z'))!).toISOString()).to.equal('2027-03-28T23:00:00.000Z');
    expect(new Date(earliestSendAt(learner('2026-11-30T09:00:00.000Z'))!).toISOString()).to.equal('2026-11-30T07:00:00.000Z');
    // When the clocks go back, 01:30 BST comes 90 minutes after midnight as well.
    expect(new Date(earliestSendAt(learner('2027-10-31T00:30:00.000Z'))!).toISOString()).to.equal('2027-10-30T23:00:00.000Z');
  });

  it('keeps a time zone from the Teams client as one zone, however it is capitalised', async () => {
    const w = await nudgeWorld('2026-11-30T08:00:00Z');
    for (const [n, zone] of [[1, 'europe/london'], [2, 'EUROPE/LONDON'], [3, 'utc'], [4, 'america/new_york']] as const) await w.install(n, zone);
    expect((await w.learner(1)).preferences.timeZone).to.equal('Europe/London');
    expect((await w.learner(2)).preferences.timeZone).to.equal('Europe/London');
    expect((await w.learner(3)).preferences.timeZone).to.equal('UTC');
    expect((await w.learner(4)).preferences.timeZone).to.equal('America/New_York');
    expect(londonLocal((await w.learner(4)).nudge!.nextAt!, 'America/New_York')).to.match(/^30\/11\/2026, 09:00/);
  });
});
