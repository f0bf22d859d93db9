import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { cardExecute, channelMessage, groupChatMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';
import { withCosmosServer } from '../helpers/cosmos';
import { everyRow } from '../helpers/store-scan';
import { locateLearnerDocuments } from '../../bot/store/privacy';

const LEARNER = 'aad-29:user-1';
const SCOPE = {
  learnerId: LEARNER,
  channelId: 'msteams',
  botId: '28:hali-bot',
  userIds: ['29:user-1'],
  personalConversationIds: ['a:personal-29:user-1'],
  sharedConversationIds: ['19:group-chat@thread.v2', '19:channel@thread.tacv2;messageid=1700000000000'],
};

function privacySuite(name: string, open: () => Promise<DocumentStore>, everything: (store: DocumentStore) => Promise<string>) {
  describe(`app: my data and forget me (${name})`, function () {
    this.timeout(30_000);
    let documents: DocumentStore;
    let app: ReturnType<typeof testApp>;
    beforeEach(async () => {
      documents = await open();
      app = testApp({ documents });
      // A learner with a history: a preference, questions in personal chat, a group chat and a channel.
      await app.send(personalMessage('Cymraeg'));
      await app.send(personalMessage('what is automation bias?'));
      await app.send(groupChatMessage('what is a large language model?'));
      await app.send(channelMessage('when is AI a medical device?'));
      // A case a colleague started in another thread, where the learner contributed.
      await app.send(channelMessage('case lynch', { userId: '29:colleague', userName: 'Colleague', threadId: '1765000000555', newPost: true }));
      await app.send(channelMessage('IHC on the tumour for everyone', { threadId: '1765000000555' }));
      // Somebody else, who must be untouched.
      await app.send(personalMessage('hi', { userId: '29:colleague' }));
    });
    afterEach(() => documents.close());

    it('"my data" sends every stored document about the learner as JSON, and nobody else\'s', async () => {
      const replies = await app.send(personalMessage('fy nata'));
      // First a readable summary card by kind; this chat takes no files, so the JSON follows as messages.
      const summary = cardTexts(firstCard(replies.slice(0, 1))).join('\n');
      expect(summary).to.include('Beth sydd gan HALI amdanoch chi');
      expect(summary).to.include('Digwyddiadau dysgu');
      expect(summary).to.include('Cyfraniadau at drafodaethau achos');
      expect(summary).to.include('Hanes sgyrsiau grŵp');
      expect(summary).to.include('Ni all y sgwrs hon dderbyn ffeiliau');
      const json = replies.slice(1).map((r) => r.text!.replace(/^(Rhan \d+ o \d+\n)?```json\n/, '').replace(/\n```$/, '')).join('');
      const data = JSON.parse(json);
      expect(data.learnerId).to.equal(LEARNER);
      const containers = data.documents.map((d: { container: string }) => d.container);
      expect(containers).to.include.members(['learners', 'markers', 'state', 'cases']);
      // Their words in the case thread are theirs: exported. The thread's shared state holds no one's words.
      expect(json).to.include('IHC on the tumour for everyone');
      const record = data.documents.find((d: { id: string }) => d.id === 'record').value;
      expect(record.language).to.equal('cy');
      expect(data.documents.filter((d: { id: string }) => d.id.startsWith('event:'))).to.have.length(4);
      expect(json).to.not.include('29:colleague');
    });

    it('counts records in "my data" exactly as "forget me" deletes them, for a learner with data of every kind', async () => {
      await app.stores.claims.claim(LEARNER, '2026-11-27', 'test', new Date());
      await app.send(personalMessage('English'));
      const lesson = firstCard(await app.send(personalMessage('lesson')))!;
      const save = (lesson.actions as Record<string, any>[]).find((a) => a.data?.verb === Verbs.lessonSave)!;
      await app.send({ ...personalMessage(''), text: undefined, value: save.data });
      const quiz = firstCard(await app.send(personalMessage('quiz')))!;
      const answer = (quiz.actions as Record<string, any>[]).find((a) => a.verb === Verbs.quizAnswer)!;
      await app.send(cardExecute(Verbs.quizAnswer, answer.data));
      const shown = cardTexts(firstCard(await app.send(personalMessage('my data')))).join('\n');
      const total = Number(/^(\d+) records in all/m.exec(shown)?.[1]);
      for (const kind of ['Profile, preferences and progress', 'Learning events', 'Case discussion contributions', 'Conversation history with HALI', 'Group chat history', 'Daily lesson deliveries']) {
        expect(shown, kind).to.include(kind);
      }
      expect(shown).to.match(/1 saved for later, 1 quiz answer, 1 question in your review schedule/);
      const confirm = firstCard(await app.send(personalMessage('forget me')))!;
      const done = cardTexts(invokeCard(await app.send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce })))).join('\n');
      expect(total).to.be.greaterThan(5);
      expect(done).to.include(`(${total} records)`, done);
    });

    it('refuses to share or delete data in a group chat or channel', async () => {
      expect((await app.send(groupChatMessage('my data')))[0].text).to.match(/^Dim ond yn ein sgwrs un-i-un y byddaf yn rhannu neu’n dileu eich data\. .*"fy nata"/);
      expect((await app.send(channelMessage('forget me')))[0].text).to.match(/sgwrs un-i-un.*"anghofia fi"/);
      expect(await storedLearner(app.stores, LEARNER)).to.not.equal(undefined);
    });

    it('"forget me" asks first; confirming deletes everything about the learner and leaves others alone', async () => {
      await app.stores.claims.claim(LEARNER, '2026-11-27', 'test', new Date());
      expect((await documents.findDue(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 100)).map((d) => d.pk)).to.include(LEARNER);
      const confirm = firstCard(await app.send(personalMessage('forget me')))!;
      expect(cardTexts(confirm).join('\n')).to.include('Dileu popeth sydd gan HALI amdanoch chi?');
      const nonce = confirm.actions[0].data.nonce;
      const done = invokeCard(await app.send(cardExecute(Verbs.confirmForget, { nonce })))!;
      expect(cardTexts(done).join('\n')).to.match(/Mae popeth oedd gan HALI amdanoch chi wedi’i ddileu \(\d+ cofnod\)/);

      expect(await locateLearnerDocuments(documents, SCOPE)).to.deep.equal([]);
      // Nothing left for the nudge sweep to find: the record, its due instant and any nudge claims are gone.
      expect((await documents.findDue(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 100)).map((d) => d.pk)).to.not.include(LEARNER);
      const remaining = await everything(documents);
      for (const identifier of [LEARNER, '29:user-1', 'a:personal-29:user-1', 'automation', 'IHC on the tumour', 'Sam Nurse']) expect(remaining, identifier).to.not.include(identifier);
      // The case runs on for the others: its shared state (concepts covered, counts) remains.
      expect(remaining).to.include('gwen-case-lynch-syndrome');
      expect(remaining).to.include('29:colleague');
      expect(await storedLearner(app.stores, 'aad-29:colleague')).to.not.equal(undefined);
    });

    it('deletes nothing for a forged, replayed or expired confirmation', async () => {
      const confirm = firstCard(await app.send(personalMessage('forget me')))!;
      const nonce = confirm.actions[0].data.nonce;
      for (const data of [{ nonce: 'forged' }, {}, { nonce: 12 }]) {
        expect(cardTexts(invokeCard(await app.send(cardExecute(Verbs.confirmForget, data)))).join('\n')).to.match(/wedi dod i ben neu wedi’i ddefnyddio/);
      }
      expect(await storedLearner(app.stores, LEARNER)).to.not.equal(undefined);
      // Another user pressing the same button (the nonce belongs to this learner only).
      await app.send(cardExecute(Verbs.confirmForget, { nonce }, { userId: '29:colleague' }));
      expect(await storedLearner(app.stores, LEARNER)).to.not.equal(undefined);
      expect(await storedLearner(app.stores, 'aad-29:colleague')).to.not.equal(undefined);
      // The real press works once; a replay afterwards deletes nothing more and says everything was already deleted (not
      // "nothing was deleted": Teams redelivers the press when its first answer failed).
      await app.send(cardExecute(Verbs.confirmForget, { nonce }));
      expect(await storedLearner(app.stores, LEARNER)).to.equal(undefined);
      const replay = cardTexts(invokeCard(await app.send(cardExecute(Verbs.confirmForget, { nonce })))!).join('\n');
      expect(replay).to.match(/already been deleted|eisoes wedi’i ddileu/).and.not.match(/nothing was deleted|ni ddilëwyd dim/i);
    });

    it('cancelling keeps everything and voids the confirmation', async () => {
      const confirm = firstCard(await app.send(personalMessage('forget me')))!;
      const nonce = confirm.actions[0].data.nonce;
      expect(cardTexts(invokeCard(await app.send(cardExecute(Verbs.cancelForget, { nonce })))).join('\n')).to.include('Ni ddilëwyd dim.');
      await app.send(cardExecute(Verbs.confirmForget, { nonce }));
      const learner = await storedLearner(app.stores, LEARNER);
      expect(learner).to.not.equal(undefined);
      expect(learner!.pendingErasure).to.equal(undefined);
    });
  });
}

