import type { SweepLease } from './lease';
import { runSweep, type RunSummary, type SweepDeps, type SweepOptions } from './sweep';

export interface NudgeEngineDeps extends SweepDeps {
  readonly lease: SweepLease;
  readonly clock: () => Date;
  readonly sweep?: Pick<SweepOptions, 'concurrency' | 'batchSize' | 'sleep'>;
  /** Told about every finished sweep (telemetry at the edge). */
  readonly onRun?: (summary: RunSummary, trigger: Trigger) => void;
}

export type Trigger = 'schedule' | 'http';

export interface NudgeEngine {
  /** One sweep as of `at` (default now); undefined when a sweep is already running here or elsewhere. */
  runOnce(trigger: Trigger, at?: Date): Promise<RunSummary | undefined>;
  /** Sweeps every `everyMs` (a minute by default) while this instance holds, or can take, the lease. */
  startSchedule(everyMs?: number): void;
  /** Stops the schedule and the sweep in progress (after the sends in flight), and gives up the lease. */
  stop(): Promise<void>;
}

/** The nudge engine: sweeps behind the store-coordinated lease, on a timer and on demand. */
export function createNudgeEngine(deps: NudgeEngineDeps): NudgeEngine {
  const controller = new AbortController();
  let lookaheadMs = 60_000;
  let running: Promise<RunSummary | undefined> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const sweepUnderLease = async (trigger: Trigger, at: Date | undefined): Promise<RunSummary | undefined> => {
    if (!(await deps.lease.acquire())) return undefined;
    try {
      const asOf = at ?? deps.clock();
      // A scheduled sweep follows the clock as it runs; one asked for `at` stays at that instant. It
      // waits for someone due soon for at most half the lease, so the lease is renewed before it lapses.
      const clock = at ? undefined : deps.clock;
      // The lease is renewed between pages: a page must take well under the lease at the tenant's rate.
      const batchSize = deps.sweep?.batchSize ?? Math.max(10, Math.min(500, Math.floor((deps.limiter.ratePerSecond * deps.lease.ttlMs) / 2000)));
      const summary = await runSweep(deps, asOf, {
        ...deps.sweep,
        batchSize,
        clock,
        // Only the scheduler waits for who falls due soon; a run over HTTP is one pass and answers.
        lookaheadMs: clock && trigger === 'schedule' ? Math.min(lookaheadMs, deps.lease.ttlMs / 2) : 0,
        signal: controller.signal,
        keepGoing: () => deps.lease.renew(),
      });
      deps.log.info('nudge.run', { trigger, asOf: asOf.toISOString(), instance: deps.instanceId, ...summary });
      deps.onRun?.(summary, trigger);
      return summary;
    } finally {
      await deps.lease.release().catch((error: unknown) => deps.log.warn('nudge.lease_release_failed', { error }));
    }
  };

  return {
    async runOnce(trigger, at) {
      if (running || controller.signal.aborted) return undefined;
      running = sweepUnderLease(trigger, at);
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
    startSchedule(everyMs = 60_000) {
      lookaheadMs = everyMs;
      timer = setInterval(() => {
        this.runOnce('schedule').catch((error: unknown) => deps.log.error('nudge.run_failed', { trigger: 'schedule', error }));
      }, everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      controller.abort();
      await running?.catch(() => undefined);
    },
  };
}
