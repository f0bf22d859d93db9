/**
 * Credit from team case discussions, as a change to the learner: a participation entry and the
 * lessons suggested for later. Part of the learner module; the case feature applies it.
 */
import type { Lesson, Mentor, CaseStudy } from '../mentors/types';
import type { CaseParticipation, Learner, LearnerChange } from './learner';

export type { CaseParticipation } from './learner';

/** Case discussions kept on a learner's record (most recent last). */
export const MAX_CASES_KEPT = 50;
/** Lessons suggested to each participant at the end of a case. */
export const MAX_SUGGESTED_LESSONS = 2;

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
