import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { CONTAINERS } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { cardExecute, personalMessage } from '../helpers/activities';
import { firstCard, invokeCard, testApp } from '../helpers/app';

const NHS = '999 000 0018';
const rate = (answer: Partial<Activity>, reaction: 'like' | 'dislike', text: string) => ({
  ...personalMessage(''),
  text: undefined,
  type: 'invoke',
  name: 'message/submitAction',
  replyToId: answer.id,
  value: { actionName: 'feedback', actionValue: { reaction, feedback: JSON.stringify({ feedbackText: text }) } },
});

describe('app: answers rated unhelpful are kept for triage, without the learner', () => {
  const now = new Date('2026-11-27T09:00:00Z');
  let storeNow = now;
  let appNow = now;
  let documents: SqliteDocumentStore;
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    storeNow = now;
    appNow = now;
    documents = new SqliteDocumentStore({ file: ':memory:', clock: () => storeNow, purgeEveryMs: 0 });
    app = testApp({ documents, now: () => appNow, env: { RETENTION_DAYS: '30' } });
  });
  afterEach(() => documents.close());

  const ask = async (question: string) => (await app.send(personalMessage(question))).find((a) => a.type === 'message' && a.attachments?.length)!;

  it('keeps the redacted question, the answer, its sources and the comment of a thumbs-down, and no identity', async () => {
    const answer = await ask(`what is automation bias? patient NHS ${NHS}`);
    await app.send(rate(answer, 'dislike', `not for my ward, NHS ${NHS}`));
    const [entry] = await app.stores.feedback.forMentor('hali');
    expect(entry.question).to.include('automation bias').and.not.include('999');
    expect(entry.answer.length).to.be.greaterThan(20);
    expect(entry.sources.length).to.be.greaterThan(0);
    expect(entry.comment).to.equal('not for my ward, NHS [NHS number removed]');
    const stored = JSON.stringify(await documents.listPartition(CONTAINERS.feedback, 'hali'));
    for (const identity of ['29:user-1', 'aad-29:user-1', 'a:personal-29:user-1', 'Sam Nurse']) expect(stored, identity).to.not.include(identity);
    const doc = (await documents.listPartition(CONTAINERS.feedback, 'hali'))[0];
    expect(doc.learnerId).to.equal(undefined);
  });

  it('keeps out of the question and the comment what the learner said about themself: name, job, ward and hospital', async () => {
    const answer = await ask('Sister Rhian Evans here from ward 7 at Glan Clwyd, what is automation bias?');
    await app.send(rate(answer, 'dislike', "I'm Rhian, the only band 7 on ward 7 at Glan Clwyd. Too long for a handover"));
    const [entry] = await app.stores.feedback.forMentor('hali');
    expect(entry.question).to.equal('what is automation bias?');
    expect(entry.comment).to.equal('Too long for a handover');
    expect(JSON.stringify(entry)).to.not.match(/Rhian|Evans|Glan Clwyd|ward 7|band 7/);
  });

  it('keeps nothing for a thumbs-up, or for a rating of an answer it does not know', async () => {
    const answer = await ask('what is automation bias?');
    await app.send(rate(answer, 'like', 'great'));
    await app.send(rate({ id: 'not-an-answer' }, 'dislike', 'hmm'));
    expect(await app.stores.feedback.forMentor('hali')).to.deep.equal([]);
  });

  it('keeps nothing for answers nobody rates, nor for a rating a day late or a second time', async () => {
    const everything = () => JSON.stringify((documents as unknown as { db: { prepare(sql: string): { all(): unknown[] } } }).db.prepare('SELECT * FROM documents').all());
    const answer = await ask('what is automation bias?');
    expect(everything(), 'the offline mentor stores no transcript').to.not.include('automation bias?');
    await app.send(rate(answer, 'dislike', 'once'));
    await app.send(rate(answer, 'dislike', 'twice'));
    expect((await app.stores.feedback.forMentor('hali')).map((e) => e.comment)).to.deep.equal(['once']);
    const late = await ask('what is automation bias?');
    appNow = new Date(now.getTime() + 25 * 3600_000);
    await app.send(rate(late, 'dislike', 'late'));
    expect(await app.stores.feedback.forMentor('hali')).to.have.length(1);
  });

  it('expires entries after RETENTION_DAYS, and "forget me" leaves them (they hold nothing of the learner)', async () => {
    const answer = await ask('what is automation bias?');
    await app.send(rate(answer, 'dislike', ''));
    const confirm = firstCard(await app.send(personalMessage('forget me')))!;
    invokeCard(await app.send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce })));
    expect(await app.stores.feedback.forMentor('hali')).to.have.length(1);
    storeNow = new Date(now.getTime() + 29 * 86_400_000);
    expect(await app.stores.feedback.forMentor('hali')).to.have.length(1);
    storeNow = new Date(now.getTime() + 31 * 86_400_000);
    expect(await app.stores.feedback.forMentor('hali')).to.deep.equal([]);
  });
});
