import type { Language } from '../i18n';
import type { Mentor, QuizItem } from './types';

/** Above this share of items whose right answer is the longest option, length gives the answer away. */
export const LONGEST_CORRECT_LIMIT = 0.4;

/** Both languages are measured: a Welsh learner sees the Welsh lengths, which need not follow the English. */
export const CUE_LANGUAGES: readonly Language[] = ['en', 'cy'];

function correctIsLongest(item: QuizItem, language: Language): boolean {
  const lengths = item.options.map((o) => o.text[language].length);
  const right = item.options.findIndex((o) => o.correct);
  return lengths.every((length, i) => i === right || length < lengths[right]);
}

/**
 * The share of a mentor's quiz items, in one language, whose correct option is strictly the longest:
 * test-wise learners pick the longest option, so a pool where that usually works measures guessing.
 */
export function longestCorrectShare(mentor: Mentor, language: Language = 'en'): { share: number; items: string[] } {
  const items = mentor.quiz.filter((item) => correctIsLongest(item, language));
  return { share: mentor.quiz.length === 0 ? 0 : items.length / mentor.quiz.length, items: items.map((i) => i.id) };
}
