import type { Logger } from '../log';
import type { SweepLease } from '../nudges/lease';
import type { Learner } from '../learning/learner';
import type { LearnerRepository, LoadedLearner } from '../learning/learner-repository';
import type { OutboxDocuments } from '../store/outbox';
import type { ReportedRecord, ReportedRecords } from '../store/reported';
import { DEFAULT_BACKOFF, pauseAfter, type BackoffPolicy } from './backoff';
import { withoutEntries, type Destination, type OutboxEntry } from './outbox';
import type { RecordSink, SendItem } from './sink';
import type { QueuedStatement } from './statements';

export interface SenderDeps {
  readonly documents: OutboxDocuments<OutboxEntry>;
  readonly learners: LearnerRepository;
  readonly reported: ReportedRecords;
  readonly sinks: readonly RecordSink[];
  /** Only the holder sends, so instances sharing a store do not race (ids make a race harmless anyway). */
  readonly lease: SweepLease;
  readonly clock: () => Date;
  readonly log: Logger;
  readonly batchSize: number;
  /** Documents read per page. */
  readonly pageSize?: number;
  readonly backoff?: BackoffPolicy;
  /** Words an entry as its statement (from its fact and today's content). */
  readonly statementOf: (entry: OutboxEntry, learner: Learner | undefined) => QueuedStatement | undefined;
  /**
   * What to queue (orphaned, naming nobody) for records a destination accepted about a learner who said "forget me" while they
   * were being sent, as the erasure did for what had been accepted before: voids for the LRS, withdrawals for Viva Learning.
   */
  readonly afterErasure?: (records: readonly ReportedRecord[], tenantId: string | undefined, now: Date) => OutboxEntry[];
}

export interface SendReport {
  readonly sent: number;
  readonly refused: number;
  /** Destinations paused after a failure, and until when (ISO). */
  readonly paused: Readonly<Record<string, string>>;
}

type Settled = { item: SendItem; refused: boolean };

/** A document with records to send, read: a learner (upgraded, with its ETag) or orphaned records. */
type Found = { readonly kind: 'learner'; readonly loaded: LoadedLearner } | { readonly kind: 'orphan'; readonly pk: string; readonly etag: string; readonly entries: readonly OutboxEntry[] };

/**
 * Drains the outbox: finds documents with records due (the store's `sendAt` index), sends their
 * entries in batches to each destination, then records what was sent and takes it out of the
 * learner's document (re-applied on a conflicting write, so a learner's turn is never overwritten).
 * A destination that fails is paused with backoff, in memory: an outage of hours costs no writes,
 * and nothing leaves the outbox until the destination has accepted it. Ordering: send, then record,
 * then remove; a crash between them means a resend, which the statement id makes harmless.
 */
export class OutboxSender {
  private readonly failures = new Map<Destination, number>();
  private readonly pausedUntil = new Map<Destination, number>();

  constructor(private readonly deps: SenderDeps) {}

  /** Sends what is due now; resolves with what happened. Safe to call from a timer on every instance. */
  async runOnce(): Promise<SendReport> {
    const { deps } = this;
    let sent = 0;
    let refused = 0;
    if (!(await deps.lease.acquire())) return { sent, refused, paused: this.pausedReport() };
    try {
      for (let page = 0; page < 1000; page++) {
        const ready = deps.sinks.filter((s) => (this.pausedUntil.get(s.to) ?? 0) <= deps.clock().getTime());
        if (ready.length === 0) break;
        const docs = (await deps.documents.due(deps.clock(), deps.pageSize ?? 200)).map((doc): Found => (doc.kind === 'learner' ? { kind: 'learner', loaded: deps.learners.fromStored(doc.value, doc.etag) } : doc));
        const progress = await this.sendPage(docs, ready);
        sent += progress.sent;
        refused += progress.refused;
        if (progress.sent + progress.refused === 0 || !(await deps.lease.renew())) break;
      }
    } finally {
      await deps.lease.release();
    }
    return { sent, refused, paused: this.pausedReport() };
  }

  private pausedReport(): Record<string, string> {
    const now = this.deps.clock().getTime();
    return Object.fromEntries([...this.pausedUntil].filter(([, until]) => until > now).map(([to, until]) => [to, new Date(until).toISOString()]));
  }

