/**
 * A learned second reading of whether a message asks about one particular patient, beside the hand-written patterns
 * (patient-specific.ts). The patterns read the ways of naming a patient and of asking a decision that someone has
 * written down; staff write in more ways than anyone lists ("the one we discussed at huddle", "her numbers",
 * "y boi weles i bore 'ma"), and two blind probes written after the patterns found that they caught fewer than half
 * of such messages. This model weighs every word and pair of words of the message, learned from thousands of labelled
 * messages in English and Welsh (test/fixtures/one-patient and the evaluation sets' general questions) by
 * `npm run train:one-patient`, and committed as mentors/one-patient-model.json.
 *
 * A logistic regression over sparse features: only the features a message has are looked up, a few microseconds a
 * message, and the weights are plain numbers a reviewer can read ("bay_0", "should_she", "fy_nghlaf"). Written here, not
 * taken from a library: the training is a few lines (scripts/train-one-patient.ts) and what the runtime needs is a sum.
 */
import { join } from 'node:path';
import { readModelJson } from '../model-file';
import { projectRoot } from '../paths';
import { wordsAndPairs } from '../text-features';

/** Names the feature reading below; a model learned from another reading is refused. Change it whenever onePatientFeatures changes. */
export const ONE_PATIENT_FEATURES = 'words and word pairs, numbers as 0, v1';

export interface OnePatientModel {
  /** Must be ONE_PATIENT_FEATURES. */
  readonly features: string;
  /** Each feature's weight; a feature not listed weighs nothing. */
  readonly weights: Readonly<Record<string, number>>;
  readonly bias: number;
  /** A message is about one patient when the probability is at least this: the mentor gives no content, as for a decision the patterns find. */
  readonly threshold: number;
  /** What it was learned from and how it did (for people; not read at runtime), with the hash the freshness test checks. */
  readonly training: Readonly<Record<string, unknown>>;
}

export class OnePatientModelError extends Error {}

export const ONE_PATIENT_MODEL_FILE = join(projectRoot(), 'mentors', 'one-patient-model.json');

/**
 * A message's features: its words and each pair of neighbouring words (text-features.ts). Redacted placeholders
 * ("[name removed]") are words like any other: a removed name is a strong sign of one patient.
 */
export const onePatientFeatures = wordsAndPairs;

/** The model's probability that `text` asks about one particular patient. */
export function onePatientProbability(model: OnePatientModel, text: string): number {
  let z = model.bias;
  for (const feature of onePatientFeatures(text)) z += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Checks a parsed model: the features this code reads, finite weights, bias and a threshold between 0 and 1. */
export function validateOnePatientModel(value: unknown, file = 'one-patient model'): OnePatientModel {
  const fail = (problem: string): never => {
    throw new OnePatientModelError(`${file}: ${problem}. Re-create it with \`npm run train:one-patient\`.`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not a JSON object');
  const m = value as Partial<Record<keyof OnePatientModel, unknown>>;
  if (m.features !== ONE_PATIENT_FEATURES) fail(`"features" must be "${ONE_PATIENT_FEATURES}" (the reading this code has)`);
  if (typeof m.weights !== 'object' || m.weights === null || Array.isArray(m.weights)) fail('"weights" must be an object of feature → number');
  if (!Object.values(m.weights as object).every(finite)) fail('every weight must be a finite number');
  if (!finite(m.bias)) fail('"bias" must be a finite number');
  if (!finite(m.threshold) || m.threshold <= 0 || m.threshold >= 1) fail('"threshold" must be a number between 0 and 1');
  if (typeof m.training !== 'object' || m.training === null) fail('"training" must be an object');
  return value as OnePatientModel;
}

export function loadOnePatientModel(file: string = ONE_PATIENT_MODEL_FILE): OnePatientModel {
  const parsed = readModelJson(file, (problem) => new OnePatientModelError(`${file}: ${problem}. Re-create it with \`npm run train:one-patient\`.`));
  return validateOnePatientModel(parsed, file);
}

let committed: OnePatientModel | undefined;

/** The committed model, read once. */
export function committedOnePatientModel(): OnePatientModel {
  return (committed ??= loadOnePatientModel());
}
