import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { serverWithConnectorEachTest } from '../helpers/server';

describe('http: the bot server on loopback', () => {
  const each = serverWithConnectorEachTest();

  it('GET /healthz reports version, store, model and mentors', async () => {
    const res = await fetch(`${each.bot.base}/healthz`);
    expect(res.status).to.equal(200);
    expect((await res.json()) as any).to.deep.equal({ status: 'ok', version: 'test', store: 'sqlite', model: 'offline', mentors: ['hali', 'gwen'], auth: 'local' });
  });

  it('replies to "hi" through the connector at the activity\'s serviceUrl, in the same conversation', async () => {
    const activity = personalMessage('hi', { serviceUrl: each.connector.url });
    const res = await each.bot.post(activity);
    expect(res.status).to.equal(200);
    await each.connector.waitFor(1);
    const [request] = each.connector.requests;
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`/v3/conversations/${encodeURIComponent(activity.conversation!.id)}/activities/${encodeURIComponent(activity.id!)}`);
    expect(request.body.replyToId).to.equal(activity.id);
    expect(cardTexts(request.body.attachments[0].content).join('\n')).to.include('Welcome to HALI');
  });

  it('answers a question with the mentor card and its sources', async () => {
    await each.bot.post(personalMessage('Can I put patient information into ChatGPT?', { serviceUrl: each.connector.url }));
    await each.connector.waitFor(1);
    const texts = cardTexts(each.connector.activities()[0].attachments[0].content).join('\n');
    expect(texts).to.include('Do not put patient-identifiable information');
    expect(texts).to.include('https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/artificial-intelligence/');
    // The citations reach Teams whole (botbuilder's serialiser keeps them); an offline answer is authored, so no AI label.
    const label = each.connector.activities()[0].entities.find((e: any) => e.type === 'https://schema.org/Message');
    expect(label).to.not.have.property('additionalType');
    expect(label.citation[0].appearance.url).to.equal('https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/artificial-intelligence/');
  });

  it('returns the refreshed card as the invoke response of an Action.Execute', async () => {
    const res = await each.bot.post(cardExecute(Verbs.setLanguage, { language: 'cy' }, { serviceUrl: each.connector.url }));
    expect(res.status).to.equal(200);
    const body = (await res.json()) as any;
    expect(body.type).to.equal('application/vnd.microsoft.card.adaptive');
    expect(cardTexts(body.value).join('\n')).to.include('Croeso i HALI');
    expect(each.connector.activities()).to.deep.equal([]);
  });

  it('answers malformed JSON with 400 and stays up', async () => {
    const res = await each.bot.post('{"type": "message", ');
    expect(res.status).to.equal(400);
    expect((await fetch(`${each.bot.base}/healthz`)).status).to.equal(200);
  });

  it('answers a body that is not an activity with 400 and a clear message', async () => {
    for (const body of ['[1,2]', '"hello"', '{}', '{"type": 7}', '{"text": "hi"}', 'null']) {
      const res = await each.bot.post(body);
      expect(res.status, body).to.equal(400);
      expect(((await res.json()) as any).message, body).to.match(/must be a Bot Framework activity/);
    }
    expect(each.connector.requests).to.deep.equal([]);
  });

  it('answers an activity whose text fields are objects or arrays with 400, not a 500 that Teams would retry', async () => {
    const good = personalMessage('hi', { serviceUrl: each.connector.url }) as any;
    const odd = [
      { ...good, channelId: { a: 1 } },
      { ...good, locale: ['en-GB'] },
      { ...good, text: { hi: true } },
      { ...good, conversation: { ...good.conversation, conversationType: { a: 1 } } },
      { ...good, conversation: { ...good.conversation, tenantId: [1] } },
      { ...good, from: { ...good.from, aadObjectId: { id: 'x' } } },
      { ...good, channelData: 'tenant' },
      { ...good, recipient: [1] },
    ];
    for (const body of odd) {
      const res = await each.bot.post(body);
      expect(res.status, JSON.stringify(body).slice(0, 120)).to.equal(400);
      expect(((await res.json()) as any).message).to.match(/must be a Bot Framework activity/);
    }
    expect(each.connector.requests).to.deep.equal([]);
    expect((await fetch(`${each.bot.base}/healthz`)).status).to.equal(200);
  });

  it('refuses an oversized body with 413 and stays up', async () => {
    const res = await each.bot.post(personalMessage('x'.repeat(300 * 1024), { serviceUrl: each.connector.url }));
    expect(res.status).to.equal(413);
    expect((await fetch(`${each.bot.base}/healthz`)).status).to.equal(200);
    expect(each.connector.requests).to.deep.equal([]);
  });

  it('accepts and ignores an activity of an unknown type', async () => {
    const res = await each.bot.post({ ...personalMessage('', { serviceUrl: each.connector.url }), type: 'somethingNew', text: undefined });
    expect(res.status).to.equal(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(each.connector.activities()).to.deep.equal([]);
  });

  it('answers 404 for unknown paths', async () => {
    expect((await fetch(`${each.bot.base}/api/other`, { method: 'POST' })).status).to.equal(404);
  });
});