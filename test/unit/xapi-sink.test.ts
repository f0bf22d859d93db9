import { expect } from 'chai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import type { OutboxEntry } from '../../bot/reporting/outbox';
import type { SendItem } from '../../bot/reporting/sink';
import { statementId } from '../../bot/reporting/ids';
import { loadConfig } from '../../bot/config';
import { newLearner } from '../../bot/learning/learner';
import { captureLogger } from '../helpers/log';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';

const learner = newLearner('aad-object-1', 'tenant-1', new Date('2026-11-27T09:00:00Z'));

function item(key: string, extra: Record<string, unknown> = {}): SendItem {
  const id = statementId('test', key);
  const entry: OutboxEntry = {
    id,
    to: 'lrs',
    at: '2026-11-27T09:00:00.000Z',
    statement: {
      id,
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
      object: { objectType: 'Activity', id: `urn:hali:lesson/hali/${key}`, definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'en-GB': key } } },
      timestamp: '2026-11-27T09:00:00.000Z',
      ...extra,
    },
  };
  return { entry, learner };
}

function sink(lrs: LrsStandIn, env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', XAPI_ENDPOINT: lrs.url, XAPI_USERNAME: 'key', XAPI_PASSWORD: 'secret', ...env });
  return new XapiSink(config.reporting.xapi!, captureLogger().log, 1_000);
}

/** A raw request to the stand-in, to check it keeps the statements resource as the spec says. */
async function raw(lrs: LrsStandIn, method: string, path: string, body?: unknown, version: string | null = '1.0.3') {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(version ? { 'X-Experience-API-Version': version } : {}) };
  const response = await fetch(new URL(path, lrs.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, version: response.headers.get('x-experience-api-version'), body: await response.text() };
}

