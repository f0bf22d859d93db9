import type { Activity, TurnContext } from 'botbuilder';
import { neverConnected, statusOf } from './connector-client';

/**
 * What Teams' connector answered to the sends of one turn that failed: the HTTP status of each refusal, or none when the
 * answer never came (a timeout, a reset, an address that does not resolve).
 */
export interface ConnectorFailure {
  readonly status?: number;
  /** Nothing reached the connector (the connection was never made). */
  readonly notConnected: boolean;
}

/** Statuses that another try of the same request may still change: throttling, timeouts, a lost precondition. */
const TRANSIENT_4XX = new Set([408, 412, 429]);

/** A refusal that the same request will meet again (a 400 for the body, 401/403 for the bot, 404 for the chat, 413 for the size). */
export function isPermanentRefusal(failure: ConnectorFailure): boolean {
  return failure.status !== undefined && failure.status >= 400 && failure.status < 500 && !TRANSIENT_4XX.has(failure.status);
}

/**
 * Records every send and update of the turn that the connector refused or never answered. Registered before the turn's
 * own handlers (reply pacing), so it hears the outcome after their retries.
 */
export function watchConnector(context: TurnContext): readonly ConnectorFailure[] {
  const failures: ConnectorFailure[] = [];
  const note = (error: unknown) => {
    const status = statusOf(error);
    failures.push({ ...(status !== undefined ? { status } : {}), notConnected: neverConnected(error) });
  };
  const watched = async <T>(next: () => Promise<T>): Promise<T> => {
    try {
      return await next();
    } catch (error) {
      note(error);
      throw error;
    }
  };
  context.onSendActivities((_context, _activities, next) => watched(next));
  context.onUpdateActivity((_context, _activity, next) => watched(next));
  return failures;
}

export interface SettledActivitiesOptions {
  /** At most this many activities are remembered (the oldest are forgotten first). */
  readonly maxEntries?: number;
  /** How long one is remembered: Teams redelivers within minutes. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

/**
 * Activities whose turn ended without a retry being wanted (Teams was answered 200 though the turn failed), so that a
 * redelivery of one (the same conversation and activity id) is answered without running the turn again. The store's
 * activity markers already stop repeats of turns that ended well; these are the turns whose marker the error boundary
 * freed. In memory, bounded and time-limited: it covers redeliveries to this instance only, which is enough as a second
 * line (Teams was told 200, and does not redeliver what it was answered).
 */
export class SettledActivities {
  private readonly entries = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: SettledActivitiesOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.ttlMs = options.ttlMs ?? 60 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The key of an activity, or undefined when it has no id to recognise a redelivery by. */
  static keyOf(activity: Partial<Activity>): string | undefined {
    const conversation = activity.conversation?.id;
    return activity.id && conversation ? `${conversation}\n${activity.id}` : undefined;
  }

  add(key: string): void {
    this.entries.delete(key);
    this.entries.set(key, this.now() + this.ttlMs);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  has(key: string): boolean {
    const expires = this.entries.get(key);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.entries.delete(key);
    return false;
  }

  get size(): number {
    return this.entries.size;
  }
}
