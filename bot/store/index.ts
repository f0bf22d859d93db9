import type { Storage } from 'botbuilder';
import { join, resolve } from 'node:path';
import type { Config } from '../config';
import type { DocumentStore } from './documents';
import { AggregateStore } from './aggregates';
import { CaseStore } from './cases';
import { DecisionLog } from './decisions';
import { FeedbackLog } from './feedback';
import { NudgeClaims } from './claims';
import { LearningEventLog } from './events';
import { LearnerRepository } from './learners';
import { ActivityMarkers } from './markers';
import { SqliteDocumentStore } from './sqlite';
import { DocumentTurnStorage } from './turn-state';

/** Every repository the app uses, over one document store. */
export interface Stores {
  readonly documents: DocumentStore;
  readonly learners: LearnerRepository;
  readonly events: LearningEventLog;
  /** Cohort analytics: sharded, batched counters and identity-free notes. */
  readonly aggregates: AggregateStore;
  readonly markers: ActivityMarkers;
  readonly claims: NudgeClaims;
  /** Channel case discussions; the case feature owns the document shape. */
  readonly cases: CaseStore<unknown>;
  /** Teams AI conversation and user state. */
  readonly turnState: Storage;
  /** Educators' review decisions (audit records, never erased with a learner). */
  readonly decisions: DecisionLog;
  /** Answers rated unhelpful, kept without identity for triage for RETENTION_DAYS. */
  readonly feedback: FeedbackLog;
}

export function createStores(documents: DocumentStore, config: Config, clock: () => Date, onEventError?: (error: unknown, count: number) => void): Stores {
  return {
    documents,
    learners: new LearnerRepository(documents, clock),
    events: new LearningEventLog(documents, config.retentionDays, onEventError),
    aggregates: new AggregateStore(documents, {
      enabled: config.analytics.enabled,
      noteTtlDays: config.retentionDays,
      onError: (error) => onEventError?.(error, 1),
    }),
    markers: new ActivityMarkers(documents),
    claims: new NudgeClaims(documents),
    cases: new CaseStore(documents),
    turnState: new DocumentTurnStorage(documents, config.retentionDays),
    decisions: new DecisionLog(documents),
    feedback: new FeedbackLog(documents, config.retentionDays, clock),
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
