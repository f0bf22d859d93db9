import type { PathView } from '../bot/learning/pathway';
import type { Lesson, Mentor } from '../bot/mentors/types';
import { escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';
import { bar } from './render-learning';

/** The path card: the last lessons done, the one open now and the next ones, with counts and a bar. */
export function renderPath({ language, t }: CardContext, mentor: Mentor, path: PathView): CardJson {
  const row = (status: string, color: string, weight: string) => (step: { lesson: Lesson; position: number }) => ({
    status: escapeCardText(status),
    color,
    weight,
    text: escapeCardText(`${step.position}. ${step.lesson.title[language]}`),
  });
  return expand('path', {
    language,
    accent: mentor.accent,
    title: escapeCardText(t('path.title', { name: mentor.name })),
    count: escapeCardText(t('path.count', { done: path.doneCount, total: path.total })),
    bar: bar(path.doneCount, path.total, 'good'),
    earlier: path.earlierDone > 0 ? escapeCardText(t('path.earlier', { count: path.earlierDone })) : '',
    rows: [
      ...path.done.map(row(`✓ ${t('path.done')}`, 'Good', 'Default')),
      ...(path.current ? [row(`▶ ${t('path.now')}`, 'Accent', 'Bolder')(path.current)] : []),
      ...path.next.map(row(t('path.next'), 'Default', 'Default')),
    ],
    later: path.later > 0 ? escapeCardText(t('path.later', { count: path.later })) : '',
    finished: path.current ? '' : escapeCardText(t('path.finished')),
    nextLabel: t('progress.lesson'),
    mentorId: mentor.id,
  });
}

/** The "lesson complete" moment: what was finished, how far along the path, and the streak. */
export function renderLessonComplete(
  { language, t }: CardContext,
  mentor: Mentor,
  lesson: Lesson,
  path: PathView,
  streak: { current: number; longest: number } | undefined,
  goalMet = '',
): CardJson {
  return expand('lesson-complete', {
    language,
    accent: mentor.accent,
    title: escapeCardText(t('complete.title')),
    finished: escapeCardText(t('complete.finished', { title: lesson.title[language] })),
    count: escapeCardText(t('path.count', { done: path.doneCount, total: path.total })),
    bar: bar(path.doneCount, path.total, 'good'),
    // Left out for a learner who turned their streak off.
    streak: streak ? escapeCardText(t('progress.streak', { days: streak.current, longest: streak.longest })) : '',
    pathLabel: t('path.show'),
    goalMet: escapeCardText(goalMet),
    mentorId: mentor.id,
    lessonId: lesson.id,
  });
}
