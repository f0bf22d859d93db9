import type { Mentor } from '../mentors/types';
import type { Learner, LearnerRule } from '../learning/learner';
import type { OutboxEntry } from '../learning/learning-records';
export type { Destination, OutboxEntry, VivaCompletion } from '../learning/learning-records';
import { factsBetween } from './changes';
import { statementId } from './ids';
import { statementIdOf } from './identity';
import { buildStatement, type QueuedStatement, type StatementSettings } from './statements';

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
    // Only the id now: the statement is worded when it is sent (this runs before every save, on the turn's time).
    const id = policy.lrs ? statementIdOf(fact, after, mentors, policy.statements.activityBase, now) : undefined;
    if (id) entries.push({ id, to: 'lrs', at, fact, as: { language: after.language, role: after.profile.role } });
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
export function reportingRule(mentorsOf: () => readonly Mentor[], policy: ReportingPolicy): LearnerRule {
  return function queueLearningRecords(before, after, now) {
    const mentors = mentorsOf();
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
