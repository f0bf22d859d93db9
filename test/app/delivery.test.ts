import { expect } from 'chai';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, storedLearner, testApp } from '../helpers/app';

describe('app: duplicate delivery and concurrent turns', () => {
  it('answers an activity that Teams delivers twice only once', async () => {
    const { send, stores, logs } = testApp();
    const activity = personalMessage('What is a large language model?');
    expect(await send(activity)).to.have.length(1);
    expect(await send({ ...activity })).to.deep.equal([]);
    expect(logs.lines.some((l) => l.event === 'turn.duplicate_ignored' && l.activityId === activity.id)).to.equal(true);
    const events = await stores.events.list('aad-29:user-1');
    expect(events.filter((e) => e.type === 'question.answered')).to.have.length(1);
  });

  it('processes the same activity id in different conversations', async () => {
    const { send } = testApp();
    const activity = personalMessage('hi');
    expect(await send(activity)).to.have.length(1);
    expect(await send({ ...personalMessage('hi', { userId: '29:other' }), id: activity.id })).to.have.length(1);
  });

  it('processes Teams\' retry of a turn that failed, instead of dropping it as a duplicate', async () => {
    const documents = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
    const realRead = documents.read.bind(documents);
    let failNextRead = true;
    documents.read = async (...args) => {
      if (failNextRead) {
        failNextRead = false;
        throw new Error('transient store failure');
      }
      return realRead(...args);
    };
    const { send } = testApp({ documents });
    const activity = personalMessage('hi');
    expect(cardTexts(firstCard(await send(activity))).join('\n')).to.include('Sorry, something went wrong');
    expect(cardTexts(firstCard(await send({ ...activity }))).join('\n')).to.include('Welcome to HALI');
  });

  it('keeps every change when turns for one learner run at the same time', async () => {
    const { send, stores } = testApp();
    const conversations = Array.from({ length: 8 }, (_, i) => `19:group-${i}@thread.v2`);
    await Promise.all(
      conversations.map((conversationId) => send({ ...personalMessage('hi', { conversationId }), conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true } as never })),
    );
    const learner = await storedLearner(stores, 'aad-29:user-1');
    expect([...learner!.conversations].sort()).to.deep.equal([...conversations].sort());
  });

  it('stores the personal conversation reference for proactive messages, and only rewrites it when it changes', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('hi'));
    const first = await stores.learners.load('aad-29:user-1');
    expect(first.learner.conversationRef).to.deep.include({ conversationId: 'a:personal-29:user-1', userId: '29:user-1', botId: '28:hali-bot', serviceUrl: 'https://smba.trafficmanager.net/uk/' });
    await send(personalMessage('help'));
    expect((await stores.learners.load('aad-29:user-1')).etag).to.equal(first.etag);
    await send(personalMessage('help', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect((await stores.learners.load('aad-29:user-1')).learner.conversationRef!.serviceUrl).to.equal('https://smba.trafficmanager.net/emea/');
  });
});
