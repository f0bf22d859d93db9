/**
 * The outbox sender in its worker thread (REPORTING_SENDER_THREAD=worker, an option beside the default inline, on a
 * file store): turns write in the main thread, the worker sends over its own store connection.
 */
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { SweepLease } from '../../bot/nudges/lease';
import { createReportingEngine, OUTBOX_LEASE_KEY, type ReportingEngine } from '../../bot/reporting';
import { CONTAINERS } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { cardExecute, personalMessage } from '../helpers/activities';
import { firstCard, MENTORS_DIR, realFaculty, storedLearner, testApp } from '../helpers/app';
import { lessonAndAnswers } from '../helpers/learning-session';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';
import { tempDir } from '../helpers/temp-dir';

const until = async (done: () => boolean | Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('outbox sender in a worker thread', function () {
  this.timeout(120_000);
  let lrs: LrsStandIn;
  const engines: ReportingEngine[] = [];
  beforeEach(async () => {
    lrs = await startLrs();
  });
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.stop()));
    await lrs.close();
  });

  /** An app on a file store with its sender in a worker on a second connection to that file. */
  function workerApp(env: Record<string, string> = {}, clock?: () => Date, governed = false) {
    const file = join(tempDir('hali-outbox-worker-'), 'hali.db');
    const documents = new SqliteDocumentStore({ file, clock, purgeEveryMs: 0 });
    const built = testApp({ env: { XAPI_ENDPOINT: lrs.url, XAPI_BATCH_SIZE: '10', ...env }, documents, governed, ...(clock ? { now: clock } : {}) });
    const { deps, governance } = built;
    const engine = createReportingEngine({
      stores: built.stores, config: deps.config, sinks: [], clock: deps.clock, log: deps.log, backoff: { firstMs: 50, maxMs: 200 },
      // As bot/index.ts wires it: the content learners are served now, and its verdicts for the worker.
      mentors: () => deps.faculty.mentors, ...(governance ? { content: () => governance.faculty.served } : {}),
      thread: 'worker', worker: { store: { kind: 'sqlite', file }, mentorsDir: MENTORS_DIR, sinkTimeoutMs: 5_000, restart: { firstMs: 50, maxMs: 400 } },
    });
    engines.push(engine);
    return { ...built, engine, documents };
  }

  const queuedIds = async (stores: ReturnType<typeof testApp>['stores'], users: string[]) =>
    (await Promise.all(users.map(async (u) => (await storedLearner(stores, `aad-${u}`))?.outbox?.map((e) => e.id) ?? []))).flat();

  async function expectExactlyOnce(built: ReturnType<typeof workerApp>, users: string[], expected: readonly string[]) {
    for (const user of users) expect((await storedLearner(built.stores, `aad-${user}`))!.outbox).to.deep.equal([]);
    const reported = (await Promise.all(users.map((u) => built.stores.reported.list(`aad-${u}`)))).flat().map((r) => r.id);
    expect(new Set(reported).size).to.equal(reported.length);
    expect([...reported].sort()).to.deep.equal([...expected].sort());
    expect([...lrs.stored.keys()].sort()).to.deep.equal([...expected].sort());
    expect(lrs.counts.conflicts).to.equal(0);
  }

  it('delivers what turns in the main thread queue, exactly once, on its own schedule and thread', async () => {
    const built = workerApp();
    built.engine.startSchedule(100);
    const users = Array.from({ length: 8 }, (_, i) => `29:worker-${i}`);
    const expected: string[] = [];
    for (const user of users) {
      await lessonAndAnswers(built.send, user, 3);
      expected.push(...(await queuedIds(built.stores, [user])));
    }
    await until(async () => (await built.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 1)).length === 0);
    expect(built.engine.thread).to.equal('worker');
    expect(built.engine.worker!.thread!.threadId).to.be.greaterThan(0);
    // The run that emptied the outbox records what it sent after settling its page: let it finish.
    await built.engine.stop();
    await expectExactlyOnce(built, users, expected);
    expect([...lrs.accepted.values()].every((n) => n === 1)).to.equal(true);
    // The worker's log lines reach the main thread's logger, in its format.
    expect(built.logs.lines.some((l) => l.event === 'outbox.worker_started' && l.thread === 'worker')).to.equal(true);
  });

  it('keeps the main thread\'s clock from its first instruction: a lease another instance holds is neither purged nor taken', async () => {
    // The app's clock (and its store's) is days behind the wall clock. Before its first run the worker used
    // to read the wall clock, and opening the store purged, as expired, the lease the other instance held:
    // both then sent (the duplicates two instances showed).
    const built = workerApp({}, () => new Date('2026-11-27T09:00:00Z'));
    await lessonAndAnswers(built.send, '29:lease-held', 1);
    const elsewhere = new SweepLease(built.documents, 'instance-elsewhere', 60_000, () => built.deps.clock().getTime(), OUTBOX_LEASE_KEY);
    expect(await elsewhere.acquire()).to.equal(true);
    expect((await built.engine.runOnce())!.sent).to.equal(0);
    expect(lrs.counts.requests).to.equal(0);
    expect(await elsewhere.renew(), 'the other instance still holds its lease').to.equal(true);
    await elsewhere.release();
    expect((await built.engine.runOnce())!.sent).to.equal(3);
  });

  it('words statements in the content learners are served, not what is on disk: a lesson withdrawn in review after it was finished is refused, not reported', async () => {
    const built = workerApp({ SERVE_DRAFT_CONTENT: 'false' }, undefined, true);
    const governance = built.governance!;
    const hali = realFaculty().get('hali')!;
    const lesson = hali.lessons[0];
    const decide = (key: string, decision: 'approve' | 'request-changes', role: 'educator' | 'welsh-reviewer', at = '2026-11-27T08:00:00.000Z') =>
      governance.decide(governance.item(key)!, { decision, role, reviewer: { id: role, name: `Dr ${role}` }, at, comment: '' });
    // Only the first lesson and its questions are approved (production serves nothing else).
    for (const key of [`lesson:${lesson.id}`, ...hali.quiz.filter((q) => q.lessonId === lesson.id).map((q) => `quiz:${q.id}`)]) {
      for (const role of ['educator', 'welsh-reviewer'] as const) await decide(key, 'approve', role);
    }
    await lessonAndAnswers(built.send, '29:withdrawn', 1);
    const queued = (await storedLearner(built.stores, 'aad-29:withdrawn'))!.outbox!;
    const ofLesson = queued.filter((e) => e.fact?.kind === 'lessonCompleted' || e.fact?.kind === 'itemAnswered').map((e) => e.id);
    expect(ofLesson).to.have.length(2);
    // Withdrawn in review (changes requested) before the sender ran: no longer served, though still on disk.
    await decide(`lesson:${lesson.id}`, 'request-changes', 'educator', '2026-11-27T09:30:00.000Z');
    expect(built.deps.faculty.get('hali')!.lessons.map((l) => l.id)).to.not.include(lesson.id);
    const report = (await built.engine.runOnce())!;
    expect(report).to.deep.include({ sent: queued.length - 2, refused: 2 });
    expect([...lrs.stored.keys()]).to.not.include.members(ofLesson);
    expect([...lrs.stored.values()].some((s) => String(s.object.id).includes(lesson.id))).to.equal(false);
    const reported = await built.stores.reported.list('aad-29:withdrawn');
    expect(reported.filter((r) => r.outcome === 'refused').map((r) => r.id).sort()).to.deep.equal([...ofLesson].sort());
    expect((await storedLearner(built.stores, 'aad-29:withdrawn'))!.outbox).to.deep.equal([]);
  });

  it('is killed mid-batch and restarted: every statement delivered exactly once afterwards', async () => {
    const built = workerApp();
    const users = Array.from({ length: 6 }, (_, i) => `29:killed-${i}`);
    for (const user of users) await lessonAndAnswers(built.send, user, 3);
    const expected = await queuedIds(built.stores, users);
    expect(expected.length).to.be.greaterThan(20);
    lrs.delayMs = 400;
    const requests = lrs.counts.requests;
    const run = built.engine.runOnce();
    await until(() => lrs.counts.requests > requests);
    // Killed while its first batch is at the LRS: nothing of that batch is settled in the store.
    await built.engine.worker!.thread!.terminate();
    await run.then(
      () => expect.fail('the run should end with the worker'),
      (error: Error) => expect(error.message).to.match(/worker exited/),
    );
    expect((await queuedIds(built.stores, users)).sort()).to.deep.equal([...expected].sort());
    lrs.delayMs = 0;
    await until(() => built.logs.lines.some((l) => l.event === 'outbox.worker_exited'));
    // Restarted after its pause; sends again until the outbox is empty.
    await until(async () => {
      await built.engine.runOnce();
      return (await built.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 1)).length === 0;
    });
    expect(built.logs.lines.filter((l) => l.event === 'outbox.worker_started')).to.have.length(2);
    await expectExactlyOnce(built, users, expected);
    // Only the batch in flight when it died went twice; the LRS stored it once (same id, same statement).
    expect([...lrs.accepted.values()].filter((n) => n > 1).length).to.be.at.most(10);
  });

  it('a crash while starting (the store cannot be opened) is logged and retried with growing pauses', async () => {
    const built = testApp({ env: { XAPI_ENDPOINT: lrs.url } });
    // A "folder" that is a file: the worker's store cannot be opened.
    const notAFolder = join(tempDir('hali-outbox-worker-'), 'a-file');
    writeFileSync(notAFolder, '');
    const engine = createReportingEngine({
      stores: built.stores, config: built.deps.config, sinks: [], clock: built.deps.clock, log: built.deps.log, mentors: built.deps.faculty.mentors,
      thread: 'worker', worker: { store: { kind: 'sqlite', file: join(notAFolder, 'hali.db') }, mentorsDir: MENTORS_DIR, restart: { firstMs: 20, maxMs: 80 } },
    });
    engines.push(engine);
    expect(await engine.runOnce()).to.equal(undefined);
    await until(() => built.logs.lines.filter((l) => l.event === 'outbox.worker_exited').length >= 3 || (void engine.runOnce().catch(() => undefined), false));
    const exits = built.logs.lines.filter((l) => l.event === 'outbox.worker_exited');
    expect(exits.map((l) => l.restartInMs).slice(0, 3)).to.deep.equal([20, 40, 80]);
    expect(built.logs.lines.some((l) => l.event === 'outbox.worker_start_failed')).to.equal(true);
  });

  const forget = async (send: ReturnType<typeof testApp>['send'], userId: string) => {
    const confirm = firstCard(await send(personalMessage('forget me', { userId })))!;
    await send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }, { userId }));
  };

  it('"forget me" while the worker is sending: the learner is not written back, nothing is recorded about them, and voids follow for all the LRS accepted, the batch in flight included (XAPI_VOID_ON_ERASURE)', async () => {
    const built = workerApp({ XAPI_VOID_ON_ERASURE: 'true' });
    await lessonAndAnswers(built.send, '29:erased', 1);
    await built.engine.runOnce();
    const sentBefore = [...lrs.stored.keys()];
    expect(sentBefore.length).to.be.greaterThan(0);
    await lessonAndAnswers(built.send, '29:erased', 2);
    lrs.delayMs = 500;
    const requests = lrs.counts.requests;
    const run = built.engine.runOnce();
    // The worker has read the learner (with its ETag) and is waiting on the LRS: the learner is erased now.
    await until(() => lrs.counts.requests > requests);
    await forget(built.send, '29:erased');
    await run;
    lrs.delayMs = 0;
    expect(await storedLearner(built.stores, 'aad-29:erased')).to.equal(undefined);
    expect(await built.stores.reported.list('aad-29:erased')).to.deep.equal([]);
    await built.engine.runOnce();
    expect(await storedLearner(built.stores, 'aad-29:erased')).to.equal(undefined);
    // Every statement about them the LRS holds is voided: those sent before, and the batch it accepted while the learner was erased.
    const about = [...lrs.stored.values()].filter((statement) => !String(statement.verb.id).endsWith('/voided')).map((statement) => statement.id as string);
    expect(about.length).to.be.greaterThan(sentBefore.length);
    expect([...lrs.voided].sort()).to.deep.equal(about.sort());
    expect(await built.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 10)).to.deep.equal([]);
  });

  it('stop() lets the run in flight finish, closes the worker\'s store and ends the thread', async () => {
    const built = workerApp();
    await lessonAndAnswers(built.send, '29:stopping', 3);
    lrs.delayMs = 300;
    const requests = lrs.counts.requests;
    const run = built.engine.runOnce();
    await until(() => lrs.counts.requests > requests);
    const worker = built.engine.worker!.thread!;
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    await built.engine.stop();
    expect(await exited).to.equal(0);
    expect((await run)!.sent).to.equal(5);
    expect(built.logs.lines.some((l) => l.event === 'outbox.worker_stopped')).to.equal(true);
    expect(built.logs.lines.some((l) => l.event === 'outbox.worker_exited' || l.event === 'outbox.worker_stop_timeout')).to.equal(false);
    expect(await built.engine.runOnce()).to.equal(undefined);
  });
});
