import type { AppDeps } from '../deps';
import type { Contribution } from '../analytics/contribution';
import { countedChange, type Counted } from '../analytics/record';
import type { Learner } from '../learning/learner';
import { changeLearner, writeAfterTurn, type HaliTurnState } from '../state';

/**
 * Counts something the learner did in this turn into the cohort aggregates of `mentorId`: the change `step` makes to the
 * learner and what it contributes, worked out again against the stored record if the save re-applies it (analytics/record.ts
 * countedChange). The counts are added after the learner's save, and only if it succeeded and they were not erased meanwhile.
 */
export function countInCohort(state: HaliTurnState, { stores, clock }: Pick<AppDeps, 'stores' | 'clock'>, mentorId: string, step: Contribution | ((learner: Learner) => Counted)): void {
  const counted = countedChange(mentorId, state.temp.language, clock(), typeof step === 'function' ? step : (learner) => ({ learner, contribution: step }));
  changeLearner(state, counted.change);
  writeAfterTurn(state, () => counted.addTo(stores.aggregates));
}
