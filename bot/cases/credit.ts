import type { Lesson, Mentor, CaseStudy } from '../mentors/types';
import type { Learner, LearnerChange } from '../store/learners';

/** Case discussions kept on a learner's record (most recent last). */
export const MAX_CASES_KEPT = 50;
/** Lessons suggested to each participant at the end of a case. */
export const MAX_SUGGESTED_LESSONS = 2;

/** A case discussion a learner took part in, as kept on their own record. */
export interface CaseParticipation {
  readonly caseId: string;
  readonly mentorId: string;
  /** The thread it ran in, so the same discussion is never credited twice. */
  readonly thread: string;
  readonly finishedAt: string;
  readonly contributions: number;
  /** Concepts the team covered, and the stage concepts it did not. */
  readonly conceptsCovered: readonly string[];
  readonly conceptsMissed: readonly string[];
  /** Lessons suggested and saved to the learner's "read later" list. */
  readonly lessonsSuggested: readonly string[];
}

/** The case's related lessons this learner has not done yet, suited to their role, most relevant first. */
export function suggestedLessons(mentor: Mentor, study: CaseStudy, learner: Learner): Lesson[] {
  const done = new Set(learner.progress.lessonsDone[mentor.id] ?? []);
  const role = learner.profile.role;
  return study.relatedLessons
    .map((id) => mentor.lessons.find((l) => l.id === id))
    .filter((l): l is Lesson => !!l && !done.has(l.id))
    .filter((l) => !role || l.roles.includes(role) || l.roles.includes('all'))
    .slice(0, MAX_SUGGESTED_LESSONS);
}

/**
 * Credits a finished case to a learner: a participation entry on their record and the suggested
 * lessons saved for later. Applying it twice for the same thread changes nothing.
 */
export function creditCase(mentor: Mentor, study: CaseStudy, entry: Omit<CaseParticipation, 'lessonsSuggested'>): LearnerChange {
  return (learner) => {
    if ((learner.cases ?? []).some((c) => c.thread === entry.thread && c.caseId === entry.caseId && c.finishedAt === entry.finishedAt)) return learner;
    const lessons = suggestedLessons(mentor, study, learner).map((l) => l.id);
    const saved = [...learner.progress.saved, ...lessons.filter((id) => !learner.progress.saved.includes(id))];
    return {
      ...learner,
      progress: { ...learner.progress, saved },
      cases: [...(learner.cases ?? []), { ...entry, lessonsSuggested: lessons }].slice(-MAX_CASES_KEPT),
    };
  };
}
