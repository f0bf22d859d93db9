/**
 * The analytics bench's data set, kept in the OS temp directory between runs: generating 5,000,000
 * answers takes minutes, and the views and storage figures only need the same data again. The file
 * is keyed by the size and by a hash of what shapes the data (the contribution code, the generator,
 * the learner record, the store's layout and the quiz content), so a change to any of them generates afresh.
 * BENCH_ANALYTICS_FRESH=1 always generates. A file is only reused once its generation finished.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SHAPING = [
  ...['contribution', 'record', 'rest-score', 'questions', 'views', 'counters'].map((f) => `bot/analytics/${f}.ts`),
  'bot/learning/learner.ts', 'test/bench/analytics-data.ts', 'mentors/hali/quiz.json', 'mentors/hali/lessons.json', 'mentors/gwen/quiz.json', 'mentors/gwen/lessons.json'];

/**
 * The layout of the stored documents (the SQLite schema and the aggregate store's cell documents): bump
 * it when either changes. Their read paths change more often than what they write, so they are not hashed.
 */
const STORE_LAYOUT = 'sqlite-4/cells-1';

/** A hash of the sources that decide what the generator writes. */
export function generatorVersion(): string {
  const hash = createHash('sha256').update(STORE_LAYOUT);
  for (const entry of SHAPING) {
    const path = join(ROOT, entry);
    hash.update(entry).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface CachedData {
  readonly file: string;
  /** True when an earlier run's data set was reused. */
  readonly reused: boolean;
}

/** The data set's file: reused when a finished one of this version and size exists, else made by `make` (which also writes `<file>.json`). */
export async function cachedDataSet(learners: number, answers: number, make: (file: string) => Promise<void>): Promise<CachedData> {
  const version = generatorVersion();
  const file = join(tmpdir(), `hali-bench-analytics-${version}-${learners}-${answers}.db`);
  if (process.env.BENCH_ANALYTICS_FRESH !== '1' && existsSync(file) && existsSync(`${file}.json`)) return { file, reused: true };
  const partial = `${file}.partial`;
  // Data sets of other versions are gigabytes each at full size and will never be used again (this
  // version's other sizes, and any run in progress, are left alone).
  const stale = readdirSync(tmpdir()).filter((f) => f.startsWith('hali-bench-analytics-') && /\.db/.test(f) && !f.startsWith(`hali-bench-analytics-${version}-`));
  for (const old of stale) rmSync(join(tmpdir(), old), { force: true });
  for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  await make(partial);
  renameSync(`${partial}.json`, `${file}.json`);
  renameSync(partial, file);
  return { file, reused: false };
}