  private async sendPage(docs: readonly Found[], sinks: readonly RecordSink[]): Promise<{ sent: number; refused: number }> {
    const settled = new Map<Found, Settled[]>();
    // Each destination at its own pace, side by side: one that is slow or hung (each bounds its own requests) holds back only
    // its own records, never the other's.
    const sendTo = async (sink: RecordSink) => {
      const items = docs.flatMap((doc) => this.itemsOf(doc, sink.to).map((item) => ({ doc, item })));
      for (let i = 0; i < items.length; i += this.deps.batchSize) {
        const batch = items.slice(i, i + this.deps.batchSize);
        const result = await sink.send(batch.map((b) => b.item));
        if (!result.ok) {
          this.pause(sink.to, result.retryAfterMs, result.reason);
          break;
        }
        this.failures.delete(sink.to);
        for (const { doc, item } of batch) {
          const refusedHere = result.refused.has(item.entry.id);
          if (refusedHere) this.deps.log.error('outbox.refused', { to: sink.to, statementId: item.entry.id });
          settled.set(doc, [...(settled.get(doc) ?? []), { item, refused: refusedHere }]);
        }
      }
    };
    await Promise.all(sinks.map(sendTo));
    const all = [...settled.values()].flat();
    const refused = all.filter((e) => e.refused).length;
    // Out of the outbox, then what was sent recorded: each a page at once (one commit each in the embedded store).
    await this.deps.reported.addMany(await this.settle(settled));
    return { sent: all.length - refused, refused };
  }

  private pause(to: Destination, retryAfterMs: number | undefined, reason: string): void {
    const failures = (this.failures.get(to) ?? 0) + 1;
    this.failures.set(to, failures);
    const pauseMs = pauseAfter(failures, this.deps.backoff ?? DEFAULT_BACKOFF, retryAfterMs);
    this.pausedUntil.set(to, this.deps.clock().getTime() + pauseMs);
    this.deps.log.warn('outbox.destination_failed', { to, reason, failures, pauseMs });
  }

  /**
   * Takes sent entries out of their documents, the page's learners in one write; for each learner
   * still there, what to record as sent. Out of the outbox first: a learner erased meanwhile stays
   * erased (no record written about them).
   */
  private async settle(settled: ReadonlyMap<Found, readonly Settled[]>): Promise<{ learnerId: string; records: ReportedRecord[] }[]> {
    const now = this.deps.clock();
    const sentIds = (entries: readonly Settled[]) => new Set(entries.map((e) => e.item.entry.id));
    const learners: { loaded: LoadedLearner; entries: readonly Settled[] }[] = [];
    for (const [doc, entries] of settled) {
      if (doc.kind === 'learner') learners.push({ loaded: doc.loaded, entries });
      else await this.deps.documents.settleOrphans(doc, doc.entries.filter((e) => !sentIds(entries).has(e.id)), now.getTime());
    }
    const kept = await this.deps.learners.updateManyExisting(learners.map(({ loaded, entries }) => ({ loaded, changes: [withoutEntries(sentIds(entries))] })));
    const records = learners.map(({ entries }) => entries.map(({ item, refused }) => reportedRecord(item, refused, now)));
    // Erased while the batch was out: nothing is recorded about them, and what was accepted is voided or withdrawn.
    const undo = learners.flatMap(({ loaded }, i) => (kept[i] || !this.deps.afterErasure ? [] : this.deps.afterErasure(records[i], loaded.learner.tenantId, now)));
    if (undo.length > 0) {
      await this.deps.documents.addOrphans(undo, now);
      this.deps.log.info('outbox.undone_after_erasure', { records: undo.length });
    }
    return learners.flatMap((_, i) => (kept[i] ? [{ learnerId: kept[i]!.id, records: records[i] }] : []));
  }

  /** The entries for `to`, with their statements worded; an LRS entry whose content is gone is refused. */
  private itemsOf(doc: Found, to: Destination): SendItem[] {
    const learner = doc.kind === 'learner' ? doc.loaded.learner : undefined;
    const entries = doc.kind === 'orphan' ? doc.entries : (learner!.outbox ?? []);
    return entries.filter((e) => e.to === to).map((entry) => ({ entry, learner, ...(to === 'lrs' ? { statement: this.deps.statementOf(entry, learner) } : {}) }));
  }
}

function reportedRecord(item: SendItem, refused: boolean, now: Date): ReportedRecord {
  const { entry, statement } = item;
  const object = statement?.object;
  const name = object && 'definition' in object ? object.definition.name : { 'en-GB': entry.completion?.lessonId ?? entry.id };
  const verb = statement ? (statement.verb.display['en-GB'] ?? '') : 'completed';
  return { id: entry.id, to: entry.to, verb, name, at: entry.at, sentAt: now.toISOString(), outcome: refused ? 'refused' : 'accepted' };
}
