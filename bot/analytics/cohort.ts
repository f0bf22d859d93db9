import { ROLES } from '../mentors/types';
import { LANGUAGES } from '../i18n';
import { ALL_TIME, scopeKey } from './contribution';
import type { Counters } from './counters';
import { sumCells, type Cohort } from './suppress';

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

/** Checks filters from a query string; a value outside the known set is a problem, never a query. */
export function filterProblem(filters: Filters): FilterProblem | undefined {
  if (filters.period !== ALL_TIME && !/^\d{4}-(0[1-9]|1[0-2])$/.test(filters.period)) return 'period';
  if (filters.role !== undefined && !ROLE_FILTERS.includes(filters.role)) return 'role';
  if (filters.language !== undefined && !(LANGUAGES as readonly string[]).includes(filters.language)) return 'language';
  return undefined;
}

/**
 * The cohort behind a view: the chosen cells summed; for each chosen narrowing filter (role,
 * language, month) the same sum with that filter removed, for the differencing check; and with a role
 * chosen, every role's sum, so a role hidden in the "by role" table stays hidden when chosen alone.
 */
export async function loadCohort(reader: AggregateReader, filters: Filters, minCohort: number): Promise<Cohort> {
  return cohortOf(await readScopes(reader, filters), filters, minCohort);
}

/** The chosen period's cells, and all time's when a month is chosen (for the differencing check). */
export interface ScopeCells {
  readonly cells: Map<string, Counters>;
  readonly allTime?: Map<string, Counters>;
}

/** Reads the aggregates a view needs: a few partition reads, never learners' partitions. */
export async function readScopes(reader: AggregateReader, { mentorId, period }: Filters): Promise<ScopeCells> {
  const [cells, allTime] = await Promise.all([
    reader.readScope(scopeKey(mentorId, period)),
    period === ALL_TIME ? undefined : reader.readScope(scopeKey(mentorId, ALL_TIME)),
  ]);
  return { cells, allTime };
}

const matches = (r?: string, l?: string) => (cellRole: string, cellLanguage: string) => (r === undefined || r === cellRole) && (l === undefined || l === cellLanguage);

/** Sums already made per scope read: a view asks for the same role/language sum many times (once per role). */
const sums = new WeakMap<Map<string, Counters>, Map<string, Counters>>();

/** The cells of one role and language (either may be "any"), summed once per scope read. */
function sumOf(cells: Map<string, Counters>, role?: string, language?: string): Counters {
  let memo = sums.get(cells);
  if (!memo) sums.set(cells, (memo = new Map()));
  const key = `${role ?? '*'}|${language ?? '*'}`;
  let total = memo.get(key);
  if (!total) memo.set(key, (total = sumCells(cells, matches(role, language))));
  return total;
}

/** Every role's counters under the language filter (computed once per view, shared by the role cohorts). */
function countersByRole(cells: Map<string, Counters>, language: string | undefined): Map<string, Counters> {
  return new Map(ROLE_FILTERS.map((r) => [r, sumOf(cells, r, language)] as const));
}

/** The cohort for `filters` from cells already read. */
export function cohortOf({ cells, allTime }: ScopeCells, { role, language }: Filters, minCohort: number, byRole?: Map<string, Counters>): Cohort {
  const relaxed: Counters[] = [];
  if (role !== undefined) relaxed.push(sumOf(cells, undefined, language));
  if (language !== undefined) relaxed.push(sumOf(cells, role, undefined));
  if (allTime) relaxed.push(sumOf(allTime, role, language));
  if (role === undefined) return { selected: sumOf(cells, undefined, language), relaxed, minCohort };
  const roles = byRole ?? countersByRole(cells, language);
  return { selected: roles.get(role) ?? sumOf(cells, role, language), relaxed, minCohort, roles: { own: role, byRole: roles } };
}

/** One cohort per role under the other filters (for "by role" tables), each checked like a chosen role. */
export function roleCohortsOf(scopes: ScopeCells, filters: Filters, minCohort: number): Map<string, Cohort> {
  const byRole = countersByRole(scopes.cells, filters.language);
  return new Map(ROLE_FILTERS.map((role) => [role, cohortOf(scopes, { ...filters, role }, minCohort, byRole)] as const));
}
