/**
 * What the answer-or-abstain model (decision-model.ts) sees of one question: a dozen numbers read off the
 * ranker's scoring of the best passage and of the question's words. Kept few on purpose: with some 800
 * evaluation questions to learn from, more features would fit the questions rather than the task.
 */

/** A question word as the ranker read it: its weight, and whether any content has it. */
export interface ReadTerm {
  readonly w: number;
  readonly found: readonly unknown[];
}

/** A passage as scored against one question (retrieval.ts). */
export interface ScoredPassage {
  readonly doc: { readonly topic: string };
  readonly score: number;
  /** The share of the question's weight the passage answers. */
  readonly coverage: number;
  /** The same share over the words that name things, leaving out the talk around them. */
  readonly subjectCoverage: number;
  /** The weight of each question word the passage answers. */
  readonly answers: readonly number[];
  /** Named by the question (its title, question or synonyms), not just mentioning a word of it. */
  readonly named: boolean;
  /** The share of its title's subject words the question has. */
  readonly precision: number;
  /** Neighbouring word pairs asked as the passage names them. */
  readonly pairs: number;
}

/** How the question was read, apart from any one passage. */
export interface ReadQuestion {
  readonly terms: readonly ReadTerm[];
  readonly chatty: boolean;
  /** The weight a word no content uses could have at most (the rarest word's): scales the unknown-word feature to 0..1. */
  readonly unknownScale: number;
  /** What the decision's words model reads of the question (decision-model.ts `questionWords`). */
  readonly words: readonly string[];
}

/** A best passage that beats every other topic by this ratio or more is as clear a winner as it gets. */
const MAX_RIVAL_RATIO = 10;

/** The features, in the order of the model's weights; the model file names them and the loader checks they agree. */
export const FEATURE_NAMES = [
  'coverage',
  'subjectCoverage',
  'named',
  'logScore',
  'logRivalRatio',
  'titlePrecision',
  'pairs',
  'unmatchedShare',
  'largestUnmatched',
  'chatty',
  'logSubjectWords',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The features of answering `question` with `candidates[index]` (candidates best first). A rival is the
 * best passage on another topic: a runner-up on the same topic is a related answer, not a doubt.
 */
export function featuresOf(question: ReadQuestion, candidates: readonly ScoredPassage[], index = 0): number[] {
  const best = candidates[index];
  const rival = candidates.find((c) => c.doc.topic !== best.doc.topic);
  const ratio = rival && rival.score > 0 ? Math.min(best.score / rival.score, MAX_RIVAL_RATIO) : MAX_RIVAL_RATIO;
  const total = question.terms.reduce((sum, t) => sum + t.w, 0);
  const unmatched = question.terms.filter((t) => t.found.length === 0 && t.w > 0);
  const byName: Record<FeatureName, number> = {
    coverage: best.coverage,
    subjectCoverage: best.subjectCoverage,
    named: best.named ? 1 : 0,
    logScore: Math.log1p(best.score),
    logRivalRatio: Math.log(ratio),
    titlePrecision: best.precision,
    pairs: Math.min(best.pairs, 2),
    unmatchedShare: total === 0 ? 0 : unmatched.reduce((sum, t) => sum + t.w, 0) / total,
    largestUnmatched: Math.max(0, ...unmatched.map((t) => t.w)) / question.unknownScale,
    chatty: question.chatty ? 1 : 0,
    logSubjectWords: Math.log1p(question.terms.filter((t) => t.w > 0).length),
  };
  return FEATURE_NAMES.map((name) => byName[name]);
}
