import type { Lesson, Mentor } from '../bot/mentors/types';
import { cardLink, escapeCardText } from './escape';
import type { CardContext } from './expand';

/** Where a lesson sits in the learner's pathway. */
export interface LessonPlace {
  readonly position: number;
  readonly total: number;
}

/**
 * The pieces every card that carries a lesson shows (the lesson card and the daily nudge): its place in
 * the pathway, key points, "try this at work", the body behind "Read more", and its sources.
 * Content is escaped; links are authored.
 */
export function lessonParts({ language, t }: CardContext, mentor: Mentor, lesson: Lesson, place: LessonPlace) {
  return {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    title: escapeCardText(lesson.title[language]),
    position: escapeCardText(t('lesson.position', { position: place.position, total: place.total })),
    keyPointsTitle: escapeCardText(t('lesson.keyPoints')),
    keyPoints: lesson.keyPoints[language].map((text) => ({ text: escapeCardText(text) })),
    tryThisTitle: escapeCardText(t('lesson.tryThis')),
    tryThis: escapeCardText(lesson.tryThis[language]),
    readMoreLabel: t('lesson.readMore'),
    paragraphs: lesson.body[language].split(/\n\s*\n/).map((text) => ({ text: escapeCardText(text.trim()) })),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: lesson.sources.map((s, i) => ({ link: `${i + 1}\\. ${cardLink(s.title, s.url)}` })),
    draftNotice: lesson.review.status === 'draft' ? escapeCardText(t('lesson.draft')) : '',
    doneLabel: t('lesson.done'),
    quizLabel: t('lesson.quiz'),
    mentorId: mentor.id,
    lessonId: lesson.id,
  };
}
