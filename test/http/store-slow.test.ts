import { expect } from 'chai';
import { cardExecute, personalMessage } from '../helpers/activities';
import { Verbs } from '../../cards/verbs';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { startTestServer } from '../helpers/server';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { delayedStore } from '../helpers/gated-store';
import { boundedByTurn, TURN_STORE_BUDGET_MS } from '../../bot/store/turn-budget';

/**
 * A slow store and a throttled connector, as an outside probe of failing networks found them. Teams gives a turn 15 s and
 * retries it after that (or after a 5xx) with the same activity id. A store taking seconds an operation once used all of it,
 * so the learner got nothing, or a reply, an apology and the same reply again after Teams' retry.
 */
describe('http: a slow store or a throttled connector still leaves the learner one clear answer', function () {
  this.timeout(30_000);
  const clock = () => new Date('2026-11-27T09:00:00Z');
  let delayMs = 0;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  afterEach(async () => {
    delayMs = 0;
    await bot.close();
    await connector.close();
  });

  /** The real embedded store, each operation held `delayMs` first (a throttled or distant Cosmos DB), bounded as bot/index.ts bounds it. */
  const slowStore = () => boundedByTurn(delayedStore(new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 }), () => delayMs));

  const texts = () => connector.activities().map((a) => (a.attachments ? cardTexts(a.attachments[0].content).join(' | ') : String(a.text ?? '')));

  it('a store taking 4 s an operation: each learner gets the apology in their language inside the turn, answered 200, never twice', async () => {
    connector = await startRecordingConnector();
    bot = await startTestServer({ documents: slowStore(), now: clock });
    delayMs = 4_000;
    const english = personalMessage('progress', { serviceUrl: connector.url, userId: '29:slow-en', aadObjectId: 'aad-slow-en' });
    const welsh = personalMessage('cynnydd', { serviceUrl: connector.url, userId: '29:slow-cy', aadObjectId: 'aad-slow-cy', locale: 'cy-GB' });
    const started = Date.now();
    const answers = await Promise.all([bot.post(english), bot.post(welsh)]);
    const took = Date.now() - started;
    expect(answers.map((a) => a.status)).to.deep.equal([200, 200]);
    // Inside Teams' 15 s and the replies' 12 s: the store's budget ends the turn, and the apology has time to go.
    expect(took).to.be.below(12_000);
    expect(took).to.be.at.least(TURN_STORE_BUDGET_MS - 500);
    expect(texts()).to.have.length(2);
    expect(texts().filter((t) => /Sorry, something went wrong/.test(t))).to.have.length(1);
    expect(texts().filter((t) => /Mae’n ddrwg|Mae'n ddrwg|ddrwg gen i/i.test(t))).to.have.length(1);
    expect(bot.logs.lines.filter((l) => l.event === 'turn.failed').every((l) => JSON.stringify(l).includes('turn_out_of_time'))).to.equal(true);
    expect(bot.logs.lines.some((l) => l.event === 'http.turn_failed')).to.equal(false);

    // The store is quick again and Teams (which got 200) has no reason to retry; if it did, nothing is sent twice.
    delayMs = 0;
    expect((await bot.post(english)).status).to.equal(200);
    expect(texts()).to.have.length(2);
  });

  it('a card action on a store taking 1.5 s an operation is answered by its budget, with the apology card in place of the card', async () => {
    connector = await startRecordingConnector();
    bot = await startTestServer({ documents: slowStore(), now: clock });
    delayMs = 1_500;
    for (const locale of ['en-GB', 'cy-GB']) {
      const started = Date.now();
      const response = await bot.post(cardExecute(Verbs.quizNext, { mentorId: 'hali' }, { serviceUrl: connector.url, userId: `29:invoke-${locale}`, aadObjectId: `aad-invoke-${locale}`, locale }));
      const took = Date.now() - started;
      expect(response.status).to.equal(200);
      // The budget (4.5 s) ends it: unbounded, its operations at 1.5 s each ran past 9 s. (Teams' 5 s is the budget's to keep.)
      expect(took).to.be.below(7_000);
      const body = JSON.stringify(await response.json());
      expect(body).to.match(locale === 'en-GB' ? /Sorry, something went wrong/ : /Mae’n ddrwg gennyf/);
    }
  });

  it('a reply throttled for longer than the turn has: no apology into the pause, a 5xx, and Teams\' retry is answered once', async () => {
    let throttle = true;
    connector = await startRecordingConnector({ inject: () => (throttle ? { status: 429, retryAfter: 20 } : undefined) });
    bot = await startTestServer({ now: clock });
    const activity = personalMessage('progress', { serviceUrl: connector.url, userId: '29:throttled', aadObjectId: 'aad-throttled' });
    const first = await bot.post(activity);
    expect(first.status).to.be.at.least(500);
    // One send tried, refused with 429: no apology was pushed into the pause Teams asked for.
    expect(connector.answered(429)).to.equal(1);
    expect(connector.activities().filter((a) => a.attachments && /Sorry/.test(cardTexts(a.attachments[0].content).join(' ')))).to.have.length(0);

    throttle = false;
    expect((await bot.post(activity)).status).to.equal(200);
    expect((await bot.post(activity)).status).to.equal(200);
    const progress = connector.activities().filter((a) => a.attachments && /Your progress/.test(cardTexts(a.attachments[0].content).join(' ')));
    // Delivered once, by the retry (the throttled attempt was refused).
    expect(progress).to.have.length(1);
    expect(connector.answered(200)).to.equal(1);
  });

  it('a turn that fails after its reply reached the chat is answered 200, so Teams does not send the reply again', async () => {
    // The first reply is accepted; from then on the store takes longer than the turn has left.
    connector = await startRecordingConnector({
      inject: (_body, index) => {
        if (index === 0) delayMs = TURN_STORE_BUDGET_MS + 1_000;
        return undefined;
      },
    });
    bot = await startTestServer({ documents: slowStore(), now: clock });
    const activity = personalMessage('progress', { serviceUrl: connector.url, userId: '29:replied', aadObjectId: 'aad-replied' });
    const first = await bot.post(activity);
    expect(first.status).to.equal(200);
    const failed = bot.logs.lines.filter((l) => l.event === 'turn.failed');
    expect(failed).to.have.length(1);
    expect(JSON.stringify(failed[0])).to.include('"replied":true');
    const before = connector.activities().length;
    delayMs = 0;
    expect((await bot.post(activity)).status).to.equal(200);
    expect(connector.activities()).to.have.length(before);
  });
});
