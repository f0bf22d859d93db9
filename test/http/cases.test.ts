import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { channelCardExecute, channelCardSubmit, channelMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { serverWithConnectorEachTest } from '../helpers/server';

const ROOT = '1765000000777';
const THREAD_CONVERSATION = `19:channel@thread.tacv2;messageid=${ROOT}`;

describe('http: a channel case discussion stays in its thread', () => {
  const each = serverWithConnectorEachTest();

  it('posts the case card and every later reply to the thread conversation, never as a new top-level post', async () => {
    const ana = { serviceUrl: each.connector.url, threadId: ROOT, userId: '29:ana', aadObjectId: 'aad-ana', userName: 'Ana' };
    const ben = { ...ana, userId: '29:ben', aadObjectId: 'aad-ben', userName: 'Ben' };
    const start = channelMessage('case lynch', { ...ana, newPost: true });
    expect((await each.bot.post(start)).status).to.equal(200);
    await each.bot.post(channelMessage('offer IHC to everyone', ben));
    await each.bot.post(channelMessage('hint', ana));
    await each.bot.post(channelCardSubmit({ verb: Verbs.caseSummary, caseId: 'gwen-case-lynch-syndrome' }, ben));
    await each.bot.post(channelCardSubmit({ verb: Verbs.caseReveal, caseId: 'gwen-case-lynch-syndrome', stage: 0 }, ben));
    await each.connector.waitFor(5);
    expect(each.connector.requests).to.have.length(5);
    for (const request of each.connector.requests) {
      expect(request.method).to.equal('POST');
      // A reply into the thread: /v3/conversations/<channel>;messageid=<root>/activities/<replied-to id>.
      expect(request.path).to.match(new RegExp(`^/v3/conversations/${encodeURIComponent(THREAD_CONVERSATION).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/activities/[^/]+$`));
      expect(request.body.conversation.id).to.equal(THREAD_CONVERSATION);
    }
    expect(each.connector.requests.some((r) => r.path === '/v3/conversations' || r.path === '/v3/conversations/')).to.equal(false);
    const [caseCard, reply, hint, summary, next] = each.connector.activities().map((a) => cardTexts(a.attachments[0].content).join('\n'));
    expect(caseCard).to.include('Stage 1 of 4');
    expect(each.connector.requests[0].body.replyToId).to.equal(ROOT);
    expect(reply).to.match(/Good, you have raised (a key point|\d+ key points):/);
    expect(hint).to.include('Hint:');
    expect(summary).to.include('So far:');
    expect(next).to.include('Stage 2 of 4');
  });

  it('answers Reveal next (Action.Execute) keeping stage 1 on the pressed card, and posts stage 2 at the bottom of the thread', async () => {
    await each.bot.post(channelMessage('case lynch', { serviceUrl: each.connector.url, threadId: ROOT, newPost: true }));
    await each.connector.waitFor(1);
    const res = await each.bot.post(channelCardExecute(Verbs.caseReveal, { caseId: 'gwen-case-lynch-syndrome', stage: 0 }, { serviceUrl: each.connector.url, threadId: ROOT }));
    expect(res.status).to.equal(200);
    const body = (await res.json()) as any;
    expect(body.type).to.equal('application/vnd.microsoft.card.adaptive');
    expect(cardTexts(body.value).join('\n')).to.include('Stage 1 of 4');
    await each.connector.waitFor(2);
    const posted = each.connector.requests[1];
    expect(posted.path).to.include(encodeURIComponent(`;messageid=${ROOT}`));
    expect(cardTexts(posted.body.attachments[0].content).join('\n')).to.include('Stage 2 of 4');
  });
});