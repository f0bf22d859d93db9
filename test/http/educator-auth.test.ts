import { expect } from 'chai';
import { FOREIGN_TENANT, startEntraIssuer, TEST_CLIENT_ID, TEST_TENANT } from '../helpers/entra';
import { startTestServer } from '../helpers/server';

/** Every workspace API, with a request that would succeed for an educator. */
const APIS: readonly { method: 'GET' | 'POST'; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/educator/me' },
  { method: 'GET', path: '/api/educator/queue' },
  { method: 'GET', path: '/api/educator/item?key=lesson:hali-what-is-ai' },
  { method: 'POST', path: '/api/educator/decision', body: { key: 'lesson:hali-what-is-ai', role: 'educator', decision: 'approve', hash: 'x' } },
  { method: 'GET', path: '/api/educator/feedback' },
  { method: 'POST', path: '/api/educator/feedback/triage', body: { mentorId: 'hali', id: 'x', verdict: 'fine' } },
  { method: 'POST', path: '/api/educator/feedback/stub', body: { mentorId: 'hali', id: 'x' } },
];

describe('educator workspace: sign-in and roles over HTTP', function () {
  this.timeout(20_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  const call = (api: (typeof APIS)[number], token?: string) =>
    fetch(`${bot.base}${api.path}`, {
      method: api.method,
      headers: { 'content-type': 'application/json', ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
      ...(api.body ? { body: JSON.stringify(api.body) } : {}),
    });

  before(async () => {
    issuer = await startEntraIssuer();
    bot = await startTestServer({ env: issuer.env({ ALLOWED_TENANTS: TEST_TENANT }) });
  });
  after(async () => {
    await bot.close();
    await issuer.close();
  });

  it('refuses every workspace API a token without a workspace role (a learner) with 403, and with no token 401', async () => {
    const learner = issuer.token([]);
    const otherRole = issuer.token(['Learner.ReadWrite']);
    for (const api of APIS) {
      expect((await call(api)).status, `${api.path} without a token`).to.equal(401);
      const refused = await call(api, learner);
      expect(refused.status, `${api.path} with a learner's token`).to.equal(403);
      expect(((await refused.json()) as any).error).to.equal('forbidden');
      expect((await call(api, otherRole)).status, `${api.path} with another app role`).to.equal(403);
    }
  });

  it('answers an educator on every API past the role check (no 401 or 403)', async () => {
    const educator = issuer.token(['Educator', 'WelshReviewer']);
    for (const api of APIS) {
      const status = (await call(api, educator)).status;
      expect([401, 403], `${api.path}`).not.to.include(status);
    }
  });

  it('refuses an application\'s own (app-only) token holding the Educator role with 403 on every API: the workspace acts as a person', async () => {
    const apps = {
      'idtyp app, no oid (the outside probe\'s)': { oid: undefined, idtyp: 'app', scp: undefined, azp: 'cccccccc-0000-0000-0000-000000000000' },
      'idtyp app with the application\'s oid': { idtyp: 'app', scp: undefined },
      'no idtyp claim and no delegated scope (client credentials)': { idtyp: undefined, scp: undefined },
      'a delegated scope but no person\'s oid': { oid: undefined },
    };
    for (const [name, claims] of Object.entries(apps)) {
      const token = issuer.token(['Educator', 'WelshReviewer'], claims);
      for (const api of [...APIS, { method: 'GET' as const, path: '/api/educator/analytics/report' }]) {
        const refused = await call(api, token);
        expect(refused.status, `${name}: ${api.path}`).to.equal(403);
        const body = (await refused.json()) as any;
        expect(body.error).to.equal('forbidden');
        expect(body.message, name).to.match(/application's token, not a person's/);
      }
    }
    expect(await bot.stores.decisions.forMentor('hali'), 'no decision recorded without a person').to.deep.equal([]);
  });

  it('refuses foreign tenants, expired, wrongly signed, unsigned and misaddressed tokens with 401', async () => {
    const me = APIS[0];
    const now = Math.floor(Date.now() / 1000);
    const bad = {
      foreignTenant: issuer.token(['Educator'], { tid: FOREIGN_TENANT }),
      expired: issuer.token(['Educator'], { exp: now - 600, iat: now - 4000, nbf: now - 4000 }),
      issuedInTheFuture: issuer.token(['Educator'], { iat: now + 86_400 * 365 }),
      strangerKey: issuer.token(['Educator'], {}, issuer.strangerKey()),
      otherAudience: issuer.token(['Educator'], { aud: 'api://hali.example.org/someone-else' }),
      otherIssuer: issuer.token(['Educator'], { iss: 'https://login.example.org/evil/v2.0' }),
      unsigned: `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ tid: TEST_TENANT, aud: TEST_CLIENT_ID, roles: ['Educator'], exp: now + 600 })).toString('base64url')}.`,
      garbage: 'not-a-token',
    };
    for (const [name, token] of Object.entries(bad)) expect((await call(me, token)).status, name).to.equal(401);
  });

  it('reads the roles from the token: an educator approves clinically but not for Welsh, and the reverse', async () => {
    const me = (await (await call(APIS[0], issuer.token(['Educator']))).json()) as any;
    expect(me.roles).to.deep.equal(['educator']);
    const item = (await (await call(APIS[2], issuer.token(['Educator']))).json()) as any;
    const decide = (role: string, token: string) => call({ method: 'POST', path: '/api/educator/decision', body: { key: item.key, role, decision: 'approve', hash: item.hash } }, token);
    expect((await decide('welsh-reviewer', issuer.token(['Educator']))).status).to.equal(403);
    expect((await decide('educator', issuer.token(['WelshReviewer']))).status).to.equal(403);
    expect((await decide('educator', issuer.token(['Educator']))).status).to.equal(200);
  });

  it('accepts the bare app id as audience too', async () => {
    expect((await call(APIS[0], issuer.token(['Educator'], { aud: TEST_CLIENT_ID }))).status).to.equal(200);
  });

  it('with BOT_DOMAIN set, accepts an Application ID URI only on HALI\'s own domain', async () => {
    const own = await startTestServer({ env: issuer.env({ ALLOWED_TENANTS: TEST_TENANT, BOT_DOMAIN: 'HALI.example.org' }) });
    try {
      const me = (token: string) => fetch(`${own.base}/api/educator/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
      expect(await me(issuer.token(['Educator']))).to.equal(200);
      expect(await me(issuer.token(['Educator'], { aud: TEST_CLIENT_ID }))).to.equal(200);
      for (const aud of [`api://evil.example.net/${TEST_CLIENT_ID}`, `api://hali.example.org.evil.net/${TEST_CLIENT_ID}`, `api://x/hali.example.org/${TEST_CLIENT_ID}`]) {
        expect(await me(issuer.token(['Educator'], { aud })), aud).to.equal(401);
      }
    } finally {
      await own.close();
    }
  });
});

describe('educator workspace: local mode and not configured', () => {
  it('signs in a local educator with both roles when there is no BOT_ID and no AAD_APP_CLIENT_ID', async () => {
    const bot = await startTestServer();
    try {
      const me = (await (await fetch(`${bot.base}/api/educator/me`)).json()) as any;
      expect(me).to.include({ local: true, name: 'Local educator' });
      expect(me.roles).to.deep.equal(['educator', 'welsh-reviewer']);
    } finally {
      await bot.close();
    }
  });

  it('answers 503 with the setting to fix when BOT_ID is set but the tab has no Entra app', async () => {
    const bot = await startTestServer({ env: { BOT_ID: 'bot-id', BOT_PASSWORD: 'secret' } });
    try {
      const response = await fetch(`${bot.base}/api/educator/me`, { headers: { authorization: 'Bearer x' } });
      expect(response.status).to.equal(503);
      expect(((await response.json()) as any).message).to.include('AAD_APP_CLIENT_ID');
    } finally {
      await bot.close();
    }
  });
});
