/** The statistics behind the educator's figures, from additive sums so they can be kept as aggregates. */

/** k out of n as a proportion; undefined when n is 0. */
export function proportion(k: number, n: number): number | undefined {
  return n > 0 ? k / n : undefined;
}

/** Sums over answers of x (the learner's score on their other answers) and y (1 right, 0 wrong). */
export interface PairSums {
  readonly n: number;
  readonly sx: number;
  readonly sxx: number;
  readonly sy: number;
  readonly sxy: number;
}

/**
 * Point-biserial correlation between answering the item right (y) and the learner's score on their
 * other answers (x): Pearson's r with a dichotomous y. Undefined with fewer than two answers or when
 * either side has no variance (everyone right, everyone wrong, or every learner on the same score).
 */
export function pointBiserial({ n, sx, sxx, sy, sxy }: PairSums): number | undefined {
  if (n < 2) return undefined;
  const covariance = n * sxy - sx * sy;
  const varianceX = n * sxx - sx * sx;
  const varianceY = n * sy - sy * sy;
  // Sums of floats: treat a variance within rounding of zero as none.
  if (varianceX <= 1e-9 * Math.max(1, n * sxx) || varianceY <= 0) return undefined;
  return covariance / Math.sqrt(varianceX * varianceY);
}

/** Wilson score interval for k successes in n trials (95% by default); undefined when n is 0. */
export function wilson(k: number, n: number, z = 1.959964): { low: number; high: number } | undefined {
  if (n <= 0) return undefined;
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return { low: Math.max(0, (centre - margin) / denominator), high: Math.min(1, (centre + margin) / denominator) };
}

/** Thresholds for flagging an item for review (classical test theory's usual rules of thumb). */
export const ITEM_FLAGS = {
  /** Proportion correct above which an item tells us little: nearly everyone knows it. */
  tooEasy: 0.9,
  /** Proportion correct below which the item, its key or its lesson may be at fault. */
  tooHard: 0.3,
  /** Point-biserial below which the item does not separate stronger from weaker learners. */
  discrimination: 0.2,
} as const;

export type ItemFlag = 'too_easy' | 'too_hard' | 'non_discriminating' | 'unused_distractor';

/** Review flags for an item with proportion correct `p`, discrimination `r` and wrong-option counts. */
export function itemFlags(p: number | undefined, r: number | undefined, distractorCounts: readonly number[]): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (p === undefined) return flags;
  if (p > ITEM_FLAGS.tooEasy) flags.push('too_easy');
  if (p < ITEM_FLAGS.tooHard) flags.push('too_hard');
  // With no variance (all right or all wrong) r is undefined: the item cannot discriminate.
  if (r === undefined || r < ITEM_FLAGS.discrimination) flags.push('non_discriminating');
  if (distractorCounts.some((count) => count === 0)) flags.push('unused_distractor');
  return flags;
}
