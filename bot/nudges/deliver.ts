import type { CardJson } from '../../cards/render';
import type { ConversationRef } from '../learning/learner';
import type { TenantRateLimiter } from './limiter';

/** How one proactive send ended, as a value: expected failures are not exceptions. */
export type SendResult =
  | { readonly status: 'sent' }
  | { readonly status: 'throttled'; readonly retryAfterMs?: number }
  | { readonly status: 'unreachable'; readonly httpStatus: number }
  | { readonly status: 'failed'; readonly httpStatus?: number; readonly error: string; readonly notSent?: boolean };

/**
 * Teams surely did not take the message: it said so (429, 503), or the connection was never made. A timeout, a reset or
 * any other answer may have come after the message was posted, so it is not one of these (at-most-once).
 */
export function surelyNotSent(result: SendResult): boolean {
  return result.status === 'throttled' || (result.status === 'failed' && (result.notSent === true || result.httpStatus === 503));
}

/** Sends one card into a learner's personal chat (the Teams adapter in production). */
export interface NudgeSender {
  send(ref: ConversationRef, card: CardJson): Promise<SendResult>;
}

export interface DeliverOptions {
  /** The caller already took the limiter's slot for the first attempt. */
  readonly slotTaken?: boolean;
  readonly maxAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** Statuses Teams documents as worth retrying besides 429. */
const RETRYABLE = new Set([502, 503, 504]);

/** The wait before retry `attempt`: at least Retry-After when given, else exponential; plus up to 25% jitter so retries spread out. */
export function backoffMs(attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const base = Math.max(retryAfterMs ?? 0, 500 * 2 ** (attempt - 1));
  return Math.round(base * (1 + 0.25 * random()));
}

/**
 * One nudge to Teams, paced by the tenant's limiter: a 429 waits for Retry-After (with jitter) and
 * tells the limiter; 502/503/504 and a connection never made back off and retry; anything else is final.
 */
export async function deliver(sender: NudgeSender, limiter: TenantRateLimiter, ref: ConversationRef, card: CardJson, options: DeliverOptions = {}) {
  const maxAttempts = options.maxAttempts ?? 6;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tenant = ref.tenantId ?? 'unknown';
  let throttles = 0;
  let result: SendResult = { status: 'failed', error: 'not attempted' };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1 || !options.slotTaken) await limiter.acquire(tenant);
    result = await sender.send(ref, card);
    const retryable = result.status === 'throttled' || (result.status === 'failed' && (result.notSent === true || (result.httpStatus !== undefined && RETRYABLE.has(result.httpStatus))));
    if (!retryable || attempt === maxAttempts) break;
    const retryAfterMs = result.status === 'throttled' ? result.retryAfterMs : undefined;
    if (result.status === 'throttled') {
      throttles++;
      limiter.throttled(tenant, retryAfterMs ?? 1000);
    }
    await sleep(backoffMs(attempt, retryAfterMs, options.random));
  }
  return { result, throttles };
}
