/**
 * One nudge sweep: ask the store who is due (an indexed, paged query), decide for each (pure), claim
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
import type { DueCursor } from '../store/documents';
import { writingLanguage, type Learner, type LearnerChange } from '../learning/learner';
import type { LearnerRepository, LoadedLearner } from '../learning/learner-repository';
import { lessonShown } from '../learning/open-lesson';
import { countedChange, nudgeContribution, type AnalyticsSink } from '../analytics/record';
import { composeNudge, issuedByNudge } from './compose';
import { deliver, surelyNotSent, type NudgeSender } from './deliver';
import type { TenantRateLimiter } from './limiter';
import type { SendPlans } from './plans';
import { decideNudge, deferNudge, markUnreachable, nudgeSettled, nudgeSkipped, type NudgeDecision } from './select';

export interface SweepDeps {
  readonly learners: LearnerRepository;
  readonly claims: NudgeClaims;
  readonly faculty: Faculty;
  readonly sender: NudgeSender;
  readonly limiter: TenantRateLimiter;
  readonly log: Logger;
  /** Names this instance on its claims. */
  readonly instanceId: string;
  /** The tenants' send plans (busy times start early); without them every nudge goes at its chosen time. */
  readonly plans?: SendPlans;
  /** Cohort analytics: the nudge funnel's "sent" and "unreachable" (absent: not counted). */
  readonly aggregates?: AnalyticsSink;
}

export interface SweepOptions {
  /** Sends in flight at once; the limiter, not this, sets the rate. */
  readonly concurrency?: number;
  readonly batchSize?: number;
  /** Stops taking new learners when aborted (shutdown, or the sweep lease lost). */
  readonly signal?: AbortSignal;
  /** The current time, read for each page (absent: the whole sweep is as of its `now`). */
  readonly clock?: () => Date;
  /**
   * With `clock`: when nobody is due but someone falls due within this many ms, wait for them rather
   * than end the sweep, so a busy time's plan is followed second by second, not once a minute.
   */
  readonly lookaheadMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
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
  /** Learners whose nudge the tenant's plan holds until later (a busy time). */
  deferred: number;
  ms: number;
}

type DueDecision = Extract<NudgeDecision, { due: true }>;

/**
 * Runs one sweep as of `now`; resolves with its summary once every due learner has been dealt with.
 * It walks the due learners page by page behind a cursor, so it holds one page whatever their number
 * (two while the next is read ahead: see `readAhead`); with `clock`, each page asks for who is due as
 * of that moment, so a sweep that runs for hours (a
 * national fan-out) also takes those who fell due while it ran. A learner whose nudge failed is behind
 * the cursor: the next sweep finds them again.
 */
export async function runSweep(deps: SweepDeps, now: Date, options: SweepOptions = {}): Promise<RunSummary> {
  const started = Date.now();
  const summary: RunSummary = { claimed: 0, sent: 0, skipped: 0, unreachable: 0, failed: 0, deferred: 0, ms: 0 };
  const concurrency = options.concurrency ?? 16;
  const batchSize = options.batchSize ?? 500;
  const run: SweepRun = { now, summary, lessonCards: new Map() };
  let after: DueCursor | undefined;
  let ahead: ReturnType<typeof readAhead> | undefined;
  while (!options.signal?.aborted) {
    const read = await ahead?.page;
    const pageNow = read?.page.next ? read.now : options.clock ? new Date(Math.max(now.getTime(), options.clock().getTime())) : now;
    const page = read?.page.next ? read.page : await deps.learners.findDue(pageNow, batchSize, after);
    ahead = undefined;
    if (!page.next) {
      if (await waitedForNext(deps, options, pageNow, after)) continue;
      break;
    }
    after = page.next;
    const pageRun: SweepRun = { ...run, now: pageNow };
    let next = 0;
    const cursor = page.next;
    const worker = async () => {
      while (next < page.learners.length && !options.signal?.aborted) {
        if (!ahead && page.learners.length - next <= concurrency) ahead = readAhead(deps, options, now, batchSize, cursor);
        const due = page.learners[next++];
        try {
          await nudgeOne(deps, due.read(), pageRun);
        } catch (error) {
          summary.failed++;
          deps.log.error('nudge.error', { error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, page.learners.length) }, worker));
    if (options.keepGoing && !(await options.keepGoing())) break;
  }
  summary.ms = Date.now() - started;
  return summary;
}

/**
 * The next page, read while this page's last sends wait for their slots: at 50 a second, a 200 ms
 * read between pages would be ten sends lost at every page. Only a page with learners is used; an
 * empty or failed read is made again after this page is done, because this page's deferred learners
 * (moved later) must be written before "nobody is due" can be decided.
 */
function readAhead(deps: SweepDeps, options: SweepOptions, sweptFrom: Date, batchSize: number, after: DueCursor) {
  const now = options.clock ? new Date(Math.max(sweptFrom.getTime(), options.clock().getTime())) : sweptFrom;
  return { page: deps.learners.findDue(now, batchSize, after).then((page) => ({ page, now }), () => undefined) };
}

/** With a clock and a look-ahead: true after waiting for the next learner who falls due soon. */
async function waitedForNext(deps: SweepDeps, options: SweepOptions, now: Date, after: DueCursor | undefined): Promise<boolean> {
  if (!options.clock || !options.lookaheadMs) return false;
  const soon = await deps.learners.findDue(new Date(now.getTime() + options.lookaheadMs), 1, after);
  if (!soon.next || options.signal?.aborted) return false;
  await (options.sleep ?? abortableSleep(options.signal))(Math.max(1, soon.next.dueAt - options.clock().getTime()));
  if (options.signal?.aborted) return false;
  return !options.keepGoing || (await options.keepGoing());
}

/** A wait that ends early when the sweep is stopped (shutdown must not wait for the next learner). */
function abortableSleep(signal: AbortSignal | undefined) {
  return (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    });
}

