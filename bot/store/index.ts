/**
 * Opening the document store the settings call for, and its readiness check. The repositories over
 * it are put together in bot/stores.ts, where the learner module's rules are given to its records.
 */
import { join, resolve } from 'node:path';
import type { Config } from '../config';
import type { DocumentStore } from './documents';

/** Cosmos DB when COSMOS_ENDPOINT is set, otherwise the embedded store in DATA_DIR. */
export async function openDocumentStore(config: Config, clock: () => Date): Promise<DocumentStore> {
  if (config.cosmos.endpoint) {
    const { CosmosDocumentStore } = await import('./cosmos');
    return CosmosDocumentStore.connect({
      endpoint: config.cosmos.endpoint,
      key: config.cosmos.key,
      database: config.cosmos.database,
      createIfMissing: config.cosmos.createContainers,
    });
  }
  // Loaded only here: better-sqlite3 is a native module, absent from the App Service package (see
  // .webappignore), so a Cosmos DB deployment must never load it.
  const { SqliteDocumentStore } = await import('./sqlite').catch((error: unknown) => {
    throw new Error(
      `The embedded store needs the native module better-sqlite3, which could not be loaded (${(error as Error).message.split('\n')[0]}). ` +
        'App Service packages leave it out: set COSMOS_ENDPOINT there; on your own machine run `npm ci`.',
    );
  });
  return new SqliteDocumentStore({ file: join(resolve(config.dataDir), 'hali.db'), clock });
}

/** How long a readiness probe document outlives its last write. */
const PROBE_TTL_SECONDS = 3600;

/**
 * Readiness: the store takes a write and reads it back. A point read alone reported ready while every
 * write failed (a full disk, a read-only file); each instance writes its own probe document.
 */
export async function storeIsReachable(documents: DocumentStore, probeId = `hali.readiness.${process.pid}`): Promise<boolean> {
  const value = { at: new Date().toISOString() };
  const current = await documents.read<typeof value>('markers', probeId, probeId);
  const written = current
    ? await documents.replace('markers', probeId, probeId, value, current.etag, { ttlSeconds: PROBE_TTL_SECONDS })
    : await documents.create('markers', probeId, probeId, value, { ttlSeconds: PROBE_TTL_SECONDS });
  if (!written.ok) return false;
  return (await documents.read<typeof value>('markers', probeId, probeId))?.value.at === value.at;
}
