import type { Storage } from 'botbuilder';
import { join, resolve } from 'node:path';
import type { Config } from '../config';
import type { DocumentStore } from './documents';
import { CaseStore } from './cases';
import { NudgeClaims } from './claims';
import { LearningEventLog } from './events';
import { LearnerRepository } from './learners';
import { ActivityMarkers } from './markers';
import { NudgePlanStore } from './plans';
import { DocumentTurnStorage } from './turn-state';

/** Every repository the app uses, over one document store. */
export interface Stores {
  readonly documents: DocumentStore;
  readonly learners: LearnerRepository;
  readonly events: LearningEventLog;
  readonly markers: ActivityMarkers;
  readonly claims: NudgeClaims;
  /** Each tenant's nudge send plan per day; the nudge feature owns the plan's shape. */
  readonly plans: NudgePlanStore<unknown>;
  /** Channel case discussions; the case feature owns the document shape. */
  readonly cases: CaseStore<unknown>;
  /** Teams AI conversation and user state. */
  readonly turnState: Storage;
}

export function createStores(documents: DocumentStore, config: Config, clock: () => Date, onEventError?: (error: unknown, count: number) => void): Stores {
  return {
    documents,
    learners: new LearnerRepository(documents, clock),
    events: new LearningEventLog(documents, config.retentionDays, onEventError),
    markers: new ActivityMarkers(documents),
    claims: new NudgeClaims(documents),
    plans: new NudgePlanStore(documents),
    cases: new CaseStore(documents),
    turnState: new DocumentTurnStorage(documents, config.retentionDays),
  };
}

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
