/**
 * Planning a tenant's day of nudges under Teams' per-tenant cap (pure). Demand is counted in buckets
 * of learners who chose the same instant and may not hear from HALI before the same instant (their
 * quiet hours end, or the earliest lead). The plan gives each bucket its send slots, one second at a
 * time at `ratePerSecond`:
 *   1. on time: as many as possible within ON_TIME_MS either side of the chosen time, by
 *      earliest-deadline-first over the seconds (optimal for unit sends with windows of time);
 *   2. then each on-time send moves as close to its chosen time as free seconds allow (the count
 *      stays the same), so a quiet tenant's nudges go at the chosen time, not 15 minutes early;
 *   3. those the cap leaves over go early, as close as possible (never before their earliest
 *      instant), else late, in the first free seconds after their window.
 * A learner's place in their bucket comes from a hash of their id and the day, so who goes first
 * changes every day (see `dailyPosition`).
 */
import { createHash } from 'node:crypto';

/** "Within 15 minutes of the chosen time", either side. */
export const ON_TIME_MS = 15 * 60_000;
export { MAX_EARLY_MS } from '../learning/nudge-plan';
const SECOND = 1000;

export interface DemandBucket {
  /** The chosen instant (epoch ms). */
  readonly chosenAt: number;
  /** No send before this instant (epoch ms, at most the chosen instant). */
  readonly earliestAt: number;
  readonly count: number;
}

/** `count` sends spread evenly over [start, end) (epoch ms). */
export type Run = readonly [start: number, end: number, count: number];

export interface PlannedBucket extends DemandBucket {
  /** In time order; their counts add up to `count`. */
  readonly runs: readonly Run[];
  /** How many of them arrive within ON_TIME_MS of the chosen time. */
  readonly onTime: number;
}

export interface SendPlan {
  readonly ratePerSecond: number;
  readonly buckets: readonly PlannedBucket[];
  readonly total: number;
  readonly onTime: number;
}

/** Second-by-second capacity over the planning horizon. */
interface Grid {
  readonly origin: number;
  readonly used: Int32Array;
  readonly rate: number;
}

interface Work extends DemandBucket {
  readonly from: number;
  readonly until: number;
  /** Sends per second index (sparse, by second). */
  readonly slots: Map<number, number>;
  left: number;
}

const secondOf = (grid: Grid, instant: number) => Math.floor((instant - grid.origin) / SECOND);

/** The plan for one tenant's demand at `ratePerSecond` sends per second. */
export function planSends(demand: readonly DemandBucket[], ratePerSecond: number): SendPlan {
  const rate = Math.max(1, Math.floor(ratePerSecond));
  const merged = mergeDemand(demand);
  if (merged.length === 0) return { ratePerSecond: rate, buckets: [], total: 0, onTime: 0 };
  const total = merged.reduce((n, b) => n + b.count, 0);
  const origin = Math.floor(Math.min(...merged.map((b) => b.earliestAt)) / SECOND) * SECOND;
  const end = Math.max(...merged.map((b) => b.chosenAt)) + ON_TIME_MS + Math.ceil(total / rate) * SECOND + 60 * SECOND;
  const grid: Grid = { origin, used: new Int32Array(Math.ceil((end - origin) / SECOND) + 1), rate };
  const work: Work[] = merged.map((b) => ({ ...b, from: secondOf(grid, Math.max(b.chosenAt - ON_TIME_MS, b.earliestAt)), until: secondOf(grid, b.chosenAt + ON_TIME_MS), slots: new Map(), left: b.count }));
  earliestDeadlineFirst(grid, work);
  const onTime = work.map((w) => w.count - w.left);
  towardsChosen(grid, work);
  placeLeftovers(grid, work);
  const buckets = work.map((w, i): PlannedBucket => ({ chosenAt: w.chosenAt, earliestAt: w.earliestAt, count: w.count, onTime: onTime[i], runs: runsOf(grid, w.slots) }));
  return { ratePerSecond: rate, buckets, total, onTime: onTime.reduce((a, b) => a + b, 0) };
}

function mergeDemand(demand: readonly DemandBucket[]): DemandBucket[] {
  const byKey = new Map<string, DemandBucket>();
  for (const b of demand) {
    if (!(b.count > 0)) continue;
    const earliestAt = Math.min(b.earliestAt, b.chosenAt);
    const key = bucketKey(b.chosenAt, earliestAt);
    const known = byKey.get(key);
    byKey.set(key, { chosenAt: b.chosenAt, earliestAt, count: (known?.count ?? 0) + b.count });
  }
  return [...byKey.values()].sort((a, b) => a.chosenAt - b.chosenAt || a.earliestAt - b.earliestAt);
}

