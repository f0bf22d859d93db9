import { join } from 'node:path';
import { expect } from 'chai';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, MENTORS_DIR, storedLearner, testApp } from '../helpers/app';
import { Verbs } from '../../cards/verbs';
import { CONTAINERS } from '../../bot/store/documents';
import { lessonAndAnswers } from '../helpers/learning-session';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';
import { createReportingEngine, type ReportingEngine } from '../../bot/reporting';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import { VERBS } from '../../bot/reporting/vocabulary';
import { tempDir } from '../helpers/temp-dir';

const USER = '29:user-1';
const LEARNER = `aad-${USER}`;

for (const thread of ['inline', 'worker'] as const) describe(`app: learning records to the LRS (xAPI), sender ${thread}`, function () {
  this.timeout(20_000);
  let lrs: LrsStandIn;
  /** Each app's store file (worker mode), and the engines to stop after the test. */
  const files = new Map<unknown, string>();
  const engines: ReportingEngine[] = [];
  beforeEach(async () => {
    lrs = await startLrs();
  });
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.stop()));
    files.clear();
    await lrs.close();
  });

  /** With the worker, the app is on a file store a second thread can open. */
  const app = (env: Record<string, string> = {}) => {
    const file = thread === 'worker' ? join(tempDir('hali-reporting-'), 'hali.db') : undefined;
    const documents = file ? new SqliteDocumentStore({ file, purgeEveryMs: 0 }) : undefined;
    const built = testApp({ env: { XAPI_ENDPOINT: lrs.url, XAPI_USERNAME: 'key', XAPI_PASSWORD: 'secret', ...env }, documents });
    if (file) files.set(built.stores, file);
    return built;
  };
  const engineFor = (stores: ReturnType<typeof testApp>['stores'], deps: ReturnType<typeof testApp>['deps']) => {
    const file = files.get(stores);
    const engine = createReportingEngine({
      stores, config: deps.config, sinks: [new XapiSink(deps.config.reporting.xapi!, deps.log)], clock: deps.clock, log: deps.log, mentors: deps.faculty.mentors,
      thread, worker: file ? { store: { kind: 'sqlite', file }, mentorsDir: MENTORS_DIR } : undefined,
    });
    expect(engine.thread).to.equal(thread);
    engines.push(engine);
    return engine;
  };

  it('queues the statements in the same write as the learning that caused them, and sends them worded as xAPI 1.0.3', async () => {
    const { send, stores, deps } = app();
    await send(personalMessage('lesson'));
    const { lessons, answered } = await lessonAndAnswers(send, USER, 3);
    const learner = (await storedLearner(stores, LEARNER))!;
    const kinds = (learner.outbox ?? []).map((e) => e.fact!.kind);
    expect(lessons).to.equal(1);
    expect(answered).to.equal(3);
    // One document holds both the learning and its records: they were committed together.
    expect(learner.progress.lessonsDone.hali).to.have.length(1);
    expect(kinds).to.deep.equal(['pathwayStarted', 'lessonCompleted', 'itemAnswered', 'itemAnswered', 'itemAnswered']);
    expect(new Set((learner.outbox ?? []).map((e) => e.id)).size).to.equal(learner.outbox!.length);
    const engine = engineFor(stores, deps);
    await engine.runOnce();
    const sent = learner.outbox!.map((e) => lrs.stored.get(e.id)!);
    expect(sent.map((s) => s.verb.id)).to.deep.equal([VERBS.attempted.id, VERBS.completed.id, VERBS.answered.id, VERBS.answered.id, VERBS.answered.id]);
    const answers = sent.filter((s) => s.verb.id === VERBS.answered.id);
    expect(answers.map((s) => s.result.success)).to.deep.equal([true, false, true]);
    expect(answers.every((s) => typeof s.result.response === 'string' && s.result.score.max === 1)).to.equal(true);
    expect(answers[0].object.definition).to.include({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' });
    expect(answers[0].context).to.deep.include({ platform: 'HALI', language: 'en-GB' });
    expect(answers[0].context.extensions['urn:hali:extension/mentor']).to.equal('hali');
    expect(answers[0].context.contextActivities.parent[0].id).to.equal(sent[1].object.id);
    expect(sent[1].result).to.deep.equal({ completion: true, duration: 'PT120S' });
    expect(sent.map((s) => s.timestamp)).to.deep.equal(learner.outbox!.map((e) => e.at));
  });

  it('never puts message text or patient identifiers in a statement', async () => {
    const built = app();
    const { send, stores } = built;
    await send(personalMessage('My patient John Smithson, NHS number 943 476 5919, asked whether AI reads scans'));
    await lessonAndAnswers(send, USER, 3);
    const queued = JSON.stringify((await storedLearner(stores, LEARNER))!.outbox);
    const engine = engineFor(stores, built.deps);
    await engine.runOnce();
    const sent = JSON.stringify([...lrs.stored.values()]);
    expect(lrs.stored.size).to.equal(5);
    for (const secret of ['Smithson', '943 476 5919', '9434765919', 'reads scans']) {
      expect(queued).to.not.include(secret);
      expect(sent).to.not.include(secret);
    }
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
    const engine = engineFor(stores, deps);
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
    // The card says what happens to what the LRS already holds, as the organisation set it.
    expect(JSON.stringify(confirm)).to.match(/are marked as withdrawn \(voided\) there|stay there: ask your organisation to remove them/);
    await send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }));
  };

  for (const voiding of [true, false]) {
    it(`"forget me" drops what is still queued${voiding ? ' and voids what the LRS already holds (XAPI_VOID_ON_ERASURE)' : ', and voids nothing unless the organisation enables it'}`, async () => {
      const { send, stores, deps } = app(voiding ? { XAPI_VOID_ON_ERASURE: 'true' } : {});
      const engine = engineFor(stores, deps);
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

  it('voids what the LRS accepts while "forget me" runs, the batch still out (XAPI_VOID_ON_ERASURE), and records nothing about them', async () => {
    const { send, stores, deps } = app({ XAPI_VOID_ON_ERASURE: 'true' });
    const engine = engineFor(stores, deps);
    await lessonAndAnswers(send, USER, 2);
    const queued = (await storedLearner(stores, LEARNER))!.outbox!.map((e) => e.id);
    // The LRS holds its answer while the learner confirms: it stores the batch, then answers.
    lrs.delayMs = 1_500;
    const run = engine.runOnce();
    const started = Date.now();
    while (lrs.counts.requests === 0 && Date.now() - started < 15_000) await new Promise((resolve) => setTimeout(resolve, 20));
    await forget(send);
    await run;
    lrs.delayMs = 0;
    expect(queued.every((id) => lrs.stored.has(id)), 'the batch reached the LRS').to.equal(true);
    await engine.runOnce();
    // Before, the confirmation read what had been sent before the batch settled, and these stayed live in the LRS.
    expect([...lrs.voided].sort()).to.deep.equal([...queued].sort());
    expect(await stores.reported.list(LEARNER)).to.deep.equal([]);
    expect(await stores.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 10)).to.deep.equal([]);
  });
});