/** A nudge Teams did not take is tried again this long after (a connector outage of minutes costs the learner minutes). */
export const NOT_SENT_RETRY_MS = 15 * 60_000;
/** Tries at one day's nudge, the first included: after them, the day's nudge is given up as failed. */
export const MAX_SEND_TRIES = 3;
const RETRY_NOT_SENT = { afterMs: NOT_SENT_RETRY_MS, maxTries: MAX_SEND_TRIES } as const;

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
  // Erased (here) since the sweep found them: nothing is claimed or sent.
  if (deps.learners.erasures.knownErasedSince(loaded.learner.id, loaded.readAt)) return void summary.skipped++;
  if (decision.kind === 'daily') {
    const sendAt = await plannedSend(deps, loaded.learner, now);
    if (sendAt > now.getTime()) {
      await deps.learners.updateExisting(loaded, [deferNudge(loaded.learner.nudge!.nextAt!, sendAt)], now);
      summary.deferred++;
      return;
    }
  }
  const content = composeNudge(deps.faculty, loaded.learner, now, randomUUID());
  const ticket = await claimNudge(deps, run, loaded, decision, content);
  if (ticket === 'erased') return;
  if (ticket) summary.claimed++;
  if (!ticket || !content) {
    // Claimed by another sweep (running now, or one that stopped mid-send), or nothing left to
    // learn: either way that day is dealt with.
    if (ticket) await deps.claims.finish(ticket, 'skipped', now);
    await settleOrDiscard(deps, loaded, [nudgeSettled(decision)], ticket, now);
    summary.skipped++;
    return;
  }
  await sendAndRecord(deps, run, loaded, decision, ticket, renderFor(run, loaded.learner, content), content.mentor.id, content.kind === 'lesson' ? content.lesson.id : undefined);
}

/** When the learner's daily nudge goes: its place on the tenant's plan, else the chosen time. */
async function plannedSend(deps: SweepDeps, learner: Learner, now: Date): Promise<number> {
  const nudge = learner.nudge!;
  if (nudge.sendAt && nudge.sendFor === nudge.nextAt) return Date.parse(nudge.sendAt);
  // A plan left from an earlier day (no sweep ran then) goes now: that day's plan no longer matters.
  if (Date.parse(nudge.nextAt!) < now.getTime() - STALE_PLAN_MS) return Date.parse(nudge.nextAt!);
  return (await deps.plans?.sendAt(learner)) ?? Date.parse(nudge.nextAt!);
}

const STALE_PLAN_MS = 12 * 60 * 60_000;

/** Claims the learner's nudge, ready to send: undefined if someone else holds it, 'erased' if the learner is gone. */
async function claimNudge(deps: SweepDeps, { now, summary }: SweepRun, loaded: LoadedLearner, decision: DueDecision, content: NudgeContent | undefined) {
  const { learner } = loaded;
  const tenant = learner.conversationRef!.tenantId ?? 'unknown';
  if (content?.kind !== 'review') {
    // Wait for the tenant's slot first, then claim as sending: a crash while waiting claims nothing,
    // so only a send truly under way can be lost (at-most-once).
    if (content && (await waitForSlot(deps, loaded, tenant))) {
      summary.skipped++;
      return 'erased' as const;
    }
    return deps.claims.claim(learner.id, decision.claimKey, deps.instanceId, now, { sending: !!content, retryNotSent: RETRY_NOT_SENT });
  }
  // The card's answer buttons carry a one-time code: claim, then store the code, before the card can
  // reach anyone; then wait for the tenant's slot and mark the claim as sending.
  const ticket = await deps.claims.claim(learner.id, decision.claimKey, deps.instanceId, now, { retryNotSent: RETRY_NOT_SENT });
  if (!ticket) return undefined;
  if (!(await deps.learners.updateExisting(loaded, [issuedByNudge(content, now)], now))) {
    // Erased since the sweep read them: the claim just made is removed, not left behind.
    await deps.claims.discard(ticket);
    summary.skipped++;
    return 'erased' as const;
  }
  if (await waitForSlot(deps, loaded, tenant)) {
    await deps.claims.discard(ticket);
    summary.skipped++;
    return 'erased' as const;
  }
  return deps.claims.markSending(ticket, now);
}

