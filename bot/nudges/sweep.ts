/**
 * One nudge sweep: ask the store who is due (an indexed query), decide for each (pure), claim
 * (one per learner per local day), compose, render, send through the tenant's limiter, and record
 * the outcome. Order matters for exactly-once across instances and crashes:
 *   claim → (review: store the question's one-time code) → mark sending → send → record outcome → settle the learner.
 * A crash before "sending" leaves a claim another sweep takes over after CLAIM_STALE_MS; a crash after
 * it leaves a claim that is never sent again (at-most-once; see NudgeClaims). The learner's day is
 * settled last, so a learner is found again until their nudge is truly dealt with.
 */
import { randomUUID } from 'node:crypto';
import { renderNudge } from '../../cards/render';
import { translator } from '../i18n';
import type { Logger } from '../log';
import type { Faculty } from '../mentors/faculty';
import type { NudgeClaims } from '../store/claims';
import { CONTAINERS, type DocumentStore, type StoredDocument } from '../store/documents';
import { LEARNER_RECORD_ID, migrateLearner, type Learner, type LearnerChange, type LearnerRepository } from '../store/learners';
import { composeNudge, issuedByNudge } from './compose';
import { deliver, type NudgeSender } from './deliver';
import type { TenantRateLimiter } from './limiter';
import { decideNudge, markUnreachable, nudgeSettled, nudgeSkipped, type NudgeDecision } from './select';

export interface SweepDeps {
  readonly documents: DocumentStore;
  readonly learners: LearnerRepository;
  readonly claims: NudgeClaims;
  readonly faculty: Faculty;
  readonly sender: NudgeSender;
  readonly limiter: TenantRateLimiter;
  readonly log: Logger;
  /** Names this instance on its claims. */
  readonly instanceId: string;
}

export interface SweepOptions {
  /** Sends in flight at once; the limiter, not this, sets the rate. */
  readonly concurrency?: number;
  readonly batchSize?: number;
  /** Stops taking new learners when aborted (shutdown, or the sweep lease lost). */
  readonly signal?: AbortSignal;
  /** Called between batches; false stops the sweep (the lease could not be renewed). */
  readonly keepGoing?: () => Promise<boolean>;
}

/** What a sweep did. */
export interface RunSummary {
  claimed: number;
  sent: number;
  skipped: number;
  unreachable: number;
  failed: number;
  ms: number;
}

type DueDecision = Extract<NudgeDecision, { due: true }>;

/** Runs one sweep as of `now`; resolves with its summary once every due learner has been dealt with. */
export async function runSweep(deps: SweepDeps, now: Date, options: SweepOptions = {}): Promise<RunSummary> {
  const started = Date.now();
  const summary: RunSummary = { claimed: 0, sent: 0, skipped: 0, unreachable: 0, failed: 0, ms: 0 };
  const concurrency = options.concurrency ?? 16;
  const batchSize = options.batchSize ?? 500;
  const seen = new Set<string>();
  let stuck = 0;
  while (!options.signal?.aborted) {
    // Learners this sweep could not move on (an error) come back first: ask for enough to get past them.
    const found = await deps.documents.findDue<Record<string, unknown>>(CONTAINERS.learners, now.getTime(), batchSize + stuck);
    const batch = found.filter((doc) => doc.id === LEARNER_RECORD_ID && !seen.has(doc.pk));
    if (batch.length === 0) break;
    for (const doc of batch) seen.add(doc.pk);
    let next = 0;
    const worker = async () => {
      while (next < batch.length && !options.signal?.aborted) {
        const doc = batch[next++];
        try {
          await nudgeOne(deps, doc, now, summary);
        } catch (error) {
          stuck++;
          summary.failed++;
          deps.log.error('nudge.error', { learnerId: doc.pk, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, worker));
    if (options.keepGoing && !(await options.keepGoing())) break;
  }
  summary.ms = Date.now() - started;
  return summary;
}

async function nudgeOne(deps: SweepDeps, doc: StoredDocument<Record<string, unknown>>, now: Date, summary: RunSummary): Promise<void> {
  const learner = migrateLearner(doc.value);
  const decision = decideNudge(learner, now);
  if (!decision.due) {
    if (decision.reason !== 'not_due') await settle(deps, learner, [nudgeSkipped(now)], now);
    summary.skipped++;
    return;
  }
  const ticket = await deps.claims.claim(learner.id, decision.claimKey, deps.instanceId, now);
  if (!ticket) {
    // Claimed by another sweep (running now, or one that stopped mid-send): that day is dealt with.
    await settle(deps, learner, [nudgeSettled(decision)], now);
    summary.skipped++;
    return;
  }
  summary.claimed++;
  await sendClaimed(deps, learner, decision, ticket, now, summary);
}

async function sendClaimed(
  deps: SweepDeps,
  learner: Learner,
  decision: DueDecision,
  ticket: NonNullable<Awaited<ReturnType<NudgeClaims['claim']>>>,
  now: Date,
  summary: RunSummary,
): Promise<void> {
  const content = composeNudge(deps.faculty, learner, now, randomUUID());
  if (!content) {
    await deps.claims.finish(ticket, 'skipped', now);
    await settle(deps, learner, [nudgeSettled(decision)], now);
    summary.skipped++;
    return;
  }
  // The card's answer buttons carry a one-time code: store it before the card can be tapped.
  if (content.kind === 'review' && !(await settle(deps, learner, [issuedByNudge(content, now)], now))) {
    await deps.claims.finish(ticket, 'skipped', now);
    summary.skipped++;
    return;
  }
  const language = learner.language ?? 'en';
  const card = renderNudge({ language, t: translator(language) }, content);
  const ref = learner.conversationRef!;
  // Wait for the tenant's slot before marking "sending", so a crash while waiting leaves a claim
  // another sweep may take over: only a send truly under way is at-most-once.
  await deps.limiter.acquire(ref.tenantId ?? 'unknown');
  const sending = await deps.claims.markSending(ticket, now);
  if (!sending) {
    summary.skipped++;
    return;
  }
  const { result, throttles } = await deliver(deps.sender, deps.limiter, ref, card, { slotTaken: true });
  if (throttles > 0) deps.log.debug('nudge.throttled', { learnerId: learner.id, throttles });
  const changes: LearnerChange[] = [nudgeSettled(decision)];
  if (result.status === 'sent') summary.sent++;
  else if (result.status === 'unreachable') {
    summary.unreachable++;
    changes.push(markUnreachable(result.httpStatus, now));
  } else {
    summary.failed++;
    deps.log.warn('nudge.send_failed', { learnerId: learner.id, status: result.status, httpStatus: 'httpStatus' in result ? (result.httpStatus ?? null) : null });
  }
  const outcome = result.status === 'sent' ? 'sent' : result.status === 'unreachable' ? 'unreachable' : 'failed';
  await deps.claims.finish(sending, outcome, now);
  await settle(deps, learner, changes, now);
}

/**
 * Saves the learner's nudge state (the write re-plans and re-indexes `nextAt`). A learner erased
 * meanwhile ("forget me") stays erased: undefined, and nothing is written.
 */
async function settle(deps: SweepDeps, learner: Learner, changes: readonly LearnerChange[], now: Date): Promise<Learner | undefined> {
  const loaded = await deps.learners.load(learner.id);
  return loaded.etag ? deps.learners.commit(loaded, changes, now) : undefined;
}
