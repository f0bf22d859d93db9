/**
 * Whether retrieval answers, and with which passages, once every passage is scored. The answer-or-abstain
 * call is the learned decision model's (decision-model.ts), not hand-set thresholds; what stays hand-made is
 * which further passages come with the answer: the second topic of a two-topic question, and related passages.
 */
import { answerProbability, type DecisionModel } from './decision-model';
import { featuresOf, type ReadQuestion, type ScoredPassage } from './retrieval-features';

/** Two passages answer a two-topic question when together they cover this much, and each at least PART_COVERAGE. */
const PAIR_COVERAGE = 0.75;
const PART_COVERAGE = 0.3;
/** Passages after the best one that may come with an answer (as the model's grounding), each one the model would answer with. */
const RELATED = 4;

/** The two best-scoring passages that together cover what was asked, each covering a fair part of it. */
export function bestPair<T extends ScoredPassage>(candidates: readonly T[], asked: number): T[] {
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
 * With the best passage covering most of the question: a named passage that covers a fair part of what the best leaves out
 * (another topic named in the question), kept with the best; none when the best leaves nothing named uncovered.
 */
export function secondTopic<T extends ScoredPassage>(candidates: readonly T[], asked: number): T[] {
  const [best, ...rest] = candidates;
  const uncovered = best.answers.map((w) => 1 - w);
  const left = uncovered.reduce((sum, w) => sum + w, 0);
  if (left <= 0) return [];
  for (const other of rest) {
    if (!other.named || other.coverage < PART_COVERAGE) continue;
    const adds = other.answers.reduce((sum, w, k) => sum + Math.min(w, uncovered[k]), 0);
    if (adds / asked >= PART_COVERAGE / 2 && adds / left >= 0.99) return [best, other];
  }
  return [];
}

/** Whether the model would answer `question` with `candidates[index]`. */
export function answers(model: DecisionModel, question: ReadQuestion, candidates: readonly ScoredPassage[], index = 0): boolean {
  return answerProbability(model, featuresOf(question, candidates, index), question.words) >= model.threshold;
}

/**
 * The passages that answer, best first (candidates come best first): none when the model says the best one
 * is unlikely to be a right answer, and the mentor abstains; with the one brought in for a second topic, if any.
 */
export function decide<T extends ScoredPassage>(candidates: readonly T[], asked: number, question: ReadQuestion, model: DecisionModel): { readonly passages: T[]; readonly secondTopic?: T } {
  if (candidates.length === 0 || !answers(model, question, candidates)) return { passages: [] };
  // Two topics at once ("what's an LLM and how do I prompt it"): a second passage brings in the other topic. The best may
  // already cover most words and still leave one topic out ("what is a VUS and what is consent for genetic testing").
  const pair = candidates[0].coverage >= PAIR_COVERAGE ? secondTopic(candidates.slice(0, 8), asked) : bestPair(candidates.slice(0, 8), asked);
  const related = candidates.slice(1, 1 + RELATED).filter((_, i) => answers(model, question, candidates, i + 1));
  // The pair's passage that is not the best answers the second topic (answered beside the best, not just grounding it).
  return { passages: [...new Set([candidates[0], ...pair, ...related])], secondTopic: pair.find((p) => p !== candidates[0]) };
}
