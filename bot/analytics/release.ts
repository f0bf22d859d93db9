/**
 * Figures move on a week at a time, and only in steps of many learners, so that two looks at the same view
 * (before and after one person learned something) never differ by one learner's answers.
 *
 * Every addition to a cell (role and language) is also written to a week slice (its ISO week and month, UTC),
 * and the all-time cell marks the week (`h:<week>`). A view counts a cell's learning up to the end of the latest
 * complete week in which at least `minCohort` of that cell's learners were active (`w:<week>`, counted once per
 * learner and week): the weeks after it are held back, subtracted slice by slice, until a later week qualifies,
 * and then come in together with it. Each step a cell's figures take therefore carries at least `minCohort`
 * learners' learning, and every view is a sum of cells. A cell held back longer than `MAX_HELD_WEEKS` is left
 * out. The slices are written before the all-time and month cells (AggregateStore's writeFirst) and read after
 * them; every addition also counts its week's mark (`h:<week>`) in all three, so once a held week is taken away its
 * mark is 0 in every cell, unless a write landed between the reads: then the view reads again (`unsettledCells`).
 */
import { isoWeekOf, monthOf, scopeKey } from './contribution';
import type { Counters } from './counters';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** A week is released this long after it ends: by then every batched addition to it has been written. */
export const RELEASE_AFTER_MS = 60 * 60_000;
/** The longest a cell's additions are held back before the cell is left out of every figure (two years). */
export const MAX_HELD_WEEKS = 104;

const SLICE = 'wk:';
const MONTH_PART = 'm~';

/** The scope holding what was added in `now`'s ISO week and calendar month (a week across two months has two). */
export function sliceScope(mentorId: string, now: Date): string {
  return sliceKey(mentorId, isoWeekOf(now), monthOf(now));
}

function sliceKey(mentorId: string, week: string, month: string): string {
  return scopeKey(mentorId, `${SLICE}${week}:${month}`);
}

/** Whether a scope is a week slice (written first: see the note at the top). */
export function isSliceScope(scope: string): boolean {
  return scope.includes(`|${SLICE}`);
}

/** The week and month a slice scope covers, or undefined for another scope. */
export function slicePeriod(scope: string): { week: string; month: string } | undefined {
  const match = /\|wk:(\d{4}-W\d{2}):(\d{4}-\d{2})$/.exec(scope);
  return match ? { week: match[1], month: match[2] } : undefined;
}

/** The all-time counter that marks a cell as having additions in `week`. */
export function heldMark(week: string): string {
  return `h:${week}`;
}

/** One slice addition: the all-time counters, and the month's where they differ (distinct counts, rest sums). */
export function sliceCounters(all: Readonly<Counters>, month: Readonly<Counters>): Counters {
  const slice: Counters = { ...all };
  for (const name in month) if (month[name] !== (all[name] ?? 0)) slice[`${MONTH_PART}${name}`] = month[name] - (all[name] ?? 0);
  for (const name in all) if (!(name in month)) slice[`${MONTH_PART}${name}`] = -all[name];
  return slice;
}

/** What a slice added to the all-time cell (`month` false) or to its month's cell (`month` true). */
export function slicePart(slice: Readonly<Counters>, month: boolean): Counters {
  const part: Counters = {};
  for (const name in slice) if (!name.startsWith(MONTH_PART)) part[name] = slice[name];
  if (month) for (const name in slice) if (name.startsWith(MONTH_PART)) part[name.slice(MONTH_PART.length)] = (part[name.slice(MONTH_PART.length)] ?? 0) + slice[name];
  return part;
}

/** Monday 00:00 UTC of the ISO week holding `time`. */
function weekStart(time: number): number {
  const date = new Date(time);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
}

/** Monday 00:00 UTC of an ISO week written "2026-W48". */
export function startOfIsoWeek(week: string): number {
  const [year, number] = week.split('-W').map(Number);
  const fourth = Date.UTC(year, 0, 4);
  return weekStart(fourth) + (number - 1) * WEEK_MS;
}

