import { CONTAINERS, type DocumentStore } from './documents';

/** How a claimed nudge ended. `unknown` is never written: a claim with no outcome is one in flight or lost. */
export type NudgeOutcome = 'sent' | 'unreachable' | 'failed' | 'skipped';

/** One learner's nudge for one local day: at most one exists, whoever tries to send it. */
export interface NudgeClaim {
  readonly learnerId: string;
  readonly localDate: string;
  readonly claimedAt: string;
  /** Which bot instance claimed it. */
  readonly claimedBy: string;
  readonly outcome?: NudgeOutcome;
  readonly outcomeAt?: string;
}

export const CLAIM_ID_PREFIX = 'claim:';
/** Claims outlive the day they are for by a week, long enough to answer "was I nudged?". */
const CLAIM_TTL_SECONDS = 8 * 86_400;

/**
 * Nudge claims, in the learner's own partition (so they are exported and erased with the learner).
 * Claiming is create-if-absent, so two instances racing for the same learner and day cannot both win.
 */
export class NudgeClaims {
  constructor(private readonly store: DocumentStore) {}

  /** True when this caller now owns the learner's nudge for `localDate` (YYYY-MM-DD in their time zone). */
  async claim(learnerId: string, localDate: string, claimedBy: string, now: Date): Promise<boolean> {
    const claim: NudgeClaim = { learnerId, localDate, claimedAt: now.toISOString(), claimedBy };
    return (await this.store.create(CONTAINERS.learners, learnerId, `${CLAIM_ID_PREFIX}${localDate}`, claim, { ttlSeconds: CLAIM_TTL_SECONDS })).ok;
  }

  async get(learnerId: string, localDate: string): Promise<NudgeClaim | undefined> {
    return (await this.store.read<NudgeClaim>(CONTAINERS.learners, learnerId, `${CLAIM_ID_PREFIX}${localDate}`))?.value;
  }

  /** Records how the claimed send ended; false if the claim no longer exists. */
  async recordOutcome(learnerId: string, localDate: string, outcome: NudgeOutcome, now: Date): Promise<boolean> {
    const id = `${CLAIM_ID_PREFIX}${localDate}`;
    const doc = await this.store.read<NudgeClaim>(CONTAINERS.learners, learnerId, id);
    if (!doc) return false;
    const result = await this.store.replace(CONTAINERS.learners, learnerId, id, { ...doc.value, outcome, outcomeAt: now.toISOString() }, doc.etag, { ttlSeconds: CLAIM_TTL_SECONDS });
    return result.ok;
  }
}
