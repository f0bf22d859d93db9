import { expect } from 'chai';
import { personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { startTestServer } from '../helpers/server';

/**
 * A slow or failing Bot Framework connector. Teams retries a turn it got no answer to within 15 s
 * (and a turn answered 5xx), with the same activity id: the retry must be answered, exactly once.
 */
describe('http: a connector that hangs or fails does not lose the answer', function () {
  // Longer than the turn's deadline (12 s), shorter than Teams' retry window would make sense of.
  this.timeout(15_000);
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  let failing = true;
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  const welcomes = () => connector.activities().filter((a) => a.attachments && cardTexts(a.attachments[0].content).join('\n').includes('Welcome to HALI'));

  it('a connector that never answers: the turn ends inside Teams\' 15 s with a 5xx, and Teams\' retry of it is answered once', async () => {
    failing = true;
    connector = await startRecordingConnector({ hang: () => failing });
    bot = await startTestServer();
    const activity = personalMessage('hi', { serviceUrl: connector.url });
    const first = await bot.post(activity);
    expect(first.status).to.be.at.least(500);
    expect(connector.hung()).to.be.at.least(1);
    expect(bot.logs.lines.some((l) => l.event === 'turn.failed')).to.equal(true);

    failing = false;
    const retry = await bot.post(activity);
    expect(retry.status).to.equal(200);
    const again = await bot.post(activity);
    expect(again.status).to.equal(200);
    expect(welcomes()).to.have.length(1);
  });

  it('a connector answering 500: no 12 s of hidden retries; a 5xx at once, and Teams\' retry is answered once', async () => {
    failing = true;
    connector = await startRecordingConnector({ inject: () => (failing ? { status: 500 } : undefined) });
    bot = await startTestServer();
    const activity = personalMessage('hi', { serviceUrl: connector.url });
    const first = await bot.post(activity);
    expect(first.status).to.be.at.least(500);
    // The welcome and the apology, each tried once: the connector client's own retries are gone.
    expect(connector.answered(500)).to.equal(2);

    failing = false;
    expect((await bot.post(activity)).status).to.equal(200);
    expect((await bot.post(activity)).status).to.equal(200);
    expect(welcomes()).to.have.length(1);
  });

  it('a reply throttled with 429 and Retry-After is sent again after it, within the turn', async () => {
    connector = await startRecordingConnector({ inject: (_body, index) => (index === 0 ? { status: 429, retryAfter: 1 } : undefined) });
    bot = await startTestServer();
    const res = await bot.post(personalMessage('hi', { serviceUrl: connector.url }));
    expect(res.status).to.equal(200);
    expect(connector.answered(429)).to.equal(1);
    expect(welcomes()).to.have.length(1);
  });
});
