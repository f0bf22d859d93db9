import { expect } from 'chai';
import { SECURITY_HEADERS } from '../../bot/server';
import { personalMessage } from '../helpers/activities';
import { withCosmosServer } from '../helpers/cosmos';
import { serverWithConnectorEachTest, startTestServer } from '../helpers/server';
import { startThrottlingProxy } from '../helpers/throttle';

function expectSecurityHeaders(res: Response, what: string): void {
  expect(res.headers.get('x-content-type-options'), what).to.equal('nosniff');
  expect(res.headers.get('strict-transport-security'), what).to.match(/^max-age=\d{7,}/);
  expect(res.headers.get('content-security-policy'), what).to.match(/^default-src 'none'/);
  expect(res.headers.get('referrer-policy'), what).to.equal('no-referrer');
  expect(res.headers.get('x-powered-by'), what).to.equal(null);
  // No product or version in a Server header.
  expect(res.headers.get('server') ?? '', what).to.not.match(/\d|restify|node/i);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${what}: ${name}`).to.equal(value);
}

describe('http: operational basics', () => {
  const each = serverWithConnectorEachTest();

  it('sends the security headers on every response: health, turns, bad requests, oversized bodies and unknown paths', async () => {
    const responses: [string, Response][] = [
      ['GET /healthz', await fetch(`${each.bot.base}/healthz`)],
      ['GET /healthz/ready', await fetch(`${each.bot.base}/healthz/ready`)],
      ['POST a message', await each.bot.post(personalMessage('hi', { serviceUrl: each.connector.url }))],
      ['POST malformed JSON', await each.bot.post('{"type": ')],
      ['POST 300 KB', await each.bot.post({ type: 'message', text: 'x'.repeat(300 * 1024) })],
      ['GET /nope', await fetch(`${each.bot.base}/nope`)],
      ['DELETE /api/messages', await fetch(`${each.bot.base}/api/messages`, { method: 'DELETE' })],
    ];
    expect(responses.map(([what, res]) => `${what} ${res.status}`)).to.deep.equal([
      'GET /healthz 200',
      'GET /healthz/ready 200',
      'POST a message 200',
      'POST malformed JSON 400',
      'POST 300 KB 413',
      'GET /nope 404',
      'DELETE /api/messages 405',
    ]);
    for (const [what, res] of responses) expectSecurityHeaders(res, what);
  });

  it('keeps /healthz a liveness probe with its fields, and reports readiness separately', async () => {
    const live = (await (await fetch(`${each.bot.base}/healthz`)).json()) as Record<string, unknown>;
    expect(Object.keys(live)).to.have.members(['status', 'version', 'store', 'model', 'mentors', 'auth']);
    const ready = await fetch(`${each.bot.base}/healthz/ready`);
    expect(ready.status).to.equal(200);
    expect(await ready.json()).to.deep.equal({ status: 'ready', store: 'sqlite' });
  });

  it('answers 503 on /healthz/ready when the store cannot be read, while /healthz stays 200', async () => {
    await each.bot.stores.documents.close();
    const ready = await fetch(`${each.bot.base}/healthz/ready`);
    expect(ready.status).to.equal(503);
    expect(await ready.json()).to.deep.equal({ status: 'unavailable', store: 'sqlite' });
    expect((await fetch(`${each.bot.base}/healthz`)).status).to.equal(200);
    expect(each.bot.logs.lines.map((l) => l.event)).to.include('health.not_ready');
  });
});

describe('http: readiness proves the store can write', () => {
  const each = serverWithConnectorEachTest();
  it('answers 503 when reads work but every write fails (a read-only or full database)', async () => {
    expect((await fetch(`${each.bot.base}/healthz/ready`)).status).to.equal(200);
    // SQLite refuses every write on this connection from now on, as it does on a full disk or a read-only file.
    (each.bot.stores.documents as unknown as { db: { pragma(text: string): unknown } }).db.pragma('query_only = ON');
    const ready = await fetch(`${each.bot.base}/healthz/ready`);
    expect(ready.status).to.equal(503);
    expect(await ready.json()).to.deep.equal({ status: 'unavailable', store: 'sqlite' });
  });
});

withCosmosServer('http: readiness on Cosmos DB', (cosmos) => {
  it('is ready when the account answers', async () => {
    const bot = await startTestServer({ documents: await cosmos().connect() });
    try {
      const res = await fetch(`${bot.base}/healthz/ready`);
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ status: 'ready', store: 'cosmos' });
    } finally {
      await bot.close();
    }
  });

  it('answers 503 within the bounded wait when every read is throttled (the SDK would retry for longer)', async () => {
    const proxy = await startThrottlingProxy(cosmos().endpoint, { times: -1, retryAfterMs: 1000 });
    const bot = await startTestServer({ documents: await cosmos().connect('ready-throttled', proxy.endpoint) });
    try {
      const res = await fetch(`${bot.base}/healthz/ready`);
      expect(res.status).to.equal(503);
      expect(proxy.throttled()).to.be.greaterThan(0);
      expect((await fetch(`${bot.base}/healthz`)).status).to.equal(200);
    } finally {
      await bot.close();
      await proxy.close();
    }
  });
});
