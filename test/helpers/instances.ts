import { join } from 'node:path';
import type { DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { startBotProcess, type BotProcess } from './bot-process';
import { LOCAL_COSMOS_KEY, startCosmosServer } from './cosmos';
import { freePort } from './ports';
import { tempDir } from './temp-dir';

/** One store that several bot processes share, and a handle on it for the test itself. */
export interface SharedStore {
  readonly kind: 'embedded' | 'cosmos';
  /** The test's own connection, for seeding and inspecting. */
  readonly documents: DocumentStore;
  /** What a bot process needs to reach the same store. */
  readonly env: Record<string, string>;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** One SQLite file on disk, or one database on a local Cosmos DB server, ready before any bot starts. */
export async function openSharedStore(kind: SharedStore['kind']): Promise<SharedStore> {
  const dataDir = tempDir('hali-shared-');
  if (kind === 'embedded') {
    // Opened here first, so the schema exists before the bots start.
    const documents = new SqliteDocumentStore({ file: join(dataDir, 'hali.db'), purgeEveryMs: 0 });
    return { kind, documents, env: {}, dataDir, close: () => documents.close() };
  }
  const cosmos = await startCosmosServer();
  const database = `hali-shared-${Math.random().toString(36).slice(2, 8)}`;
  const documents = await cosmos.connect(database);
  // The local server's certificate is self-signed (loopback only).
  const env = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: LOCAL_COSMOS_KEY, COSMOS_DATABASE: database, COSMOS_CREATE_CONTAINERS: 'false', NODE_TLS_REJECT_UNAUTHORIZED: '0' };
  return {
    kind,
    documents,
    env,
    dataDir,
    close: async () => {
      await documents.close();
      await cosmos.close();
    },
  };
}

/** A bot process on the shared store, with its port. */
export interface Instance {
  readonly port: number;
  readonly bot: BotProcess;
  post(activity: unknown): Promise<Response>;
}

export async function startInstance(store: SharedStore, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const bot = await startBotProcess(port, store.dataDir, { ...store.env, ...env });
  const post = (activity: unknown) =>
    fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { port, bot, post };
}

export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.bot.child.exitCode !== null || instance.bot.child.signalCode !== null) return;
  instance.bot.child.kill('SIGTERM');
  await instance.bot.exited;
}
