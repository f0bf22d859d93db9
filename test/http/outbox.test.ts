import { expect } from 'chai';
import { join } from 'node:path';
import { createReportingEngine, type ReportingEngine, type SenderThread } from '../../bot/reporting';
import type { StoreLocation } from '../../bot/reporting/thread-protocol';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import { VERBS } from '../../bot/reporting/vocabulary';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import type { DocumentStore } from '../../bot/store/documents';
import { MENTORS_DIR, storedLearner, testApp } from '../helpers/app';
import { LOCAL_COSMOS_KEY, withCosmosServer } from '../helpers/cosmos';
import { lessonAndAnswers } from '../helpers/learning-session';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';
import { tempDir } from '../helpers/temp-dir';

const FAST = { firstMs: 1_000, maxMs: 5 * 60_000 };

/** A clock the test moves; the app, the sender and its backoff all read it. */
function movableClock(start = '2026-11-27T09:00:00Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

/** Engines started by a test, stopped after it (a worker thread holds a store connection). */
const started: ReportingEngine[] = [];

/** A fresh embedded store on a file, which a worker thread can open too. */
function fileStore(clock: () => Date) {
  const file = join(tempDir('hali-outbox-'), 'hali.db');
  return { file, documents: new SqliteDocumentStore({ file, clock, purgeEveryMs: 0 }) };
}

/**
 * An app whose outbox `instanceIds` send, in `thread`: inline, or each in a worker thread on its own
 * connection to the same file store (the product's mode); `file` names that store when given.
 */
/**
 * How long a statement request may take before the sender gives up and sends it again later. The LRS
 * stand-in answers from this test's own thread, which the turns keep busy; a resend after a timeout is
 * harmless by design (same statement id) but would count twice below, where the lease is under test.
 */
const SINK_TIMEOUT_MS = 10_000;

function cohortApp(lrs: LrsStandIn, clock: () => Date, thread: SenderThread, options: { documents?: DocumentStore; file?: string; instanceIds?: string[]; cosmos?: StoreLocation } = {}) {
  const own = thread === 'worker' && !options.documents ? fileStore(clock) : undefined;
  const documents = options.documents ?? own?.documents;
  const file = options.file ?? own?.file;
  const built = testApp({ env: { XAPI_ENDPOINT: lrs.url, XAPI_BATCH_SIZE: '25' }, now: clock, documents });
  const engines = (options.instanceIds ?? ['instance-a']).map((instanceId) =>
    createReportingEngine({
      stores: built.stores, config: built.deps.config, sinks: [new XapiSink(built.deps.config.reporting.xapi!, built.deps.log, SINK_TIMEOUT_MS)], clock, log: built.deps.log, backoff: FAST, instanceId, mentors: built.deps.faculty.mentors,
      thread,
      worker: file || options.cosmos ? {
        store: options.cosmos ?? { kind: 'sqlite', file: file! }, mentorsDir: MENTORS_DIR, sinkTimeoutMs: SINK_TIMEOUT_MS, restart: { firstMs: 50, maxMs: 400 },
        // The loopback Cosmos DB server's certificate is self-signed: the worker trusts it as the test's agent does.
        ...(options.cosmos ? { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } } : {}),
      } : undefined,
    }),
  );
  started.push(...engines);
  return { ...built, engines };
}

/** Every statement the LRS holds, by verb and activity type. */
function tally(lrs: LrsStandIn) {
  const statements = [...lrs.stored.values()];
  const count = (verb: string, type?: string) => statements.filter((s) => s.verb.id === verb && (!type || s.object.definition?.type === type)).length;
  return { count };
}

async function drain(engines: ReportingEngine[], advance: (ms: number) => void, rounds = 40) {
  for (let i = 0; i < rounds; i++) {
    advance(60_000);
    await Promise.all(engines.map((e) => e.runOnce()));
  }
}