export const bucketKey = (chosenAt: number, earliestAt: number) => `${chosenAt}/${earliestAt}`;

function take(grid: Grid, w: Work, second: number, wanted: number): number {
  const n = Math.min(wanted, grid.rate - grid.used[second]);
  if (n <= 0) return 0;
  grid.used[second] += n;
  w.slots.set(second, (w.slots.get(second) ?? 0) + n);
  return n;
}

/** Step 1: each second goes to the open windows that close first (a binary heap on the window's end). */
function earliestDeadlineFirst(grid: Grid, work: Work[]): void {
  const byStart = [...work].sort((a, b) => a.from - b.from);
  const heap: Work[] = [];
  const push = (w: Work) => {
    heap.push(w);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent].until <= heap[i].until) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const pop = () => {
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && heap[l].until < heap[min].until) min = l;
      if (r < heap.length && heap[r].until < heap[min].until) min = r;
      if (min === i) break;
      [heap[min], heap[i]] = [heap[i], heap[min]];
      i = min;
    }
  };
  let next = 0;
  for (let second = byStart[0].from; second < grid.used.length && (next < byStart.length || heap.length > 0); second++) {
    if (heap.length === 0 && next < byStart.length) second = Math.max(second, byStart[next].from);
    while (next < byStart.length && byStart[next].from <= second) push(byStart[next++]);
    while (heap.length > 0 && grid.used[second] < grid.rate) {
      const top = heap[0];
      if (top.until <= second || top.left === 0) {
        pop();
        continue;
      }
      top.left -= take(grid, top, second, top.left);
    }
  }
}

/** Step 2: sends placed before their chosen second move later, up to it, into free seconds. */
function towardsChosen(grid: Grid, work: Work[]): void {
  for (const w of [...work].sort((a, b) => b.chosenAt - a.chosenAt)) {
    const chosen = secondOf(grid, w.chosenAt);
    const early = [...w.slots.entries()].filter(([s]) => s < chosen).sort((a, b) => b[0] - a[0]);
    for (const [second, count] of early) {
      let left = count;
      for (let target = chosen; target > second && left > 0; target--) {
        const moved = take(grid, w, target, left);
        left -= moved;
      }
      const movedAway = count - left;
      if (movedAway === 0) continue;
      grid.used[second] -= movedAway;
      if (left === 0) w.slots.delete(second);
      else w.slots.set(second, left);
    }
  }
}

/** Step 3: what the cap left over goes as early as allowed, nearest first, else in the first free seconds after the window. */
function placeLeftovers(grid: Grid, work: Work[]): void {
  for (const w of work) {
    const earliest = Math.max(0, secondOf(grid, w.earliestAt));
    for (let second = w.from - 1; second >= earliest && w.left > 0; second--) w.left -= take(grid, w, second, w.left);
    for (let second = w.until; second < grid.used.length && w.left > 0; second++) w.left -= take(grid, w, second, w.left);
  }
}

/** Per-second counts as runs: neighbouring seconds with the same count become one run. */
function runsOf(grid: Grid, slots: Map<number, number>): Run[] {
  const seconds = [...slots.entries()].sort((a, b) => a[0] - b[0]);
  const runs: [number, number, number][] = [];
  let perSecond = 0;
  for (const [second, count] of seconds) {
    const start = grid.origin + second * SECOND;
    const last = runs.at(-1);
    if (last && last[1] === start && count === perSecond) {
      last[1] += SECOND;
      last[2] += count;
    } else {
      runs.push([start, start + SECOND, count]);
      perSecond = count;
    }
  }
  return runs;
}

/** Where in their bucket a learner stands today, in [0, 1): a hash of id and day, so the order changes daily. */
export function dailyPosition(learnerId: string, day: string): number {
  return createHash('sha256').update(`${day}\u0000${learnerId}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** The planned send instant at `position` in the bucket, or undefined when the plan has no such bucket. */
export function plannedSendAt(bucket: PlannedBucket | undefined, position: number): number | undefined {
  if (!bucket || bucket.count === 0) return undefined;
  let rank = Math.min(bucket.count - 1e-9, Math.max(0, position) * bucket.count);
  for (const [start, end, count] of bucket.runs) {
    if (rank < count) return Math.floor(start + ((end - start) * rank) / count);
    rank -= count;
  }
  return undefined;
}

/** When the middle 80% of a bucket's nudges go: the "usually arrives" window. */
export function usualWindow(bucket: PlannedBucket): { readonly from: number; readonly to: number } {
  return { from: plannedSendAt(bucket, 0.1)!, to: plannedSendAt(bucket, 0.9)! };
}
