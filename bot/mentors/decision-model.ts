/**
 * The offline mentor's answer-or-abstain model: a logistic regression over the ranker's features
 * (retrieval-features.ts), learned from the evaluation sets by `npm run train:decision` and committed as
 * mentors/decision-model.json. The mentor answers with its best passage when the model's probability that
 * the passage is a right answer reaches the model's threshold; otherwise it says it has no answer yet.
 */
import { join } from 'node:path';
import { readModelJson } from '../model-file';
import { projectRoot } from '../paths';
import { FEATURE_NAMES } from './retrieval-features';

export interface DecisionModel {
  /** The feature names, in the order of means, scales and weights (must be FEATURE_NAMES). */
  readonly features: readonly string[];
  /** Each feature is standardised as (x - mean) / scale before it is weighed. */
  readonly means: readonly number[];
  readonly scales: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
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
  const n = FEATURE_NAMES.length;
  if (!Array.isArray(m.features) || m.features.join(',') !== FEATURE_NAMES.join(',')) fail(`"features" must be ${FEATURE_NAMES.join(', ')} in that order`);
  for (const key of ['means', 'scales', 'weights'] as const) {
    const list = m[key];
    if (!Array.isArray(list) || list.length !== n || !list.every(finite)) fail(`"${key}" must be ${n} finite numbers`);
  }
  if (!(m.scales as number[]).every((s) => s > 0)) fail('"scales" must all be above 0');
  if (!finite(m.bias)) fail('"bias" must be a finite number');
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

/** The model's probability that answering with the passage these features describe is right. */
export function answerProbability(model: DecisionModel, features: readonly number[]): number {
  const z = features.reduce((sum, x, i) => sum + (model.weights[i] * (x - model.means[i])) / model.scales[i], model.bias);
  return 1 / (1 + Math.exp(-z));
}