describe('app: "my record", reporting on and off, and the CPD summary', function () {
  this.timeout(20_000);
  let lrs: LrsStandIn;
  beforeEach(async () => {
    lrs = await startLrs();
  });
  afterEach(() => lrs.close());

  it('"my record" shows where records go and what was sent; turning reporting off drops the queue and queues nothing new', async () => {
    const { send, stores, deps } = testApp({ env: { XAPI_ENDPOINT: lrs.url } });
    const engine = createReportingEngine({ stores, config: deps.config, sinks: [new XapiSink(deps.config.reporting.xapi!, deps.log)], clock: deps.clock, log: deps.log, mentors: deps.faculty.mentors });
    await lessonAndAnswers(send, USER, 2);
    await engine.runOnce();
    await lessonAndAnswers(send, USER, 1);
    const record = cardTexts(firstCard(await send(personalMessage('my record')))).join('\n');
    expect(record).to.include(`Reported to your organisation's learning record store (${new URL(lrs.url).host}).`);
    expect(record).to.include('Reporting is on');
    expect(record).to.match(/Sent: 4\. Waiting to send: [1-9]/);
    expect(record).to.include('Answered: ');
    const off = invokeCard(await send(cardExecute(Verbs.reportingOff, {})))!;
    expect(cardTexts(off).join('\n')).to.match(/Reporting is now off\. Nothing new will be sent, and the [1-9] records? waiting to be sent (was|were) dropped\./);
    expect((await storedLearner(stores, LEARNER))!.outbox).to.deep.equal([]);
    await lessonAndAnswers(send, USER, 1);
    expect((await storedLearner(stores, LEARNER))!.outbox).to.deep.equal([]);
    await engine.runOnce();
    expect(lrs.stored.size).to.equal(4);
    // On again, from the settings card: learning from now on is queued.
    await send(cardExecute(Verbs.saveSettings, { form: 'settings', reporting: 'true' }));
    await lessonAndAnswers(send, USER, 1);
    expect((await storedLearner(stores, LEARNER))!.outbox!.length).to.be.greaterThan(0);
  });

  it('the settings card offers the reporting switch only where a learning record is connected, and refuses a malformed value', async () => {
    const connected = testApp({ env: { XAPI_ENDPOINT: lrs.url } });
    expect(JSON.stringify(firstCard(await connected.send(personalMessage('settings'))))).to.include('"id":"reporting"');
    expect(JSON.stringify(firstCard(await testApp().send(personalMessage('settings'))))).to.not.include('"id":"reporting"');
    await connected.send(personalMessage('hi'));
    const refused = invokeCard(await connected.send(cardExecute(Verbs.saveSettings, { form: 'settings', reporting: 'maybe' })))!;
    expect(cardTexts(refused).join('\n')).to.include('nothing was changed');
    expect((await storedLearner(connected.stores, LEARNER))!.preferences.reporting).to.equal(undefined);
  });

  it('"my record" says when nothing leaves HALI, in Welsh too', async () => {
    const { send } = testApp();
    expect(cardTexts(firstCard(await send(personalMessage('my record')))).join('\n')).to.include('nothing about your learning leaves HALI');
    expect(cardTexts(firstCard(await send(personalMessage('fy nghofnod', { locale: 'cy-GB' })))).join('\n')).to.include('does dim byd am eich dysgu yn gadael HALI');
  });

  it('"cpd" lists a period\'s lessons with minutes and sources, and explains a period it cannot read', async () => {
    let now = new Date('2026-11-27T09:00:00Z');
    const { send } = testApp({ now: () => now });
    await lessonAndAnswers(send, USER, 3);
    now = new Date('2026-11-27T09:00:40Z');
    const cpd = cardTexts(firstCard(await send(personalMessage('cpd')))).join('\n');
    expect(cpd).to.include('CPD summary: 29 October 2026 to 27 November 2026');
    expect(cpd).to.include('Lessons (1)');
    expect(cpd).to.match(/27 November 2026: HALI: .+ \(2 min\)/);
    expect(cpd).to.match(/Questions answered: 3, 2 right/);
    expect(cpd).to.include('https://');
    expect(cardTexts(firstCard(await send(personalMessage('cpd summary')))).join('\n')).to.include('CPD summary: 29 October 2026 to 27 November 2026');
    expect(cardTexts(firstCard(await send(personalMessage('dpp 7', { locale: 'cy-GB' })))).join('\n')).to.include('Crynodeb DPP: 21 Tachwedd 2026 i 27 Tachwedd 2026');
    const old = cardTexts(firstCard(await send(personalMessage('cpd 2026-01-01 2026-01-31')))).join('\n');
    expect(old).to.include('No learning with HALI is recorded between 1 January 2026 and 31 January 2026.');
    for (const bad of ['cpd 2026-02-30 2026-03-01', 'cpd 99999', 'cpd 0', 'cpd 2026-03-01 2026-01-01', 'cpd 1/2/2026']) {
      expect((await send(personalMessage(bad)))[0].text).to.include('I could not read that period');
    }
  });
});
