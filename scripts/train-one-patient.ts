/**
 * `npm run train:one-patient`: learns the one-patient model (bot/safety/one-patient-model.ts) and writes
 * mentors/one-patient-model.json. Deterministic: same inputs, same file; test/unit/one-patient-model.test.ts fails while
 * the committed model is stale (re-run after changing the training messages, the evaluation sets or the reading).
 *
 * Learned from:
 * - test/fixtures/one-patient/train-*.json: messages labelled "patient" (asks about one particular patient) or "general",
 *   in English and Welsh, written the ways staff write (handovers, SBAR, dictation, WhatsApp, long preambles);
 * - every evaluation set's question that is not one of the unseen sets (test/helpers/evaluation.ts), general unless
 *   written as patient-specific, and the content's own questions and phrasings (askedAs): what staff ask HALI to learn.
 *   Not the sets' out-of-scope questions the patterns read as about one patient: half of the out-of-scope questions are
 *   decisions about one patient ("the AI says the film is normal, should I discharge him?"), written as out of scope rather
 *   than patient-specific, and learned as general they taught the model not to flag exactly those. The rest (a rota, a
 *   room, "Mrs Jones in bay 2 asked me what automation bias is") stay general: left out too, the model flagged that last.
 *
 * Never from test/fixtures/one-patient/heldout-*.json, written blind after the rest, nor the unseen evaluation sets: they
 * give the honest figures (`npm run bench -- safety`).
 *
 * Each message is read as the checks read it at run time: redacted, then as patient-specific.ts reads it (readAsChecked).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_PATIENT_FEATURES, ONE_PATIENT_MODEL_FILE, onePatientFeatures, type OnePatientModel } from '../bot/safety/one-patient-model';
import { flaggedByPatterns, readAsChecked } from '../bot/safety/patient-specific';
import { redact } from '../bot/safety/redact';
import { EVALUATION_SETS, evaluationSet, MENTOR_IDS, UNSEEN_SETS } from '../test/helpers/evaluation';
import { fitSparse, outOfFold, sparseProbability, type SparseExample, type SparseModel, type SparseSettings } from './sparse-logistic';

export const ONE_PATIENT_FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'one-patient');
const MENTORS_DIR = join(__dirname, '..', 'mentors');

export interface LabelledMessage {
  readonly text: string;
  readonly label: 'patient' | 'general';
  readonly lang: 'en' | 'cy';
  /** Where it comes from: a fixture file, an evaluation set or a mentor's content. */
  readonly from: string;
}

/** A file of test/fixtures/one-patient: { about, messages: [{ text, label, lang }] }. */
export function messagesOf(file: string): LabelledMessage[] {
  const parsed = JSON.parse(readFileSync(join(ONE_PATIENT_FIXTURES, file), 'utf8')) as { messages: { text: string; label: 'patient' | 'general'; lang: 'en' | 'cy' }[] };
  return parsed.messages.map((m) => ({ text: m.text, label: m.label, lang: m.lang, from: file }));
}

const fixtureFiles = (prefix: string) => readdirSync(ONE_PATIENT_FIXTURES).filter((f) => f.startsWith(prefix) && f.endsWith('.json')).sort();

/** The held-out messages: never learned from. */
export function heldOutMessages(): LabelledMessage[] {
  return fixtureFiles('heldout-').flatMap(messagesOf);
}

/** The labelled messages written to learn from (test/fixtures/one-patient/train-*.json). */
export function trainingFixtureMessages(): LabelledMessage[] {
  return fixtureFiles('train-').flatMap(messagesOf);
}

/** Everything the model learns from, in a fixed order. */
export function trainingMessages(): LabelledMessage[] {
  const written = trainingFixtureMessages();
  const unseen = new Set<string>(UNSEEN_SETS);
  const asked = EVALUATION_SETS.filter((set) => !unseen.has(set)).flatMap((set) =>
    MENTOR_IDS.flatMap((mentorId) =>
      evaluationSet(mentorId, set)
        .filter((q) => q.style !== 'out of scope' || !byPatterns(q.question))
        .map((q): LabelledMessage => ({ text: q.question, label: q.style === 'patient-specific' ? 'patient' : 'general', lang: q.language === 'cy' ? 'cy' : 'en', from: `${set}-${mentorId}` })),
    ),
  );
  const content = MENTOR_IDS.flatMap((mentorId) => {
    const explainers = JSON.parse(readFileSync(join(MENTORS_DIR, mentorId, 'explainers.json'), 'utf8')) as { question: Record<'en' | 'cy', string>; askedAs?: Partial<Record<'en' | 'cy', string[]>> }[];
    return explainers.flatMap((e) => (['en', 'cy'] as const).flatMap((lang) => [e.question[lang], ...(e.askedAs?.[lang] ?? [])].map((text): LabelledMessage => ({ text, label: 'general', lang, from: `${mentorId} content` }))));
  });
  return [...written, ...asked, ...content];
}

/** A message as the checks read it at run time. */
export const asChecked = (text: string) => readAsChecked(redact(text).text);

/** What the hand-written patterns say of a message on their own. */
export const byPatterns = (text: string) => flaggedByPatterns(redact(text).text);