for (const thread of ['inline', 'worker'] as const) describe(`outbox: learning records reach the LRS exactly once (sender ${thread})`, function () {
  this.timeout(120_000);
  let lrs: LrsStandIn;
  beforeEach(async () => {
    lrs = await startLrs();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((e) => e.stop()));
    await lrs.close();
  });

  it('rides out a 90-minute LRS outage in the middle of a cohort\'s learning: every statement delivered exactly once afterwards', async () => {
    const clock = movableClock();
    const { send, stores, engines, logs } = cohortApp(lrs, clock.now, thread);
    const learners = Array.from({ length: 24 }, (_, i) => `29:cohort-${i}`);
    const learnSome = async (users: string[]) => {
      for (const user of users) await lessonAndAnswers(send, user, 3);
    };
    expect(engines[0].thread).to.equal(thread);
    await learnSome(learners.slice(0, 8));
    await engines[0].runOnce();
    expect(!!engines[0].worker?.thread).to.equal(thread === 'worker');
    const deliveredBefore = lrs.stored.size;
    expect(deliveredBefore).to.be.greaterThan(0);

    // The LRS goes away: dropped connections, then 503s, then throttling, for 90 minutes in all.
    lrs.mode = 'down';
    const requestsAtOutage = lrs.counts.requests;
    for (let minute = 0; minute < 90; minute++) {
      if (minute === 10) await learnSome(learners.slice(8, 16));
      if (minute === 40) lrs.mode = 'error';
      if (minute === 55) await learnSome(learners.slice(16, 24));
      if (minute === 70) lrs.mode = 'throttle';
      clock.advance(60_000);
      await engines[0].runOnce();
    }
    // Backoff: a probe every few minutes, not a request storm (90 one-minute ticks, capped at 5-minute pauses).
    expect(lrs.counts.requests - requestsAtOutage).to.be.within(5, 40);
    expect(lrs.stored.size).to.equal(deliveredBefore);
    expect(logs.lines.some((l) => l.event === 'outbox.destination_failed')).to.equal(true);

    lrs.mode = 'up';
    await drain(engines, clock.advance, 10);

    for (const user of learners) expect((await storedLearner(stores, `aad-${user}`))!.outbox).to.deep.equal([]);
    const reported = (await Promise.all(learners.map((u) => stores.reported.list(`aad-${u}`)))).flat();
    expect(new Set(reported.map((r) => r.id)).size).to.equal(reported.length);
    expect([...lrs.stored.keys()].sort()).to.deep.equal(reported.map((r) => r.id).sort());
    // Exactly once: each id accepted in one 2xx answer, never stored twice, never in conflict.
    expect([...lrs.accepted.values()].every((n) => n === 1)).to.equal(true);
    expect(lrs.counts.conflicts).to.equal(0);
    const { count } = tally(lrs);
    expect(count(VERBS.answered.id)).to.equal(24 * 3);
    expect(count(VERBS.completed.id, 'http://adlnet.gov/expapi/activities/lesson')).to.equal(24);
    expect(count(VERBS.attempted.id)).to.equal(24);
  });

  it('loses nothing in a crash between the learner\'s write and the send: a restarted process sends it', async () => {
    const clock = movableClock();
    const { file, documents } = fileStore(clock.now);
    const first = cohortApp(lrs, clock.now, thread, { documents, file });
    await lessonAndAnswers(first.send, '29:crash', 3);
    const queued = (await storedLearner(first.stores, 'aad-29:crash'))!.outbox!.map((e) => e.id);
    expect(queued.length).to.be.greaterThan(3);
    // The process dies here: nothing was sent.
    await first.stores.documents.close();
    expect(lrs.stored.size).to.equal(0);

    const second = cohortApp(lrs, clock.now, thread, { documents: new SqliteDocumentStore({ file, clock: clock.now, purgeEveryMs: 0 }), file });
    clock.advance(5_000);
    await second.engines[0].runOnce();
    expect([...lrs.stored.keys()].sort()).to.deep.equal([...queued].sort());
    await second.engines[0].stop();
    await second.stores.documents.close();
  });

  it('two instances sending from one store deliver each statement once', async () => {
    const clock = movableClock();
    const { send, engines } = cohortApp(lrs, clock.now, thread, { instanceIds: ['instance-a', 'instance-b'] });
    lrs.delayMs = 20;
    const learning = (async () => {
      for (let i = 0; i < 6; i++) await lessonAndAnswers(send, `29:pair-${i}`, 3);
    })();
    const sending = (async () => {
      for (let i = 0; i < 30; i++) {
        await Promise.all(engines.map((e) => e.runOnce()));
        clock.advance(1_000);
      }
    })();
    await Promise.all([learning, sending]);
    lrs.delayMs = 0;
    await drain(engines, clock.advance, 3);
    expect(lrs.stored.size).to.equal(6 * 5);
    // Exactly once per request, in both modes: each id accepted in one 2xx answer.
    expect([...lrs.accepted].filter(([, n]) => n !== 1), 'statements sent more than once').to.deep.equal([]);
    expect(lrs.counts.duplicates).to.equal(0);
  });

  withCosmosServer('on Azure Cosmos DB (real SDK, loopback server)', (cosmos) => {
    it('queues with the learning and drains to the LRS', async () => {
      const clock = movableClock();
      const database = `hali-${Math.random().toString(36).slice(2, 10)}`;
      const documents = await cosmos().connect(database);
      const location = { kind: 'cosmos' as const, endpoint: cosmos().endpoint, key: LOCAL_COSMOS_KEY, database, createIfMissing: true };
      const { send, stores, engines } = cohortApp(lrs, clock.now, thread, { documents, cosmos: location });
      await lessonAndAnswers(send, '29:cosmos', 3);
      expect((await storedLearner(stores, 'aad-29:cosmos'))!.outbox!.length).to.equal(5);
      clock.advance(1_000);
      await engines[0].runOnce();
      expect(lrs.stored.size).to.equal(5);
      expect((await storedLearner(stores, 'aad-29:cosmos'))!.outbox).to.deep.equal([]);
      expect(await stores.reported.list('aad-29:cosmos')).to.have.length(5);
      expect(engines[0].thread).to.equal(thread);
      await engines[0].stop();
      await documents.close();
    });
  });
});
