import type { Found } from './identifiers';

/**
 * The spans of `lists` taken in order, each dropped when it overlaps one already taken: the earlier finder wins. Taken spans never
 * overlap, so which positions they cover (and which span covers each) answers the question for a new one; a Fenwick tree over the
 * covered positions counts them in a range, so a text with thousands of names is resolved in n log n, not by comparing every pair.
 */
export function firstComeSpans(lists: Iterable<Iterable<Found>>, length: number): Found[] {
  const covered = new Covered(length);
  const taken: Found[] = [];
  for (const list of lists) {
    for (const span of list) {
      if (covered.overlaps(span.start, span.end)) continue;
      covered.take(span.start, span.end, taken.length + 1);
      taken.push(span);
    }
  }
  return taken;
}

/** Positions 0..length covered by taken spans, which span covers each, and the taken spans that cover none (start = end). */
class Covered {
  private readonly counts: Int32Array;
  private readonly owner: Int32Array;
  /** Where empty spans were taken, sorted: one still overlaps a span that strictly contains it. */
  private readonly points: number[] = [];

  constructor(private readonly length: number) {
    this.counts = new Int32Array(length + 2);
    this.owner = new Int32Array(length + 1);
  }

  /** As `start < t.end && t.start < end` for some taken span t. */
  overlaps(start: number, end: number): boolean {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (start === end) return from > 0 && from < this.length && this.owner[from - 1] !== 0 && this.owner[from - 1] === this.owner[from];
    if (to > from && this.coveredBefore(to) - this.coveredBefore(from) > 0) return true;
    return start < end && this.pointInside(start, end);
  }

  take(start: number, end: number, id: number): void {
    if (start === end) {
      this.points.splice(this.insertionOf(start), 0, start);
      return;
    }
    for (let at = Math.max(0, start); at < Math.min(this.length, end); at++) {
      this.owner[at] = id;
      for (let i = at + 1; i < this.counts.length; i += i & -i) this.counts[i]++;
    }
  }

  /** How many positions before `at` are covered. */
  private coveredBefore(at: number): number {
    let sum = 0;
    for (let i = at; i > 0; i -= i & -i) sum += this.counts[i];
    return sum;
  }

  /** Whether an empty span was taken strictly inside (start, end). */
  private pointInside(start: number, end: number): boolean {
    const i = this.insertionOf(start + 1);
    return i < this.points.length && this.points[i] < end;
  }

  /** The first index in `points` whose value is `at` or more. */
  private insertionOf(at: number): number {
    let low = 0;
    let high = this.points.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.points[mid] < at) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
