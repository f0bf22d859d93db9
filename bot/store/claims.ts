import { CONTAINERS, type DocumentStore } from './documents';

/**
 * How a claimed nudge ended. A claim with `sendingAt` and no outcome is one in flight, or one whose send outcome is unknown.
 * `notSent`: Teams surely did not take it (the connection was refused, or Teams still answered 429 or 503 after the sweep's
 * retries), so the caller may claim it again later that day (claim's `retryNotSent`).
 */
export type NudgeOutcome = 'sent' | 'unreachable' | 'failed' | 'skipped' | 'notSent';

/** One learner's nudge for one local day (or one snooze): at most one exists, whoever tries to send it. */
export interface NudgeClaim {
  readonly learnerId: string;
  /** The local date (YYYY-MM-DD), or the date and snooze instant for a snoozed nudge. */
  readonly localDate: string;
  readonly claimedAt: string;
  /** Which bot instance claimed it. */
  readonly claimedBy: string;
  /** Set just before the message goes to Teams: from here on, the send may have happened. */
  readonly sendingAt?: string;
  readonly outcome?: NudgeOutcome;
  readonly outcomeAt?: string;
  /** Which try at sending this is, from 1 (absent: the first). */
  readonly tries?: number;
}

/** A claim held by the caller, with the ETag its next step must match. */
export interface ClaimTicket {
  readonly learnerId: string;
  readonly key: string;
  readonly etag: string;
  readonly claim: NudgeClaim;
}

export const CLAIM_ID_PREFIX = 'claim:';
/** Claims outlive the day they are for by a week, long enough to answer "was I nudged?". */
const CLAIM_TTL_SECONDS = 8 * 86_400;

/**
 * A claim that never reached "sending" after this long belongs to an instance that stopped between
 * claiming and sending: nothing went to Teams, so another sweep may take it over and send.
 */
export const CLAIM_STALE_MS = 5 * 60_000;

/**
 * Nudge claims, in the learner's own partition (so they are exported and erased with the learner).
 * Claiming is create-if-absent, so two instances racing for the same learner and day cannot both win;
 * each later step is an ETag replace, so an instance whose claim was taken over cannot go on to send.
 *
 * A claim marked "sending" with no outcome (the instance stopped mid-send) is never sent again: the
 * message may already be in the learner's chat, and the connector offers no way to ask. For a daily
 * reminder a missed day is the lesser harm than a duplicate, so unknown outcomes are at-most-once.
 */
export class NudgeClaims {
  constructor(private readonly store: DocumentStore) {}

  /**
   * Claims the learner's nudge for `key`; a ticket when this caller now owns it, else undefined.
   * With `sending`, the claim is marked as being sent at once (the caller sends straight after). With `retryNotSent`, a claim
   * whose nudge Teams did not take is claimed again once `afterMs` have passed, for `maxTries` tries in all.
   */
  async claim(learnerId: string, key: string, claimedBy: string, now: Date, options: { sending?: boolean; retryNotSent?: { readonly afterMs: number; readonly maxTries: number } } = {}): Promise<ClaimTicket | undefined> {
    const id = `${CLAIM_ID_PREFIX}${key}`;
    const claim: NudgeClaim = { learnerId, localDate: key, claimedAt: now.toISOString(), claimedBy, ...(options.sending ? { sendingAt: now.toISOString() } : {}) };
    const created = await this.store.create(CONTAINERS.learners, learnerId, id, claim, { ttlSeconds: CLAIM_TTL_SECONDS });
    if (created.ok) return { learnerId, key, etag: created.doc.etag, claim };
    const existing = await this.store.read<NudgeClaim>(CONTAINERS.learners, learnerId, id);
    if (!existing) return undefined;
    const was = existing.value;
    const abandoned = !was.sendingAt && !was.outcome && now.getTime() - Date.parse(was.claimedAt) >= CLAIM_STALE_MS;
    // Not taken by Teams, long enough ago, with tries left (as the caller counts them): the next try claims it.
    const { retryNotSent } = options;
    const retry = !!retryNotSent && was.outcome === 'notSent' && now.getTime() - Date.parse(was.outcomeAt ?? was.claimedAt) >= retryNotSent.afterMs && (was.tries ?? 1) < retryNotSent.maxTries;
    if (!abandoned && !retry) return undefined;
    const tries = retry ? (was.tries ?? 1) + 1 : was.tries;
    const next: NudgeClaim = { ...claim, ...(tries ? { tries } : {}) };
    const taken = await this.store.replace(CONTAINERS.learners, learnerId, id, next, existing.etag, { ttlSeconds: CLAIM_TTL_SECONDS });
    return taken.ok ? { learnerId, key, etag: taken.doc.etag, claim: next } : undefined;
  }

  async get(learnerId: string, key: string): Promise<NudgeClaim | undefined> {
    return (await this.store.read<NudgeClaim>(CONTAINERS.learners, learnerId, `${CLAIM_ID_PREFIX}${key}`))?.value;
  }

  /** Marks the claim as being sent; undefined if another instance took it over (then do not send). */
  async markSending(ticket: ClaimTicket, now: Date): Promise<ClaimTicket | undefined> {
    return this.advance(ticket, { ...ticket.claim, sendingAt: now.toISOString() });
  }

  /** Records how the claimed nudge ended; false if the claim changed hands or no longer exists. */
  async finish(ticket: ClaimTicket, outcome: NudgeOutcome, now: Date): Promise<boolean> {
    return !!(await this.advance(ticket, { ...ticket.claim, outcome, outcomeAt: now.toISOString() }));
  }

  /** Records an outcome without a ticket (reads the claim first); false if the claim does not exist. */
  async recordOutcome(learnerId: string, key: string, outcome: NudgeOutcome, now: Date): Promise<boolean> {
    const doc = await this.store.read<NudgeClaim>(CONTAINERS.learners, learnerId, `${CLAIM_ID_PREFIX}${key}`);
    return doc ? this.finish({ learnerId, key, etag: doc.etag, claim: doc.value }, outcome, now) : false;
  }

  /** Removes a claim taken for a learner erased meanwhile, so nothing of them is left behind. */
  async discard(ticket: ClaimTicket): Promise<void> {
    await this.store.delete(CONTAINERS.learners, ticket.learnerId, `${CLAIM_ID_PREFIX}${ticket.key}`);
  }

  private async advance(ticket: ClaimTicket, claim: NudgeClaim): Promise<ClaimTicket | undefined> {
    const result = await this.store.replace(CONTAINERS.learners, ticket.learnerId, `${CLAIM_ID_PREFIX}${ticket.key}`, claim, ticket.etag, { ttlSeconds: CLAIM_TTL_SECONDS });
    return result.ok ? { ...ticket, etag: result.doc.etag, claim } : undefined;
  }
}
