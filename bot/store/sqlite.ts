import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ContainerName, DocumentStore, DueCursor, StoredDocument, WriteOptions, WriteResult } from './documents';

interface Row {
  container: string;
  pk: string;
  id: string;
  etag: string;
  learner_id: string | null;
  due_at: number | null;
  send_at: number | null;
  body: string;
}

export interface SqliteOptions {
  /** A file path, or ":memory:" for the in-memory twin used by tests. */
  readonly file: string;
  readonly clock?: () => Date;
  /** How often expired documents are purged; reads never return them either way. */
  readonly purgeEveryMs?: number;
  /**
   * Purge once when opened (default true). False for a second connection that leaves purging to
   * the first (the outbox sender's worker thread): one writer of deletions, one clock judging expiry.
   */
  readonly purgeAtOpen?: boolean;
}

const SCHEMA_VERSION = 4;

/**
 * The embedded store: one SQLite file in write-ahead-log mode with synchronous=NORMAL. A crash of
 * the process loses no committed write and the file is never corrupted; an OS crash or power cut can
 * roll back the last moments of writes (SQLite's documented WAL trade-off), which spares a blocking
 * fsync on every turn. better-sqlite3 is synchronous, so each check-and-write is atomic in the process.
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly purgeTimer?: NodeJS.Timeout;
  private readonly statements;

  constructor({ file, clock, purgeEveryMs = 10 * 60_000, purgeAtOpen = true }: SqliteOptions) {
    this.db = openDatabase(file);
    this.now = () => (clock ? clock() : new Date()).getTime();
    this.db.transaction(() => this.migrate()).immediate();
    this.statements = {
      read: this.db.prepare<[string, string, string, number]>(
        'SELECT * FROM documents WHERE container = ? AND pk = ? AND id = ? AND (expires_at IS NULL OR expires_at > ?)',
      ),
      // Create-if-absent in one statement: an existing row is overwritten only if it has expired.
      insert: this.db.prepare(
        'INSERT INTO documents (container, pk, id, etag, learner_id, expires_at, due_at, send_at, body) VALUES (@container, @pk, @id, @etag, @learnerId, @expiresAt, @dueAt, @sendAt, @body) ' +
          'ON CONFLICT (container, pk, id) DO UPDATE SET etag = excluded.etag, learner_id = excluded.learner_id, expires_at = excluded.expires_at, due_at = excluded.due_at, send_at = excluded.send_at, body = excluded.body ' +
          'WHERE documents.expires_at IS NOT NULL AND documents.expires_at <= @now',
      ),
      replace: this.db.prepare(
        'UPDATE documents SET etag = @etag, learner_id = @learnerId, expires_at = @expiresAt, due_at = @dueAt, send_at = @sendAt, body = @body WHERE container = @container AND pk = @pk AND id = @id AND etag = @expected AND (expires_at IS NULL OR expires_at > @now)',
      ),
      upsert: this.db.prepare(
        'INSERT INTO documents (container, pk, id, etag, learner_id, expires_at, due_at, send_at, body) VALUES (@container, @pk, @id, @etag, @learnerId, @expiresAt, @dueAt, @sendAt, @body) ' +
          'ON CONFLICT (container, pk, id) DO UPDATE SET etag = excluded.etag, learner_id = excluded.learner_id, expires_at = excluded.expires_at, due_at = excluded.due_at, send_at = excluded.send_at, body = excluded.body',
      ),
      delete: this.db.prepare('DELETE FROM documents WHERE container = ? AND pk = ? AND id = ? AND (expires_at IS NULL OR expires_at > ?)'),
      partition: this.db.prepare('SELECT * FROM documents WHERE container = ? AND pk = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY id'),
      versions: this.db.prepare('SELECT id, etag FROM documents WHERE container = ? AND pk = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY id'),
      byLearner: this.db.prepare('SELECT * FROM documents WHERE container = ? AND learner_id = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY pk, id'),
      // Served by the partial index documents_due_order: a range scan over due documents only, in
      // the index's own order, so a page past a cursor costs the page and not what came before it.
      due: this.db.prepare(
        'SELECT * FROM documents WHERE container = @container AND due_at <= @dueBy AND (due_at, pk, id) > (@afterDue, @afterPk, @afterId) ' +
          'AND (expires_at IS NULL OR expires_at > @now) ORDER BY due_at, pk, id LIMIT @limit',
      ),
      toSend: this.db.prepare<[string, number, number, number]>(
        'SELECT * FROM documents WHERE container = ? AND send_at <= ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY send_at LIMIT ?',
      ),
      purge: this.db.prepare('DELETE FROM documents WHERE expires_at IS NOT NULL AND expires_at <= ?'),
    };
    if (purgeAtOpen) this.purgeExpired();
    if (purgeEveryMs > 0) {
      this.purgeTimer = setInterval(() => this.purgeExpired(), purgeEveryMs);
      this.purgeTimer.unref();
    }
  }

  /**
   * Runs inside one IMMEDIATE transaction: a second process starting at the same moment waits for
   * the write lock and then finds the schema made, and a crash part-way leaves nothing behind. Each
   * step is also idempotent, for files a release before this one left half-migrated.
   */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`The embedded store was written by a newer HALI (schema ${version} > ${SCHEMA_VERSION}); upgrade HALI or use another DATA_DIR.`);
    }
    if (version < 1) {
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS documents (
          container TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL,
          etag TEXT NOT NULL, learner_id TEXT, expires_at INTEGER, body TEXT NOT NULL,
          PRIMARY KEY (container, pk, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS documents_learner ON documents (container, learner_id) WHERE learner_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS documents_expiry ON documents (expires_at) WHERE expires_at IS NOT NULL;
        PRAGMA user_version = 1;
      `);
    }
    if (version < 2) {
      // Version 2: the due instant (nudges), indexed so finding who is due never scans every document.
      this.addColumnOnce('due_at');
      this.db.exec(`
        CREATE INDEX IF NOT EXISTS documents_due ON documents (container, due_at) WHERE due_at IS NOT NULL;
        PRAGMA user_version = 2;
      `);
    }
    if (version < 3) {
      // Version 3: the due index also orders by partition and id, for keyset paging of the due query.
      this.db.exec(`
        DROP INDEX IF EXISTS documents_due;
        CREATE INDEX IF NOT EXISTS documents_due_order ON documents (container, due_at, pk, id) WHERE due_at IS NOT NULL;
        PRAGMA user_version = 3;
      `);
    }
    if (version < 4) {
      // Version 4: the outbox instant (learning records to send), indexed apart from the nudge instant.
      this.addColumnOnce('send_at');
      this.db.exec(`
        CREATE INDEX IF NOT EXISTS documents_send ON documents (container, send_at) WHERE send_at IS NOT NULL;
        PRAGMA user_version = 4;
      `);
    }
  }

  /** Adds an integer column unless a half-migrated file already has it (ALTER TABLE is not idempotent). */
  private addColumnOnce(column: 'due_at' | 'send_at'): void {
    const columns = this.db.prepare('SELECT name FROM pragma_table_info(?)').all('documents') as { name: string }[];
    if (!columns.some((c) => c.name === column)) this.db.exec(`ALTER TABLE documents ADD COLUMN ${column} INTEGER`);
  }

  /** Removes documents whose time has passed; returns how many. */
  purgeExpired(): number {
    return this.statements.purge.run(this.now()).changes;
  }

  private params(container: ContainerName, pk: string, id: string, value: unknown, options: WriteOptions = {}) {
    return {
      container,
      pk,
      id,
      etag: randomUUID(),
      learnerId: options.learnerId ?? null,
      expiresAt: options.ttlSeconds ? this.now() + options.ttlSeconds * 1000 : null,
      dueAt: options.dueAt ?? null,
      sendAt: options.sendAt ?? null,
      body: JSON.stringify(value),
    };
  }

  private asStored<T>(row: Row): StoredDocument<T> {
    return { pk: row.pk, id: row.id, etag: row.etag, value: JSON.parse(row.body) as T, ...(row.learner_id ? { learnerId: row.learner_id } : {}), ...(row.due_at !== null ? { dueAt: row.due_at } : {}) };
  }

  async read<T>(container: ContainerName, pk: string, id: string): Promise<StoredDocument<T> | undefined> {
    const row = this.statements.read.get(container, pk, id, this.now()) as Row | undefined;
    return row ? this.asStored<T>(row) : undefined;
  }

  async create<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<WriteResult<T>> {
    const params = this.params(container, pk, id, value, options);
    const { changes } = this.statements.insert.run({ ...params, now: this.now() });
    return changes === 1 ? { ok: true, doc: this.written<T>(params) } : { ok: false, reason: 'exists' };
  }

  async createMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    // One transaction, so one commit, for the whole batch.
    return this.db.transaction(() =>
      items.map(({ pk, id, value, options }): WriteResult<T> => {
        const params = this.params(container, pk, id, value, options);
        return this.statements.insert.run({ ...params, now: this.now() }).changes === 1 ? { ok: true, doc: this.written<T>(params) } : { ok: false, reason: 'exists' };
      }),
    )();
  }

  async replace<T>(container: ContainerName, pk: string, id: string, value: T, etag: string, options?: WriteOptions): Promise<WriteResult<T>> {
    const params = this.params(container, pk, id, value, options);
    const { changes } = this.statements.replace.run({ ...params, expected: etag, now: this.now() });
    return changes === 1 ? { ok: true, doc: this.written<T>(params) } : { ok: false, reason: 'conflict' };
  }

  async replaceMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; etag: string; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    // One transaction: one commit, and each page the batch touches (index pages above all) goes to the log once.
    return this.db.transaction(() =>
      items.map(({ pk, id, value, etag, options }): WriteResult<T> => {
        const params = this.params(container, pk, id, value, options);
        return this.statements.replace.run({ ...params, expected: etag, now: this.now() }).changes === 1 ? { ok: true, doc: this.written<T>(params) } : { ok: false, reason: 'conflict' };
      }),
    )();
  }

  async upsert<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>> {
    const params = this.params(container, pk, id, value, options);
    this.statements.upsert.run(params);
    return this.written<T>(params);
  }

  async delete(container: ContainerName, pk: string, id: string): Promise<boolean> {
    return this.statements.delete.run(container, pk, id, this.now()).changes === 1;
  }

  async listPartition<T>(container: ContainerName, pk: string): Promise<StoredDocument<T>[]> {
    return (this.statements.partition.all(container, pk, this.now()) as Row[]).map((row) => this.asStored<T>(row));
  }

  async listVersions(container: ContainerName, pk: string): Promise<{ id: string; etag: string }[]> {
    return this.statements.versions.all(container, pk, this.now()) as { id: string; etag: string }[];
  }

  async findByLearner<T>(container: ContainerName, learnerId: string): Promise<StoredDocument<T>[]> {
    return (this.statements.byLearner.all(container, learnerId, this.now()) as Row[]).map((row) => this.asStored<T>(row));
  }

  async findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor): Promise<StoredDocument<T>[]> {
    return (this.statements.due.all(this.dueParams(container, dueBy, limit, after)) as Row[]).map((row) => this.asStored<T>(row));
  }

  private dueParams(container: string, dueBy: number, limit: number, after?: DueCursor) {
    // Without a cursor, start before every due instant (and every pk) there can be.
    return { container, dueBy, limit, now: this.now(), afterDue: after?.dueAt ?? Number.MIN_SAFE_INTEGER, afterPk: after?.pk ?? '', afterId: after?.id ?? '' };
  }

  async findToSend<T>(container: ContainerName, sendBy: number, limit: number): Promise<StoredDocument<T>[]> {
    return (this.statements.toSend.all(container, sendBy, this.now(), limit) as Row[]).map((row) => this.asStored<T>(row));
  }

  /** How SQLite runs the due query (for the test that proves it uses the index). */
  explainFindDue(): string {
    const plan = this.db.prepare('EXPLAIN QUERY PLAN ' + this.statements.due.source).all(this.dueParams('learners', 0, 1, { dueAt: 0, pk: 'a', id: 'b' }));
    return (plan as { detail: string }[]).map((r) => r.detail).join('; ');
  }

  async close(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    if (this.db.open) this.db.close();
  }

  /**
   * The document as stored. Its value is parsed from the written JSON only when read (as a later read
   * would return it, never the caller's object): the turn's writes use only the etag, and deep-copying
   * every value written cost a few per cent of a turn's CPU.
   */
  private written<T>(params: ReturnType<SqliteDocumentStore['params']>): StoredDocument<T> {
    let value: T | undefined;
    return {
      pk: params.pk,
      id: params.id,
      etag: params.etag,
      ...(params.learnerId ? { learnerId: params.learnerId } : {}),
      get value() {
        return (value ??= JSON.parse(params.body) as T);
      },
    };
  }
}

/**
 * Switches to WAL. While another process is switching the same fresh file, SQLite can answer "database is locked"
 * at once, without waiting out busy_timeout (seen about once in seven runs of four processes starting together), so
 * the switch is tried again after a short wait, for up to five seconds as busy_timeout would.
 */
function enterWal(db: Database.Database): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; ; waited += 25) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || waited >= 5000) throw error;
      Atomics.wait(pause, 0, 0, 25);
    }
  }
}

/** Opens (creating) the database file, or fails with the path and what to do. */
function openDatabase(file: string): Database.Database {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    // Wait for another process's lock (two instances starting on a fresh DATA_DIR) before anything else.
    db.pragma('busy_timeout = 5000');
    enterWal(db);
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    const folder = resolve(dirname(file));
    throw new Error(
      `The embedded store cannot open ${resolve(file)} (${(error as Error).message}). Make ${folder} a folder this process can create and write ` +
        `files in (check its owner and permissions, and that the disk is not full or read-only), or set DATA_DIR to one that is, or use Cosmos DB (COSMOS_ENDPOINT).`,
    );
  }
}
