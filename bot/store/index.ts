import type { Storage } from 'botbuilder';
import { join, resolve } from 'node:path';
import type { Config } from '../config';
import type { DocumentStore } from './documents';
import { CaseStore } from './cases';
import { NudgeClaims } from './claims';
import { LearningEventLog } from './events';
import { LearnerRepository, type LearnerRule } from './learners';
import { OutboxDocuments } from './outbox';
import { ReportedRecords } from './reported';
import type { OutboxEntry } from '../reporting/outbox';
import { ActivityMarkers } from './markers';
import { SqliteDocumentStore } from './sqlite';
import { DocumentTurnStorage } from './turn-state';

/** Every repository the app uses, over one document store. */
export interface Stores {
  readonly documents: DocumentStore;
  readonly learners: LearnerRepository;
  readonly events: LearningEventLog;
  readonly markers: ActivityMarkers;
  readonly claims: NudgeClaims;
  /** What HALI has sent to learning record stores about each learner ("my record", voiding on erasure). */
  readonly reported: ReportedRecords;
  /** Documents holding records to send, and records that outlive their learner (voids after erasure). */
  readonly outbox: OutboxDocuments<OutboxEntry>;
  /** Channel case discussions; the case feature owns the document shape. */
  readonly cases: CaseStore<unknown>;
  /** Teams AI conversation and user state. */
  readonly turnState: Storage;
}

export interface StoreOptions {
  readonly onEventError?: (error: unknown, count: number) => void;
  /** Rules the learner repository applies before every save (the learning-record outbox). */
  readonly learnerRules?: readonly LearnerRule[];
}

export function createStores(documents: DocumentStore, config: Config, clock: () => Date, options: StoreOptions = {}): Stores {
  const { onEventError, learnerRules = [] } = options;
  return {
    documents,
    learners: new LearnerRepository(documents, clock, 10, learnerRules),
    reported: new ReportedRecords(documents),
    outbox: new OutboxDocuments<OutboxEntry>(documents),
    events: new LearningEventLog(documents, config.retentionDays, onEventError),
    markers: new ActivityMarkers(documents),
    claims: new NudgeClaims(documents),
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
  return new SqliteDocumentStore({ file: join(resolve(config.dataDir), 'hali.db'), clock });
}

/** True when the store answers a point read (of a document that need not exist): readiness. */
export async function storeIsReachable(documents: DocumentStore): Promise<boolean> {
  await documents.read('markers', 'hali.readiness', 'hali.readiness');
  return true;
}
