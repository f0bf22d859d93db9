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

/** True when the store answers a point read (of a document that need not exist): readiness. */
export async function storeIsReachable(documents: DocumentStore): Promise<boolean> {
  await documents.read('markers', 'hali.readiness', 'hali.readiness');
  return true;
}
