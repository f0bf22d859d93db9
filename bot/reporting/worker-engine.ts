/**
 * The outbox sender in a worker thread, driven from the main thread: the schedule and the clock stay
 * here (one small message every few seconds), the sending runs there. A worker that dies (a crash,
 * an out-of-memory, `terminate()`) is logged and started again after a pause that doubles to a
 * minute; nothing is lost meanwhile, since the queue is in the store and ids make a resend harmless.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config';
import type { ServedVerdicts } from '../content/served';
import type { Logger } from '../log';
import type { SendReport } from './sender';
import type { FromSender, SenderThreadSetup, ServedContent, StoreLocation, ToSender } from './thread-protocol';

export interface WorkerEngineOptions {
  /** The worker's setup; its clock offset is taken from `clock` as each worker starts. */
  readonly setup: Omit<SenderThreadSetup, 'clockOffsetMs'>;
  readonly clock: () => Date;
  readonly log: Logger;
  /** Pause before starting a worker again after it died: doubles from `firstMs` to `maxMs`. */
  readonly restart?: { readonly firstMs: number; readonly maxMs: number };
  /** Longest wait for the worker to finish its run and close its store on stop, before it is terminated. */
  readonly stopMs?: number;
  /** The review verdicts learners are served by (a governed faculty); without it the worker serves all it loads, as an ungoverned faculty does. */
  readonly content?: () => ServedVerdicts;
  /** The worker's environment, when it must differ from the process's (default: shared with it). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The store the settings open (bot/store/index.ts), for a worker to open a second connection to. */
export function storeLocationOf(config: Config): StoreLocation {
  const { cosmos } = config;
  if (cosmos.endpoint) return { kind: 'cosmos', endpoint: cosmos.endpoint, key: cosmos.key, database: cosmos.database, createIfMissing: cosmos.createContainers };
  return { kind: 'sqlite', file: join(resolve(config.dataDir), 'hali.db') };
}

/** The compiled worker script, or under ts-node the TypeScript source behind a one-line loader. */
function spawn(setup: SenderThreadSetup, env: WorkerEngineOptions['env']): Worker {
  const options = { workerData: setup, ...(env ? { env } : {}) };
  const compiled = join(__dirname, 'sender-thread.js');
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = join(__dirname, 'sender-thread.ts');
  return new Worker(`require('ts-node/register/transpile-only'); require(${JSON.stringify(source)});`, { eval: true, ...options });
}

type Pending = { resolve: (report: SendReport | undefined) => void; reject: (error: Error) => void };

export class WorkerSender {
  private worker?: Worker;
  private ready?: Promise<boolean>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** The content key the running worker last received (a new worker has none). */
  private contentKey?: string;
  private crashes = 0;
  private restartTimer?: NodeJS.Timeout;
  /** Between a worker's death and its restart: runs are skipped, not a reason to start early. */
  private restarting = false;
  private stopped = false;
  private readonly log: Logger;

  constructor(private readonly options: WorkerEngineOptions) {
    this.log = options.log.child({ component: 'outbox', thread: 'worker' });
  }

  /** The running worker thread, if any (operations and tests). */
  get thread(): Worker | undefined {
    return this.worker;
  }

  /** Starts the worker unless one is running or starting; resolves true once it is ready. */
  start(): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    if (this.ready) return this.ready;
    const worker = spawn({ ...this.options.setup, clockOffsetMs: this.clockOffsetMs() }, this.options.env);
    this.worker = worker;
    this.contentKey = undefined;
    this.ready = new Promise<boolean>((ready) => {
      worker.on('message', (message: FromSender) => this.receive(message, ready));
      worker.once('error', (error) => this.log.error('outbox.worker_failed', { error }));
      worker.once('exit', (code) => {
        ready(false);
        this.exited(worker, code);
      });
    });
    return this.ready;
  }

  /** One send run in the worker; undefined when no worker is ready (it is restarting, or stopped). */
  async runOnce(): Promise<SendReport | undefined> {
    if (this.restarting || !(await this.start()) || !this.worker) return undefined;
    const id = ++this.nextId;
    const done = new Promise<SendReport | undefined>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.post({ type: 'run', id, clockOffsetMs: this.clockOffsetMs(), ...this.contentChange() });
    return done;
  }

  /** Asks the worker to finish its run and close its store; terminates it after `stopMs`. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.post({ type: 'stop' });
    const timer = setTimeout(() => {
      this.log.warn('outbox.worker_stop_timeout', { stopMs: this.options.stopMs ?? 4_000 });
      void worker.terminate();
    }, this.options.stopMs ?? 4_000);
    await exited;
    clearTimeout(timer);
  }

  /** The served content's verdicts, when they changed since the running worker last received them. */
  private contentChange(): { content?: ServedContent } {
    const served = this.options.content?.();
    if (!served || served.key === this.contentKey) return {};
    this.contentKey = served.key;
    return { content: { key: served.key, verdicts: [...served.verdicts] } };
  }

  /** The main thread's clock less the wall clock (both threads read the same wall clock). */
  private clockOffsetMs(): number {
    return this.options.clock().getTime() - Date.now();
  }

  private post(message: ToSender): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromSender, ready: (ok: boolean) => void): void {
    if (message.type === 'ready') {
      this.log.info('outbox.worker_started', { threadId: this.worker?.threadId });
      ready(true);
    } else if (message.type === 'log') {
      this.log[message.level](message.event, message.fields);
    } else if (message.type === 'report') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
      else {
        this.crashes = 0;
        pending?.resolve(message.report);
      }
    } else if (message.type === 'stopped') {
      this.log.info('outbox.worker_stopped', {});
    }
  }

  /** A worker gone: runs waiting on it end, and unless stopping, another starts after a pause. */
  private exited(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = undefined;
    for (const [, pending] of this.pending) pending.reject(new Error(`The outbox worker exited (code ${code}) during a run.`));
    this.pending.clear();
    if (this.stopped) return;
    this.crashes++;
    const { firstMs, maxMs } = this.options.restart ?? { firstMs: 1_000, maxMs: 60_000 };
    const pauseMs = Math.min(maxMs, firstMs * 2 ** (this.crashes - 1));
    this.log.error('outbox.worker_exited', { code, crashes: this.crashes, restartInMs: pauseMs });
    this.restarting = true;
    this.restartTimer = setTimeout(() => {
      this.restarting = false;
      void this.start();
    }, pauseMs);
    this.restartTimer.unref();
  }
}
