import type { Lesson, Mentor, QuizItem } from '../bot/mentors/types';
import { escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';

/** What a nudge carries: one due review question (answered in the card), else the next lesson. */
export type NudgeContent =
  | { readonly kind: 'review'; readonly mentor: Mentor; readonly item: QuizItem; readonly nonce: string; readonly probe?: { readonly intervalDays: number } }
  | { readonly kind: 'lesson'; readonly mentor: Mentor; readonly lesson: Lesson };

const LETTERS = 'ABCDEFGH';

/**
 * The daily nudge card. A review question's letter buttons are the quiz's own answer action with its
 * one-time code, so one tap answers it and the card turns into the result in place.
 */
export function renderNudge({ language, t }: CardContext, content: NudgeContent): CardJson {
  const { mentor } = content;
  const common = {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    snoozeLabel: t('nudge.snooze'),
    notTodayLabel: t('nudge.notToday'),
    changeTimeLabel: t('nudge.changeTime'),
    mentorId: mentor.id,
  };
  if (content.kind === 'review') {
    const { item } = content;
    return expand('nudge', {
      ...common,
      isReview: true,
      title: escapeCardText(t('nudge.titleReview')),
      intro: escapeCardText(t('nudge.reviewIntro')),
      stem: escapeCardText(item.stem[language]),
      options: item.options.map((o, i) => ({ letter: LETTERS[i], id: o.id, text: escapeCardText(o.text[language]) })),
      itemId: item.id,
      nonce: content.nonce,
    });
  }
  const { lesson } = content;
  return expand('nudge', {
    ...common,
    isReview: false,
    title: escapeCardText(t('nudge.titleLesson')),
    lessonTitle: escapeCardText(lesson.title[language]),
    paragraphs: lesson.body[language].split(/\n\s*\n/).map((text) => ({ text: escapeCardText(text.trim()) })),
    keyPointsTitle: escapeCardText(t('lesson.keyPoints')),
    keyPoints: lesson.keyPoints[language].map((text) => ({ text: escapeCardText(text) })),
    draftNotice: lesson.review.status === 'draft' ? escapeCardText(t('lesson.draft')) : '',
    doneLabel: t('lesson.done'),
    quizLabel: t('lesson.quiz'),
    lessonId: lesson.id,
  });
}
