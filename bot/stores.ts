/**
 * Every repository the app uses, over one document store: the store's persistence (bot/store/) with
 * the learner module's rules for learner records.
 */
import type { Storage } from 'botbuilder';
import type { Config } from './config';
import { LearnerRepository } from './learning/learner-repository';
import { AggregateStore } from './store/aggregates';
import { CaseStore } from './store/cases';
import { DecisionLog } from './store/decisions';
import { FeedbackLog } from './store/feedback';
import { NudgeClaims } from './store/claims';
import type { DocumentStore } from './store/documents';
import { LearningEventLog } from './store/events';
import { ActivityMarkers } from './store/markers';
import { DocumentTurnStorage } from './store/turn-state';

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

