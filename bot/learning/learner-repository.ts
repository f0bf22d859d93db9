/**
 * The learner repository: the store's learner records with the learner module's rules. Before every
 * save the next nudge instant is re-planned (and indexed, so the sweep finds who is due); stored
 * records are migrated on read; someone new starts from `newLearner`.
 */
import type { DocumentStore } from '../store/documents';
import type { ErasureLedger } from '../store/erasure';
import { LearnerRecords, type LearnerRules, type Loaded } from '../store/learners';
import { migrateLearner, newLearner, type Learner } from './learner';
import { withNudgePlan } from './nudge-plan';

export const LEARNER_RULES: LearnerRules<Learner> = {
  upgrade: migrateLearner,
  create: newLearner,
  beforeSave: withNudgePlan,
  dueAt: (learner) => (learner.nudge?.nextAt ? Date.parse(learner.nudge.nextAt) : undefined),
};

/** A learner as read at the start of a turn; `etag` is absent for someone HALI has not stored yet. */
export type LoadedLearner = Loaded<Learner>;

export class LearnerRepository extends LearnerRecords<Learner> {
  constructor(store: DocumentStore, clock: () => Date, maxAttempts = 10, erasures?: ErasureLedger) {
    super(store, clock, LEARNER_RULES, maxAttempts, erasures);
  }
}
