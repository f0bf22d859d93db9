/**
 * Storage figures for `npm run bench`: store operations and time per personal-chat turn on the
 * embedded store and on Cosmos DB (real SDK against a Cosmos DB API server on loopback), and the size
 * of a learner document after 100 answered quiz items.
 */
import { TestAdapter } from 'botbuilder';
import { join } from 'node:path';
import { benchTempDir } from './temp-dir';
import { scheduleReview } from '../../bot/learning/review';
import { createApp } from '../../bot/app';
import { createStores } from '../../bot/stores';
import { CONTAINERS, type ContainerName, type DocumentStore } from '../../bot/store/documents';
import { LEARNER_RECORD_ID } from '../../bot/store/learners';
import { type ReviewState } from '../../bot/learning/learner';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { personalMessage } from '../helpers/activities';
import { startCosmosServer } from '../helpers/cosmos';
import { testDeps } from '../helpers/app';

const TURNS = 300;
const LEARNERS = 20;
const QUESTIONS = ['What is a large language model?', 'what is automation bias', 'Can I put patient information into an AI tool?', 'When is AI a medical device?'];

interface Op {
  container: ContainerName;
  id: string;
  method: string;
  ms: number;
}

/** Wraps a store, recording each operation and how long it took. */
function counting(inner: DocumentStore): { store: DocumentStore; ops: Op[] } {
  const ops: Op[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      return async (...args: unknown[]) => {
        const started = process.hrtime.bigint();
        try {
          return await value.apply(target, args);
        } finally {
          ops.push({ container: args[0] as ContainerName, id: String(args[2] ?? ''), method: String(property), ms: Number(process.hrtime.bigint() - started) / 1e6 });
        }
      };
    },
  });
  return { store, ops };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function measureTurns(name: string, documents: DocumentStore) {
  const { store, ops } = counting(documents);
  const { deps } = testDeps({ documents: store, now: () => new Date() });
  const { handleTurn } = createApp({ ...deps, stores: createStores(store, deps.config, deps.clock) });
  const adapter = new TestAdapter(handleTurn);
  const turnMs: number[] = [];
  const storeMs: number[] = [];
  const perTurn: Record<string, number[]> = {};
  let maxLearnerReads = 0;
  let maxLearnerWrites = 0;
  for (let turn = 0; turn < TURNS; turn++) {
    const learner = turn % LEARNERS;
    ops.length = 0;
    const started = process.hrtime.bigint();
    await adapter.processActivity(personalMessage(QUESTIONS[turn % QUESTIONS.length], { userId: `29:bench-${learner}` }));
    turnMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    adapter.activeQueue.splice(0);
    if (turn < LEARNERS) continue; // first contact creates the learner; measure returning learners
    storeMs.push(ops.reduce((sum, op) => sum + op.ms, 0));
    const counts: Record<string, number> = {};
    const label = (op: Op) => (op.container === CONTAINERS.learners ? (op.id === LEARNER_RECORD_ID ? 'learner-record' : 'learner-event') : op.container);
    for (const op of ops) counts[`${label(op)}.${op.method}`] = (counts[`${label(op)}.${op.method}`] ?? 0) + 1;
    for (const [key, count] of Object.entries(counts)) (perTurn[key] ??= []).push(count);
    const recordOps = ops.filter((op) => op.container === CONTAINERS.learners && op.id === LEARNER_RECORD_ID);
    maxLearnerReads = Math.max(maxLearnerReads, recordOps.filter((op) => op.method === 'read').length);
    maxLearnerWrites = Math.max(maxLearnerWrites, recordOps.filter((op) => ['replace', 'create', 'upsert'].includes(op.method)).length);
  }
  const measured = TURNS - LEARNERS;
  const opsPerTurn = Object.entries(perTurn)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, counts]) => `${key} ${(counts.reduce((a, b) => a + b, 0) / measured).toFixed(2)}`)
    .join(', ');
  return { name, turnP50: percentile(turnMs.slice(LEARNERS), 50), turnP99: percentile(turnMs.slice(LEARNERS), 99), storeP50: percentile(storeMs, 50), storeP99: percentile(storeMs, 99), opsPerTurn, maxLearnerReads, maxLearnerWrites };
}

