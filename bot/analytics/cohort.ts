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
  const { cells, allTime } = await readScopes(reader, filters);
  return buildCohort(cells, allTime, filters, minCohort);
}

/** One cohort per role under the other filters (for "by role" tables), each checked like a chosen role. */
export async function loadRoleCohorts(reader: AggregateReader, filters: Filters, minCohort: number): Promise<Map<string, Cohort>> {
  const { cells, allTime } = await readScopes(reader, filters);
  return new Map(ROLE_FILTERS.map((role) => [role, buildCohort(cells, allTime, { ...filters, role }, minCohort)] as const));
}

async function readScopes(reader: AggregateReader, { mentorId, period }: Filters) {
  const [cells, allTime] = await Promise.all([
    reader.readScope(scopeKey(mentorId, period)),
    period === ALL_TIME ? undefined : reader.readScope(scopeKey(mentorId, ALL_TIME)),
  ]);
  return { cells, allTime };
}

function buildCohort(cells: Map<string, Counters>, allTime: Map<string, Counters> | undefined, { role, language }: Filters, minCohort: number): Cohort {
  const matches = (r?: string, l?: string) => (cellRole: string, cellLanguage: string) => (r === undefined || r === cellRole) && (l === undefined || l === cellLanguage);
  const relaxed: Counters[] = [];
  if (role !== undefined) relaxed.push(sumCells(cells, matches(undefined, language)));
  if (language !== undefined) relaxed.push(sumCells(cells, matches(role, undefined)));
  if (allTime) relaxed.push(sumCells(allTime, matches(role, language)));
  const byRole = new Map(ROLE_FILTERS.map((r) => [r, sumCells(cells, matches(r, language))] as const));
  return { selected: sumCells(cells, matches(role, language)), relaxed, minCohort, ...(role !== undefined ? { roles: { own: role, byRole } } : {}) };
}
