/**
 * One nudge sweep: ask the store who is due (an indexed query), decide for each (pure), claim
 * (one per learner per local day), compose, render, send through the tenant's limiter, and record
 * the outcome. Order matters for exactly-once across instances and crashes:
 *   lesson: wait for the tenant's slot → claim as sending → send → record outcome → settle the learner;
 *   review: claim → store the question's one-time code → wait for the slot → mark sending → send → ...
 * A crash before "sending" leaves a claim another sweep takes over after CLAIM_STALE_MS; a crash after
 * it leaves a claim that is never sent again (at-most-once; see NudgeClaims). The learner's day is
 * settled last, so a learner is found again until their nudge is truly dealt with.
 */
import { randomUUID } from 'node:crypto';
import { renderNudge, type CardJson, type NudgeContent } from '../../cards/render';
import { translator } from '../i18n';
import type { Logger } from '../log';
import type { Faculty } from '../mentors/faculty';
import type { ClaimTicket, NudgeClaims } from '../store/claims';
import type { Learner, LearnerChange } from '../learning/learner';
import type { LearnerRepository, LoadedLearner } from '../learning/learner-repository';
import { cellOf } from '../analytics/contribution';
import { nudgeContribution, record, type AnalyticsSink } from '../analytics/record';
import { composeNudge, issuedByNudge } from './compose';
import { deliver, type NudgeSender } from './deliver';
import type { TenantRateLimiter } from './limiter';
import { decideNudge, markUnreachable, nudgeSettled, nudgeSkipped, type NudgeDecision } from './select';

export interface SweepDeps {
  readonly learners: LearnerRepository;
  readonly claims: NudgeClaims;
  readonly faculty: Faculty;
  readonly sender: NudgeSender;
  readonly limiter: TenantRateLimiter;
  readonly log: Logger;
  /** Names this instance on its claims. */
  readonly instanceId: string;
  /** Cohort analytics: the nudge funnel's "sent" and "unreachable" (absent: not counted). */
  readonly aggregates?: AnalyticsSink;
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
  const run: SweepRun = { now, summary, lessonCards: new Map() };
  let stuck = 0;
  while (!options.signal?.aborted) {
    // Learners this sweep could not move on (an error) come back first: ask for enough to get past them.
    const batch = await deps.learners.findDue(now, batchSize + stuck, seen);
    if (batch.length === 0) break;
    for (const due of batch) seen.add(due.id);
    let next = 0;
    const worker = async () => {
      while (next < batch.length && !options.signal?.aborted) {
        const due = batch[next++];
        try {
          await nudgeOne(deps, due.read(), run);
        } catch (error) {
          stuck++;
          summary.failed++;
          deps.log.error('nudge.error', { error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, worker));
    if (options.keepGoing && !(await options.keepGoing())) break;
  }
  summary.ms = Date.now() - started;
  return summary;
}

/** What one sweep shares between its workers: lesson cards are the same for every learner who gets them. */
interface SweepRun {
  readonly now: Date;
  readonly summary: RunSummary;
  readonly lessonCards: Map<string, CardJson>;
}

async function nudgeOne(deps: SweepDeps, loaded: LoadedLearner, run: SweepRun): Promise<void> {
  const { now, summary } = run;
  const decision = decideNudge(loaded.learner, now);
  if (!decision.due) {
    if (decision.reason !== 'not_due') await deps.learners.updateExisting(loaded, [nudgeSkipped(now)], now);
    summary.skipped++;
    return;
  }
  const content = composeNudge(deps.faculty, loaded.learner, now, randomUUID());
  const ticket = await claimNudge(deps, run, loaded, decision, content);
  if (ticket === 'erased') return;
  if (ticket) summary.claimed++;
  if (!ticket || !content) {
    // Claimed by another sweep (running now, or one that stopped mid-send), or nothing left to
    // learn: either way that day is dealt with.
    if (ticket) await deps.claims.finish(ticket, 'skipped', now);
    await deps.learners.updateExisting(loaded, [nudgeSettled(decision)], now);
    summary.skipped++;
    return;
  }
  await sendAndRecord(deps, run, loaded, decision, ticket, renderFor(run, loaded.learner, content), content.mentor.id);
}

/** Claims the learner's nudge, ready to send: undefined if someone else holds it, 'erased' if the learner is gone. */
async function claimNudge(deps: SweepDeps, { now, summary }: SweepRun, loaded: LoadedLearner, decision: DueDecision, content: NudgeContent | undefined) {
  const { learner } = loaded;
  const tenant = learner.conversationRef!.tenantId ?? 'unknown';
  if (content?.kind !== 'review') {
    // Wait for the tenant's slot first, then claim as sending: a crash while waiting claims nothing,
    // so only a send truly under way can be lost (at-most-once).
    if (content) await deps.limiter.acquire(tenant);
    return deps.claims.claim(learner.id, decision.claimKey, deps.instanceId, now, { sending: !!content });
  }
  // The card's answer buttons carry a one-time code: claim, then store the code, before the card can
  // reach anyone; then wait for the tenant's slot and mark the claim as sending.
  const ticket = await deps.claims.claim(learner.id, decision.claimKey, deps.instanceId, now);
  if (!ticket) return undefined;
  if (!(await deps.learners.updateExisting(loaded, [issuedByNudge(content, now)], now))) {
    await deps.claims.finish(ticket, 'skipped', now);
    summary.skipped++;
    return 'erased' as const;
  }
  await deps.limiter.acquire(tenant);
  return deps.claims.markSending(ticket, now);
}

function renderFor(run: SweepRun, learner: Learner, content: NudgeContent): CardJson {
  const language = learner.language ?? 'en';
  const render = () => renderNudge({ language, t: translator(language) }, content);
  if (content.kind === 'review') return render();
  const key = `${language}:${content.mentor.id}:${content.lesson.id}`;
  let card = run.lessonCards.get(key);
  if (!card) run.lessonCards.set(key, (card = render()));
  return card;
}

async function sendAndRecord(deps: SweepDeps, { now, summary }: SweepRun, loaded: LoadedLearner, decision: DueDecision, ticket: ClaimTicket, card: CardJson, mentorId: string): Promise<void> {
  const { learner } = loaded;
  const { result, throttles } = await deliver(deps.sender, deps.limiter, learner.conversationRef!, card, { slotTaken: true });
  if (throttles > 0) deps.log.debug('nudge.throttled', { throttles });
  const changes: LearnerChange[] = [nudgeSettled(decision)];
  if (result.status === 'sent') summary.sent++;
  else if (result.status === 'unreachable') {
    summary.unreachable++;
    changes.push(markUnreachable(result.httpStatus, now));
  } else {
    summary.failed++;
    deps.log.warn('nudge.send_failed', { status: result.status, httpStatus: 'httpStatus' in result ? (result.httpStatus ?? null) : null });
  }
  const outcome = result.status === 'sent' ? 'sent' : result.status === 'unreachable' ? 'unreachable' : 'failed';
  if (deps.aggregates && outcome !== 'failed') changes.push(record(deps.aggregates, learner, cellOf(learner, mentorId), nudgeContribution(outcome), now));
  await deps.claims.finish(ticket, outcome, now);
  // Settled last, so a learner is found again until their nudge is truly dealt with.
  await deps.learners.updateExisting(loaded, changes, now);
}
