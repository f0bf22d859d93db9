import type { ItemWithState } from '../content/governance';
import { ITEM_KINDS, type ReviewItem } from '../content/review-items';
import { ITEM_STATUSES, type ItemStatus } from '../content/review-state';
import { LEVELS, ROLES } from '../mentors/types';
import { WorkspaceError } from './guard';

/**
 * The review queue: filters from the query string, checked against their vocabularies (a bad one is
 * a 400 that names the allowed values), the matching rows, and counts per filter value so the page
 * can show how many items each choice holds.
 */
export interface QueueFilters {
  readonly mentor?: string;
  readonly kind?: ReviewItem['kind'];
  readonly status?: ItemStatus;
  readonly role?: string;
  readonly level?: string;
  /** `en`: waiting for clinical (educator) approval; `cy`: waiting for Welsh-language approval. */
  readonly language?: 'en' | 'cy';
}

const VOCABULARY: Readonly<Record<keyof QueueFilters, readonly string[] | undefined>> = {
  mentor: undefined,
  kind: ITEM_KINDS,
  status: ITEM_STATUSES,
  role: ROLES,
  level: LEVELS,
  language: ['en', 'cy'],
};

export function parseFilters(query: Readonly<Record<string, unknown>>, mentorIds: readonly string[]): QueueFilters {
  const filters: Record<string, string> = {};
  for (const name of Object.keys(VOCABULARY) as (keyof QueueFilters)[]) {
    const raw = query[name];
    if (raw === undefined || raw === '') continue;
    const allowed = name === 'mentor' ? mentorIds : VOCABULARY[name]!;
    if (typeof raw !== 'string' || !allowed.includes(raw)) throw new WorkspaceError(400, 'bad_filter', `${name} must be one of ${allowed.join(', ')}.`);
    filters[name] = raw;
  }
  return filters as QueueFilters;
}

const MATCHERS: Readonly<Record<keyof QueueFilters, (row: ItemWithState, value: string) => boolean>> = {
  mentor: ({ item }, v) => item.mentorId === v,
  kind: ({ item }, v) => item.kind === v,
  status: ({ state }, v) => state.status === v,
  role: ({ item }, v) => item.roles.includes('all') || item.roles.includes(v as never),
  level: ({ item }, v) => item.level === v,
  language: ({ state }, v) => state.roles[v === 'en' ? 'educator' : 'welsh-reviewer'].verdict !== 'approved',
};

function matches(row: ItemWithState, filters: QueueFilters, except?: keyof QueueFilters): boolean {
  return (Object.entries(filters) as [keyof QueueFilters, string][]).every(([name, value]) => name === except || MATCHERS[name](row, value));
}

/** Rows and, for each filter, how many items each of its values would show with the other filters applied. */
export function buildQueue(rows: readonly ItemWithState[], filters: QueueFilters, mentorIds: readonly string[], page = { offset: 0, limit: 200 }) {
  const matching = rows.filter((row) => matches(row, filters));
  const counts: Record<string, Record<string, number>> = {};
  for (const name of Object.keys(VOCABULARY) as (keyof QueueFilters)[]) {
    const values = name === 'mentor' ? mentorIds : VOCABULARY[name]!;
    const base = rows.filter((row) => matches(row, filters, name));
    counts[name] = Object.fromEntries(values.map((v) => [v, base.filter((row) => MATCHERS[name](row, v)).length]));
  }
  return {
    total: matching.length,
    counts,
    items: matching.slice(page.offset, page.offset + page.limit).map(({ item, state }) => ({
      key: item.key,
      kind: item.kind,
      mentorId: item.mentorId,
      title: item.title,
      level: item.level ?? null,
      roles: item.roles,
      status: state.status,
      served: state.served,
      clinical: state.roles.educator.verdict,
      welsh: state.roles['welsh-reviewer'].verdict,
      requeued: state.requeued ?? null,
    })),
  };
}
