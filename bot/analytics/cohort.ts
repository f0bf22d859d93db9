import { ROLES } from '../mentors/types';
import { LANGUAGES } from '../i18n';
import { ALL_TIME, scopeKey } from './contribution';
import type { Counters } from './counters';
import { released, releasePlan, sliceScopesOf, unsettledCells } from './release';
import { sumCells, type Cohort, type Siblings } from './suppress';

/** The months a single month may be chosen from (ending with this one): each is another's sibling. */
export const MONTH_WINDOW = 24;

/** The window's months, oldest first, ending with `now`'s month. */
export function windowMonths(now: Date): string[] {
  return Array.from({ length: MONTH_WINDOW }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTH_WINDOW - 1 - i), 1)).toISOString().slice(0, 7));
}

/** What the educator chose to look at. Mentor is always chosen; the rest narrow the cohort. */
export interface Filters {
  readonly mentorId: string;
  /** "all", or a month "YYYY-MM". */
  readonly period: string;
  readonly role?: string;
  readonly language?: string;
}

/** Reads aggregate scopes: the aggregate store's read side. */
export interface AggregateReader {
  readScope(scope: string): Promise<Map<string, Counters>>;
}

export const ROLE_FILTERS: readonly string[] = [...ROLES, 'unstated'];

export type FilterProblem = 'period' | 'role' | 'language';

/** Checks filters from a query string; a value outside the known set (or a month outside the window) is a problem, never a query. */
export function filterProblem(filters: Filters, now: Date): FilterProblem | undefined {
  if (filters.period !== ALL_TIME && !windowMonths(now).includes(filters.period)) return 'period';
  if (filters.role !== undefined && !ROLE_FILTERS.includes(filters.role)) return 'role';
  if (filters.language !== undefined && !(LANGUAGES as readonly string[]).includes(filters.language)) return 'language';
  return undefined;
}

/**
 * The cohort behind a view: the chosen cells summed; for each chosen narrowing filter (role,
 * language, month) the same sum with that filter removed, for the differencing check; with a role
 * chosen, every role's sum, so a role hidden in the "by role" table stays hidden when chosen alone;
 * and with a month chosen, every month's sum, so that all time minus the other months cannot
 * reveal a month hidden for having too few learners.
 */
export async function loadCohort(reader: AggregateReader, filters: Filters, minCohort: number, now: Date): Promise<Cohort> {
  return cohortOf(await readScopes(reader, filters, now, minCohort), filters, minCohort);
}

/** The chosen period's cells; with a month chosen, all time's and every month's of the window too. All as released (release.ts). */
export interface ScopeCells {
  readonly cells: Map<string, Counters>;
  readonly allTime?: Map<string, Counters>;
  readonly months?: ReadonlyMap<string, Map<string, Counters>>;
  /** The all-time cells as released (also for a view of all time, where they are `cells`). */
  readonly released: Map<string, Counters>;
  /** Learning before this instant may be counted (the end of the latest complete week). */
  readonly releasedUntil: Date;
}

/**
 * Reads the aggregates a view needs: partition reads of aggregate scopes, never learners' partitions. The
 * all-time and month cells are read first, then the week slices their learning is held back by (release.ts).
 */
export async function readScopes(reader: AggregateReader, { mentorId, period }: Filters, now: Date, minCohort: number): Promise<ScopeCells> {
  const window = period === ALL_TIME ? [] : windowMonths(now);
  for (let attempt = 1; ; attempt++) {
    const [allLive, ...monthly] = await Promise.all([reader.readScope(scopeKey(mentorId, ALL_TIME)), ...window.map((m) => reader.readScope(scopeKey(mentorId, m)))]);
    const plan = releasePlan(allLive, now, minCohort);
    const scopes = sliceScopesOf(mentorId, plan);
    const slices = new Map(await Promise.all(scopes.map(async (scope) => [scope, await reader.readScope(scope)] as const)));
    const allTime = released(allLive, plan, slices, mentorId);
    const months = new Map(window.map((m, i) => [m, released(monthly[i], plan, slices, mentorId, m)] as const));
    const all = [allTime, ...months.values()];
    const unsettled = new Set(all.flatMap((cells) => unsettledCells(cells, plan)));
    // A flush's two writes land milliseconds apart: read again. A write stuck between them (the store failing) leaves its group out.
    if (unsettled.size > 0 && attempt < READ_ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
      continue;
    }
    for (const cells of all) for (const cell of unsettled) cells.delete(cell);
    if (period === ALL_TIME) return { cells: allTime, released: allTime, releasedUntil: plan.releasedUntil };
    return { cells: months.get(period) ?? new Map(), allTime, months, released: allTime, releasedUntil: plan.releasedUntil };
  }
}

