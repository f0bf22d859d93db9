import type { Mentor } from './types';

/** Above this share of items whose right answer is the longest option, length gives the answer away. */
export const LONGEST_CORRECT_LIMIT = 0.4;

/**
 * The share of a mentor's quiz items (English text) whose correct option is strictly the longest:
 * test-wise learners pick the longest option, so a pool where that usually works measures guessing.
 */
export function longestCorrectShare(mentor: Mentor): { share: number; items: string[] } {
  const items = mentor.quiz.filter((item) => {
    const lengths = item.options.map((o) => o.text.en.length);
    const right = item.options.findIndex((o) => o.correct);
    return lengths.every((length, i) => i === right || length < lengths[right]);
  });
  return { share: mentor.quiz.length === 0 ? 0 : items.length / mentor.quiz.length, items: items.map((i) => i.id) };
}