describe('xAPI: the LRS stand-in keeps the statements resource, and the LRS adapter copes with it', () => {
  let lrs: LrsStandIn;
  beforeEach(async () => {
    lrs = await startLrs({ basic: { username: 'key', password: 'secret' } });
  });
  afterEach(() => lrs.close());

  const statement = (key: string) => ({ ...item(key).entry.statement, actor: { objectType: 'Agent', account: { homePage: 'https://login.microsoftonline.com/t/', name: 'x' } } });

  it('stand-in: PUT 204, same statement again 204 and stored once, different content 409; the version header both ways', async () => {
    const open = await startLrs();
    try {
      const s = statement('put');
      const first = await raw(open, 'PUT', `statements?statementId=${s.id}`, s);
      expect(first.status).to.equal(204);
      expect(first.version).to.equal('1.0.3');
      expect((await raw(open, 'PUT', `statements?statementId=${s.id}`, s)).status).to.equal(204);
      expect((await raw(open, 'PUT', `statements?statementId=${s.id}`, { ...s, timestamp: '2026-11-28T00:00:00.000Z' })).status).to.equal(409);
      expect(open.stored.size).to.equal(1);
      expect((await raw(open, 'POST', 'statements', [s, s])).status).to.equal(400);
      expect((await raw(open, 'POST', 'statements', [s], null)).status).to.equal(400);
      expect((await raw(open, 'POST', 'statements', [s], '1.1.0')).status).to.equal(400);
      const posted = await raw(open, 'POST', 'statements', [s, statement('other')]);
      expect(posted.status).to.equal(200);
      expect(JSON.parse(posted.body)).to.deep.equal([s.id, statement('other').id]);
      expect(open.counts.duplicates).to.equal(2);
    } finally {
      await open.close();
    }
  });

  it('adapter: sends a batch with basic auth and the version header; a resend is a harmless duplicate', async () => {
    const lrsSink = sink(lrs);
    const batch = [item('a'), item('b'), item('c')];
    expect(await lrsSink.send(batch)).to.deep.equal({ ok: true, refused: new Set() });
    expect(await lrsSink.send(batch)).to.deep.equal({ ok: true, refused: new Set() });
    expect(lrs.stored.size).to.equal(3);
    expect(lrs.counts.duplicates).to.equal(3);
    expect(lrs.versionsSeen.every((v) => v === '1.0.3')).to.equal(true);
  });

  it('adapter: a batch refused whole for an id the LRS holds (409) is split; that statement is held, so it counts as accepted and the rest go', async () => {
    const lrsSink = sink(lrs);
    await lrsSink.send([item('clash')]);
    const changed = item('clash', { timestamp: '2026-12-01T00:00:00.000Z' });
    const result = await lrsSink.send([item('one'), changed, item('two')]);
    // The LRS keeps the statement it has under that id (Communication 2.1.2): HALI's, so it is voided on erasure like the others.
    expect(result).to.deep.equal({ ok: true, refused: new Set() });
    expect(lrs.stored.size).to.equal(3);
    expect(lrs.stored.get(changed.entry.id)!.timestamp).to.equal('2026-11-27T09:00:00.000Z');
  });

  it('adapter: a resend after a lost answer counts as accepted when the LRS answers 409 for ids it already holds', async () => {
    const strict = await startLrs({ conflictOnDuplicate: true });
    try {
      const lrsSink = sink(strict);
      const batch = [item('a'), item('b'), item('c')];
      expect(await lrsSink.send(batch)).to.deep.equal({ ok: true, refused: new Set() });
      // The same batch again, as after a timeout: 409 for the batch, then for each id alone.
      expect(await lrsSink.send(batch)).to.deep.equal({ ok: true, refused: new Set() });
      expect(strict.stored.size).to.equal(3);
    } finally {
      await strict.close();
    }
  });

  it('adapter: halves a batch the LRS finds too large (413) until it fits, and refuses for good only a statement too large alone', async () => {
    const limited = await startLrs({ maxStatements: 3, maxStatementBytes: 2_000 });
    try {
      const lrsSink = sink(limited);
      const huge = item('huge', { result: { response: 'x'.repeat(3_000) } });
      const batch = [...Array.from({ length: 7 }, (_, i) => item(`fits-${i}`)), huge, item('after')];
      // Before, the batch of nine was sent again and again, and every later statement waited behind it.
      expect(await lrsSink.send(batch)).to.deep.equal({ ok: true, refused: new Set([huge.entry.id]) });
      expect(limited.stored.size).to.equal(8);
      expect(limited.stored.has(item('after').entry.id)).to.equal(true);
    } finally {
      await limited.close();
    }
  });

  it('adapter: outage, 503 and 429 are values to retry later, with Retry-After honoured', async () => {
    const lrsSink = sink(lrs);
    lrs.mode = 'down';
    expect(await lrsSink.send([item('a')])).to.include({ ok: false, reason: 'unreachable' });
    lrs.mode = 'throttle';
    lrs.retryAfterSeconds = 30;
    expect(await lrsSink.send([item('a')])).to.deep.equal({ ok: false, reason: 'http_429', retryAfterMs: 30_000 });
    lrs.mode = 'error';
    expect(await lrsSink.send([item('a')])).to.include({ ok: false, reason: 'http_503' });
    lrs.mode = 'up';
    lrs.delayMs = 1_500;
    expect(await lrsSink.send([item('a')])).to.include({ ok: false, reason: 'timeout' });
  });

  it('adapter: names the learner by account by default, and by work email only with XAPI_ACTOR=mbox', async () => {
    await sink(lrs).send([item('acct')]);
    expect(lrs.stored.get(item('acct').entry.id)!.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: 'https://login.microsoftonline.com/tenant-1/', name: 'aad-object-1' } });
    const withEmail = { ...item('mail'), learner: { ...learner, profile: { email: 'sam@example.nhs.uk' } } };
    await sink(lrs, { XAPI_ACTOR: 'mbox' }).send([withEmail]);
    expect(lrs.stored.get(withEmail.entry.id)!.actor).to.deep.equal({ objectType: 'Agent', mbox: 'mailto:sam@example.nhs.uk' });
  });

  it('adapter: wrong credentials are a failure to retry, not a silent drop', async () => {
    expect(await sink(lrs, { XAPI_PASSWORD: 'wrong' }).send([item('a')])).to.include({ ok: false, reason: 'http_401' });
    expect(lrs.stored.size).to.equal(0);
  });

  it('adapter: speaks 2.0.0 only where the LRS says so in /about', async () => {
    const modern = await startLrs({ versions: ['1.0.3', '2.0.0'] });
    try {
      await sink(modern).send([item('v2')]);
      expect(modern.versionsSeen).to.deep.equal(['2.0.0']);
      await sink(lrs).send([item('v1')]);
      expect(lrs.versionsSeen).to.deep.equal(['1.0.3']);
    } finally {
      await modern.close();
    }
  });

  it('adapter: an OAuth 2.0 client gets a token (client credentials) and sends it as a bearer token, once per token lifetime', async () => {
    const grants: URLSearchParams[] = [];
    const idp = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        grants.push(new URLSearchParams(body));
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'lrs-token', token_type: 'Bearer', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const secured = await startLrs({ bearer: 'lrs-token' });
    try {
      const tokenUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/token`;
      const lrsSink = sink(secured, { XAPI_USERNAME: '', XAPI_PASSWORD: '', XAPI_OAUTH_TOKEN_URL: tokenUrl, XAPI_CLIENT_ID: 'hali', XAPI_CLIENT_SECRET: 'shh' });
      expect(await lrsSink.send([item('o1')])).to.deep.equal({ ok: true, refused: new Set() });
      expect(await lrsSink.send([item('o2')])).to.deep.equal({ ok: true, refused: new Set() });
      expect(secured.stored.size).to.equal(2);
      expect(grants).to.have.length(1);
      expect(Object.fromEntries(grants[0])).to.deep.equal({ grant_type: 'client_credentials', client_id: 'hali', client_secret: 'shh' });
    } finally {
      await secured.close();
      idp.close();
    }
  });
});
