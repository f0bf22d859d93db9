/**
 * What the main thread and the sender's worker thread say to each other. Everything here is plain
 * data (structured clone): the worker opens its own connection to the same store from `store`.
 */
import type { Config } from '../config';
import type { Review } from '../mentors/types';
import type { LogFields } from '../log';
import type { BackoffPolicy } from './backoff';
import type { SendReport } from './sender';

/** Where the worker finds the store the turns write to: the same SQLite file, or the same Cosmos DB account. */
export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'cosmos'; readonly endpoint: string; readonly key?: string; readonly database: string; readonly createIfMissing: boolean };

/** The worker's `workerData`: the settings as loaded (config.ts stays the only reader of process.env). */
export interface SenderThreadSetup {
  readonly config: Config;
  readonly store: StoreLocation;
  /** The mentors folder, to word queued facts as statements. */
  readonly mentorsDir: string;
  readonly instanceId: string;
  /**
   * The main thread's clock less the wall clock when the worker was started: the worker keeps the
   * main thread's time from its first instruction (opening the store), not only from its first run.
   */
  readonly clockOffsetMs: number;
  readonly backoff?: BackoffPolicy;
  /** Longest wait for one request to the LRS. */
  readonly sinkTimeoutMs?: number;
}

/**
 * The review verdicts the main thread serves content from (bot/content/served.ts), sent with a run
 * whenever they changed since this worker last heard: the worker words statements in the same
 * approved content, never in everything on disk.
 */
export interface ServedContent {
  readonly key: string;
  readonly verdicts: readonly (readonly [string, Review])[];
}

/** `clockOffsetMs`: the main thread's clock less the wall clock, as the run is asked for. */
export type ToSender = { readonly type: 'run'; readonly id: number; readonly clockOffsetMs: number; readonly content?: ServedContent } | { readonly type: 'stop' };

export type FromSender =
  | { readonly type: 'ready' }
  | { readonly type: 'report'; readonly id: number; readonly report?: SendReport; readonly error?: { readonly name: string; readonly message: string } }
  | { readonly type: 'log'; readonly level: 'debug' | 'info' | 'warn' | 'error'; readonly event: string; readonly fields: LogFields }
  | { readonly type: 'stopped' };
