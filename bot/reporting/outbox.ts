import type { Mentor } from '../mentors/types';
import type { Learner, LearnerRule } from '../store/learners';
import type { Language } from '../i18n';
import type { Role } from '../mentors/types';
import { factsBetween } from './changes';
import type { LearningFact } from './facts';
import { statementId } from './ids';
import { buildStatement, type QueuedStatement, type StatementSettings } from './statements';

/** Where a queued record goes: the organisation's learning record store, or Viva Learning. */
export type Destination = 'lrs' | 'viva';

/** A lesson finished in HALI, for Viva Learning's course activity. */
export interface VivaCompletion {
  readonly mentorId: string;
  readonly lessonId: string;
  readonly completedAt: string;
}

/**
 * One record waiting to go out, kept inside the learner's own document: it is written in the same
 * commit as the learning that caused it, so a crash between that write and the send loses nothing.
 */
export interface OutboxEntry {
  /** The statement id (a deterministic UUID): the LRS ignores a resend. */
  readonly id: string;
  readonly to: Destination;
  /** When it was queued (ISO): the statement's timestamp. */
  readonly at: string;
  /**
   * For the LRS: the fact and the learner's language and role when it happened; the statement is worded
   * from them when sent (a fact is a tenth of a statement's size, and the learner's document is read
   * and written on every turn).
   */
  readonly fact?: LearningFact;
  readonly as?: { readonly language?: Language; readonly role?: Role };
  /** A statement complete in itself (voids after erasure, which belong to no learner). */
  readonly statement?: QueuedStatement;
  readonly completion?: VivaCompletion;
}

/** The most records one learner may have waiting; beyond it the oldest go (months of outage, not hours). */
export const MAX_QUEUED_PER_LEARNER = 2000;

export interface ReportingPolicy {
  /** An LRS is configured. */
  readonly lrs: boolean;
  /** Viva Learning is configured. */
  readonly viva: boolean;
  readonly statements: StatementSettings;
}

/** True unless the learner turned reporting off ("my record" / settings). */
export function reportingOn(learner: Learner): boolean {
  return learner.preferences.reporting !== false;
}

function entriesFor(before: Learner, after: Learner, mentors: readonly Mentor[], policy: ReportingPolicy, now: Date): OutboxEntry[] {
  const at = now.toISOString();
  const entries: OutboxEntry[] = [];
  for (const fact of factsBetween(before, after, mentors, now)) {
    const statement = policy.lrs ? buildStatement(fact, after, mentors, policy.statements, now) : undefined;
    if (statement) entries.push({ id: statement.id, to: 'lrs', at, fact, as: { language: after.language, role: after.profile.role } });
    if (policy.viva && fact.kind === 'lessonCompleted') {
      entries.push({ id: statementId(after.id, after.createdAt, 'viva', fact.mentorId, fact.lessonId), to: 'viva', at, completion: { mentorId: fact.mentorId, lessonId: fact.lessonId, completedAt: at } });
    }
  }
  return entries;
}

/**
 * The rule applied before every save of a learner: learning worth reporting becomes outbox entries
 * in the same document, so they commit (or not) with it. Turning reporting off empties the outbox.
 */
export function reportingRule(mentors: readonly Mentor[], policy: ReportingPolicy): LearnerRule {
  return function queueLearningRecords(before, after, now) {
    if (!reportingOn(after)) return after.outbox?.length ? { ...after, outbox: [] } : after;
    if (!policy.lrs && !policy.viva) return after;
    const fresh = entriesFor(before, after, mentors, policy, now);
    if (fresh.length === 0) return after;
    const queued = after.outbox ?? [];
    const known = new Set(queued.map((e) => e.id));
    return { ...after, outbox: [...queued, ...fresh.filter((e) => !known.has(e.id))].slice(-MAX_QUEUED_PER_LEARNER) };
  };
}

/** The statement an entry stands for, worded as when it was queued; undefined when its content is gone. */
export function statementOf(entry: OutboxEntry, learner: Learner | undefined, mentors: readonly Mentor[], settings: StatementSettings): QueuedStatement | undefined {
  if (entry.statement) return entry.statement;
  if (!entry.fact || !learner) return undefined;
  const then: Learner = { ...learner, language: entry.as?.language, profile: { ...learner.profile, role: entry.as?.role } };
  const statement = buildStatement(entry.fact, then, mentors, settings, new Date(entry.at));
  return statement?.id === entry.id ? statement : undefined;
}

/** Takes delivered (or finally refused) entries out of the learner's outbox. */
export function withoutEntries(ids: ReadonlySet<string>) {
  return function dropSent(learner: Learner): Learner {
    const outbox = learner.outbox ?? [];
    return outbox.some((e) => ids.has(e.id)) ? { ...learner, outbox: outbox.filter((e) => !ids.has(e.id)) } : learner;
  };
}
