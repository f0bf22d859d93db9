/**
 * `npm run bench -- workspace`: the educator workspace with all current content plus 2,000 generated
 * items and a decision history, on the embedded store on disk, over loopback HTTP with SSO tokens
 * from a local issuer. Reports p50/p95 of the queue page's data and an item's detail (goal p95 under
 * 150 ms), and the size of the page's assets. Bounded: a fixed number of sequential requests.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAdapter } from '../../bot/adapter';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { ContentGovernance } from '../../bot/content/governance';
import { createWorkspace } from '../../bot/educator/workspace';
import { loadMentors } from '../../bot/mentors/load';
import { OfflineMentorModel } from '../../bot/models/offline';
import type { Mentor } from '../../bot/mentors/types';
import { createServer, listen } from '../../bot/server';
import { createStores } from '../../bot/stores';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { buildWeb, DIST_DIR } from '../../web/build';
import { startEntraIssuer } from '../helpers/entra';
import { captureLogger } from '../helpers/log';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

const ROOT = join(__dirname, '..', '..');
const GENERATED = 2000;
const REQUESTS = 200;

/** 2,000 more items in a generated mentor: lessons with two quiz items each, and explainers. */
function generatedMentor(model: Mentor): Mentor {
  const lessons = Array.from({ length: 500 }, (_, i) => ({ ...model.lessons[i % model.lessons.length], id: `bench-lesson-${i}`, order: i + 1, body: { en: `${model.lessons[i % model.lessons.length].body.en} (${i})`, cy: `${model.lessons[i % model.lessons.length].body.cy} (${i})` } }));
  const quiz = lessons.flatMap((l, i) => [0, 1].map((k) => ({ ...model.quiz[(2 * i + k) % model.quiz.length], id: `bench-quiz-${i}-${k}`, lessonId: l.id })));
  const explainers = Array.from({ length: GENERATED - lessons.length - quiz.length }, (_, i) => ({ ...model.explainers[i % model.explainers.length], id: `bench-explainer-${i}` }));
  return { ...model, id: 'bench', name: 'Bench', isDefault: false, lessons, quiz, explainers, cases: [] };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

export async function runWorkspaceBench(write: (line: string) => void): Promise<void> {
  const dir = tempDir('hali-bench-workspace-');
  const issuer = await startEntraIssuer();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', DATA_DIR: dir, ...issuer.env() });
  const documents = new SqliteDocumentStore({ file: join(dir, 'hali.db'), clock: () => new Date() });
  const stores = createStores(documents, config, () => new Date());
  const real = loadMentors(join(ROOT, 'mentors'));
  const mentors = [...real, generatedMentor(real.find((m) => m.id === 'hali')!)];
  const governance = new ContentGovernance(mentors, stores.decisions, false);
  const workspace = createWorkspace({ config, stores, governance, mentorsDir: join(ROOT, 'mentors'), root: ROOT, clock: () => new Date() });
  try {
    // A history: every third item approved clinically, every sixth in Welsh too, some on an older text.
    let at = Date.parse('2026-01-01T00:00:00Z');
    for (const [i, item] of governance.items.entries()) {
      if (i % 3 !== 0) continue;
      const roles = i % 6 === 0 ? (['educator', 'welsh-reviewer'] as const) : (['educator'] as const);
      for (const role of roles) {
        await stores.decisions.record({ itemKey: item.key, mentorId: item.mentorId, hash: i % 9 === 0 ? 'an-older-text-hash' : item.hash, decision: 'approve', role, reviewer: { id: role, name: role }, at: new Date((at += 60_000)).toISOString(), comment: '' }, item.text);
      }
    }
    await governance.refresh();
    const log = captureLogger().log;
    const deps = { config, log, stores, faculty: governance.faculty, mentorsDir: join(ROOT, 'mentors'), model: new OfflineMentorModel(), clock: () => new Date(), typingIndicator: false };
    const server = createServer({ adapter: createAdapter(config), handleTurn: createApp(deps).handleTurn, log, health: { version: 'bench', store: 'sqlite', model: 'offline', mentors: [], auth: 'local' }, educator: workspace });
    await listen(server, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { authorization: `Bearer ${issuer.token(['Educator', 'WelshReviewer'])}` };
    const timed = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return performance.now() - started;
    };
    const keys = governance.items.map((i) => i.key);
    const runs: [string, (n: number) => string][] = [
      ['queue page (no filter)', () => '/api/educator/queue'],
      ['queue page (mentor + status + language filters)', () => '/api/educator/queue?mentor=bench&status=needs-review&language=cy'],
      ['item detail (random items)', (n) => `/api/educator/item?key=${encodeURIComponent(keys[(n * 7919) % keys.length])}`],
    ];
    write(`\nEducator workspace: ${governance.items.length} items (${governance.items.length - GENERATED} current + ${GENERATED} generated), ${(await Promise.all(mentors.map((m) => stores.decisions.forMentor(m.id)))).flat().length} decisions, embedded store on disk, SSO token checked on every request\n`);
    for (const [name, path] of runs) {
      for (let n = 0; n < 10; n++) await timed(path(n));
      const times: number[] = [];
      for (let n = 0; n < REQUESTS; n++) times.push(await timed(path(n)));
      write(`  ${name.padEnd(50)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   (${REQUESTS} requests; goal p95 < 150 ms)\n`);
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const { files } = await buildWeb();
    const sizes = Object.entries(files).map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(1)} KiB (${(gzipSync(readFileSync(join(DIST_DIR, file))).length / 1024).toFixed(1)} KiB gzipped)`);
    write(`  page assets: ${sizes.join(', ')}; the page itself is generated per request (strings of both languages embedded)\n`);
  } finally {
    await documents.close();
    await issuer.close();
    removeTempDir(dir);
  }
}
