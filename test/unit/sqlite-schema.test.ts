import { expect } from 'chai';
import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONTAINERS } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

/** Opens the store on `file` in `count` threads at the same instant; resolves with each thread's outcome. */
function openTogether(file: string, count: number): Promise<string[]> {
  const start = new Int32Array(new SharedArrayBuffer(4));
  const code = `
    require('ts-node/register/transpile-only');
    const { workerData, parentPort } = require('node:worker_threads');
    const { SqliteDocumentStore } = require(${JSON.stringify(join(__dirname, '..', '..', 'bot', 'store', 'sqlite.ts'))});
    parentPort.postMessage('loaded');
    Atomics.wait(workerData.start, 0, 0);
    try {
      const store = new SqliteDocumentStore({ file: workerData.file, purgeEveryMs: 0 });
      store.close().then(() => parentPort.postMessage('ok'));
    } catch (error) {
      parentPort.postMessage('failed: ' + error.message);
    }`;
  const workers = Array.from({ length: count }, () => new Worker(code, { eval: true, workerData: { file, start } }));
  const loaded = workers.map((w) => new Promise<void>((resolve) => w.once('message', () => resolve())));
  const outcomes = workers.map((w) => new Promise<string>((resolve, reject) => (w.once('error', reject), loaded[0].then(() => w.on('message', (m) => m !== 'loaded' && resolve(m))))));
  return Promise.all(loaded).then(() => {
    Atomics.store(start, 0, 1);
    Atomics.notify(start, 0);
    return Promise.all(outcomes).finally(() => workers.forEach((w) => void w.terminate()));
  });
}

describe('embedded store: schema creation and migration', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('hali-schema-')));
  afterEach(() => {
    chmodSync(dir, 0o700);
    removeTempDir(dir);
  });

  it('four processes opening a fresh DATA_DIR at the same instant all start, in each of three rounds', async () => {
    for (let round = 0; round < 3; round++) {
      const outcomes = await openTogether(join(dir, `round-${round}`, 'hali.db'), 4);
      expect(outcomes, `round ${round}`).to.deep.equal(['ok', 'ok', 'ok', 'ok']);
    }
  });

  it('starts on a file a crash left half-migrated (the table made, the version not yet recorded)', async () => {
    const file = join(dir, 'hali.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE documents (container TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, learner_id TEXT, expires_at INTEGER, body TEXT NOT NULL, PRIMARY KEY (container, pk, id)) WITHOUT ROWID');
    raw.close();
    const store = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
    expect((await store.create(CONTAINERS.learners, 'a', 'record', { ok: true }, { dueAt: 1 })).ok).to.equal(true);
    expect((await store.findDue(CONTAINERS.learners, 2, 10)).map((d) => d.pk)).to.deep.equal(['a']);
    await store.close();
  });

  it('an unwritable DATA_DIR stops start-up with the path and the fix', () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    expect(() => new SqliteDocumentStore({ file: join(blocked, 'hali.db'), purgeEveryMs: 0 })).to.throw(/cannot open .*not-a-folder.*DATA_DIR/);
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    if (process.getuid?.() !== 0) {
      expect(() => new SqliteDocumentStore({ file: join(readOnly, 'hali.db'), purgeEveryMs: 0 })).to.throw(/cannot open .*read-only.*permissions/);
    }
  });
});
