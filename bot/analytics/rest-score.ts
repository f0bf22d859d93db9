/**
 * Discrimination sums kept incrementally: each item's point-biserial pairs a learner's first answer to
 * it (y: 1 right, 0 wrong) with their rest score x, their proportion right over their first answers to
 * the mentor's OTHER items, earlier and later alike (the classical item-rest correlation).
 *
 * A learner's rest score on item i is (C - y_i) / (A - 1), where A and C are their first answers to the
 * mentor's items and how many were right. It depends only on A, C and y_i, so every item the learner got
 * right shares one x and every item they got wrong another. When a later first answer moves A and C,
 * the change to each earlier item's sums is one of two deltas (for its y), computed here from the
 * learner's own record of first answers (kept in their document) and added to the aggregates: no
 * page load ever reads a learner.
 *
 * Periods: all-time sums always hold every learner's current rest score. A month's sums hold the items
 * first answered in that month, with the rest score as it stood at the learner's last answer in that
 * month: a later month's answers do not reach back into a closed month (that would rewrite every past
 * month on every answer). Pairs are counted in the role and language cell of the learner's latest
 * answer to the mentor; after a change of role or language the learner's all-time (and this month's)
 * pairs move with them, subtracted from the old cell and added to the new.
 */
import type { RestRecord } from '../learning/learner';
import type { Counters } from './counters';

export type { RestRecord };

/** Counters to add to one cell's month and all-time aggregates. */
export interface CellAddition {
  readonly cell: string;
  readonly month: Counters;
  readonly all: Counters;
}

type Pair = readonly [n: number, x: number, xx: number, y: number, xy: number];
const NONE: Pair = [0, 0, 0, 0, 0];
const NAMES = ['rn', 'rx', 'rxx', 'ry', 'rxy'] as const;

/** The item-rest pair of an item answered `y` by a learner with `a` first answers of which `c` were right. */
export function restPair(a: number, c: number, y: 0 | 1): Pair {
  if (a < 2) return NONE;
  const x = (c - y) / (a - 1);
  return [1, x, x * x, y, x * y];
}

/** Counter names per item, made once: every first answer touches the learner's earlier items' five sums. */
const keyCache = new Map<string, readonly string[]>();
const keysOf = (itemId: string) => keyCache.get(itemId) ?? keyCache.set(itemId, NAMES.map((name) => `i:${itemId}:${name}`)).get(itemId)!;

function addPair(into: Counters, itemId: string, pair: Pair, sign = 1): void {
  if (pair[0] === 0 && pair[1] === 0 && pair[2] === 0 && pair[3] === 0 && pair[4] === 0) return;
  const keys = keysOf(itemId);
  for (let k = 0; k < keys.length; k++) into[keys[k]] = (into[keys[k]] ?? 0) + sign * pair[k];
}

const diff = (to: Pair, from: Pair): Pair => [to[0] - from[0], to[1] - from[1], to[2] - from[2], to[3] - from[3], to[4] - from[4]];

function totals(firsts: Readonly<Record<string, 0 | 1>>): { a: number; c: number } {
  let a = 0;
  let c = 0;
  for (const y of Object.values(firsts)) {
    a++;
    c += y;
  }
  return { a, c };
}

/** The record as of `month` (a new month starts with no items of its own). */
function current(record: RestRecord | undefined, cell: string, month: string): RestRecord {
  if (!record) return { cell, month, firsts: {}, thisMonth: [] };
  return record.month === month ? record : { ...record, month, thisMonth: [] };
}

/** Every pair of `items` for a learner's totals (a cell's whole share of these items). */
function pairsOf(items: readonly string[], firsts: Readonly<Record<string, 0 | 1>>, into: Counters, sign: number): void {
  const { a, c } = totals(firsts);
  for (const itemId of items) addPair(into, itemId, restPair(a, c, firsts[itemId]), sign);
}

/**
 * What a first answer to `itemId` adds to the discrimination sums, by cell (the old cell first when the
 * learner's pairs move), and the learner's record afterwards. Nothing when the item was answered before.
 */
export function restScoreUpdate(previous: RestRecord | undefined, cell: string, month: string, itemId: string, correct: boolean): { additions: CellAddition[]; next: RestRecord } {
  const record = current(previous, cell, month);
  if (itemId in record.firsts) return { additions: [], next: record };
  const additions: CellAddition[] = [];
  if (previous && record.cell !== cell) {
    const all: Counters = {};
    const monthly: Counters = {};
    pairsOf(Object.keys(record.firsts), record.firsts, all, -1);
    pairsOf(record.thisMonth, record.firsts, monthly, -1);
    additions.push({ cell: record.cell, month: monthly, all });
  }
  const moved = previous && record.cell !== cell;
  const all: Counters = {};
  const monthly: Counters = {};
  if (moved) {
    pairsOf(Object.keys(record.firsts), record.firsts, all, 1);
    pairsOf(record.thisMonth, record.firsts, monthly, 1);
  }
  const y: 0 | 1 = correct ? 1 : 0;
  const { a, c } = totals(record.firsts);
  const delta: Record<0 | 1, Pair> = { 0: diff(restPair(a + 1, c + y, 0), restPair(a, c, 0)), 1: diff(restPair(a + 1, c + y, 1), restPair(a, c, 1)) };
  for (const [earlier, yEarlier] of Object.entries(record.firsts)) addPair(all, earlier, delta[yEarlier]);
  for (const earlier of record.thisMonth) addPair(monthly, earlier, delta[record.firsts[earlier]]);
  const own = restPair(a + 1, c + y, y);
  addPair(all, itemId, own);
  addPair(monthly, itemId, own);
  additions.push({ cell, month: monthly, all });
  return { additions, next: { cell, month, firsts: { ...record.firsts, [itemId]: y }, thisMonth: [...record.thisMonth, itemId] } };
}

/** Re-applies a first answer to the latest record (another turn may have saved first): adds the item if absent. */
export function withFirstAnswer(latest: RestRecord | undefined, cell: string, month: string, itemId: string, correct: boolean): RestRecord {
  const record = current(latest, cell, month);
  if (itemId in record.firsts) return { ...record, cell };
  return { cell, month, firsts: { ...record.firsts, [itemId]: correct ? 1 : 0 }, thisMonth: [...record.thisMonth, itemId] };
}
