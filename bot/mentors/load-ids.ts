import { join } from 'node:path';
import type { Mentor } from './types';
import type { ContentProblems } from './validate';

/**
 * Ids unique within each kind across the faculty, and lessons in distinct places. An explainer's id must also
 * differ from every lesson's: an answer, a "did you mean" offer, an approval and the evaluation sets name a passage
 * by its id alone, so an id both kinds use credits one with the other. The fix renames the explainer, because a
 * lesson's id is kept in learners' progress, quiz schedules, Viva Learning assignments and sent xAPI statements.
 */
export function checkUniqueIds(root: string, mentors: readonly Mentor[], problems: ContentProblems): void {
  const seen = new Map<string, string>();
  for (const mentor of mentors) {
    for (const [kind, list] of [['explainer', mentor.explainers], ['lesson', mentor.lessons], ['quiz item', mentor.quiz], ['case', mentor.cases]] as const) {
      for (const item of list) {
        if (!item.id) continue;
        const key = `${kind}:${item.id}`;
        if (seen.has(key)) problems.error(`mentors/${mentor.id}`, 'id', `${kind} "${item.id}" is also used in mentors/${seen.get(key)}; ids must be unique`);
        else seen.set(key, mentor.id);
      }
    }
    for (const lesson of mentor.lessons) {
      const sameOrder = mentor.lessons.filter((l) => l.order === lesson.order);
      if (sameOrder.length > 1 && sameOrder[0] === lesson) problems.error(`mentors/${mentor.id}/lessons.json`, 'order', `${lesson.order} is used by ${sameOrder.map((l) => l.id).join(' and ')}; give each lesson its own place`);
    }
  }
  checkExplainerIdsAgainstLessons(root, mentors, problems);
}

function checkExplainerIdsAgainstLessons(root: string, mentors: readonly Mentor[], problems: ContentProblems): void {
  const lessonOwner = new Map(mentors.flatMap((m) => m.lessons.map((l) => [l.id, m.id] as const)));
  for (const mentor of mentors) {
    mentor.explainers.forEach((explainer, index) => {
      const owner = lessonOwner.get(explainer.id);
      if (!explainer.id || owner === undefined) return;
      problems.error(
        `${join(root, mentor.id, 'explainers.json')}[${index}]`,
        'id',
        `"${explainer.id}" is also the id of a lesson in ${join(root, owner, 'lessons.json')}; explainers and lessons share one id space ` +
          `(answers, offers, approvals and the evaluation sets name them by id alone): rename the explainer, e.g. to ` +
          `"${mentor.id}-x-${explainer.id.replace(new RegExp(`^${mentor.id}-`), '')}", and update its expected ids in test/fixtures; ` +
          `keep the lesson's id, which learners' progress and schedules keep`,
      );
    });
  }
}
