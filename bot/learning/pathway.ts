import type { Lesson, Mentor, Role } from '../mentors/types';

/** The lessons of a mentor's pathway written for `role` (all of them when the role is not known), in order. */
export function pathwayFor(mentor: Mentor, role: Role | undefined): Lesson[] {
  return mentor.lessons.filter((lesson) => !role || lesson.roles.includes('all') || lesson.roles.includes(role));
}

/** The next lesson the learner has not done, with its place in their pathway; undefined when all are done. */
export function nextLesson(mentor: Mentor, role: Role | undefined, done: readonly string[]): { lesson: Lesson; position: number; total: number } | undefined {
  const pathway = pathwayFor(mentor, role);
  const index = pathway.findIndex((lesson) => !done.includes(lesson.id));
  return index === -1 ? undefined : { lesson: pathway[index], position: index + 1, total: pathway.length };
}

/** A lesson's place in the learner's pathway (in the mentor's full list when it is written for another role). */
export function placeOf(mentor: Mentor, role: Role | undefined, lessonId: string): { position: number; total: number } {
  const pathway = pathwayFor(mentor, role);
  const list = pathway.some((lesson) => lesson.id === lessonId) ? pathway : mentor.lessons;
  return { position: list.findIndex((lesson) => lesson.id === lessonId) + 1, total: list.length };
}
