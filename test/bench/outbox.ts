/**
 * `npm run bench -- outbox`: learners each finish a lesson and answer three questions while the
 * outbox sends their statements to an LRS on loopback that answers slowly (200 ms a request) and is
 * then down for a while. Reports statements/s delivered, the largest queue, the learners' turns/s
 * against the same run with reporting off, and lost and duplicated statements (goal: 0 and 0).
 * The sender runs on the product's schedule (every 5 s) in the product's default mode, on the turns'
 * thread (BENCH_SENDER_THREAD=worker: a worker thread on its own connection to the embedded file
 * store). Bounded: BENCH_LEARNERS learners (default 10,000), and the drain stops after 10 minutes.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { join } from 'node:path';
import { benchTempDir } from './temp-dir';
import { Verbs } from '../../cards/verbs';
import { createApp } from '../../bot/app';
import { createReportingEngine, reportingRules, senderThreadFor } from '../../bot/reporting';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import { CONTAINERS } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import type { LearnerRule } from '../../bot/learning/learner';

import { createStores } from '../../bot/stores';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { firstCard, MENTORS_DIR, realFaculty, testDeps } from '../helpers/app';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10_000);
const WORKERS = 8;
/** Learners per block; blocks alternate between the two apps. */
const BLOCK = 250;
const LRS_DELAY_MS = 200;
const OUTAGE_MS = 15_000;
const DRAIN_LIMIT_MS = 10 * 60_000;

type Write = (line: string) => void;

/** One learner's two minutes: Done on the first lesson, then three questions answered. */
async function learn(adapter: TestAdapter, user: string, lessonId: string): Promise<number> {
  let turns = 0;
  const run = async (activity: Partial<Activity>) => {
    turns++;
    const before = adapter.activeQueue.length;
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(before);
  };
  await run(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId }, { userId: user }));
  for (let i = 0; i < 3; i++) {
    const quiz = firstCard(await run(personalMessage('quiz', { userId: user })));
    const answer = (quiz?.actions as Record<string, any>[] | undefined)?.find((a) => a.verb === Verbs.quizAnswer);
    if (!answer) break;
    await run(cardExecute(Verbs.quizAnswer, { ...answer.data, confidence: 'sure' }, { userId: user }));
  }
  return turns;
}

/** One app over its own embedded store; with `lrs`, reporting on and a background sender. */
function setup(lrs: LrsStandIn | undefined) {
  const dir = benchTempDir('hali-outbox-bench-');
  const file = join(dir, 'hali.db');
  const documents = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
  // BENCH_SENDER_THREAD=inline measures the sender on the turns' thread, for comparison.
  const env: Record<string, string> = lrs ? { XAPI_ENDPOINT: lrs.url, XAPI_BATCH_SIZE: '250', REPORTING_SENDER_THREAD: process.env.BENCH_SENDER_THREAD ?? 'inline' } : {};
  const base = testDeps({ documents, env, now: () => new Date() });
  // The same rules, counting the statements they queue: queue depth = queued so far - delivered so far.
  const counter = { queued: 0 };
  const counted = reportingRules(() => base.deps.faculty.mentors, base.deps.config).map((rule): LearnerRule => (before, after, now) => {
    const ruled = rule(before, after, now);
    counter.queued += Math.max(0, (ruled.outbox?.length ?? 0) - (after.outbox?.length ?? 0));
    return ruled;
  });
  const stores = createStores(documents, base.deps.config, base.deps.clock, { learnerRules: counted });
  const deps = { ...base.deps, stores };
  const { handleTurn } = createApp(deps);
  // Where the sender runs: inline (the default) or, with BENCH_SENDER_THREAD=worker, its own thread and connection.
  const thread = senderThreadFor(deps.config, { kind: 'sqlite', file });
  const engine = lrs
    ? createReportingEngine({
        stores, config: deps.config, sinks: [new XapiSink(deps.config.reporting.xapi!, deps.log, 30_000)], clock: deps.clock, log: deps.log, backoff: { firstMs: 500, maxMs: 5_000 }, mentors: deps.faculty.mentors,
        thread, worker: { store: { kind: 'sqlite', file }, mentorsDir: MENTORS_DIR, sinkTimeoutMs: 30_000 },
      })
    : undefined;
  const adapters = Array.from({ length: WORKERS }, () => new TestAdapter(handleTurn));
  const lessonId = realFaculty().get('hali')!.lessons[0].id;
  const timing = { turns: 0, seconds: 0, cpuSeconds: 0 };
  /** Learners `from` to `to`, WORKERS at a time, timed. */
  const learnBlock = async (from: number, to: number) => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    let next = from;
    const counts = await Promise.all(
      adapters.map(async (adapter) => {
        let mine = 0;
        while (next < to) {
          mine += await learn(adapter, `29:bench-${next++}`, lessonId);
          adapter.activeQueue.splice(0);
          // A real server gets each turn from the network; in-process turns never leave the microtask
          // queue, so yield to timers (the sender, the event log's flush) between learners as I/O would.
          await new Promise((resolve) => setImmediate(resolve));
        }
        return mine;
      }),
    );
    timing.turns += counts.reduce((a, b) => a + b, 0);
    timing.seconds += (Date.now() - started) / 1000;
    // CPU time of the whole process (both apps' timers, the LRS stand-in): steadier than wall time on a shared machine.
    const used = process.cpuUsage(cpu);
    timing.cpuSeconds += (used.user + used.system) / 1e6;
  };
  return { documents, stores, engine, counter, timing, learnBlock, thread };
}

/**
 * Both runs side by side: blocks of learners alternate between the app with reporting off and the
 * one with it on (order swapped every block), so a busy shared machine slows both alike.
 */
