/**
 * Phrasings learned from how staff asked: the in-scope questions of the evaluation sets retrieval is developed on (the
 * tuned and held-out sets and dev9 onwards; never the unseen sets blind3 to blind19, which give the honest figures, nor
 * the blind set), each under the passage its writers expected first. The phrasing classifier (phrasing-classifier.ts) reads
 * them beside the content's own phrasings, so "what's the secret to getting Copilot to stop waffling" is worded like
 * the questions staff asked about prompts, not only like the prompt explainer's sixteen phrasings a language.
 *
 * They only order the passages the ranker found (PHRASING_WEIGHT in retrieval.ts): they never bring in a passage no
 * question word finds, and never decide whether the mentor answers. Written by `npm run train:phrasings` to
 * mentors/learned-phrasings.json; test/unit/learned-phrasings.test.ts fails while that file is stale.
 */
import { join } from 'node:path';
import { readModelJson } from '../model-file';
import { projectRoot } from '../paths';

export interface LearnedPhrasings {
  /** Where they come from, for people; not read at run time. */
  readonly about: string;
  /** Each passage's id, and the questions staff asked that it answers. */
  readonly phrasings: Readonly<Record<string, readonly string[]>>;
}

export class LearnedPhrasingsError extends Error {}

/** The committed file: mentors/learned-phrasings.json in the project folder. */
export const LEARNED_PHRASINGS_FILE = join(projectRoot(), 'mentors', 'learned-phrasings.json');

/** Checks a parsed file: an "about" text and an object of passage id -> a list of non-empty texts. */
export function validateLearnedPhrasings(value: unknown, file = 'learned phrasings'): LearnedPhrasings {
  const fail = (problem: string): never => {
    throw new LearnedPhrasingsError(`${file}: ${problem}. Re-create it with \`npm run train:phrasings\`.`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not a JSON object');
  const { about, phrasings } = value as Partial<Record<keyof LearnedPhrasings, unknown>>;
  if (typeof about !== 'string') fail('"about" must be a text');
  if (typeof phrasings !== 'object' || phrasings === null || Array.isArray(phrasings)) return fail('"phrasings" must be an object of passage id -> texts');
  for (const [id, texts] of Object.entries(phrasings)) {
    if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string' && t.trim().length > 0)) fail(`"phrasings"."${id}" must be a list of non-empty texts`);
  }
  return value as LearnedPhrasings;
}

/** Reads and checks the file; throws LearnedPhrasingsError, naming the file, when it is missing or malformed. */
export function loadLearnedPhrasings(file: string = LEARNED_PHRASINGS_FILE): LearnedPhrasings {
  const parsed = readModelJson(file, (problem) => new LearnedPhrasingsError(`${file}: ${problem}. Re-create it with \`npm run train:phrasings\`.`));
  return validateLearnedPhrasings(parsed, file);
}

let committed: LearnedPhrasings | undefined;

/** The committed phrasings, read once. */
export function committedLearnedPhrasings(): LearnedPhrasings {
  return (committed ??= loadLearnedPhrasings());
}
