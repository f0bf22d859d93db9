import { expect } from 'chai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { personalMessage } from '../helpers/activities';
import { storedLearner } from '../helpers/app';
import { startTestServer } from '../helpers/server';

/** A connector stand-in that also answers Teams' "get member" (GET /v3/conversations/{id}/members/{userId}). */
async function connectorWithMembers(email: string | undefined) {
  const lookups: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.method === 'GET' && /\/members\//.test(req.url ?? '')) {
        lookups.push(req.url ?? '');
        res.end(JSON.stringify({ id: '29:mail-1', name: 'Sam Nurse', aadObjectId: 'aad-29:mail-1', ...(email ? { email, userPrincipalName: email } : {}) }));
      } else res.end(JSON.stringify({ id: 'sent' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, lookups, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('http: the work email for xAPI mbox actors, asked of Teams once', function () {
  this.timeout(20_000);

  it('with XAPI_ACTOR=mbox, keeps the member\'s email from Teams after one look-up', async () => {
    const connector = await connectorWithMembers('Sam.Nurse@Example.NHS.uk');
    const bot = await startTestServer({ env: { XAPI_ENDPOINT: 'http://127.0.0.1:9/xapi/', XAPI_ACTOR: 'mbox' } });
    try {
      await bot.post(personalMessage('hi', { userId: '29:mail-1', serviceUrl: connector.url }));
      await bot.post(personalMessage('progress', { userId: '29:mail-1', serviceUrl: connector.url }));
      expect((await storedLearner(bot.stores, 'aad-29:mail-1'))!.profile.email).to.equal('sam.nurse@example.nhs.uk');
      expect(connector.lookups).to.have.length(1);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('asks nothing where learners are named by account (the default), and keeps nothing that is not an email', async () => {
    const connector = await connectorWithMembers('not an email');
    const byAccount = await startTestServer({ env: { XAPI_ENDPOINT: 'http://127.0.0.1:9/xapi/' } });
    const byMail = await startTestServer({ env: { XAPI_ENDPOINT: 'http://127.0.0.1:9/xapi/', XAPI_ACTOR: 'mbox' } });
    try {
      await byAccount.post(personalMessage('hi', { userId: '29:mail-1', serviceUrl: connector.url }));
      expect(connector.lookups).to.have.length(0);
      await byMail.post(personalMessage('hi', { userId: '29:mail-1', serviceUrl: connector.url }));
      expect(connector.lookups).to.have.length(1);
      expect((await storedLearner(byMail.stores, 'aad-29:mail-1'))!.profile.email).to.equal(undefined);
    } finally {
      await byAccount.close();
      await byMail.close();
      await connector.close();
    }
  });
});
