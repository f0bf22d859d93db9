/**
 * `npm run bench -- analytics`: cohort analytics at scale on the embedded store. Generates 100,000
 * learners and 5,000,000 answer events (BENCH_ANALYTICS_ANSWERS / BENCH_ANALYTICS_LEARNERS to scale
 * down), then times each dashboard view, compares quiz-answer turns/s with analytics on and off, and
 * reports storage per 1,000 answers. In-process and bounded; stops by itself.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { createApp } from '../../bot/app';
import { buildReport } from '../../bot/analytics/service';
import { ClosedMonthReader } from '../../bot/analytics/closed-months';
import { cellOf } from '../../bot/analytics/contribution';
import { answerContribution, record } from '../../bot/analytics/record';
import { topicOfItem } from '../../bot/analytics/views';
import { newLearner, type Learner } from '../../bot/learning/learner';
import { ROLES } from '../../bot/mentors/types';
import { reportHtml } from '../../bot/analytics/report-html';
import { reportTables, toCsv } from '../../bot/analytics/tables';
import { translator } from '../../bot/i18n';
import { AggregateStore, mergeCounters, type Counters } from '../../bot/store/aggregates';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { cardExecute, cardSubmit } from '../helpers/activities';
import { firstCard, invokeCard, realFaculty, testDeps } from '../helpers/app';
import { cachedDataSet } from './analytics-cache';
import { generate, type Generated } from './analytics-data';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

type Write = (line: string) => void;
const LEARNERS = Number(process.env.BENCH_ANALYTICS_LEARNERS ?? 100_000);
const ANSWERS = Number(process.env.BENCH_ANALYTICS_ANSWERS ?? 5_000_000);
const VIEW_RUNS = 40;
const LIVE_ANSWERS_PER_SECOND = 200;
const TURN_RUNS = 7;
/** The generated year ends in December 2026: views are loaded as of then. */
const BENCH_NOW = new Date('2026-12-31T12:00:00Z');

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function rawDb(store: SqliteDocumentStore) {
  return (store as unknown as { db: import('better-sqlite3').Database }).db;
}

/**
 * Keeps answers flowing into the aggregates while views load, as on a live service: `perSecond` first
 * answers through the quiz route's record(), flushed every 250 ms, so the all-time and current month's
 * cell documents keep changing under the reader.
 */
function liveAnswers(aggregates: AggregateStore, perSecond: number): { stop: () => Promise<void>; added: () => number } {
  const hali = realFaculty().get('hali')!;
  let added = 0;
  // What was added is taken back at the end, so the cached data set stays as generated for the next run.
  const sums = new Map<string, { scope: string; cell: string; counters: Counters }>();
  const sink = {
    add(scope: string, cell: string, counters: Readonly<Counters>) {
      aggregates.add(scope, cell, counters);
      const entry = sums.get(`${scope}#${cell}`) ?? sums.set(`${scope}#${cell}`, { scope, cell, counters: {} }).get(`${scope}#${cell}`)!;
      mergeCounters(entry.counters, counters);
    },
  };
  const undo = async () => {
    for (const { scope, cell, counters } of sums.values()) aggregates.add(scope, cell, Object.fromEntries(Object.entries(counters).map(([k, v]) => [k, -v])));
    await aggregates.flush();
  };
  const tick = setInterval(() => {
    for (let i = 0; i < perSecond / 10; i++) {
      const n = added++;
      const learner = { ...newLearner(`live-${n}`, 't', BENCH_NOW), profile: { role: ROLES[n % ROLES.length] }, language: n % 5 === 0 ? 'cy' : 'en' } as Learner;
      const item = hali.quiz[n % hali.quiz.length];
      const option = item.options[n % item.options.length];
      const facts = { itemId: item.id, optionId: option.id, topic: topicOfItem(hali, item.lessonId), correct: option.correct, streakAfter: 1, viaNudge: false };
      record(sink, learner, cellOf(learner, 'hali'), answerContribution(learner, facts), BENCH_NOW);
    }
  }, 100);
  return {
    stop: async () => {
      clearInterval(tick);
      await undo();
    },
    added: () => added,
  };
}