/** How many times a view reads the aggregates before leaving out a group whose held week did not add up. */
const READ_ATTEMPTS = 4;

const matches = (r?: string, l?: string) => (cellRole: string, cellLanguage: string) => (r === undefined || r === cellRole) && (l === undefined || l === cellLanguage);

/** Sums already made per scope read: a view asks for the same role/language sum many times (once per role). */
const sums = new WeakMap<Map<string, Counters>, Map<string, Counters>>();

/** The cells of one role and language (either may be "any"), without groups under `minCohort` (sumCells), summed once per scope read. */
function sumOf(cells: Map<string, Counters>, minCohort: number, role?: string, language?: string): Counters {
  let memo = sums.get(cells);
  if (!memo) sums.set(cells, (memo = new Map()));
  const key = `${role ?? '*'}|${language ?? '*'}|${minCohort}`;
  let total = memo.get(key);
  if (!total) memo.set(key, (total = sumCells(cells, matches(role, language), minCohort)));
  return total;
}

/** Every role's counters under the language filter (computed once per view, shared by the role cohorts). */
function countersByRole(cells: Map<string, Counters>, minCohort: number, language: string | undefined): Map<string, Counters> {
  return new Map(ROLE_FILTERS.map((r) => [r, sumOf(cells, minCohort, r, language)] as const));
}

/** The months before the window: never asked for alone, so always among the hidden months. */
const BEFORE_WINDOW = 'before';

/** Every month's counters under the role and language filters, and all time's remainder before the window. */
function monthSiblings({ months, allTime }: ScopeCells, minCohort: number, period: string, role?: string, language?: string): Siblings | undefined {
  if (!months || !allTime) return undefined;
  const byKey = new Map([...months].map(([month, cells]) => [month, sumOf(cells, minCohort, role, language)] as const));
  const before: Counters = { ...sumOf(allTime, minCohort, role, language) };
  for (const counters of byKey.values()) for (const name in counters) before[name] = (before[name] ?? 0) - counters[name];
  for (const name in before) before[name] = Math.max(0, before[name]);
  byKey.set(BEFORE_WINDOW, before);
  return { own: period, byKey, alwaysHidden: [BEFORE_WINDOW] };
}

/** The cohort for `filters` from cells already read. */
export function cohortOf(scopes: ScopeCells, { role, language, period }: Filters, minCohort: number, byRole?: Map<string, Counters>): Cohort {
  const { cells, allTime } = scopes;
  const relaxed: Counters[] = [];
  if (role !== undefined) relaxed.push(sumOf(cells, minCohort, undefined, language));
  if (language !== undefined) relaxed.push(sumOf(cells, minCohort, role, undefined));
  if (allTime) relaxed.push(sumOf(allTime, minCohort, role, language));
  const siblings: Siblings[] = [];
  const months = monthSiblings(scopes, minCohort, period, role, language);
  if (months) siblings.push(months);
  if (role === undefined) return { selected: sumOf(cells, minCohort, undefined, language), relaxed, minCohort, siblings };
  const roles = byRole ?? countersByRole(cells, minCohort, language);
  siblings.push({ own: role, byKey: roles });
  return { selected: roles.get(role) ?? sumOf(cells, minCohort, role, language), relaxed, minCohort, siblings };
}

/** One cohort per role under the other filters (for "by role" tables), each checked like a chosen role. */
export function roleCohortsOf(scopes: ScopeCells, filters: Filters, minCohort: number): Map<string, Cohort> {
  const byRole = countersByRole(scopes.cells, minCohort, filters.language);
  return new Map(ROLE_FILTERS.map((role) => [role, cohortOf(scopes, { ...filters, role }, minCohort, byRole)] as const));
}