// Learning: a weighted, L2-regularised logistic regression by stochastic gradient descent, in a fixed order of examples
// (sparse-logistic.ts).
const LEARNING: SparseSettings = { epochs: 20, rate: 0.2, l2: 1e-4, seed: 7 };
const FOLDS = 5;
/**
 * Flagging a general question (the learner is told the mentor cannot advise on one patient, and to ask about the topic in
 * general) costs this many one-patient messages missed (answered with content as if general).
 */
const FALSE_FLAG_COST = 3;
/** Weights closer to 0 than this are left out of the file: they move no probability that matters. */
const PRUNE = 1e-3;

export const fit = (examples: readonly SparseExample[]): SparseModel => fitSparse(examples, LEARNING);

/** Each class weighs the same in all: there are far more general messages than one-patient ones. */
function examplesOf(messages: readonly LabelledMessage[]): SparseExample[] {
  const patients = messages.filter((m) => m.label === 'patient').length;
  const general = messages.length - patients;
  return messages.map((m) => ({ features: onePatientFeatures(asChecked(m.text)), y: m.label === 'patient' ? 1 : 0, weight: m.label === 'patient' ? general / patients : 1 }));
}

/** Each message's probability from a model that did not learn from it (five folds, by position). */
const outOfFoldProbabilities = (examples: readonly SparseExample[]): number[] =>
  outOfFold(examples, FOLDS, (training) => {
    const model = fit(training);
    return (e) => sparseProbability(model, e.features);
  });

/**
 * The threshold, chosen on out-of-fold probabilities as the checks use it: beside the patterns. A message the patterns already
 * flag costs or gains nothing whatever the model says.
 */
function chooseThreshold(messages: readonly LabelledMessage[], examples: readonly SparseExample[]) {
  const outOfFold = outOfFoldProbabilities(examples);
  const flagged = messages.map((m) => byPatterns(m.text));
  let best = { threshold: 0.5, cost: Infinity, caught: 0, falseFlags: 0 };
  for (let t = 0.3; t < 0.9951; t += 0.005) {
    const threshold = Number(t.toFixed(3));
    let missed = 0;
    let falseFlags = 0;
    let caught = 0;
    examples.forEach((e, i) => {
      const says = flagged[i] || outOfFold[i] >= threshold;
      if (e.y === 1 && !says) missed++;
      if (e.y === 1 && says) caught++;
      if (e.y === 0 && says && !flagged[i]) falseFlags++;
    });
    const cost = missed + FALSE_FLAG_COST * falseFlags;
    if (cost < best.cost) best = { threshold, cost, caught, falseFlags };
  }
  const patients = examples.filter((e) => e.y === 1).length;
  const count = (pick: (e: SparseExample, i: number) => boolean) => examples.filter(pick).length;
  return {
    threshold: best.threshold,
    crossValidated: {
      patientMessages: patients,
      flaggedByPatternsAlone: count((e, i) => e.y === 1 && flagged[i]),
      flaggedWithModel: best.caught,
      generalMessages: examples.length - patients,
      generalFlaggedByPatterns: count((e, i) => e.y === 0 && flagged[i]),
      generalFlaggedByModelOnly: best.falseFlags,
    },
  };
}

/** A fingerprint of what the model learns from and how: the freshness test compares it before retraining anything. */
export function trainingHash(messages: readonly LabelledMessage[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ONE_PATIENT_FEATURES, LEARNING, FOLDS, FALSE_FLAG_COST, PRUNE }));
  for (const m of messages) hash.update(`${m.label}\u0000${m.text}\u0001`);
  return hash.digest('hex');
}

const round = (x: number) => Number(x.toFixed(4));

export function trainOnePatientModel(messages: readonly LabelledMessage[] = trainingMessages()): OnePatientModel {
  const examples = examplesOf(messages);
  const { threshold, crossValidated } = chooseThreshold(messages, examples);
  const model = fit(examples);
  const weights = Object.fromEntries([...model.weights].filter(([, w]) => Math.abs(w) >= PRUNE).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([f, w]) => [f, round(w)]));
  const count = (pick: (m: LabelledMessage) => boolean) => messages.filter(pick).length;
  return {
    features: ONE_PATIENT_FEATURES,
    bias: round(model.bias),
    threshold,
    training: {
      hash: trainingHash(messages),
      messages: {
        patient: { en: count((m) => m.label === 'patient' && m.lang === 'en'), cy: count((m) => m.label === 'patient' && m.lang === 'cy') },
        general: { en: count((m) => m.label === 'general' && m.lang === 'en'), cy: count((m) => m.label === 'general' && m.lang === 'cy') },
      },
      from: 'test/fixtures/one-patient/train-*.json; the evaluation sets but the unseen ones and the out-of-scope questions the patterns flag; the mentors\' explainer questions and askedAs phrasings',
      thresholdChosen: `on ${FOLDS}-fold out-of-fold probabilities, beside the patterns: a general message flagged costs ${FALSE_FLAG_COST} one-patient messages missed`,
      crossValidated,
      features: Object.keys(weights).length,
    },
    weights,
  };
}

export const modelJson = (model: OnePatientModel) => `${JSON.stringify(model, null, 1)}\n`;

if (require.main === module) {
  const model = trainOnePatientModel();
  writeFileSync(ONE_PATIENT_MODEL_FILE, modelJson(model));
  process.stdout.write(`Wrote ${ONE_PATIENT_MODEL_FILE} (threshold ${model.threshold})\n${JSON.stringify(model.training, null, 2)}\n`);
}
