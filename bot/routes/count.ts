import type { AppDeps } from '../deps';
import { cellOf, type Contribution } from '../analytics/contribution';
import { record } from '../analytics/record';
import { changeLearner, type HaliTurnState } from '../state';

/** Counts something the learner did in this turn into the cohort aggregates of `mentorId` (and marks them counted). */
export function countInCohort(state: HaliTurnState, { stores, clock }: Pick<AppDeps, 'stores' | 'clock'>, mentorId: string, contribution: Contribution): void {
  const { learner, language } = state.temp;
  changeLearner(state, record(stores.aggregates, learner, cellOf(learner, mentorId, language), contribution, clock()));
}
