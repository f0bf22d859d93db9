/**
 * How colleagues answered: the share of staff in the learner's role who chose each option of an item,
 * from the cohort aggregates (each learner's first answer to the item, counted by role and language;
 * no learner id is kept there). Shown only when enough colleagues answered that no one can be picked out.
 */
import { ALL_TIME, scopeKey } from './contribution';
import type { Counters } from './counters';

/** The fewest colleagues in a role whose answers are shown. */
export const MIN_COLLEAGUES = 10;

/** Reads a scope's cells (role|language) with counters summed over shards: the aggregate store. */
export interface AggregateReader {
  readScope(scope: string): Promise<Map<string, Counters>>;
}

export interface ColleagueShares {
  /** Colleagues in the role who answered the item. */
  readonly answered: number;
  /** Whole percentages by option id (every option of the item, 0 when nobody chose it). */
  readonly percent: Readonly<Record<string, number>>;
}

/** Per-item option shares for `role`, from a mentor's all-time cells; undefined below `minimum` answers. */
export function sharesFor(cells: ReadonlyMap<string, Counters>, itemId: string, optionIds: readonly string[], role: string, minimum: number): ColleagueShares | undefined {
  let answered = 0;
  const chosen: Record<string, number> = Object.fromEntries(optionIds.map((id) => [id, 0]));
  for (const [cell, counters] of cells) {
    if (cell.split('|')[0] !== role) continue;
    answered += counters[`i:${itemId}:n`] ?? 0;
    for (const id of optionIds) chosen[id] += counters[`i:${itemId}:o:${id}`] ?? 0;
  }
  if (answered < minimum) return undefined;
  return { answered, percent: Object.fromEntries(optionIds.map((id) => [id, Math.round((chosen[id] / answered) * 100)])) };
}

const CACHE_MS = 60_000;
const MAX_CACHED = 100;

/**
 * Reads the shares on the answer's reply path, so a mentor's cells are cached for a minute: an answer
 * card must come back within Teams' five seconds, and a share a minute old is as true to a learner.
 */
export class ColleagueAnswers {
  private readonly cache = new Map<string, { at: number; cells: Promise<Map<string, Counters>> }>();

  constructor(
    private readonly reader: AggregateReader,
    private readonly clock: () => Date,
    private readonly minimum = MIN_COLLEAGUES,
  ) {}

  /** The shares for `role` on `itemId`; undefined for an unstated role, too few colleagues, or a failed read. */
  async shares(mentorId: string, itemId: string, optionIds: readonly string[], role: string | undefined): Promise<ColleagueShares | undefined> {
    if (!role) return undefined;
    try {
      return sharesFor(await this.cells(mentorId), itemId, optionIds, role, Math.max(MIN_COLLEAGUES, this.minimum));
    } catch {
      this.cache.delete(mentorId);
      return undefined;
    }
  }

  private cells(mentorId: string): Promise<Map<string, Counters>> {
    const now = this.clock().getTime();
    const hit = this.cache.get(mentorId);
    if (hit && now - hit.at < CACHE_MS) return hit.cells;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const cells = this.reader.readScope(scopeKey(mentorId, ALL_TIME));
    this.cache.set(mentorId, { at: now, cells });
    return cells;
  }
}
