/**
 * The offline mentor's answer-or-abstain model, learned from the evaluation sets by `npm run train:decision` and
 * committed as mentors/decision-model.json. The mentor answers with its best passage when the model's probability that
 * the passage is a right answer reaches the model's threshold; otherwise it says it has no answer yet.
 *
 * Two logistic regressions, one feeding the other:
 * - the words model reads the question's words and word pairs as retrieval reads them (text-features.ts) and says how
 *   likely the question is to be within what the mentors teach at all, as a log-odds. The ranker's figures say how well
 *   the best passage covers the words asked, and cannot tell a long chatty question whose subject is taught ("Morning!
 *   Doing my appraisal… my manager asked if I'm 'over-relying' on it") from one about a subject nothing teaches; the
 *   words can ("dose", "rota", "tips on asking it").
 * - the decision model weighs the ranker's figures for the best passage (retrieval-features.ts) and that log-odds.
 * The words say nothing of which passage answers: the same log-odds goes with every passage of one question.
 */
import { join } from 'node:path';
import { readModelJson } from '../model-file';
import { projectRoot } from '../paths';
import { FEATURE_NAMES } from './retrieval-features';
import { FUNCTION_WORDS } from './phrasing-classifier';
import { wordsAndPairs } from '../text-features';

/** Names the reading of the question's text (questionWords below); a model learned from another reading is refused. */
export const DECISION_TEXT_FEATURES = 'words and word pairs of what is asked, function words and numbers left out, v1';

/**
 * What the words model reads of a question: the words and word pairs (text-features.ts) of what is asked, as retrieval
 * reads it (without who asks, who passed it on or the chat around it), leaving out the function words of both languages
 * ("what", "is", "can", "you", "beth", "yw"). Those say how a question is framed, and the evaluation sets' out-of-scope
 * questions are framed alike ("can you book…", "how do I claim…"): learned from, "can you" and "how do" counted against
 * "is the algorithm racist - can you check?" and "how do I ask ChatGPT properly", and a claim brought to be checked was
 * answered less often than the same question asked directly. Nor words with a digit ("75mg", "band 5", a reference
 * number): the ranker reads a number as naming nothing, and learned from, any number counted against a question.
 */
export function questionWords(asked: string): string[] {
  return wordsAndPairs(
    asked
      .split(/\s+/u)
      .filter((word) => !/\d/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')))
      .join(' '),
  );
}

/** The decision model's inputs: the ranker's figures, then the words model's log-odds that the question is in scope. */
export const DECISION_FEATURES = [...FEATURE_NAMES, 'wordsInScope'] as const;

export interface DecisionModel {
  /** The feature names, in the order of means, scales and weights (must be DECISION_FEATURES). */
  readonly features: readonly string[];
  /** Each feature is standardised as (x - mean) / scale before it is weighed. */
  readonly means: readonly number[];
  readonly scales: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Must be DECISION_TEXT_FEATURES. */
  readonly textFeatures: string;
  /** The words model: each word or word pair's weight towards "in scope" (one not listed weighs nothing), and its bias. */
  readonly textWeights: Readonly<Record<string, number>>;
  readonly textBias: number;
  /** Answer when the probability is at least this. */
  readonly threshold: number;
  /** What it was trained on and how it did there (for people; not read at runtime). */
  readonly training: Readonly<Record<string, unknown>>;
}

export class DecisionModelError extends Error {}

/** The committed model's path: mentors/decision-model.json in the project folder. */
export const DECISION_MODEL_FILE = join(projectRoot(), 'mentors', 'decision-model.json');

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Checks a parsed model file: every field present, the features the code computes, in its order, and finite numbers. */
export function validateDecisionModel(value: unknown, file = 'decision model'): DecisionModel {
  const fail = (problem: string): never => {
    throw new DecisionModelError(`${file}: ${problem}. Re-create it with \`npm run train:decision\`.`);
  };
  if (typeof value !== 'object' || value === null) return fail('is not a JSON object');
  const m = value as Partial<Record<keyof DecisionModel, unknown>>;
  const n = DECISION_FEATURES.length;
  if (!Array.isArray(m.features) || m.features.join(',') !== DECISION_FEATURES.join(',')) fail(`"features" must be ${DECISION_FEATURES.join(', ')} in that order`);
  for (const key of ['means', 'scales', 'weights'] as const) {
    const list = m[key];
    if (!Array.isArray(list) || list.length !== n || !list.every(finite)) fail(`"${key}" must be ${n} finite numbers`);
  }
  if (!(m.scales as number[]).every((s) => s > 0)) fail('"scales" must all be above 0');
  if (!finite(m.bias)) fail('"bias" must be a finite number');
  if (m.textFeatures !== DECISION_TEXT_FEATURES) fail(`"textFeatures" must be "${DECISION_TEXT_FEATURES}" (the reading this code has)`);
  if (typeof m.textWeights !== 'object' || m.textWeights === null || Array.isArray(m.textWeights)) fail('"textWeights" must be an object of word or word pair → number');
  if (!Object.values(m.textWeights as object).every(finite)) fail('every text weight must be a finite number');
  if (!finite(m.textBias)) fail('"textBias" must be a finite number');
  if (!finite(m.threshold) || m.threshold <= 0 || m.threshold >= 1) fail('"threshold" must be a number between 0 and 1');
  if (typeof m.training !== 'object' || m.training === null) fail('"training" must be an object');
  return value as DecisionModel;
}

/** Reads and checks a model file; throws DecisionModelError, naming the file, when it is missing or malformed. */
export function loadDecisionModel(file: string = DECISION_MODEL_FILE): DecisionModel {
  const parsed = readModelJson(file, (problem) => new DecisionModelError(`${file}: ${problem}. Re-create it with \`npm run train:decision\`.`));
  return validateDecisionModel(parsed, file);
}

let committed: DecisionModel | undefined;

/** The committed model, read once. */
export function committedDecisionModel(): DecisionModel {
  return (committed ??= loadDecisionModel());
}

/** The words model's log-odds that a question of these words and word pairs is within what the mentors teach. */
export function inScopeLogOdds(model: Pick<DecisionModel, 'textWeights' | 'textBias'>, words: readonly string[]): number {
  let z = model.textBias;
  for (const word of words) z += model.textWeights[word] ?? 0;
  return z;
}

/**
 * The model's probability that answering with the passage the ranker's `features` describe is right, for a question of
 * these words and word pairs.
 */
export function answerProbability(model: DecisionModel, features: readonly number[], words: readonly string[]): number {
  const inputs = [...features, inScopeLogOdds(model, words)];
  const z = inputs.reduce((sum, x, i) => sum + (model.weights[i] * (x - model.means[i])) / model.scales[i], model.bias);
  return 1 / (1 + Math.exp(-z));
}
