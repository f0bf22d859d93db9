/**
 * The most nudges any schedule could deliver on time, computed independently of the planner: by
 * Hall's theorem (max-flow / min-cut for a bipartite graph of sends and seconds), the best count is
 * the total minus the worst deficiency, the largest surplus of sends whose windows lie wholly inside
 * some union of disjoint stretches of time over the capacity of those stretches. Windows are
 * intervals, so a dynamic programme over the windows' edges finds that worst union exactly.
 */
export interface Window {
  /** Seconds (integers), the window is [from, until). */
  readonly from: number;
  readonly until: number;
  readonly count: number;
}

export function bestOnTime(windows: readonly Window[], perSecond: number): number {
  const points = [...new Set(windows.flatMap((w) => [w.from, w.until]))].sort((a, b) => a - b);
  const index = new Map(points.map((p, i) => [p, i]));
  const k = points.length;
  // endsAt[j]: [start index, sends] of the windows that end at point j.
  const endsAt: [number, number][][] = Array.from({ length: k }, () => []);
  let total = 0;
  for (const w of windows) {
    if (w.count <= 0 || w.until <= w.from) continue;
    endsAt[index.get(w.until)!].push([index.get(w.from)!, w.count]);
    total += w.count;
  }
  // best[j]: the worst deficiency using only time before point j.
  const best = new Float64Array(k);
  // startedAt[i]: sends starting at point i whose window ends at or before the current point j.
  const startedAt = new Float64Array(k);
  for (let j = 1; j < k; j++) {
    for (const [i, count] of endsAt[j]) startedAt[i] += count;
    let value = best[j - 1];
    let inside = 0;
    for (let i = j - 1; i >= 0; i--) {
      inside += startedAt[i];
      value = Math.max(value, best[i] + inside - perSecond * (points[j] - points[i]));
    }
    best[j] = value;
  }
  return total - Math.max(0, k > 0 ? best[k - 1] : 0);
}
