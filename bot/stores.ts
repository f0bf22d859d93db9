/**
 * Every repository the app uses, over one document store: the store's persistence (bot/store/) with
 * the learner module's rules for learner records.
 */
import type { Storage } from 'botbuilder';
import { isSliceScope } from './analytics/release';
import type { Config } from './config';
import type { LearnerRule } from './learning/learner';
import type { OutboxEntry } from './learning/learning-records';
import { LearnerRepository } from './learning/learner-repository';
import { AggregateStore, type LostCounters } from './store/aggregates';
import { CaseStore } from './store/cases';
import { DecisionLog } from './store/decisions';
import { FeedbackLog } from './store/feedback';
import { NudgeClaims } from './store/claims';
import type { DocumentStore } from './store/documents';
import { ErasureLedger } from './store/erasure';
import { LearningEventLog } from './store/events';
import { Introductions } from './store/introductions';
import { ActivityMarkers } from './store/markers';
import { OutboxDocuments } from './store/outbox';
import { ReportedRecords } from './store/reported';
import { NudgePlanStore } from './store/plans';
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
  /** What HALI has sent to learning record stores about each learner ("my record", voiding on erasure). */
  readonly reported: ReportedRecords;
  /** Documents holding records to send, and records that outlive their learner (voids after erasure). */
  readonly outbox: OutboxDocuments<OutboxEntry>;
  /** Each tenant's nudge send plan per day; the nudge feature owns the plan's shape. */
  readonly plans: NudgePlanStore<unknown>;
  /** Channel case discussions; the case feature owns the document shape. */
  readonly cases: CaseStore<unknown>;
  /** Teams and group chats HALI has introduced itself to (once each). */
  readonly introductions: Introductions;
  /** Teams AI conversation and user state. */
  readonly turnState: Storage;
  /** Educators' review decisions (audit records, never erased with a learner). */
  readonly decisions: DecisionLog;
  /** Answers rated unhelpful, kept without identity for triage for RETENTION_DAYS. */
  readonly feedback: FeedbackLog;
  /** Recent "forget me" erasures: what work begun before one may no longer write. */
  readonly erasures: ErasureLedger;
}

export interface StoreOptions {
  readonly onEventError?: (error: unknown, count: number) => void;
  /** Cohort counts given up on after repeated failed writes (bot/store/aggregates.ts), to be logged with their counts. */
  readonly onAggregateGiveUp?: (error: unknown, lost: LostCounters) => void;
  /** Rules the learner repository applies before every save (the learning-record outbox). */
  readonly learnerRules?: readonly LearnerRule[];
}

export function createStores(documents: DocumentStore, config: Config, clock: () => Date, options: StoreOptions = {}): Stores {
  const { onEventError, onAggregateGiveUp, learnerRules = [] } = options;
  const erasures = new ErasureLedger(documents, clock);
  return {
    documents,
    erasures,
    learners: new LearnerRepository(documents, clock, 10, learnerRules, erasures),
    reported: new ReportedRecords(documents),
    outbox: new OutboxDocuments<OutboxEntry>(documents),
    events: new LearningEventLog(documents, config.retentionDays, onEventError, erasures),
    aggregates: new AggregateStore(documents, {
      enabled: config.analytics.enabled,
      noteTtlDays: config.retentionDays,
      onError: (error) => onEventError?.(error, 1),
      onGiveUp: onAggregateGiveUp,
      writeFirst: isSliceScope,
    }),
    markers: new ActivityMarkers(documents),
    claims: new NudgeClaims(documents),
    plans: new NudgePlanStore(documents),
    cases: new CaseStore(documents),
    introductions: new Introductions(documents, clock),
    turnState: new DocumentTurnStorage(documents, config.retentionDays),
    decisions: new DecisionLog(documents),
    feedback: new FeedbackLog(documents, config.retentionDays, clock),
  };
}

