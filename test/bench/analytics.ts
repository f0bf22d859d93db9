/**
 * `npm run bench -- analytics`: cohort analytics at scale on the embedded store. Generates 100,000
 * learners and 5,000,000 answer events (BENCH_ANALYTICS_ANSWERS / BENCH_ANALYTICS_LEARNERS to scale
 * down), then times each dashboard view, compares quiz-answer turns/s with analytics on and off, and
 * reports storage per 1,000 answers. In-process and bounded; stops by itself.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { createApp } from '../../bot/app';
import { buildReport } from '../../bot/analytics/service';
import { reportHtml } from '../../bot/analytics/report-html';
import { reportTables, toCsv } from '../../bot/analytics/tables';
import { translator } from '../../bot/i18n';
import { AggregateStore } from '../../bot/store/aggregates';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { cardExecute, cardSubmit } from '../helpers/activities';
import { firstCard, invokeCard, realFaculty, testDeps } from '../helpers/app';
import { cachedDataSet } from './analytics-cache';
import { generate, type Generated } from './analytics-data';

type Write = (line: string) => void;
const LEARNERS = Number(process.env.BENCH_ANALYTICS_LEARNERS ?? 100_000);
const ANSWERS = Number(process.env.BENCH_ANALYTICS_ANSWERS ?? 5_000_000);
const VIEW_RUNS = 40;
const TURN_RUNS = 5;
/** The generated year ends in December 2026: views are loaded as of then. */
const BENCH_NOW = new Date('2026-12-31T12:00:00Z');

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function rawDb(store: SqliteDocumentStore) {
  return (store as unknown as { db: import('better-sqlite3').Database }).db;
}

async function timeViews(write: Write, aggregates: AggregateStore) {
  const hali = realFaculty().get('hali')!;
  const views: [string, () => Promise<unknown>][] = [];
  const filterSets = [
    { label: 'all time, everyone', filters: { mentorId: 'hali', period: 'all' } },
    { label: 'one month, everyone', filters: { mentorId: 'hali', period: '2026-06' } },
    { label: 'one month, nurses, Welsh', filters: { mentorId: 'hali', period: '2026-06', role: 'nurse', language: 'cy' } },
  ];
  for (const { label, filters } of filterSets) views.push([`report JSON (every view): ${label}`, () => buildReport(aggregates, hali, filters, 10, 'en', BENCH_NOW)]);
  const t = translator('en');
  views.push(['evaluation report HTML: all time', async () => reportHtml(await buildReport(aggregates, hali, filterSets[0].filters, 10, 'en', BENCH_NOW), 'en', t, new Date())]);
  views.push(['CSV download (items): one month', async () => toCsv(reportTables(await buildReport(aggregates, hali, filterSets[1].filters, 10, 'en', BENCH_NOW), t)[0])]);
  write(`\nDashboard views (${VIEW_RUNS} loads each, in-process through the same function the API calls; goal p95 < 300 ms)\n`);
  for (const [name, load] of views) {
    const times: number[] = [];
    for (let i = 0; i < VIEW_RUNS; i++) {
      const start = process.hrtime.bigint();
      await load();
      times.push(ms(start));
    }
    write(`  ${name.padEnd(56)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms\n`);
  }
}

/** Quiz-answer turns per second through the real app (TestAdapter), ten learners at a time. */
async function answerTurnsPerSecond(enabled: boolean, rounds = 40, concurrency = 10): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'hali-bench-turns-'));
  const documents = new SqliteDocumentStore({ file: join(dir, 'hali.db'), purgeEveryMs: 0 });
  const { deps } = testDeps({ documents, now: () => new Date(), env: { ANALYTICS_ENABLED: String(enabled) } });
  const { handleTurn } = createApp(deps);
  let answerMs = 0;
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
      const start = process.hrtime.bigint();
      if (!invokeCard(await send(cardExecute(Verbs.quizAnswer, { ...action.data, confidence: 'sure' }, { userId })))) throw new Error('no result');
      answerMs += ms(start);
      answers++;
    }
  };
  const wall = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, (_, n) => learner(n)));
  await Promise.all([deps.stores.aggregates.flush(), deps.stores.events.flush()]);
  const seconds = ms(wall) / 1000;
  await documents.close();
  rmSync(dir, { recursive: true, force: true });
  void answerMs;
  return answers / seconds;
}

async function compareTurns(write: Write) {
  const on: number[] = [];
  const off: number[] = [];
  await answerTurnsPerSecond(true, 3); // warm-up: content, templates and the JIT
  for (let i = 0; i < TURN_RUNS; i++) {
    off.push(await answerTurnsPerSecond(false));
    on.push(await answerTurnsPerSecond(true));
  }
  const median = (v: number[]) => percentile(v, 50);
  write(`\nQuiz-answer turns (question then answer, 10 learners at a time, in-process TestAdapter, on-disk store, 400 answers a run, off and on alternating; median of ${TURN_RUNS} runs each)\n`);
  write(`  analytics off: ${median(off).toFixed(1)} answers/s   analytics on: ${median(on).toFixed(1)} answers/s   on/off: ${(median(on) / median(off)).toFixed(2)} (goal >= 0.9)\n`);
  write(`  runs off: ${off.map((v) => v.toFixed(1)).join(', ')}; on: ${on.map((v) => v.toFixed(1)).join(', ')}\n`);
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
  const aggregates = new AggregateStore(store, { windowMs: 3_600_000 });
  try {
    storage(write, store, data.file, ANSWERS);
    await timeViews(write, aggregates);
  } finally {
    await store.close();
  }
  await compareTurns(write);
}

if (require.main === module) {
  runAnalyticsBench((line) => process.stdout.write(line)).catch((error: Error) => {
    process.stderr.write(`bench failed: ${error.stack}\n`);
    process.exit(1);
  });
}
