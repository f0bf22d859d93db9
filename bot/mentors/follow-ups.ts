/**
 * Offline follow-ups to an explainer's answer, from authored content only: a simpler version the
 * authors wrote, an example for the learner's role (or the related lesson's "try this at work"), and
 * what to read next (related lessons and explainers on the same topic, and the explainer's sources).
 */
import type { Explainer, Lesson, Mentor, Role } from './types';

/** Lessons on the explainer's topic, those written for the learner's role (or everyone) first, in pathway order. */
export function relatedLessons(mentor: Mentor, explainer: Explainer, role: Role | undefined): Lesson[] {
  const onTopic = mentor.lessons.filter((l) => l.topic === explainer.topic).sort((a, b) => a.order - b.order);
  const forRole = (l: Lesson) => l.roles.includes('all') || (!!role && l.roles.includes(role));
  return [...onTopic.filter(forRole), ...onTopic.filter((l) => !forRole(l))];
}

/** Other explainers on the same topic (at most `max`). */
export function relatedExplainers(mentor: Mentor, explainer: Explainer, max = 3): Explainer[] {
  return mentor.explainers.filter((e) => e.topic === explainer.topic && e.id !== explainer.id).slice(0, max);
}

export type RoleExample =
  | { readonly kind: 'authored'; readonly text: Explainer['answer'] }
  | { readonly kind: 'tryThis'; readonly lesson: Lesson }
  | { readonly kind: 'none' };

/** The authored example for the learner's role, else the related lesson's "try this at work". */
export function roleExample(mentor: Mentor, explainer: Explainer, role: Role | undefined): RoleExample {
  const authored = role ? explainer.roleExamples?.find((e) => e.role === role) : undefined;
  if (authored) return { kind: 'authored', text: authored.text };
  const lesson = relatedLessons(mentor, explainer, role)[0];
  return lesson ? { kind: 'tryThis', lesson } : { kind: 'none' };
}
