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
import { OutboxSender, type SendReport } from './sender';
import type { RecordSink } from './sink';

export const OUTBOX_LEASE_KEY = 'outbox-sender-lease';

/** The rules the learner repository applies before every save: the learning-record outbox. */
export function reportingRules(mentorsOf: () => readonly Mentor[], config: Pick<Config, 'reporting'>): LearnerRule[] {
  const { reporting } = config;
  return [reportingRule(mentorsOf, { lrs: !!reporting.xapi, viva: !!reporting.viva, statements: { activityBase: reporting.activityBase } })];
}

export interface ReportingEngine {
  readonly sender: OutboxSender;
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
  /** The faculty's mentors, to word queued facts as statements. */
  readonly mentors: readonly Mentor[];
}

/** The background sender behind a store lease, on a timer; one run at a time per instance. */
export function createReportingEngine(options: ReportingEngineOptions): ReportingEngine {
  const { stores, config, clock, log } = options;
  const instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
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
    statementOf: (entry, learner) => statementOf(entry, learner, options.mentors, { activityBase: config.reporting.activityBase }),
  });
  let running: Promise<SendReport> | undefined;
  let timer: NodeJS.Timeout | undefined;
  return {
    sender,
    async runOnce() {
      if (running || options.sinks.length === 0) return undefined;
      running = sender.runOnce();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
    startSchedule(everyMs = 5_000) {
      timer = setInterval(() => void this.runOnce().catch((error: unknown) => log.error('outbox.run_failed', { error })), everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