async function timeViews(write: Write, aggregates: AggregateStore) {
  const hali = realFaculty().get('hali')!;
  // The reader the educator API uses (bot/educator/workspace.ts): closed months kept once read.
  const reader = new ClosedMonthReader(aggregates, () => BENCH_NOW);
  const views: [string, () => Promise<unknown>][] = [];
  const filterSets = [
    { label: 'all time, everyone', filters: { mentorId: 'hali', period: 'all' } },
    { label: 'one month, everyone', filters: { mentorId: 'hali', period: '2026-06' } },
    { label: 'one month, nurses, Welsh', filters: { mentorId: 'hali', period: '2026-06', role: 'nurse', language: 'cy' } },
    { label: 'this month, doctors', filters: { mentorId: 'hali', period: '2026-12', role: 'doctor' } },
  ];
  for (const { label, filters } of filterSets) views.push([`report JSON (every view): ${label}`, () => buildReport(reader, hali, filters, 10, 'en', BENCH_NOW)]);
  const t = translator('en');
  views.push(['evaluation report HTML: all time', async () => reportHtml(await buildReport(reader, hali, filterSets[0].filters, 10, 'en', BENCH_NOW), 'en', t, new Date())]);
  views.push(['CSV download (items): one month', async () => toCsv(reportTables(await buildReport(reader, hali, filterSets[1].filters, 10, 'en', BENCH_NOW), t)[0])]);
  const live = liveAnswers(aggregates, LIVE_ANSWERS_PER_SECOND);
  write(`\nDashboard views (in-process through the function the API calls, with the API's reader; goal p95 < 300 ms).\n`);
  write(`The first load of each view is cold (nothing parsed yet; a month view also reads the 24 months it is checked against); then ${VIEW_RUNS} loads while ${LIVE_ANSWERS_PER_SECOND} answers/s keep being added and flushed every 250 ms (the live path), so the all-time and current month's documents keep changing.\n`);
  try {
    for (const [name, load] of views) {
      let start = process.hrtime.bigint();
      await load();
      const cold = ms(start);
      const times: number[] = [];
      for (let i = 0; i < VIEW_RUNS; i++) {
        // The embedded store answers synchronously: let the live writer's timers and flushes run between loads.
        await new Promise((resolve) => setImmediate(resolve));
        start = process.hrtime.bigint();
        await load();
        times.push(ms(start));
      }
      write(`  ${name.padEnd(52)} first ${cold.toFixed(0).padStart(5)} ms   p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms\n`);
    }
  } finally {
    await live.stop();
  }
  write(`  (${live.added().toLocaleString('en-GB')} answers added while the views loaded)\n`);
}

interface TurnRate {
  /** Answers per second of wall time. */
  readonly wall: number;
  /** Answers per second of this process's CPU time: steadier than wall time on a shared machine. */
  readonly cpu: number;
}

/** Quiz-answer turns per second through the real app (TestAdapter), ten learners at a time. */
async function answerTurnsPerSecond(enabled: boolean, rounds = 40, concurrency = 10): Promise<TurnRate> {
  const dir = tempDir('hali-bench-turns-');
  const documents = new SqliteDocumentStore({ file: join(dir, 'hali.db'), purgeEveryMs: 0 });
  const { deps } = testDeps({ documents, now: () => new Date(), env: { ANALYTICS_ENABLED: String(enabled) } });
  const { handleTurn } = createApp(deps);
  let answers = 0;
  const hali = realFaculty().get('hali')!;
  const learner = async (n: number) => {
    const adapter = new TestAdapter(handleTurn);
    const send = async (activity: Partial<Activity>) => {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    };
    const userId = `29:turns-${enabled}-${n}`;
    for (let round = 0; round < rounds; round++) {
      const lessonId = hali.lessons[round % hali.lessons.length].id;
      const card = firstCard(await send(cardSubmit({ verb: Verbs.quizStart, mentorId: 'hali', lessonId }, { userId })));
      const action = (card?.actions as Record<string, any>[] | undefined)?.find((a) => a.verb === Verbs.quizAnswer);
      if (!action) continue;
      if (!invokeCard(await send(cardExecute(Verbs.quizAnswer, { ...action.data, confidence: 'sure' }, { userId })))) throw new Error('no result');
      answers++;
    }
  };
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, (_, n) => learner(n)));
  await Promise.all([deps.stores.aggregates.flush(), deps.stores.events.flush()]);
  const used = process.cpuUsage(cpu);
  const seconds = ms(wall) / 1000;
  await documents.close();
  removeTempDir(dir);
  return { wall: answers / seconds, cpu: answers / ((used.user + used.system) / 1e6) };
}

