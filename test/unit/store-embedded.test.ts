import { expect } from 'chai';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CONTAINERS } from '../../bot/store/documents';
import { ActivityMarkers, MARKER_TTL_SECONDS } from '../../bot/store/markers';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { tempDir } from '../helpers/temp-dir';

const tempFile = () => join(tempDir('hali-sqlite-'), 'hali.db');

describe('embedded store (SQLite)', () => {
  it('hides documents whose time has passed and purges them', async () => {
    let now = new Date('2026-11-27T09:00:00Z');
    const store = new SqliteDocumentStore({ file: ':memory:', clock: () => now, purgeEveryMs: 0 });
    await store.create(CONTAINERS.markers, 'm', 'm', {}, { ttlSeconds: 60 });
    await store.create(CONTAINERS.learners, 'L', 'record', {});
    now = new Date(now.getTime() + 59_000);
    expect(await store.read(CONTAINERS.markers, 'm', 'm')).to.not.equal(undefined);
    now = new Date(now.getTime() + 2_000);
    expect(await store.read(CONTAINERS.markers, 'm', 'm')).to.equal(undefined);
    expect(await store.listPartition(CONTAINERS.markers, 'm')).to.deep.equal([]);
    // An expired id can be created afresh; a stale ETag cannot revive it.
    expect((await store.create(CONTAINERS.markers, 'm', 'm', { again: true })).ok).to.equal(true);
    expect(store.purgeExpired()).to.equal(0);
    await store.create(CONTAINERS.markers, 'n', 'n', {}, { ttlSeconds: 1 });
    now = new Date(now.getTime() + 5_000);
    expect(store.purgeExpired()).to.equal(1);
    expect(await store.read(CONTAINERS.learners, 'L', 'record')).to.not.equal(undefined);
    await store.close();
  });

  it('forgets processed-activity markers after a day, so the table does not grow without end', async () => {
    let now = new Date('2026-11-27T09:00:00Z');
    const store = new SqliteDocumentStore({ file: ':memory:', clock: () => now, purgeEveryMs: 0 });
    const markers = new ActivityMarkers(store);
    expect(await markers.claim('k', 'L')).to.equal(true);
    expect(await markers.claim('k', 'L')).to.equal(false);
    now = new Date(now.getTime() + MARKER_TTL_SECONDS * 1000 + 1);
    expect(store.purgeExpired()).to.equal(1);
    await store.close();
  });

  it('keeps its data across close and reopen', async () => {
    const file = tempFile();
    const first = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
    await first.create(CONTAINERS.learners, 'L', 'record', { language: 'cy' });
    await first.close();
    const second = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
    expect((await second.read<{ language: string }>(CONTAINERS.learners, 'L', 'record'))!.value.language).to.equal('cy');
    await second.close();
  });

  it('refuses a data file written by a newer HALI', async () => {
    const file = tempFile();
    new SqliteDocumentStore({ file, purgeEveryMs: 0 }).close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => new SqliteDocumentStore({ file, purgeEveryMs: 0 })).to.throw(/newer HALI \(schema 99 > 4\)/);
  });

  it('upgrades a version-1 data file in place: documents kept, due times indexed from the next write', async () => {
    const file = tempFile();
    const db = new Database(file);
    db.exec(`CREATE TABLE documents (container TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, learner_id TEXT, expires_at INTEGER, body TEXT NOT NULL, PRIMARY KEY (container, pk, id)) WITHOUT ROWID;
      INSERT INTO documents VALUES ('learners', 'L', 'record', 'e1', NULL, NULL, '{"language":"cy"}'); PRAGMA user_version = 1;`);
    db.close();
    const store = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
    const old = await store.read<{ language: string }>(CONTAINERS.learners, 'L', 'record');
    expect(old!.value.language).to.equal('cy');
    expect(await store.findDue(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, 10)).to.deep.equal([]);
    await store.replace(CONTAINERS.learners, 'L', 'record', { language: 'cy' }, old!.etag, { dueAt: 5 });
    expect((await store.findDue(CONTAINERS.learners, 10, 10)).map((d) => d.pk)).to.deep.equal(['L']);
    await store.close();
  });

  it('answers "who is due?" from the due index, not by scanning the documents', async () => {
    const store = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
    expect(store.explainFindDue()).to.match(/USING INDEX documents_due/);
    expect(store.explainFindDue()).to.not.match(/SCAN documents(?! USING)/).and.not.match(/TEMP B-TREE/);
    await store.close();
  });

  it('survives a crash mid-write: no corruption, and every acknowledged write is there', async function () {
    this.timeout(30_000);
    const file = tempFile();
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'helpers', 'sqlite-writer.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acknowledged = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const numbers = chunk.toString().trim().split('\n').map(Number).filter(Number.isFinite);
        acknowledged = Math.max(acknowledged, ...numbers);
        if (acknowledged >= 300) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const store = new SqliteDocumentStore({ file, purgeEveryMs: 0 });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).to.equal('ok');
    db.close();
    for (let i = 0; i <= acknowledged; i++) {
      expect(await store.read(CONTAINERS.learners, `learner-${i % 50}`, `event:${i}`), `write ${i}`).to.not.equal(undefined);
    }
    await store.close();
  });
});
