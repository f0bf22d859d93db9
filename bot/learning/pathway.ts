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

/**
 * The lesson to go on to when the learner skips `skippedId` ("skip this lesson", "I already know this"): the first one after it on
 * their pathway that they have not done, else the first not done before it; never the skipped one, which stays not done. Undefined
 * when it is the only lesson left.
 */
export function lessonAfter(mentor: Mentor, role: Role | undefined, done: readonly string[], skippedId: string): { lesson: Lesson; position: number; total: number } | undefined {
  const pathway = pathwayFor(mentor, role);
  const at = pathway.findIndex((lesson) => lesson.id === skippedId);
  const order = [...pathway.slice(at + 1), ...pathway.slice(0, Math.max(0, at))];
  const lesson = order.find((l) => l.id !== skippedId && !done.includes(l.id));
  return lesson ? { lesson, position: pathway.indexOf(lesson) + 1, total: pathway.length } : undefined;
}

/** Where a learner stands in a mentor's pathway: the last two done, the current lesson, the next two, with counts. */
export interface PathView {
  readonly total: number;
  readonly doneCount: number;
  /** Done lessons before the ones shown. */
  readonly earlierDone: number;
  readonly done: readonly { lesson: Lesson; position: number }[];
  readonly current?: { lesson: Lesson; position: number };
  readonly next: readonly { lesson: Lesson; position: number }[];
  /** Lessons still to do after the ones shown. */
  readonly later: number;
}

const SHOWN_EACH_SIDE = 2;

/**
 * The path around `currentId` (the lesson the learner has open) or, when it is done or not in their
 * pathway, around their next lesson not done.
 */
export function pathView(mentor: Mentor, role: Role | undefined, done: readonly string[], currentId?: string): PathView {
  const pathway = pathwayFor(mentor, role).map((lesson, i) => ({ lesson, position: i + 1 }));
  const isDone = (id: string) => done.includes(id);
  const current = pathway.find((p) => p.lesson.id === currentId && !isDone(currentId)) ?? pathway.find((p) => !isDone(p.lesson.id));
  const doneSteps = pathway.filter((p) => isDone(p.lesson.id));
  const toDo = pathway.filter((p) => !isDone(p.lesson.id) && p !== current);
  const shownDone = doneSteps.slice(-SHOWN_EACH_SIDE);
  const next = toDo.slice(0, SHOWN_EACH_SIDE);
  return {
    total: pathway.length,
    doneCount: doneSteps.length,
    earlierDone: doneSteps.length - shownDone.length,
    done: shownDone,
    current,
    next,
    later: toDo.length - next.length,
  };
}

/** A lesson's place in the learner's pathway (in the mentor's full list when it is written for another role). */
export function placeOf(mentor: Mentor, role: Role | undefined, lessonId: string): { position: number; total: number } {
  const pathway = pathwayFor(mentor, role);
  const list = pathway.some((lesson) => lesson.id === lessonId) ? pathway : mentor.lessons;
  return { position: list.findIndex((lesson) => lesson.id === lessonId) + 1, total: list.length };
}
