import type restify from 'restify';
import type { Logger } from './log';

/** One thing to finish before the process exits, in order (flush events, stop exporting, close the store). */
export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void> | void;
}

export interface ShutdownOptions {
  readonly server: restify.Server;
  readonly log: Logger;
  /** Run before the server stops accepting, e.g. stopping a timer so no new work starts. */
  readonly before?: readonly ShutdownStep[];
  /** Run after in-flight requests have finished (or the grace period ran out). */
  readonly after: readonly ShutdownStep[];
  /** Longest wait for in-flight requests; a message turn with a model can take up to ~15 s. */
  readonly graceMs: number;
  /** Longest wait for each step. */
  readonly stepMs?: number;
  readonly exit?: (code: number) => void;
}

/**
 * Graceful shutdown: stop accepting connections, let in-flight turns finish (bounded), then run the
 * closing steps one by one (each bounded) and exit. A second signal while stopping is ignored.
 */
export function createShutdown({ server, log, before = [], after, graceMs, stepMs = 5000, exit = (code) => process.exit(code) }: ShutdownOptions) {
  let stopping: Promise<void> | undefined;
  return function shutdown(signal: string): Promise<void> {
    stopping ??= (async () => {
      const started = Date.now();
      log.info('server.stopping', { signal, graceMs });
      await runSteps(before, stepMs, log);
      const drained = await closeServer(server, graceMs);
      if (!drained) log.warn('server.drain_timeout', { graceMs });
      await runSteps(after, stepMs, log);
      log.info('server.stopped', { signal, ms: Date.now() - started, drained });
      exit(0);
    })();
    return stopping;
  };
}

/** Stops accepting; resolves true once every open request has finished, false after `graceMs`. */
function closeServer(server: restify.Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.server.closeAllConnections();
      resolve(false);
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve(true);
    });
    // Idle keep-alive connections would otherwise hold the server open until they time out.
    server.server.closeIdleConnections();
  });
}

async function runSteps(steps: readonly ShutdownStep[], stepMs: number, log: Logger): Promise<void> {
  for (const step of steps) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), stepMs)));
    try {
      const result = await Promise.race([Promise.resolve().then(() => step.run()), late]);
      if (result === 'timeout') log.warn('server.stop_step_timeout', { step: step.name, ms: stepMs });
    } catch (error) {
      log.error('server.stop_step_failed', { step: step.name, error });
    } finally {
      clearTimeout(timer);
    }
  }
}