/** Which cells' weeks are held back, as of `now`. */
export interface ReleasePlan {
  /** Learning before this instant (the end of the latest complete week) may be counted. */
  readonly releasedUntil: Date;
  /** Per cell, the weeks held back (their slices are subtracted). */
  readonly held: ReadonlyMap<string, readonly string[]>;
  /** Cells held back longer than MAX_HELD_WEEKS: in no figure. */
  readonly excluded: ReadonlySet<string>;
}

/** The latest complete week (before `open`) in which at least `minCohort` learners of the counters were active. */
export function latestQualifyingWeek(counters: Readonly<Counters>, open: number, minCohort: number): number {
  let cut = -Infinity;
  for (const name in counters) {
    if (!name.startsWith('w:') || counters[name] < minCohort) continue;
    const start = startOfIsoWeek(name.slice(2));
    if (start < open && start > cut) cut = start;
  }
  return cut;
}

/** The first week still open at `now` (the current week, and the one before it for an hour after it ends). */
export function openWeekStart(now: Date): number {
  return weekStart(now.getTime() - RELEASE_AFTER_MS);
}

/** Works out, from the all-time cells as read, which weeks each cell holds back. */
export function releasePlan(allTime: ReadonlyMap<string, Counters>, now: Date, minCohort: number): ReleasePlan {
  const open = openWeekStart(now);
  const oldest = open - MAX_HELD_WEEKS * WEEK_MS;
  const held = new Map<string, string[]>();
  const excluded = new Set<string>();
  for (const [cell, counters] of allTime) {
    const cut = latestQualifyingWeek(counters, open, minCohort);
    const weeks = Object.keys(counters).filter((name) => name.startsWith('h:') && counters[name] > 0 && startOfIsoWeek(name.slice(2)) > cut).map((name) => name.slice(2));
    if (weeks.some((week) => startOfIsoWeek(week) < oldest)) excluded.add(cell);
    else if (weeks.length > 0) held.set(cell, weeks.sort());
  }
  return { releasedUntil: new Date(open), held, excluded };
}

/** The slice scopes a plan needs: each held week in each month it touches. */
export function sliceScopesOf(mentorId: string, plan: ReleasePlan): string[] {
  const weeks = new Set([...plan.held.values()].flat());
  const scopes = new Set<string>();
  for (const week of weeks) {
    const start = startOfIsoWeek(week);
    for (const day of [start, start + WEEK_MS - 1]) scopes.add(sliceKey(mentorId, week, monthOf(new Date(day))));
  }
  return [...scopes];
}

/**
 * The released cells that do not add up: a held week's mark not taken back to 0. There an addition was written to
 * a slice and not yet to the cell (or the reverse) while the view read, and the difference would be that addition.
 */
export function unsettledCells(cells: ReadonlyMap<string, Counters>, plan: ReleasePlan): string[] {
  return [...plan.held].filter(([cell, weeks]) => weeks.some((week) => Math.abs(cells.get(cell)?.[heldMark(week)] ?? 0) > 1e-9)).map(([cell]) => cell);
}

/**
 * A scope's cells as released: excluded cells dropped, and each held week's additions (from the slices read,
 * keyed by slice scope) taken away. `month` names the month of a month scope; undefined for all time.
 */
export function released(
  cells: ReadonlyMap<string, Counters>,
  plan: ReleasePlan,
  slices: ReadonlyMap<string, ReadonlyMap<string, Counters>>,
  mentorId: string,
  month?: string,
): Map<string, Counters> {
  const out = new Map<string, Counters>();
  for (const [cell, counters] of cells) {
    if (plan.excluded.has(cell)) continue;
    const weeks = plan.held.get(cell);
    if (!weeks) {
      out.set(cell, counters);
      continue;
    }
    const left: Counters = { ...counters };
    for (const week of weeks) {
      for (const [scope, sliceCells] of slices) {
        const period = slicePeriod(scope);
        if (!period || period.week !== week || (month !== undefined && period.month !== month) || !scope.startsWith(`${mentorId}|`)) continue;
        const added = sliceCells.get(cell);
        if (!added) continue;
        const part = slicePart(added, month !== undefined);
        for (const name in part) left[name] = (left[name] ?? 0) - part[name];
      }
    }
    out.set(cell, left);
  }
  return out;
}
