import type { Mentor, Role } from './types';
import { ROLES } from './types';
import type { ContentProblems } from './validate';

/** Every role needs at least this many lessons from each mentor (lessons for "all" count). */
export const MIN_LESSONS_PER_ROLE = 2;

/** Per role: lessons available to it (including "all"), lessons written for it by name, and cases listing it. */
export function roleCoverage(mentor: Mentor): { role: Role; lessons: number; own: number; cases: number }[] {
  return ROLES.map((role) => ({
    role,
    lessons: mentor.lessons.filter((l) => l.roles.includes('all') || l.roles.includes(role)).length,
    own: mentor.lessons.filter((l) => l.roles.includes(role)).length,
    cases: mentor.cases.filter((c) => c.roles.includes('all') || c.roles.includes(role)).length,
  }));
}

/**
 * Fails when a role has fewer than two lessons from a mentor, and reports a role with no lesson
 * written for it by name, or left out of every case of a mentor that has cases.
 */
export function lintRoleCoverage(mentor: Mentor, problems: ContentProblems): void {
  const where = `mentors/${mentor.id}/lessons.json`;
  for (const r of roleCoverage(mentor)) {
    if (r.lessons < MIN_LESSONS_PER_ROLE) problems.error(where, 'roles', `gives "${r.role}" ${r.lessons} lesson(s); every role needs at least ${MIN_LESSONS_PER_ROLE} from each mentor`);
    else if (r.own === 0) problems.warn(where, 'roles', `has no lesson written for "${r.role}" by name (only lessons for all roles)`);
    if (mentor.cases.length > 0 && r.cases === 0) problems.warn(`mentors/${mentor.id}/cases.json`, 'roles', `lists "${r.role}" in no case`);
  }
}
