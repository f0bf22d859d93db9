import { expect } from 'chai';
import { personalMessage } from '../helpers/activities';
import { storedLearner } from '../helpers/app';
import { startTestServer } from '../helpers/server';
import { startTokenIssuer } from '../helpers/tokens';

const BOT_ID = '00000000-0000-4000-8000-0000000000b0';
const SERVICE_URL = 'http://127.0.0.1:9/';

describe('http: inbound authentication when BOT_ID is set', () => {
  let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  before(async () => {
    issuer = await startTokenIssuer();
    bot = await startTestServer({
      env: { BOT_ID, BOT_PASSWORD: 'test-only-not-a-secret', BOT_OPENID_METADATA_URL: issuer.metadataUrl, BOT_TOKEN_ISSUER: issuer.issuer },
    });
  });
  after(async () => {
    await bot.close();
    await issuer.close();
  });

  // An activity type HALI does not answer, so an accepted request needs no outbound token.
  const quiet = () => ({ ...personalMessage('', { serviceUrl: SERVICE_URL, userId: '29:auth' }), type: 'somethingNew', text: undefined });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('accepts a valid Bot Framework token', async () => {
    const res = await bot.post(quiet(), bearer(issuer.token(BOT_ID, SERVICE_URL)));
    expect(res.status).to.equal(200);
  });

  const rejected: [string, () => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    ['a token that is not a JWT', () => bearer('not-a-token')],
    ['an expired token', () => bearer(issuer.token(BOT_ID, SERVICE_URL, { exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 }))],
    ['a token not yet valid', () => bearer(issuer.token(BOT_ID, SERVICE_URL, { nbf: Math.floor(Date.now() / 1000) + 3600 }))],
    ['a token for another bot', () => bearer(issuer.token('someone-else', SERVICE_URL))],
    ['a token from another issuer', () => bearer(issuer.token(BOT_ID, SERVICE_URL, { iss: 'https://evil.example' }))],
    ['a token signed by an unknown key', () => bearer(issuer.token(BOT_ID, SERVICE_URL, {}, issuer.strangerKey()))],
    ['an unsigned token (alg none)', () => bearer(issuer.unsigned(BOT_ID, SERVICE_URL))],
  ];
  for (const [name, headers] of rejected) {
    it(`answers 401 to ${name}, and nothing is stored`, async () => {
      const res = await bot.post({ ...personalMessage('hi', { serviceUrl: SERVICE_URL, userId: '29:intruder' }) }, headers());
      expect(res.status).to.equal(401);
      expect(((await res.json()) as any).error).to.equal('unauthorized');
      expect(await storedLearner(bot.stores, 'aad-29:intruder')).to.equal(undefined);
    });
  }

  it('reports bot-framework auth in /healthz', async () => {
    expect(((await (await fetch(`${bot.base}/healthz`)).json()) as any).auth).to.equal('bot-framework');
  });
});
