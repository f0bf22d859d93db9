import type { Lesson, Mentor, QuizItem } from '../bot/mentors/types';
import { describeDate } from '../bot/i18n/dates';
import { escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';
import { lessonParts, type LessonPlace } from './lesson-parts';
import { letteredOptions } from './render-learning';

/** What a nudge carries: one due review question (answered in the card), else the next lesson. */
export type NudgeContent =
  | { readonly kind: 'review'; readonly mentor: Mentor; readonly item: QuizItem; readonly nonce: string; readonly probe?: { readonly intervalDays: number } }
  | { readonly kind: 'lesson'; readonly mentor: Mentor; readonly lesson: Lesson; readonly place: LessonPlace; readonly assigned?: { readonly required: boolean; readonly due?: string } };

/**
 * The daily nudge card. A review question's letter buttons are the quiz's own answer action with its
 * one-time code, so one tap answers it and the card turns into the result in place.
 */
export function renderNudge(context: CardContext, content: NudgeContent): CardJson {
  const { language, t } = context;
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
      heading: escapeCardText(t('nudge.titleReview')),
      intro: escapeCardText(t('nudge.reviewIntro')),
      stem: escapeCardText(item.stem[language]),
      // Lettered as the quiz card and its result letter them, so a result or a typed letter ("B") names the same option.
      options: letteredOptions(item, content.nonce).map(({ letter, option }) => ({ letter, id: option.id, text: escapeCardText(option.text[language]) })),
      itemId: item.id,
      nonce: content.nonce,
    });
  }
  const { assigned } = content;
  const assignedTitle = assigned && t(assigned.required ? 'nudge.assignedRequired' : 'nudge.assignedRecommended');
  const heading = assignedTitle && assigned?.due ? t('nudge.assignedDue', { title: assignedTitle, date: describeDate(assigned.due.slice(0, 10), language) }) : (assignedTitle ?? t('nudge.titleLesson'));
  // The lesson's own pieces (place in the pathway, key points, try this, sources), shared with the lesson card.
  return expand('nudge', {
    ...lessonParts(context, mentor, content.lesson, content.place),
    ...common,
    isReview: false,
    heading: escapeCardText(heading),
  });
}
