import { expect } from 'chai';
import { request } from 'node:https';
import { vivaCredential } from '../../bot/viva';
import { VivaGraph } from '../../bot/viva/graph';
import { TENANT } from '../helpers/activities';
import { testApp } from '../helpers/app';
import { GRAPH_SCOPE, startEntraTokens, trustLoopbackCertificateInSuite, type EntraTokens } from '../helpers/entra-token';
import { startGraph, type GraphStandIn } from '../helpers/graph-stand-in';

const CLIENT_ID = 'aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb';
/** A made-up client secret for the loopback token endpoint; not a secret. */
const SECRET = 'stand-in-client-secret';

/** A plain HTTPS GET to the Graph stand-in with this Authorization header (or none). */
function getStatus(url: string, authorization?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', rejectUnauthorized: false, headers: authorization ? { authorization } : {} }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Viva Learning sign-in: the real ClientSecretCredential against a stand-in Entra ID token endpoint', function () {
  this.timeout(60_000);
  let entra: EntraTokens;
  let graph: GraphStandIn;
  trustLoopbackCertificateInSuite();
  beforeEach(async () => {
    entra = await startEntraTokens({ tenantId: TENANT, clientId: CLIENT_ID, secret: SECRET });
    graph = await startGraph({ checkToken: entra.check });
  });
  afterEach(() => Promise.all([graph.close(), entra.close()]));

  const credential = (secret = SECRET, clientId = CLIENT_ID) => {
    const env = { VIVA_TENANT_ID: TENANT, VIVA_PROVIDER_ID: 'p-1', VIVA_CLIENT_ID: clientId, VIVA_CLIENT_SECRET: secret, VIVA_AUTHORITY_HOST: entra.authorityHost, GRAPH_BASE_URL: graph.url, BOT_ID: 'hali-bot-id', BOT_PASSWORD: 'x' };
    return vivaCredential(testApp({ env }).deps.config.reporting.viva!);
  };
  const register = (graphClient: VivaGraph) => graphClient.registerProvider({ displayName: 'HALI', logoUrl: 'https://hali.example.nhs.uk/logo.png' });

  it('the Graph stand-in refuses a missing, unknown or expired token with 401', async () => {
    const url = `${graph.url}/v1.0/employeeExperience/learningProviders/x/learningContents`;
    expect(await getStatus(url)).to.equal(401);
    expect(await getStatus(url, 'Bearer not-a-token-entra-issued')).to.equal(401);
    expect(await getStatus(url, `Bearer ${entra.expiredToken()}`)).to.equal(401);
    expect(graph.refusedTokens).to.deep.equal(['missing', 'unknown', 'expired']);
  });

  it('signs in with the client id, secret and the Graph scope, and reuses the token while it is fresh', async () => {
    const token = await credential().getToken(GRAPH_SCOPE);
    expect(entra.check(`Bearer ${token!.token}`)).to.equal('valid');
    const client = new VivaGraph({ credential: credential(), baseUrl: graph.url });
    const providerId = await register(client);
    await client.contentIds(providerId);
    await client.contentIds(providerId);
    // One token for the first credential, one for the second; three Graph calls on the second's one.
    expect(entra.counts.tokens).to.equal(2);
    expect(graph.counts.unauthorised).to.equal(0);
  });

  it('asks for a new token when the old one expires, and Graph accepts the new one', async () => {
    // MSAL renews a token five minutes before it expires: a 302-second token is fresh for about 2 s.
    entra.lifetimeSeconds = 302;
    const client = new VivaGraph({ credential: credential(), baseUrl: graph.url });
    const providerId = await register(client);
    await client.contentIds(providerId);
    expect(entra.counts.tokens).to.equal(1);
    // MSAL counts in whole seconds: 3.5 s is past the renewal point whatever fraction of a second it started at.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await client.contentIds(providerId);
    expect(entra.counts.tokens).to.equal(2);
    expect(graph.counts.unauthorised).to.equal(0);
  });

  it('a wrong secret or an unknown app is refused by the token endpoint with Entra\'s own error', async () => {
    const wrongSecret = await credential('wrong-secret').getToken(GRAPH_SCOPE).then(() => 'signed in', (error: Error) => `${error.name}: ${error.message}`);
    expect(wrongSecret).to.match(/^Authentication\w*Error: .*AADSTS7000215: Invalid client secret/s);
    const unknownApp = await credential(SECRET, '00000000-0000-0000-0000-000000000000').getToken(GRAPH_SCOPE).then(() => 'signed in', (error: Error) => error.message);
    expect(unknownApp).to.include('AADSTS700016');
    expect(entra.counts.tokens).to.equal(0);
    expect(graph.counts.requests).to.equal(0);
  });

  it('asks only for the Graph scope: another scope is refused', async () => {
    const other = await credential().getToken('https://management.azure.com/.default').then(() => 'signed in', (error: Error) => error.message);
    expect(other).to.include('AADSTS1002012');
  });
});
