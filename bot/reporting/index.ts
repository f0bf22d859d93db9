import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { Logger } from '../log';
import { SweepLease } from '../nudges/lease';
import type { Stores } from '../stores';
import type { LearnerRule } from '../learning/learner';
import type { BackoffPolicy } from './backoff';
import { reportingRule, statementOf } from './outbox';
import type { Mentor } from '../mentors/types';
import type { ServedVerdicts } from '../content/served';
import { OutboxSender, type SendReport } from './sender';
import { afterErasure } from './erasure';
import type { RecordSink } from './sink';
import type { StoreLocation } from './thread-protocol';
import { WorkerSender, type WorkerEngineOptions } from './worker-engine';

export const OUTBOX_LEASE_KEY = 'outbox-sender-lease';

/** The rules the learner repository applies before every save: the learning-record outbox. */
export function reportingRules(mentorsOf: () => readonly Mentor[], config: Pick<Config, 'reporting'>): LearnerRule[] {
  const { reporting } = config;
  return [reportingRule(mentorsOf, { lrs: !!reporting.xapi, viva: !!reporting.viva, statements: { activityBase: reporting.activityBase } })];
}

export interface ReportingEngine {
  /** Where the sender runs: in this thread, or in a worker thread with its own store connection. */
  readonly thread: SenderThread;
  /** The worker thread's handle in worker mode (its `thread` is the running Worker). */
  readonly worker?: WorkerSender;
  runOnce(): Promise<SendReport | undefined>;
  /** Sends every `everyMs` (5 s by default) while this instance holds, or can take, the lease. */
  startSchedule(everyMs?: number): void;
  stop(): Promise<void>;
}

export interface ReportingEngineOptions {
  readonly stores: Stores;
  readonly config: Config;
  readonly sinks: readonly RecordSink[];
  readonly clock: () => Date;
  readonly log: Logger;
  readonly backoff?: BackoffPolicy;
  readonly instanceId?: string;
  /** The faculty's mentors, to word queued facts as statements: a function for content that changes (governance). */
  readonly mentors: readonly Mentor[] | (() => readonly Mentor[]);
  /** In worker mode, the review verdicts the served content is built from, so the worker serves the same content. */
  readonly content?: () => ServedVerdicts;
  /** `worker` needs `worker` options; default inline. */
  readonly thread?: SenderThread;
  readonly worker?: WorkerOptions;
}

export type SenderThread = 'inline' | 'worker';

/** How the worker reaches the same store and content, and words its requests. */
export interface WorkerOptions {
  readonly store: StoreLocation;
  readonly mentorsDir: string;
  readonly sinkTimeoutMs?: number;
  readonly restart?: WorkerEngineOptions['restart'];
  readonly stopMs?: number;
  readonly env?: WorkerEngineOptions['env'];
}

/**
 * Where the sender should run for these settings and this store: REPORTING_SENDER_THREAD, except that
 * an in-memory store (tests) cannot be opened by a second thread, so it sends inline.
 */
export function senderThreadFor(config: Pick<Config, 'reporting'>, store: StoreLocation | undefined): SenderThread {
  if (config.reporting.thread === 'inline' || !store) return 'inline';
  return store.kind === 'sqlite' && store.file === ':memory:' ? 'inline' : 'worker';
}

/** The background sender behind a store lease, on a timer; one run at a time per instance. */
export function createReportingEngine(options: ReportingEngineOptions): ReportingEngine {
  const { config, clock, log } = options;
  const instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const worker = options.thread === 'worker' && options.worker
    ? new WorkerSender({ setup: { config, store: options.worker.store, mentorsDir: options.worker.mentorsDir, instanceId, backoff: options.backoff, sinkTimeoutMs: options.worker.sinkTimeoutMs }, clock, log, restart: options.worker.restart, stopMs: options.worker.stopMs, env: options.worker.env, content: options.content })
    : undefined;
  const send = worker ? () => worker.runOnce() : inlineRun(options, instanceId);
  // The worker builds its destinations from the settings; inline, they are the ones given.
  const hasDestinations = worker ? !!(config.reporting.xapi || config.reporting.viva) : options.sinks.length > 0;
  let running: Promise<SendReport | undefined> | undefined;
  let timer: NodeJS.Timeout | undefined;
  return {
    thread: worker ? 'worker' : 'inline',
    worker,
    async runOnce() {
      if (running || !hasDestinations) return undefined;
      running = send();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
    startSchedule(everyMs = 5_000) {
      // The worker starts now, not at the first tick: its start-up (loading modules) is not the turns' time.
      if (worker && hasDestinations) void worker.start();
      timer = setInterval(() => void this.runOnce().catch((error: unknown) => log.error('outbox.run_failed', { error })), everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
      await worker?.stop();
    },
  };
}

function inlineRun(options: ReportingEngineOptions, instanceId: string): () => Promise<SendReport> {
  const { stores, config, clock, log } = options;
  const mentors = options.mentors;
  const mentorsOf = typeof mentors === 'function' ? mentors : () => mentors;
  const sender = new OutboxSender({
    documents: stores.outbox,
    learners: stores.learners,
    reported: stores.reported,
    sinks: options.sinks,
    lease: new SweepLease(stores.documents, instanceId, 60_000, () => clock().getTime(), OUTBOX_LEASE_KEY),
    clock,
    log: log.child({ component: 'outbox' }),
    batchSize: config.reporting.batchSize,
    backoff: options.backoff,
    statementOf: (entry, learner) => statementOf(entry, learner, mentorsOf(), { activityBase: config.reporting.activityBase }),
    afterErasure: (records, tenantId, now) => afterErasure(config, records, tenantId, now),
  });
  return () => sender.runOnce();
}
