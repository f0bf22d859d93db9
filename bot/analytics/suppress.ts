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
 * Which of several sibling groups (the roles, or the months) must be hidden: each under `minCohort`
 * (primary), and while the hidden ones add up to fewer than `minCohort` the smallest shown one too
 * (secondary), so the total minus the shown groups never reveals a small group. `alwaysHidden`
 * groups can never be asked for on their own (the months before the window): they count as hidden.
 */
export function hiddenGroups(learners: ReadonlyMap<string, number>, minCohort: number, alwaysHidden: readonly string[] = []): Set<string> {
  const hidden = new Set([...learners].filter(([key, n]) => n > 0 && (n < minCohort || alwaysHidden.includes(key))).map(([key]) => key));
  const hiddenSum = () => [...hidden].reduce((sum, key) => sum + (learners.get(key) ?? 0), 0);
  while (hiddenSum() > 0 && hiddenSum() < minCohort) {
    const smallest = [...learners].filter(([key, n]) => n > 0 && !hidden.has(key)).sort((a, b) => a[1] - b[1])[0];
    if (!smallest) break;
    hidden.add(smallest[0]);
  }
  return hidden;
}

/**
 * Which parts of a whole are too small to show (an item's options; right and wrong; answers by stated
 * confidence): a count from 1 to `minCohort` - 1 is hidden, and so are the smallest others until the hidden
 * ones add up to `minCohort` or more, so no hidden count can be worked out from the whole and the rest shown.
 * Zero is shown: it says something of everyone in the view and of no one in particular.
 */
export function smallParts(parts: ReadonlyMap<string, number>, minCohort: number): Set<string> {
  return hiddenGroups(parts, minCohort);
}

/** A count shown on its own (lessons finished, a step of the nudge funnel), or undefined from 1 to `minCohort` - 1. */
export function countOrHidden(count: number, minCohort: number): number | undefined {
  return count > 0 && count < minCohort ? undefined : count;
}

/** Groups that partition a wider figure (every role; every month of the window): the chosen one must not stand out. */
export interface Siblings {
  readonly own: string;
  readonly byKey: ReadonlyMap<string, Counters>;
  readonly alwaysHidden?: readonly string[];
}

/** The counters of the chosen filters, and of each view with one chosen filter removed. */
export interface Cohort {
  readonly selected: Counters;
  readonly relaxed: readonly Counters[];
  readonly minCohort: number;
  /**
   * Sibling partitions of the chosen cell: with a role chosen, every role under the other filters;
   * with a month chosen, every month of the window (and the months before it) under the other filters.
   */
  readonly siblings?: readonly Siblings[];
}

const sizeCounters = new Map<string, string>();

/**
 * The counter of the learners behind a counter's figure: an item's first answers ("i:<item>:n"), a topic's or a retention
 * interval's learners, the nudged learners, else the mentor's learners.
 */
export function sizeCounterOf(name: string): string {
  let size = sizeCounters.get(name);
  if (size !== undefined) return size;
  const parts = name.split(':');
  if (parts[0] === 'i' && parts.length >= 3) size = `i:${parts[1]}:n`;
  else if (parts[0] === 't' && parts.length >= 3) size = `t:${parts[1]}:learners`;
  else if (parts[0] === 'r' && parts.length >= 4) size = `r:${parts[1]}:${parts[2]}:learners`;
  else if (parts[0] === 'n') size = 'n:learners';
  else size = 'learners';
  if (sizeCounters.size < 100_000) sizeCounters.set(name, size);
  return size;
}

/**
 * Sums the cells (keyed "role|language") that `keep` accepts. With `minCohort`, a cell adds a counter only when at least that
 * many learners stand behind it in that cell (sizeCounterOf): a small group (one Welsh-speaking pharmacist) is in no view at all,
 * so no sum and difference of views ("English" minus "nurses" plus "Welsh-speaking nurses") can single it out. Every figure is
 * then a sum of groups of at least `minCohort`.
 */
export function sumCells(cells: ReadonlyMap<string, Counters>, keep: (role: string, language: string) => boolean, minCohort = 0): Counters {
  const total: Counters = {};
  for (const [key, counters] of cells) {
    const [role, language] = key.split('|');
    if (!keep(role, language)) continue;
    if (minCohort <= 0) {
      mergeCounters(total, counters);
      continue;
    }
    for (const name in counters) if ((counters[sizeCounterOf(name)] ?? 0) >= minCohort) total[name] = (total[name] ?? 0) + counters[name];
  }
  return total;
}

/** Whether the figure whose distinct learners are counted in `counter` may be shown. */
export function showable(cohort: Cohort, counter: string): boolean {
  if (!mayShow(cohort.selected[counter] ?? 0, cohort.relaxed.map((c) => c[counter] ?? 0), cohort.minCohort)) return false;
  return (cohort.siblings ?? []).every(({ own, byKey, alwaysHidden }) => {
    const learners = new Map([...byKey].map(([key, counters]) => [key, counters[counter] ?? 0] as const));
    return !hiddenGroups(learners, cohort.minCohort, alwaysHidden).has(own);
  });
}
