import type { Logger } from '../log';
import type { Mentor } from '../mentors/types';
import type { Learner, VivaAssignment } from '../learning/learner';
import type { LearnerRepository } from '../learning/learner-repository';
import { lessonOfExternalId } from './catalogue';
import { isGraphNotFound, type VivaCourseActivity, type VivaGraph } from './graph';

/** Graph gives a due date in a named zone; HALI keeps UTC (Graph's own examples use "UTC"). */
function dueOf(activity: VivaCourseActivity): string | undefined {
  if (!activity.due?.dateTime) return undefined;
  const at = Date.parse(activity.due.timeZone?.toUpperCase() === 'UTC' ? `${activity.due.dateTime.replace(/Z$/, '')}Z` : activity.due.dateTime);
  return Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/** The open assignments of HALI lessons among a learner's Viva Learning course activities. */
export function assignmentsFrom(activities: readonly VivaCourseActivity[], externalIdOf: ReadonlyMap<string, string>, mentors: readonly Mentor[]): VivaAssignment[] {
  const found: VivaAssignment[] = [];
  for (const activity of activities) {
    if (activity.kind !== 'assignment' || activity.status === 'completed') continue;
    const externalId = externalIdOf.get(activity.learningContentId);
    const lesson = externalId ? lessonOfExternalId(externalId, mentors) : undefined;
    if (!lesson) continue;
    const due = dueOf(activity);
    found.push({ courseActivityId: activity.id, mentorId: lesson.mentor.id, lessonId: lesson.lessonId, required: activity.assignmentType === 'required', ...(due ? { due } : {}) });
  }
  return found.sort((a, b) => Number(b.required) - Number(a.required) || (a.due ?? '9').localeCompare(b.due ?? '9'));
}

/** The lesson a nudge should bring first: the most pressing assignment the learner has not done. */
export function assignedLesson(learner: Learner): VivaAssignment | undefined {
  return learner.viva?.assignments.find((a) => !(learner.progress.lessonsDone[a.mentorId] ?? []).includes(a.lessonId));
}

export interface AssignmentSyncDeps {
  readonly graph: VivaGraph;
  readonly learners: LearnerRepository;
  readonly mentors: readonly Mentor[];
  readonly providerId: string;
  readonly tenantId: string;
  readonly log: Logger;
  readonly clock: () => Date;
}

/**
 * Reads Viva Learning assignments for the learners whose nudge is due within `aheadMs`, so the nudge
 * that follows can bring the assigned lesson. One Graph read per learner per nudge, no scans.
 */
export async function syncAssignments(deps: AssignmentSyncDeps, aheadMs = 60 * 60_000, limit = 500): Promise<number> {
  const now = deps.clock();
  const due = (await deps.learners.findDue(new Date(now.getTime() + aheadMs), limit)).learners.map((found) => found.read());
  const mine = due.filter(({ learner }) => (learner.tenantId ?? '').toLowerCase() === deps.tenantId.toLowerCase());
  if (mine.length === 0) return 0;
  const externalIdOf = new Map([...(await deps.graph.contentIds(deps.providerId))].map(([externalId, id]) => [id, externalId]));
  let synced = 0;
  let skipped = 0;
  for (const loaded of mine) {
    if (loaded.learner.viva && Date.parse(loaded.learner.viva.syncedAt) > now.getTime() - aheadMs) continue;
    let activities: VivaCourseActivity[];
    try {
      activities = await deps.graph.activitiesOf(loaded.learner.id);
    } catch (error) {
      // One learner Graph will not read for (gone from the organisation, or not theirs to read) is skipped, and the learners
      // after them are still read. Anything else (throttling, Graph down, a timeout) is Graph's, not the learner's: the run
      // stops, and the next one starts again.
      const status = (error as { statusCode?: number }).statusCode;
      if (!(isGraphNotFound(error) || status === 403)) throw error;
      skipped++;
      deps.log.warn('viva.assignments_skipped', { reason: `http_${status}` });
      continue;
    }
    const assignments = assignmentsFrom(activities, externalIdOf, deps.mentors);
    await deps.learners.updateExisting(loaded, [(l) => ({ ...l, viva: { assignments, syncedAt: now.toISOString() } })]);
    synced++;
  }
  deps.log.info('viva.assignments_synced', { learners: synced, ...(skipped > 0 ? { skipped } : {}) });
  return synced;
}