async function compareTurns(write: Write) {
  const on: TurnRate[] = [];
  const off: TurnRate[] = [];
  await answerTurnsPerSecond(true, 3); // warm-up: content, templates and the JIT
  for (let i = 0; i < TURN_RUNS; i++) {
    off.push(await answerTurnsPerSecond(false));
    on.push(await answerTurnsPerSecond(true));
  }
  const median = (runs: TurnRate[], kind: keyof TurnRate) => percentile(runs.map((r) => r[kind]), 50);
  write(`\nQuiz-answer turns (question then answer, 10 learners at a time, in-process TestAdapter, on-disk store, 400 answers a run, off and on alternating; median of ${TURN_RUNS} runs each; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)\n`);
  for (const kind of ['wall', 'cpu'] as const) {
    const label = kind === 'wall' ? 'answers/s (wall)' : 'answers per CPU-second';
    write(`  ${label.padEnd(24)} analytics off ${median(off, kind).toFixed(1).padStart(7)}   on ${median(on, kind).toFixed(1).padStart(7)}   on/off ${(median(on, kind) / median(off, kind)).toFixed(2)} (goal >= 0.9)\n`);
    write(`    runs off: ${off.map((r) => r[kind].toFixed(1)).join(', ')}; on: ${on.map((r) => r[kind].toFixed(1)).join(', ')}\n`);
  }
}

function storage(write: Write, store: SqliteDocumentStore, file: string, answers: number) {
  const db = rawDb(store);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = statSync(file).size;
  const rows = db.prepare('SELECT container, COUNT(*) AS docs, SUM(LENGTH(body)) AS body FROM documents GROUP BY container').all() as { container: string; docs: number; body: number }[];
  write(`\nStorage (embedded store file after checkpoint): ${(bytes / 1024 / 1024).toFixed(1)} MiB for ${answers.toLocaleString('en-GB')} answers = ${(bytes / (answers / 1000) / 1024).toFixed(1)} KiB per 1,000 answers (events, aggregates and learner records)\n`);
  for (const r of rows) write(`  ${r.container.padEnd(10)} ${String(r.docs).padStart(9)} documents, ${(r.body / 1024 / 1024).toFixed(1)} MiB of JSON (${(r.body / (answers / 1000) / 1024).toFixed(2)} KiB per 1,000 answers)\n`);
}

export async function runAnalyticsBench(write: Write): Promise<void> {
  write(`\nnpm run bench -- analytics: ${LEARNERS.toLocaleString('en-GB')} learners and ${ANSWERS.toLocaleString('en-GB')} answer events\n`);
  const data = await cachedDataSet(LEARNERS, ANSWERS, async (file) => {
    const store = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
    const aggregates = new AggregateStore(store, { windowMs: 3_600_000 });
    const generated = await generate(store, aggregates, realFaculty().mentors, LEARNERS, ANSWERS, 3650);
    await store.close();
    writeFileSync(`${file}.json`, JSON.stringify(generated));
  });
  const generated = JSON.parse(readFileSync(`${data.file}.json`, 'utf8')) as Generated;
  const how = data.reused ? 'reused from an earlier run (BENCH_ANALYTICS_FRESH=1 to generate again); it took' : 'generated in';
  write(`Data set ${data.file}: ${how} ${(generated.ms / 1000).toFixed(1)} s wall, ${(generated.cpuMs / 1000).toFixed(1)} s CPU (${Math.round(ANSWERS / (generated.ms / 1000)).toLocaleString('en-GB')} answers/s; load average now ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; events in transactions of 50,000; aggregates through the quiz route's own record())\n`);
  const store = new SqliteDocumentStore({ file: data.file, purgeEveryMs: 0 });
  const aggregates = new AggregateStore(store, { windowMs: 250 });
  try {
    storage(write, store, data.file, ANSWERS);
    await timeViews(write, aggregates);
  } finally {
    await store.close();
  }
  // BENCH_ANALYTICS_TURNS=0 leaves the turn comparison out (for a quick look at the views).
  if (process.env.BENCH_ANALYTICS_TURNS !== '0') await compareTurns(write);
}

if (require.main === module) {
  runAnalyticsBench((line) => process.stdout.write(line)).catch((error: Error) => {
    process.stderr.write(`bench failed: ${error.stack}\n`);
    process.exit(1);
  });
}
