import { expect } from 'chai';
import { cardExecute, personalMessage } from '../helpers/activities';
import { firstCard, storedLearner, testApp } from '../helpers/app';
import { Verbs } from '../../cards/verbs';
import { CONTAINERS } from '../../bot/store/documents';
import { lessonAndAnswers } from '../helpers/learning-session';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';
import { createReportingEngine } from '../../bot/reporting';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import { VERBS } from '../../bot/reporting/vocabulary';

const USER = '29:user-1';
const LEARNER = `aad-${USER}`;

describe('app: learning records to the LRS (xAPI)', function () {
  this.timeout(20_000);
  let lrs: LrsStandIn;
  beforeEach(async () => {
    lrs = await startLrs();
  });
  afterEach(() => lrs.close());

  const app = (env: Record<string, string> = {}) => testApp({ env: { XAPI_ENDPOINT: lrs.url, XAPI_USERNAME: 'key', XAPI_PASSWORD: 'secret', ...env } });

  it('queues the statements in the same write as the learning that caused them', async () => {
    const { send, stores } = app();
    await send(personalMessage('lesson'));
    const { lessons, answered } = await lessonAndAnswers(send, USER, 3);
    const learner = (await storedLearner(stores, LEARNER))!;
    const verbs = (learner.outbox ?? []).map((e) => e.statement!.verb.id);
    expect(lessons).to.equal(1);
    expect(answered).to.equal(3);
    // One document holds both the learning and its records: they were committed together.
    expect(learner.progress.lessonsDone.hali).to.have.length(1);
    expect(verbs.filter((v) => v === VERBS.attempted.id)).to.have.length(1);
    expect(verbs.filter((v) => v === VERBS.completed.id)).to.have.length(1);
    expect(verbs.filter((v) => v === VERBS.answered.id)).to.have.length(3);
    const answers = (learner.outbox ?? []).filter((e) => e.statement!.verb.id === VERBS.answered.id).map((e) => e.statement!);
    expect(answers.map((s) => (s.result as { success: boolean }).success)).to.deep.equal([true, false, true]);
    expect(answers.every((s) => typeof (s.result as { response: unknown }).response === 'string')).to.equal(true);
    const context = answers[0].context as Record<string, any>;
    expect(context.platform).to.equal('HALI');
    expect(context.language).to.equal('en-GB');
    expect(context.extensions['urn:hali:extension/mentor']).to.equal('hali');
    expect(new Set((learner.outbox ?? []).map((e) => e.id)).size).to.equal(learner.outbox!.length);
  });

  it('never puts message text or patient identifiers in a statement', async () => {
    const { send, stores } = app();
    await send(personalMessage('My patient John Smithson, NHS number 943 476 5919, asked whether AI reads scans'));
    await lessonAndAnswers(send, USER, 3);
    const json = JSON.stringify((await storedLearner(stores, LEARNER))!.outbox);
    for (const secret of ['Smithson', '943 476 5919', '9434765919', 'reads scans']) expect(json).to.not.include(secret);
  });

  it('queues nothing when no LRS is configured', async () => {
    const { send, stores } = testApp();
    await lessonAndAnswers(send, USER, 1);
    expect((await storedLearner(stores, LEARNER))!.outbox ?? []).to.deep.equal([]);
  });

  it('sends the queue to the LRS in the background: valid 1.0.3 statements, the learner as an Entra account, outbox emptied', async () => {
    const { send, stores, deps } = app();
    await lessonAndAnswers(send, USER, 3);
    const queued = (await storedLearner(stores, LEARNER))!.outbox!.map((e) => e.id);
    const engine = createReportingEngine({ stores, config: deps.config, sinks: [new XapiSink(deps.config.reporting.xapi!, deps.log)], clock: deps.clock, log: deps.log });
    const report = await engine.runOnce();
    expect(report!.sent).to.equal(queued.length);
    expect([...lrs.stored.keys()].sort()).to.deep.equal([...queued].sort());
    expect(lrs.versionsSeen.every((v) => v === '1.0.3')).to.equal(true);
    const statement = lrs.stored.get(queued[0])!;
    expect(statement.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: 'https://login.microsoftonline.com/72f988bf-0000-4000-8000-000000000001/', name: LEARNER } });
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.outbox).to.deep.equal([]);
    expect((await stores.reported.list(LEARNER)).map((r) => r.id).sort()).to.deep.equal([...queued].sort());
  });

  const forget = async (send: (a: any) => Promise<any[]>) => {
    const confirm = firstCard(await send(personalMessage('forget me')))!;
    await send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }));
  };

  for (const voiding of [true, false]) {
    it(`"forget me" drops what is still queued${voiding ? ' and voids what the LRS already holds (XAPI_VOID_ON_ERASURE)' : ', and voids nothing unless the organisation enables it'}`, async () => {
      const { send, stores, deps } = app(voiding ? { XAPI_VOID_ON_ERASURE: 'true' } : {});
      const engine = createReportingEngine({ stores, config: deps.config, sinks: [new XapiSink(deps.config.reporting.xapi!, deps.log)], clock: deps.clock, log: deps.log });
      await lessonAndAnswers(send, USER, 2);
      await engine.runOnce();
      const sent = [...lrs.stored.keys()];
      await lessonAndAnswers(send, USER, 1);
      const queued = (await storedLearner(stores, LEARNER))!.outbox!.map((e) => e.id);
      expect(queued.length).to.be.greaterThan(0);
      await forget(send);
      expect(await storedLearner(stores, LEARNER)).to.equal(undefined);
      const waiting = await stores.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 10);
      // What waits to be sent names nobody: statement ids and HALI's own identity only.
      expect(JSON.stringify(waiting)).to.not.include(LEARNER);
      await engine.runOnce();
      for (const id of queued) expect(lrs.stored.has(id)).to.equal(false);
      expect([...lrs.voided].sort()).to.deep.equal(voiding ? [...sent].sort() : []);
      expect(await stores.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 10)).to.deep.equal([]);
    });
  }
});
