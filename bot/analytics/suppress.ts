import { mergeCounters, type Counters } from './counters';

/**
 * A figure may be shown only when it comes from at least `minCohort` learners, and when taking it
 * away from the same figure with one filter removed leaves either nobody or at least `minCohort`
 * learners: otherwise two views subtracted ("all roles" minus "nurses") would reveal a small group.
 */
export function mayShow(learners: number, relaxed: readonly number[], minCohort: number): boolean {
  if (learners < minCohort) return false;
  return relaxed.every((wider) => {
    const rest = wider - learners;
    return rest <= 0 || rest >= minCohort;
  });
}

/**
 * Which of several sibling groups (the roles) must be hidden: each under `minCohort` (primary), and
 * while the hidden ones add up to fewer than `minCohort` the smallest shown one too (secondary), so
 * the total minus the shown groups never reveals a small group.
 */
export function hiddenGroups(learners: ReadonlyMap<string, number>, minCohort: number): Set<string> {
  const hidden = new Set([...learners].filter(([, n]) => n > 0 && n < minCohort).map(([key]) => key));
  const hiddenSum = () => [...hidden].reduce((sum, key) => sum + (learners.get(key) ?? 0), 0);
  while (hiddenSum() > 0 && hiddenSum() < minCohort) {
    const smallest = [...learners].filter(([key, n]) => n > 0 && !hidden.has(key)).sort((a, b) => a[1] - b[1])[0];
    if (!smallest) break;
    hidden.add(smallest[0]);
  }
  return hidden;
}

/** The counters of the chosen filters, and of each view with one chosen filter removed. */
export interface Cohort {
  readonly selected: Counters;
  readonly relaxed: readonly Counters[];
  readonly minCohort: number;
  /** With a role chosen: that role, and every role's counters under the other filters. */
  readonly roles?: { readonly own: string; readonly byRole: ReadonlyMap<string, Counters> };
}

/** Sums the cells (keyed "role|language") that `keep` accepts. */
export function sumCells(cells: ReadonlyMap<string, Counters>, keep: (role: string, language: string) => boolean): Counters {
  const total: Counters = {};
  for (const [key, counters] of cells) {
    const [role, language] = key.split('|');
    if (keep(role, language)) mergeCounters(total, counters);
  }
  return total;
}

/** Whether the figure whose distinct learners are counted in `counter` may be shown. */
export function showable(cohort: Cohort, counter: string): boolean {
  if (!mayShow(cohort.selected[counter] ?? 0, cohort.relaxed.map((c) => c[counter] ?? 0), cohort.minCohort)) return false;
  if (!cohort.roles) return true;
  const learners = new Map([...cohort.roles.byRole].map(([role, counters]) => [role, counters[counter] ?? 0] as const));
  return !hiddenGroups(learners, cohort.minCohort).has(cohort.roles.own);
}
