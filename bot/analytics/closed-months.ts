import type { Counters } from './counters';
import { slicePeriod, startOfIsoWeek } from './release';
import type { AnalyticsReader } from './service';

/** A month is closed this long after it ends: by then every batched addition to it has been written. */
const SETTLED_MS = 86_400_000;
const MAX_CACHED = 500;

/**
 * A rolled-up read of closed months: answers are only ever added to the current month's scope (and to
 * all time, and to the current week's slice), so a month or a week slice that ended over a day ago never
 * changes again. Its cells, summed over the shards, are kept in memory after the first read, and a view of
 * one month (which compares it with every month of the window) reads only the current month, all time and
 * the open week slices from the store.
 */
export class ClosedMonthReader implements AnalyticsReader {
  private readonly closed = new Map<string, Promise<Map<string, Counters>>>();

  constructor(
    private readonly reader: AnalyticsReader,
    private readonly clock: () => Date,
  ) {}

  readScope(scope: string): Promise<Map<string, Counters>> {
    const end = endOf(scope);
    if (end === undefined || end + SETTLED_MS > this.clock().getTime()) return this.reader.readScope(scope);
    const hit = this.closed.get(scope);
    if (hit) return hit;
    if (this.closed.size >= MAX_CACHED) this.closed.clear();
    const read = this.reader.readScope(scope);
    this.closed.set(scope, read);
    read.catch(() => this.closed.delete(scope));
    return read;
  }

  readNotes(scope: string) {
    return this.reader.readNotes(scope);
  }
}

/** When a month scope or a week slice ends (UTC, ms), or undefined for a scope that never closes (all time). */
function endOf(scope: string): number | undefined {
  const slice = slicePeriod(scope);
  if (slice) {
    const [year, month] = slice.month.split('-').map(Number);
    return Math.min(startOfIsoWeek(slice.week) + 7 * 86_400_000, Date.UTC(year, month, 1));
  }
  const month = /\|(\d{4})-(\d{2})$/.exec(scope);
  return month ? Date.UTC(Number(month[1]), Number(month[2]), 1) : undefined;
}