/** A learner who has answered 100 items, some several times, scheduled by FSRS. */
async function learnerDocumentBytes(documents: DocumentStore, raw: () => Promise<string>) {
  const { deps } = testDeps({ documents });
  const stores = createStores(documents, deps.config, deps.clock);
  const reviews: Record<string, ReviewState> = {};
  let now = new Date('2026-09-01T09:00:00Z');
  const confidences = ['sure', 'fairly', 'unsure', undefined] as const;
  for (let item = 0; item < 100; item++) {
    let state: ReviewState | undefined;
    for (let answer = 0; answer <= item % 4; answer++) {
      state = scheduleReview(state, (item + answer) % 4 !== 3, confidences[(item + answer) % 4], now);
      now = new Date(now.getTime() + 3_600_000);
    }
    reviews[`hali.quiz-${String(item).padStart(3, '0')}`] = state!;
  }
  await stores.learners.update('aad-00000000-0000-4000-8000-000000000123', [(l) => ({ ...l, language: 'cy', reviews })]);
  return Buffer.byteLength(await raw());
}

export async function runStoreBench(write: (line: string) => void): Promise<void> {
  const file = join(benchTempDir('hali-bench-'), 'hali.db');
  const sqlite = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
  const cosmos = await startCosmosServer();
  const cosmosStore = await cosmos.connect('bench');
  try {
    const rows = [await measureTurns('embedded SQLite (file, WAL)', sqlite), await measureTurns('Cosmos DB (SDK over HTTPS to loopback server)', cosmosStore)];
    write(`\nStorage per personal-chat turn: ${TURNS - LEARNERS} free-text turns by ${LEARNERS} returning learners, one at a time, in-process (TestAdapter)\n\n`);
    write(`${'store'.padEnd(48)}${'turn p50'.padStart(10)}${'turn p99'.padStart(10)}${'store p50'.padStart(11)}${'store p99'.padStart(11)}${'record reads/writes max'.padStart(25)}\n`);
    for (const r of rows) {
      write(
        `${r.name.padEnd(48)}${`${r.turnP50.toFixed(2)} ms`.padStart(10)}${`${r.turnP99.toFixed(2)} ms`.padStart(10)}${`${r.storeP50.toFixed(2)} ms`.padStart(11)}${`${r.storeP99.toFixed(2)} ms`.padStart(11)}${`${r.maxLearnerReads} / ${r.maxLearnerWrites}`.padStart(25)}\n`,
      );
    }
    write('  (store time is the sum of the turn\'s store calls; some run in parallel, so it can exceed the turn)\n');
    for (const r of rows) write(`  operations per turn, ${r.name}: ${r.opsPerTurn}\n`);

    const sqliteBytes = await learnerDocumentBytes(sqlite, async () => {
      const db = (sqlite as unknown as { db: { prepare(sql: string): { get(...args: unknown[]): { body: string } } } }).db;
      return db.prepare('SELECT body FROM documents WHERE container = ? AND pk = ? AND id = ?').get(CONTAINERS.learners, 'aad-00000000-0000-4000-8000-000000000123', LEARNER_RECORD_ID).body;
    });
    const cosmosBytes = await learnerDocumentBytes(cosmosStore, async () => {
      const client = (cosmosStore as unknown as { client: import('@azure/cosmos').CosmosClient }).client;
      const { resource } = await client.database('bench').container(CONTAINERS.learners).item(LEARNER_RECORD_ID, 'aad-00000000-0000-4000-8000-000000000123').read();
      return JSON.stringify(resource);
    });
    write(`\nLearner document after 100 answered items (FSRS state per item): ${sqliteBytes} bytes stored (embedded), ${cosmosBytes} bytes as a Cosmos DB item with system properties (limit 2 MB)\n`);
  } finally {
    await sqlite.close();
    await cosmosStore.close();
    await cosmos.close();
  }
}