async function interleaved(lrs: LrsStandIn, write: Write) {
  const off = setup(undefined);
  const on = setup(lrs);
  const started = Date.now();
  let maxQueue = 0;
  const sampleQueue = () => {
    maxQueue = Math.max(maxQueue, on.counter.queued - lrs.stored.size);
  };
  const sampler = setInterval(sampleQueue, 250);
  // The sender on the product's own schedule (bot/index.ts: every 5 s, one run at a time).
  on.engine!.startSchedule();
  // The worker's start-up (loading its modules) happens once per process, before any learner's turn.
  await on.engine!.worker?.start();
  let recovery: { at: number; stored: number } | undefined;
  lrs.delayMs = LRS_DELAY_MS;
  // Down for a while, from 10 s into the learning.
  const outage = setTimeout(() => {
    lrs.mode = 'down';
    write(`  LRS down at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    setTimeout(() => {
      recovery = { at: Date.now(), stored: lrs.stored.size };
      lrs.mode = 'up';
      write(`  LRS back at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }, OUTAGE_MS).unref();
  }, 10_000);
  for (let from = 0, block = 0; from < LEARNERS; from += BLOCK, block++) {
    const to = Math.min(LEARNERS, from + BLOCK);
    for (const app of block % 2 === 0 ? [off, on] : [on, off]) await app.learnBlock(from, to);
  }
  while (Date.now() - started < DRAIN_LIMIT_MS) {
    sampleQueue();
    if ((await on.documents.findToSend(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 1)).length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const drainedAt = Date.now();
  clearTimeout(outage);
  clearInterval(sampler);
  await on.engine!.stop();
  // Everything the turns left to write (events, cohort counters) is stored before the stores close:
  // a counter write failing on a closed store is put back and retried, and would keep the bench alive.
  await Promise.all([on.stores.events.flush(), off.stores.events.flush(), on.stores.aggregates.flush(), off.stores.aggregates.flush()]);
  await off.documents.close();
  const afterOutage = recovery ? { statements: lrs.stored.size - recovery.stored, seconds: (drainedAt - recovery.at) / 1000 } : undefined;
  return { off, on, maxQueue, seconds: (drainedAt - started) / 1000, afterOutage };
}

async function audit(run: { stores: ReturnType<typeof setup>['stores'] }, lrs: LrsStandIn) {
  let reported = 0;
  let stillQueued = 0;
  const ids = new Set<string>();
  for (let i = 0; i < LEARNERS; i++) {
    const learnerId = `aad-29:bench-${i}`;
    for (const r of await run.stores.reported.list(learnerId)) if (r.to === 'lrs' && r.outcome === 'accepted') (reported++, ids.add(r.id));
    stillQueued += (await run.stores.learners.load(learnerId)).learner.outbox?.length ?? 0;
  }
  const lost = [...ids].filter((id) => !lrs.stored.has(id)).length + stillQueued;
  const duplicated = [...lrs.accepted.values()].filter((n) => n > 1).length;
  return { reported, lost, duplicated, stored: lrs.stored.size };
}

export async function runOutboxBench(write: Write): Promise<void> {
  write(`\nnpm run bench -- outbox: ${LEARNERS} learners x (a lesson + 3 answers), ${WORKERS} at a time, in blocks of ${BLOCK} alternating reporting off / on; LRS on loopback at ${LRS_DELAY_MS} ms a request, down for ${OUTAGE_MS / 1000} s\n`);
  const lrs = await startLrs();
  try {
    const run = await interleaved(lrs, write);
    const audited = await audit(run.on, lrs);
    await run.on.documents.close();
    const rate = (t: { turns: number; seconds: number }) => t.turns / t.seconds;
    write(`  reporting off: ${run.off.timing.turns} turns in ${run.off.timing.seconds.toFixed(1)} s = ${rate(run.off.timing).toFixed(0)} turns/s\n`);
    write(`  sender thread: ${run.on.thread}\n`);
    write(`  reporting on:  ${run.on.timing.turns} turns in ${run.on.timing.seconds.toFixed(1)} s = ${rate(run.on.timing).toFixed(0)} turns/s\n`);
    write(`  statements delivered: ${lrs.stored.size} in ${run.seconds.toFixed(1)} s from the first turn = ${(lrs.stored.size / run.seconds).toFixed(0)} statements/s (LRS requests: ${lrs.counts.requests}, refused while down: ${lrs.counts.refusedByMode})\n`);
    if (run.afterOutage) write(`  after the outage: ${run.afterOutage.statements} statements in ${run.afterOutage.seconds.toFixed(1)} s = ${(run.afterOutage.statements / run.afterOutage.seconds).toFixed(0)} statements/s\n`);
    write(`  max queue depth: ${run.maxQueue} statements\n`);
    write(`  turns/s on / off: ${(rate(run.on.timing) / rate(run.off.timing)).toFixed(2)} (goal >= 0.9)\n`);
    const perCpu = (t: { turns: number; cpuSeconds: number }) => t.turns / t.cpuSeconds;
    write(`  turns per CPU-second on / off: ${perCpu(run.on.timing).toFixed(0)} / ${perCpu(run.off.timing).toFixed(0)} = ${(perCpu(run.on.timing) / perCpu(run.off.timing)).toFixed(2)} (the process's CPU time in each app's blocks; less swayed by other work on the machine)\n`);
    write(`  lost: ${audited.lost}, duplicated: ${audited.duplicated} (goal 0 and 0); statements recorded as sent: ${audited.reported}\n`);
  } finally {
    await lrs.close();
  }
}
