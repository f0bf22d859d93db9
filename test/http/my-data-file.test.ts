import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { personalMessage } from '../helpers/activities';
import { serverWithConnectorEachTest } from '../helpers/server';

const LEARNER = 'aad-29:user-1';
const CHAT = 'a:personal-29:user-1';

/** Teams' fileConsent/invoke on Allow, with the upload session pointing at the recording stand-in on loopback. */
function accept(serviceUrl: string, context: unknown, options: Parameters<typeof personalMessage>[1] = {}): Partial<Activity> {
  return {
    ...personalMessage('', { serviceUrl, ...options }),
    type: 'invoke',
    name: 'fileConsent/invoke',
    text: undefined,
    value: { type: 'fileUpload', action: 'accept', context, uploadInfo: { name: 'hali-my-data.json', uploadUrl: `${serviceUrl}upload/session-7`, contentUrl: 'https://contoso.sharepoint.com/personal/x/hali-my-data.json', uniqueId: 'file-7', fileType: 'json' } },
  };
}

describe('http: the "my data" file over the real server', function () {
  this.timeout(20_000);
  const each = serverWithConnectorEachTest();

  it('on Allow PUTs the export to the upload URL with Content-Range, then the file card reaches the connector intact', async () => {
    await each.bot.post(personalMessage('hi', { serviceUrl: each.connector.url }));
    const res = await each.bot.post(accept(each.connector.url, { learnerId: LEARNER, conversationId: CHAT }));
    expect(res.status).to.equal(200);
    const puts = each.connector.requests.filter((r) => r.method === 'PUT');
    expect(puts).to.have.length(1);
    expect(puts[0].path).to.equal('/upload/session-7');
    const bytes = Buffer.byteLength(JSON.stringify(puts[0].body, null, 2));
    expect(puts[0].headers['content-range']).to.equal(`bytes 0-${bytes - 1}/${bytes}`);
    expect(puts[0].body.learnerId).to.equal(LEARNER);
    expect(puts[0].body.documents.some((d: { id: string }) => d.id === 'record')).to.equal(true);
    const sent = each.connector.activities().find((a) => a.attachments?.some((x: { contentType: string }) => x.contentType === 'application/vnd.microsoft.teams.card.file.info'));
    expect(sent, 'the file card was posted').to.not.equal(undefined);
    expect(sent.attachments[0]).to.deep.include({ name: 'hali-my-data.json', contentUrl: 'https://contoso.sharepoint.com/personal/x/hali-my-data.json', content: { uniqueId: 'file-7', fileType: 'json' } });
  });

  it('refuses a consent replayed by another user: a clear answer, and nothing uploaded', async () => {
    await each.bot.post(personalMessage('hi', { serviceUrl: each.connector.url }));
    const res = await each.bot.post(accept(each.connector.url, { learnerId: LEARNER, conversationId: CHAT }, { userId: '29:colleague', conversationId: CHAT }));
    expect(res.status).to.equal(200);
    expect(each.connector.requests.filter((r) => r.method === 'PUT')).to.deep.equal([]);
    expect(each.connector.activities().map((a) => a.text).join('\n')).to.include('That file offer was not made to you');
  });
});
