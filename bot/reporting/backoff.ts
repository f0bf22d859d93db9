/** Waits between attempts while a destination is failing: 1 s doubling to 5 minutes, with jitter. */
export interface BackoffPolicy {
  readonly firstMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { firstMs: 1_000, maxMs: 5 * 60_000 };

/**
 * The pause after the `failures`-th failure in a row, honouring a Retry-After; `random` in [0, 1)
 * spreads instances apart. An outage of hours costs one probe every few minutes, nothing more.
 */
export function pauseAfter(failures: number, policy: BackoffPolicy, retryAfterMs = 0, random = Math.random()): number {
  const exponential = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, failures - 1));
  return Math.max(retryAfterMs, Math.round(exponential * (0.75 + random * 0.5)));
}
