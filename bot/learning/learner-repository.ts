/**
 * The learner repository: the store's learner records with the learner module's rules. Before every
 * save the next nudge instant is re-planned (and indexed, so the sweep finds who is due); stored
 * records are migrated on read; someone new starts from `newLearner`.
 */
import type { DocumentStore } from '../store/documents';
import type { ErasureLedger } from '../store/erasure';
import { LearnerRecords, type LearnerRules, type Loaded } from '../store/learners';
import { migrateLearner, newLearner, type Learner, type LearnerRule } from './learner';
import { nudgeDueAt, withNudgePlan } from './nudge-plan';

export const LEARNER_RULES: LearnerRules<Learner> = {
  upgrade: migrateLearner,
  create: newLearner,
  beforeSave: withNudgePlan,
  dueAt: nudgeDueAt,
  // The oldest record waiting to be sent (entries are appended in time order).
  sendAt: (learner) => (learner.outbox?.[0] ? Date.parse(learner.outbox[0].at) : undefined),
};

/** A learner as read at the start of a turn; `etag` is absent for someone HALI has not stored yet. */
export type LoadedLearner = Loaded<Learner>;

/**
 * The learner's records. `extraRules` run before every save after the nudge plan, with the stored
 * version to compare against: the learning-record outbox is one (bot/reporting), so the statements a
 * change causes are written in the same commit as the change.
 */
export class LearnerRepository extends LearnerRecords<Learner> {
  constructor(store: DocumentStore, clock: () => Date, maxAttempts = 10, extraRules: readonly LearnerRule[] = [], erasures?: ErasureLedger) {
    super(
      store,
      clock,
      extraRules.length === 0
        ? LEARNER_RULES
        : {
            ...LEARNER_RULES,
            beforeSave: (learner, now, before) => extraRules.reduce((ruled, rule) => rule(before, ruled, clock()), withNudgePlan(learner, now)),
          },
      maxAttempts,
      erasures,
    );
  }
}
