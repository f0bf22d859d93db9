import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { loadConfig } from '../../bot/config';
import type { DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { cardExecute, cardSubmit, channelCardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { firstCard, realFaculty, storedLearner, testApp } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { withCosmosServer } from '../helpers/cosmos';
import { gatedStore, type StoreCall } from '../helpers/gated-store';
import { HeldModel } from '../helpers/held-model';
import { sweepDirect } from '../helpers/nudges';
import { everyRow } from '../helpers/store-scan';

const LEARNER = 'aad-29:user-1';
/** What would show that something of the learner is still stored: their ids, chat, name and words. */
const TRACES = ['29:user-1', 'a:personal-29:user-1', 'Sam Nurse', 'automation bias', 'IHC on the tumour', 'pembrolizumab', 'sourdough'];
const THREAD = '1765000000777';

type Instances = 'the same instance' | 'another instance';

/**
 * Each test: the learner has some history; work for them starts and is held at a chosen point; they
 * say "forget me" and confirm (on the instance running the work, or on another one over the same
 * store); the work then finishes. Nothing of the learner may be found in any row of the store.
 */
function lateWritesSuite(storeName: string, open: () => Promise<DocumentStore>) {
  for (const instances of ['the same instance', 'another instance'] as Instances[]) {
    describe(`app: work in flight during "forget me" writes nothing back (${storeName}, erased on ${instances})`, function () {
      this.timeout(30_000);
      let tick = 0;
      const now = () => new Date(Date.parse('2026-11-27T09:00:00Z') + tick++ * 1000);
      let documents: DocumentStore;
      let gate: ReturnType<typeof gatedStore>;
      let model: HeldModel;
      let flight: ReturnType<typeof testApp>;
      let eraser: ReturnType<typeof testApp>;
      let connector: Awaited<ReturnType<typeof startRecordingConnector>>;

      beforeEach(async () => {
        documents = await open();
        gate = gatedStore(documents);
        model = new HeldModel();
        connector = await startRecordingConnector();
        flight = testApp({ documents: gate.store, model, now });
        eraser = instances === 'the same instance' ? flight : testApp({ documents, now });
      });
      afterEach(async () => {
        await connector.close();
        await documents.close();
      });

      const say = (text: string) => personalMessage(text, { serviceUrl: connector.url });

      async function forget(): Promise<void> {
        const confirm = firstCard(await eraser.send(say('forget me')))!;
        await eraser.send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }));
        expect(await storedLearner(eraser.stores, LEARNER)).to.equal(undefined);
      }

      /** Runs `work`, holds it where `held` says, erases the learner, lets it finish and scans the store. */
      async function eraseDuring(work: () => Promise<unknown>, held: { entered: Promise<void>; release(): void }): Promise<void> {
        const running = work();
        await held.entered;
        await forget();
        held.release();
        await running;
        await Promise.all([flight.stores.events.flush(), eraser.stores.events.flush(), flight.stores.aggregates.flush(), eraser.stores.aggregates.flush()]);
        const rows = await everyRow(documents);
        for (const trace of TRACES) expect(rows, trace).to.not.include(trace);
        expect(await storedLearner(eraser.stores, LEARNER)).to.equal(undefined);
      }

      const holdAt = (call: StoreCall) => gate.holdNext(call);
      const learnerRecordRead: StoreCall = (method, [container, pk, id]) => method === 'read' && container === 'learners' && pk === LEARNER && id === 'record';

      it('a first question: no learning event, no conversation state, no record', async () => {
        await flight.send(say('hi'));
        model.hold();
        await eraseDuring(() => flight.adapter.processActivity(say('what is automation bias?')), model);
      });

      it('a later question that changes nothing on the record: no learning event (the erased marker decides)', async () => {
        await flight.send(say('what is a large language model?'));
        model.hold();
        await eraseDuring(() => flight.adapter.processActivity(say('what is automation bias?')), model);
      });

      it('a question no content answers: no note of it kept for educators', async () => {
        await flight.send(say('hi'));
        model.hold();
        await eraseDuring(() => flight.adapter.processActivity(say('how long should sourdough bread prove before baking?')), model);
      });

      it('feedback on an answer, held before the turn read the learner: no event, no record', async () => {
        const answer = (await flight.send(say('what is automation bias?'))).find((a) => a.type === 'message')!;
        const feedback: Partial<Activity> = {
          ...say(''),
          text: undefined,
          type: 'invoke',
          name: 'message/submitAction',
          replyToId: answer.id,
          value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText: 'automation bias explained well' }) } },
        };
        await eraseDuring(() => flight.adapter.processActivity(feedback), holdAt(learnerRecordRead));
      });

      it('a lesson marked done, held before the turn read the learner: no event, no record', async () => {
        await flight.send(say('hi'));
        const mentor = realFaculty().mentors[0];
        const done = cardSubmit({ verb: Verbs.lessonDone, mentorId: mentor.id, lessonId: mentor.lessons[0].id }, { serviceUrl: connector.url });
        await eraseDuring(() => flight.adapter.processActivity(done), holdAt(learnerRecordRead));
      });

      it('a case contribution in a channel: no participant document, no event', async () => {
        await flight.send(say('hi'));
        await flight.send(channelMessage('case lynch', { userId: '29:colleague', userName: 'Colleague', threadId: THREAD, newPost: true }));
        await flight.send(channelMessage('IHC on the tumour for everyone', { threadId: THREAD }));
        const participantRead: StoreCall = (method, [container, , id]) => method === 'read' && container === 'cases' && String(id).endsWith(`~p~${LEARNER}`);
        await eraseDuring(() => flight.adapter.processActivity(channelMessage('pembrolizumab if MSI-high', { threadId: THREAD })), holdAt(participantRead));
        expect(await everyRow(documents)).to.include('gwen-case-lynch-syndrome');
      });

      it('a colleague finishing a case the learner took part in: the learner is not credited (re-created), no event', async () => {
        const colleague = { userId: '29:colleague', userName: 'Colleague', aadObjectId: 'aad-colleague' };
        const lynch = realFaculty().mentors.flatMap((m) => m.cases).find((c) => c.id === 'gwen-case-lynch-syndrome')!;
        await flight.send(say('hi'));
        await flight.send(channelMessage('case lynch', { ...colleague, threadId: THREAD, newPost: true }));
        await flight.send(channelMessage('IHC on the tumour for everyone', { threadId: THREAD }));
        await flight.send(channelMessage('ask about family history too', { ...colleague, threadId: THREAD }));
        for (const stage of [0, 1, 2]) await flight.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage }, { ...colleague, threadId: THREAD }));
        // Held once the participants are read, as the learner's credit reads their record.
        const finish = () => flight.adapter.processActivity(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 3 }, { ...colleague, threadId: THREAD }));
        await eraseDuring(finish, holdAt(learnerRecordRead));
        expect((await storedLearner(flight.stores, 'aad-colleague'))!.cases).to.have.length(1);
      });

      it('a nudge sweep that found the learner due: no claim left behind', async () => {
        await flight.send(say('hi'));
        const due = (await storedLearner(flight.stores, LEARNER))!.nudge!.nextAt!;
        const claimCreate: StoreCall = (method, [container, pk, id]) => method === 'create' && container === 'learners' && pk === LEARNER && String(id).startsWith('claim:');
        const sweep = () => sweepDirect(flight.stores, realFaculty(), loadConfig({ NODE_ENV: 'test' }), new Date(Date.parse(due) + 60_000), { instanceId: 'flight', ratePerSecond: 50 });
        await eraseDuring(sweep, holdAt(claimCreate));
      });

      it('a new message after the erasure still starts afresh', async () => {
        await flight.send(say('Cymraeg'));
        model.hold();
        await eraseDuring(() => flight.adapter.processActivity(say('what is automation bias?')), model);
        model.release();
        await flight.send(say('hi'));
        const learner = await storedLearner(flight.stores, LEARNER);
        expect(learner).to.not.equal(undefined);
        expect(learner!.language).to.equal(undefined);
      });
    });
  }
}

lateWritesSuite('embedded SQLite', async () => new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 }));

withCosmosServer('late writes on Cosmos DB', (cosmos) => {
  lateWritesSuite('Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)', () => cosmos().connect());
});
