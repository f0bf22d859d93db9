import { expect } from 'chai';
import { personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { seededConversation, seedLearners } from '../helpers/nudges';
import { startTestServer } from '../helpers/server';

const KEY = 'nudge-key-0123456789abcdef';
const LEARNERS = 600;
const MONDAY = '2026-11-30';
const at = (time: string) => new Date(`${MONDAY}T${time}Z`);

describe('http: a busy time is planned ahead, forecast to operations and shown on the settings card', function () {
  this.timeout(60_000);
  let now = at('08:40:00');
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  before(async () => {
    connector = await startRecordingConnector();
    // One send a second: 600 learners who all chose 09:00 (London, which is UTC in November) cannot all have it at 09:00.
    bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY, NUDGE_RATE_PER_SECOND: '1' }, now: () => now });
    await seedLearners(bot.stores, LEARNERS, connector.url, at('06:00:00'));
  });
  after(async () => {
    await bot.close();
    await connector.close();
  });

  const forecast = (key: string | undefined, query = '') =>
    fetch(`${bot.base}/api/nudges/forecast${query}`, { headers: key === undefined ? {} : { 'x-nudge-key': key } });

  it('holds everyone at 08:40 until their place on the plan: sending starts early, one a second, all within 15 minutes', async () => {
    const res = await bot.runNudges(KEY, { at: at('08:40:00').toISOString() });
    expect(await res.json()).to.deep.include({ sent: 0, deferred: LEARNERS });
    const planned: number[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      const learner = (await bot.stores.learners.load(`aad-nudge-${i}`)).learner;
      expect(learner.nudge!.sendFor).to.equal(at('09:00:00').toISOString());
      planned.push(Date.parse(learner.nudge!.sendAt!));
    }
    // The plan: one a second from 08:50 to 09:00. Each learner's place is a daily hash, so the
    // planned instants follow it in distribution (the limiter keeps the sends to the rate).
    expect(Math.min(...planned)).to.be.at.least(at('08:50:00').getTime());
    expect(Math.max(...planned)).to.be.below(at('09:00:01').getTime());
    const firstHalf = planned.filter((t) => t < at('08:55:00').getTime()).length;
    expect(firstHalf).to.be.within(240, 360);
  });

  it('sends, when swept, exactly those whose planned instant has come', async () => {
    const res = await bot.runNudges(KEY, { at: at('08:50:02').toISOString() });
    const summary = (await res.json()) as { sent: number };
    const due: string[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      const learner = (await bot.stores.learners.load(`aad-nudge-${i}`)).learner;
      if (learner.nudge?.lastDay === MONDAY) due.push(seededConversation(i));
    }
    expect(summary.sent).to.be.within(1, 3);
    expect(due).to.have.length(summary.sent);
    expect(connector.activities().map((a) => a.conversation.id).sort()).to.deep.equal(due.sort());
  });

  it('GET /api/nudges/forecast reports each tenant\'s day to a caller with the key, and refuses others', async () => {
    expect((await forecast(undefined)).status).to.equal(401);
    expect((await forecast('wrong')).status).to.equal(401);
    expect((await forecast(KEY, '?day=30/11/2026')).status).to.equal(400);
    // Not a real date (Date.parse rolls 30 February on to 2 March), out of any plan's range, or not one plain "day".
    for (const [query, says] of [
      ['?day=2026-02-30', /real date/],
      ['?day=0000-01-01', /within 366 days/],
      ['?day=9999-12-31', /within 366 days/],
      ['?day[]=1', /"day\[\]" is not a parameter/],
      ['?day=2026-11-27&day=2026-11-28', /more than once/],
    ] as const) {
      const refused = await forecast(KEY, query);
      expect(refused.status, query).to.equal(400);
      expect(((await refused.json()) as any).message, query).to.match(says);
    }
    const res = await forecast(KEY, `?day=${MONDAY}`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as any;
    expect(body.tenants).to.have.length(1);
    const [tenant] = body.tenants;
    expect(tenant).to.deep.include({ learners: LEARNERS, onTime: LEARNERS, onTimeShare: 1, ratePerSecond: 1 });
    expect(tenant.busiest[0]).to.deep.include({ chosenAt: at('09:00:00').toISOString(), learners: LEARNERS });
    expect(Date.parse(tenant.busiest[0].usually.from)).to.be.below(at('08:55:00').getTime());
    expect(((await (await forecast(KEY)).json()) as any).day, 'today by default').to.equal(MONDAY);
    expect(((await (await forecast(KEY, '?day=2026-12-25')).json()) as any)).to.deep.include({ planned: false, tenants: [] });
  });

  it('the settings card says when a lesson at a busy time usually arrives, in English and Welsh', async () => {
    for (const [locale, expected] of [
      ['en-GB', /Busy time: your lesson usually arrives 08:5\d–08:59/],
      ['cy-GB', /Amser prysur: mae’ch gwers fel arfer yn cyrraedd 08:5\d–08:59/],
    ] as const) {
      const before = connector.activities().length;
      await bot.post(personalMessage(locale === 'cy-GB' ? 'gosodiadau' : 'settings', { serviceUrl: connector.url, userId: '29:nudge-7', aadObjectId: 'aad-nudge-7', locale }));
      await connector.waitFor(before + 1);
      const card = connector.activities().at(-1)!.attachments[0].content;
      expect(cardTexts(card).join('\n')).to.match(expected);
    }
    // A learner whose time is not busy sees no such line.
    await bot.stores.learners.update('aad-nudge-8', [(l) => ({ ...l, preferences: { ...l.preferences, nudges: { ...l.preferences.nudges!, time: '14:00' } } })]);
    const before = connector.activities().length;
    await bot.post(personalMessage('settings', { serviceUrl: connector.url, userId: '29:nudge-8', aadObjectId: 'aad-nudge-8' }));
    await connector.waitFor(before + 1);
    expect(cardTexts(connector.activities().at(-1)!.attachments[0].content).join('\n')).to.not.match(/Busy time/);
  });
});