privacySuite('embedded SQLite', async () => new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 }), everyRow);

withCosmosServer('privacy on Cosmos DB', (cosmos) => {
  let database = '';
  privacySuite(
    'Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)',
    async () => {
      database = `privacy-${Math.random().toString(36).slice(2, 8)}`;
      return cosmos().connect(database);
    },
    async () => {
      const store = await cosmos().connect(database);
      try {
        return await everyRow(store);
      } finally {
        await store.close();
      }
    },
  );
});

describe('app: my data leaves out what others said in shared chats', function () {
  this.timeout(20_000);
  it('exports the learner\'s own history but not a colleague\'s words in a group chat, and erasure removes both', async () => {
    const { startOpenAIStandIn } = await import('../helpers/openai-stand-in');
    const { createMentorModel } = await import('../../bot/models/models');
    const { loadConfig } = await import('../../bot/config');
    const { createLogger } = await import('../../bot/log');
    const { CONTAINERS } = await import('../../bot/store/documents');
    const standIn = await startOpenAIStandIn();
    try {
      const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
      const app = testApp({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) });
      await app.send(groupChatMessage('what is automation bias?'));
      await app.send(groupChatMessage('colleague-only question about hallucination', { userId: '29:colleague' }));
      await app.send(personalMessage('what is a large language model?'));

      const replies = await app.send(personalMessage('my data'));
      const json = replies.slice(1).map((r) => r.text!.replace(/^(Part \d+ of \d+\n)?```json\n/, '').replace(/\n```$/, '')).join('');
      expect(json).to.include('what is a large language model?');
      expect(json).to.not.include('colleague-only question');

      const groupKey = 'msteams/28:hali-bot/conversations/19:group-chat@thread.v2';
      expect(await app.stores.documents.read(CONTAINERS.state, groupKey, groupKey)).to.not.equal(undefined);
      const confirm = firstCard(await app.send(personalMessage('forget me')))!;
      await app.send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }));
      expect(await app.stores.documents.read(CONTAINERS.state, groupKey, groupKey)).to.equal(undefined);
      expect(await storedLearner(app.stores, 'aad-29:colleague')).to.not.equal(undefined);
    } finally {
      await standIn.close();
    }
  });
});
