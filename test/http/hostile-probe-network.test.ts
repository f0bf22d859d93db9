import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, storedLearner } from '../helpers/app';
import { serverWithConnectorEachTest } from '../helpers/server';

/**
 * Hostile requests to POST /api/messages, as an outside probe found them. Each was a forged or broken activity that Teams never
 * sends, and each failed inside the turn: a stack overflow, a reply that could not be addressed or serialised. Some ended in a
 * 500 (which Teams retries, and which says the fault is HALI's), after botbuilder had tried to reach api.botframework.com in
 * place of a missing service URL; the rest sent an apology for a fault that was the sender's. Each is now a 400 before the
 * turn runs: nothing stored, nothing sent, and the next real message answered.
 */
describe('http: hostile activities get 400 before the turn, and change nothing', () => {
  const each = serverWithConnectorEachTest();
  const USER = '29:hostile';

  /** A raw body: the activity with `field` set to `json` as written (nesting that JSON.stringify itself could not write). */
  function withRaw(activity: Partial<Activity>, field: string, json: string): string {
    return JSON.stringify({ ...activity, [field]: '__RAW__' }).replace('"__RAW__"', json);
  }
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const message = (overrides: Record<string, unknown> = {}) => ({ ...personalMessage('what is automation bias?', { serviceUrl: each.connector.url, userId: USER }), ...overrides });

  async function refused(body: unknown, pattern: RegExp) {
    const res = await each.bot.post(body);
    expect(res.status).to.equal(400);
    expect(((await res.json()) as { message: string }).message).to.match(pattern);
  }

  async function nothingChanged() {
    expect(each.connector.requests, 'nothing sent to Teams').to.deep.equal([]);
    expect(await storedLearner(each.bot.stores, `aad-${USER}`), 'no learner stored').to.equal(undefined);
    expect(each.bot.logs.lines.filter((l) => l.event === 'turn.failed' || l.event === 'http.turn_failed')).to.deep.equal([]);
    // The server still answers a real message.
    expect((await each.bot.post(message())).status).to.equal(200);
    expect(cardTexts(each.connector.activities()[0]?.attachments?.[0]?.content).join('\n')).to.include('Automation bias');
  }

  for (const field of ['value', 'channelData', 'entities']) {
    it(`JSON nested 10,000 deep in "${field}" (it overflowed the stack inside the turn)`, async () => {
      const inner = field === 'channelData' ? `{"x":${nested(10_000)}}` : field === 'entities' ? `[{"type":"x","y":${nested(10_000)}}]` : nested(10_000);
      await refused(withRaw(message(), field, inner), /nest at most 64 deep/);
      await nothingChanged();
    });
  }

  it('a card action whose data is nested 10,000 deep', async () => {
    const activity = cardExecute('quiz.answer', { itemId: 'x' }, { serviceUrl: each.connector.url, userId: USER });
    await refused(withRaw(activity, 'value', `{"action":{"type":"Action.Execute","verb":"quiz.answer","data":${nested(10_000)}}}`), /nest at most 64 deep/);
    await nothingChanged();
  });

  it('still takes card data nested as deeply as a real card could (30 levels)', async () => {
    const res = await each.bot.post(withRaw(message({ text: 'help' }), 'channelData', `{"x":${nested(30)}}`));
    expect(res.status).to.equal(200);
    expect(each.connector.activities()).to.have.length(1);
  });

  const forged: [string, Record<string, unknown>][] = [
    ['no serviceUrl (botbuilder sent the reply to api.botframework.com, and answered 500)', { serviceUrl: undefined }],
    ['a file: serviceUrl (500)', { serviceUrl: 'file:///etc/passwd' }],
    ['a serviceUrl that is no address (500)', { serviceUrl: 'not a url' }],
    ['no channelId (the turn failed)', { channelId: undefined }],
    ['no recipient (the turn failed)', { recipient: undefined }],
    ['entities that are not a list (the turn failed)', { entities: 'mention' }],
    ['a null among the entities (the turn failed)', { entities: [null] }],
    ['a null among the attachments', { attachments: [null] }],
    ['conversation.isGroup as text (the reply could not be serialised: 500)', { conversation: { id: 'a:personal-29:hostile', conversationType: 'personal', isGroup: 'yes' } }],
    ['from.role as an object (500)', { from: { id: USER, aadObjectId: `aad-${USER}`, role: { admin: true } } }],
    ['recipient.name as an array', { recipient: { id: '28:hali-bot', name: ['HALI'] } }],
  ];
  for (const [name, overrides] of forged) {
    it(`an activity with ${name}`, async () => {
      await refused(message(overrides), /must be a Bot Framework activity/);
      await nothingChanged();
    });
  }
});
