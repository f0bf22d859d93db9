import { expect } from 'chai';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, testApp } from '../helpers/app';

const LEARNER = 'aad-29:user-1';
/** Teams with an authenticated connection: the file flow is on (the playground's local mode has none). */
const TEAMS = { BOT_ID: '00000000-0000-4000-8000-00000000b07', BOT_PASSWORD: 'test-password-not-secret' };

/** A stand-in for the OneDrive upload session Teams hands the bot: records each PUT. */
async function uploadStandIn() {
  const puts: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      puts.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload/session-1`;
  return { url, puts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Teams' fileConsent/invoke for the offered card, as it arrives when the user presses Allow or Decline. */
function consentInvoke(action: 'accept' | 'decline', context: unknown, uploadUrl: string, options: Parameters<typeof personalMessage>[1] = {}): Partial<Activity> {
  return {
    ...personalMessage('', options),
    type: 'invoke',
    name: 'fileConsent/invoke',
    text: undefined,
    value: { type: 'fileUpload', action, context, uploadInfo: { name: 'hali-my-data.json', uploadUrl, contentUrl: 'https://contoso.sharepoint.com/personal/x/hali-my-data.json', uniqueId: 'file-1', fileType: 'json' } },
  };
}

const said = (activities: Partial<Activity>[]) => activities.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n');

describe('app: "my data" in Teams is a summary card and a JSON file the learner accepts', function () {
  this.timeout(20_000);
  let upload: Awaited<ReturnType<typeof uploadStandIn>>;
  beforeEach(async () => (upload = await uploadStandIn()));
  afterEach(() => upload.close());

  async function offered() {
    const app = testApp({ env: TEAMS });
    await app.send(personalMessage('what is automation bias?'));
    const replies = await app.send(personalMessage('my data'));
    const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    return { app, replies, consent };
  }

  it('sends the summary card and a file consent card instead of raw JSON; accepting uploads exactly the export, then shows the file card', async () => {
    const { app, replies, consent } = await offered();
    expect(cardTexts(firstCard(replies)).join('\n')).to.include('press Allow on the card below');
    expect(said(replies)).to.not.include('```json');
    expect(consent.name).to.match(/^hali-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const content = consent.content as Record<string, any>;
    expect(content.acceptContext).to.deep.include({ learnerId: LEARNER });

    const accepted = await app.send(consentInvoke('accept', content.acceptContext, upload.url));
    expect(accepted.find((a) => a.type === 'invokeResponse')!.value.status).to.equal(200);
    expect(upload.puts).to.have.length(1);
    const [put] = upload.puts;
    expect(put.url).to.equal('/upload/session-1');
    const bytes = Buffer.byteLength(put.body);
    expect(put.headers['content-range']).to.equal(`bytes 0-${bytes - 1}/${bytes}`);
    const data = JSON.parse(put.body);
    expect(data.learnerId).to.equal(LEARNER);
    expect(data.documents.map((d: { container: string }) => d.container)).to.include.members(['learners', 'state']);
    const record = data.documents.find((d: { id: string }) => d.id === 'record');
    expect(record.value.id).to.equal(LEARNER);
    expect(put.body).to.not.include('29:colleague');
    expect(content.sizeInBytes).to.be.closeTo(bytes, 2000);
    const info = accepted.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info')!;
    expect(info).to.deep.include({ name: 'hali-my-data.json', contentUrl: 'https://contoso.sharepoint.com/personal/x/hali-my-data.json' });
    expect(info.content).to.deep.equal({ uniqueId: 'file-1', fileType: 'json' });
    expect(said(accepted)).to.include('Here is your data file.');
  });

  it('declining sends a polite note and uploads nothing, in Welsh for a Welsh learner', async () => {
    const { app, consent } = await offered();
    await app.send(personalMessage('Cymraeg'));
    const declined = await app.send(consentInvoke('decline', (consent.content as any).declineContext, upload.url, { locale: 'cy-GB' }));
    expect(said(declined)).to.include('Dim problem: ni anfonwyd ffeil.');
    expect(upload.puts).to.deep.equal([]);
  });

  it('refuses a forged or replayed consent from another user, another chat or with no context, and uploads nothing', async () => {
    const { app, consent } = await offered();
    const context = (consent.content as any).acceptContext;
    const attempts = [
      consentInvoke('accept', context, upload.url, { userId: '29:colleague' }),
      consentInvoke('accept', { ...context, learnerId: 'aad-29:colleague' }, upload.url, { userId: '29:colleague' }),
      consentInvoke('accept', context, upload.url, { conversationId: 'a:personal-elsewhere' }),
      consentInvoke('accept', undefined, upload.url),
      consentInvoke('accept', context, 'file:///etc/passwd'),
    ];
    for (const attempt of attempts) {
      const replies = await app.send(attempt);
      expect(replies.find((a) => a.type === 'invokeResponse')!.value.status).to.equal(200);
      expect(said(replies), JSON.stringify(attempt.value)).to.include('That file offer was not made to you, or not in this chat, so nothing was sent.');
    }
    // In a group chat, even the learner's own consent is refused.
    const group = { ...consentInvoke('accept', context, upload.url), conversation: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true } as Activity['conversation'] };
    expect(said(await app.send(group))).to.include('nothing was sent');
    expect(upload.puts).to.deep.equal([]);
  });

  it('says so when the upload fails', async () => {
    const { app, consent } = await offered();
    await upload.close();
    const replies = await app.send(consentInvoke('accept', (consent.content as any).acceptContext, upload.url));
    expect(said(replies)).to.include('I could not upload your data file just now.');
    upload = await uploadStandIn();
  });
});
