/**
 * Paces proactive sends per tenant: Teams allows 50 messages per second per app per tenant, and HALI
 * keeps below a configured rate (NUDGE_RATE_PER_SECOND, 40 by default). Each send takes the next
 * slot on an evenly spaced grid, so timer lateness never builds into a burst.
 */
export interface LimiterOptions {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface TenantPace {
  nextSlot: number;
  pausedUntil: number;
  throttles: number[];
}

/**
 * Throttles within a second that show the tenant-wide limit was hit, not a few unlucky messages:
 * at least 3, and at least a tenth of a second's sends.
 */
const THROTTLE_WINDOW_MS = 1_000;
const MIN_THROTTLES_TO_PAUSE = 3;

export class TenantRateLimiter {
  private readonly intervalMs: number;
  private readonly throttlesToPause: number;
  private readonly tenants = new Map<string, TenantPace>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(readonly ratePerSecond: number, options: LimiterOptions = {}) {
    if (!(ratePerSecond > 0)) throw new RangeError(`ratePerSecond must be above 0 (got ${ratePerSecond}).`);
    this.intervalMs = 1000 / ratePerSecond;
    this.throttlesToPause = Math.max(MIN_THROTTLES_TO_PAUSE, Math.ceil(ratePerSecond / 10));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  private pace(tenant: string): TenantPace {
    let pace = this.tenants.get(tenant);
    if (!pace) {
      pace = { nextSlot: 0, pausedUntil: 0, throttles: [] };
      this.tenants.set(tenant, pace);
    }
    return pace;
  }

  /** Resolves when this tenant may send one more message. */
  async acquire(tenant: string): Promise<void> {
    const pace = this.pace(tenant);
    for (let attempt = 0; ; attempt++) {
      const now = this.now();
      const slot = Math.max(now, pace.nextSlot, pace.pausedUntil);
      pace.nextSlot = slot + this.intervalMs;
      if (slot <= now) return;
      await this.sleep(slot - now);
      const woke = this.now();
      // A pause that began while waiting (a burst of 429s) holds this send back too.
      if (pace.pausedUntil > woke) continue;
      // Woken well after its slot (the event loop was busy): the other late waiters wake at the same
      // moment, so take a fresh slot rather than send in a burst; at most twice, so nobody starves.
      if (woke - slot > this.intervalMs && attempt < 2) continue;
      return;
    }
  }

  /**
   * Teams answered 429. One throttle may be a single conversation's limit or a passing blip (the
   * message itself waits and retries); many within a second mean the tenant's limit, so the whole
   * tenant waits for Retry-After.
   */
  throttled(tenant: string, retryAfterMs: number): void {
    const pace = this.pace(tenant);
    const now = this.now();
    pace.throttles = [...pace.throttles.filter((t) => now - t < THROTTLE_WINDOW_MS), now];
    if (pace.throttles.length >= this.throttlesToPause) pace.pausedUntil = Math.max(pace.pausedUntil, now + retryAfterMs);
  }
}