/** A wait longer than this for the tenant's slot asks the store whether the learner was erased meanwhile on another instance. */
const LONG_WAIT_MS = 250;

/**
 * Waits for the tenant's send slot; true when the learner said "forget me" while the sweep waited (a busy tenant's wait can
 * run to tens of seconds), so nothing is claimed or sent to someone just told their data is gone.
 */
async function waitForSlot(deps: SweepDeps, loaded: LoadedLearner, tenant: string): Promise<boolean> {
  const started = Date.now();
  await deps.limiter.acquire(tenant);
  const { erasures } = deps.learners;
  if (erasures.knownErasedSince(loaded.learner.id, loaded.readAt)) return true;
  return Date.now() - started > LONG_WAIT_MS && (await erasures.erasedSince(loaded.learner.id, loaded.readAt));
}

function renderFor(run: SweepRun, learner: Learner, content: NudgeContent): CardJson {
  const language = writingLanguage(learner);
  const render = () => renderNudge({ language, t: translator(language) }, content);
  // A review carries its own one-time code, and an assigned lesson its own heading and due date.
  if (content.kind === 'review' || content.assigned) return render();
  // The place in the pathway depends on the learner's role, so it is part of the key.
  const key = `${language}:${content.mentor.id}:${content.lesson.id}:${content.place.position}/${content.place.total}`;
  let card = run.lessonCards.get(key);
  if (!card) run.lessonCards.set(key, (card = render()));
  return card;
}

async function sendAndRecord(deps: SweepDeps, { now, summary }: SweepRun, loaded: LoadedLearner, decision: DueDecision, ticket: ClaimTicket, card: CardJson, mentorId: string, lessonId?: string): Promise<void> {
  const { learner } = loaded;
  const { result, throttles } = await deliver(deps.sender, deps.limiter, learner.conversationRef!, card, { slotTaken: true });
  if (throttles > 0) deps.log.debug('nudge.throttled', { throttles });
  // Teams surely did not take a daily nudge, and tries are left: it goes again in NOT_SENT_RETRY_MS, the day left open.
  const tries = ticket.claim.tries ?? 1;
  if (surelyNotSent(result) && decision.kind === 'daily' && tries < MAX_SEND_TRIES && learner.nudge?.nextAt) {
    summary.failed++;
    deps.log.warn('nudge.not_sent', { status: result.status, httpStatus: 'httpStatus' in result ? (result.httpStatus ?? null) : null, tries, retryInMs: NOT_SENT_RETRY_MS });
    await deps.claims.finish(ticket, 'notSent', now);
    await settleOrDiscard(deps, loaded, [deferNudge(learner.nudge.nextAt, now.getTime() + NOT_SENT_RETRY_MS)], ticket, now);
    return;
  }
  const changes: LearnerChange[] = [nudgeSettled(decision)];
  // A lesson nudge's card is the learner's open lesson: its Done counts (open-lesson.ts wasSent), and "done" typed acts on it.
  if (result.status === 'sent' && lessonId) changes.push(lessonShown(mentorId, lessonId, now));
  if (result.status === 'sent') summary.sent++;
  else if (result.status === 'unreachable') {
    summary.unreachable++;
    changes.push(markUnreachable(result.httpStatus, now));
  } else {
    summary.failed++;
    deps.log.warn('nudge.send_failed', { status: result.status, httpStatus: 'httpStatus' in result ? (result.httpStatus ?? null) : null });
  }
  const outcome = result.status === 'sent' ? 'sent' : result.status === 'unreachable' ? 'unreachable' : 'failed';
  // Counted with the learner's settling, once it is saved: a failed save or an erasure meanwhile counts nothing.
  const counted = deps.aggregates && outcome !== 'failed' ? countedChange(mentorId, undefined, now, (l) => ({ learner: l, contribution: nudgeContribution(outcome) })) : undefined;
  if (counted) changes.push(counted.change);
  await deps.claims.finish(ticket, outcome, now);
  // Settled last, so a learner is found again until their nudge is truly dealt with.
  if ((await settleOrDiscard(deps, loaded, changes, ticket, now)) && counted) counted.addTo(deps.aggregates!);
}

/** Settles the learner's day; if they were erased meanwhile ("forget me"), removes the claim made for them. True when settled. */
async function settleOrDiscard(deps: SweepDeps, loaded: LoadedLearner, changes: LearnerChange[], ticket: ClaimTicket | undefined, now: Date): Promise<boolean> {
  const settled = await deps.learners.updateExisting(loaded, changes, now);
  if (!settled && ticket) await deps.claims.discard(ticket);
  return settled !== undefined;
}
