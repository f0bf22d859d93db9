/**
 * `npm run train:decision`: learns the offline mentor's answer-or-abstain model from the evaluation sets
 * (test/fixtures/evaluation: tuned, held-out, blind and dev9 to dev22, both mentors) and writes
 * mentors/decision-model.json. Each question is one example: the ranker's features for its best passage
 * (retrieval-features.ts) and the question's words and word pairs as read, labelled right when that passage is a right
 * answer, wrong when it is another topic, out of scope when the question should get no content. Re-run it after any
 * change to the content, the ranker or the evaluation sets; test/unit/decision-model.test.ts fails while the committed
 * model is stale. Deterministic: same inputs, same file. It also reports cross-set validation: each set left out of
 * training in turn, and scored.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFaculty, type Faculty } from '../bot/mentors/faculty';
import { loadMentors } from '../bot/mentors/load';
import { DECISION_FEATURES, DECISION_TEXT_FEATURES, DECISION_MODEL_FILE, loadDecisionModel, type DecisionModel } from '../bot/mentors/decision-model';
import { isDecisionForOnePatientByPatterns } from '../bot/safety/patient-specific';
import { evaluationSet, expectedFor, MENTOR_IDS, type EvaluationSetName } from '../test/helpers/evaluation';
import { chooseThreshold, fitLogistic, fitWords, outOfFoldLogOdds, probability, tally, wordsLogOdds, WEIGHT, WORD_EPOCHS, WORD_FOLDS, COST, NEAR_BEST, type Case, type Fitted, type Outcome, type Tally, type WordsModel } from './decision-learn';

// Never blind3 to blind24: they are written blind and kept out of training, the honest figures for unseen questions.
// The dev sets, which retrieval is developed on, are learned from since the words model reads the question's words: with the
// ranker's features alone, learning dev9 too cost right answers; with words, each further set teaches how staff ask.
// Nor nearmiss: trained on, the model stops answering them only by answering far fewer in-scope questions too (its
// features cannot tell "the dose of clopidogrel" from "the CYP2C19 test for clopidogrel"), so it is measured, not learned.
export const SETS: readonly EvaluationSetName[] = ['tuned', 'heldout', 'blind', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22'];
/** A word or pair whose learned weight is smaller than this is left out of the model file: it moves no decision. */
const SMALLEST_TEXT_WEIGHT = 0.005;

export interface Example {
  readonly set: EvaluationSetName;
  readonly mentorId: string;
  readonly outcome: Outcome;
  /** The best passage's features; undefined when no passage scores. */
  readonly features?: number[];
  /** The question's words and word pairs as retrieval reads them. */
  readonly words: readonly string[];
  /** A decision about one patient gets no content whatever the model says (faculty.ts). */
  readonly forOnePatient: boolean;
  /**
   * Retrieval turns it down whatever the model says: it asks an aspect its passage never covers ("the treatment for cystic
   * fibrosis", "will AI take my job"), the care of a condition named only in passing, or everyday words only. The threshold is
   * chosen on what the mentor does: such a question, answered by the model, is still turned down, so it costs nothing.
   */
  readonly turnedDown: boolean;
}

/** A stand-in model for building the index to read features: only `explain` is used, which never decides. */
const READ_ONLY: DecisionModel = { features: DECISION_FEATURES, means: DECISION_FEATURES.map(() => 0), scales: DECISION_FEATURES.map(() => 1), weights: DECISION_FEATURES.map(() => 0), bias: 0, textFeatures: DECISION_TEXT_FEATURES, textWeights: {}, textBias: 0, threshold: 0.5, training: {} };

export function readingFaculty(mentorsDir = join(__dirname, '..', 'mentors')): Faculty {
  return createFaculty(loadMentors(mentorsDir), READ_ONLY);
}

/** Every evaluation question as an example. */
export function examples(faculty: Faculty): Example[] {
  return SETS.flatMap((set) =>
    MENTOR_IDS.flatMap((mentorId) =>
      evaluationSet(mentorId, set).map((q) => {
        const expected = expectedFor(faculty, q);
        const read = faculty.retriever.explain(q.question);
        const top = read.nearest[0]?.id;
        const outcome: Outcome = expected.length === 0 ? 'outOfScope' : top !== undefined && expected.includes(top) ? 'right' : 'wrong';
        // The reading faculty's model answers whatever it is asked (READ_ONLY), so an empty search is retrieval's own refusal.
        const turnedDown = faculty.retriever.search(q.question).length === 0;
        return { set, mentorId, outcome, features: read.features, words: read.words, forOnePatient: isDecisionForOnePatientByPatterns(q.question), turnedDown };
      }),
    ),
  );
}

const learnable = (e: Example): e is Example & { features: number[] } => e.features !== undefined && !e.forOnePatient;
/** Both models: the words model, and the decision model over the ranker's features and the words model's log-odds. */
interface Learned {
  readonly words: WordsModel;
  readonly fitted: Fitted;
  readonly threshold: number;
}

const inScopeOf = (list: readonly Example[]) => list.map((e) => ({ words: e.words, inScope: e.outcome !== 'outOfScope' }));

// A question retrieval turns down is learned from (its features are still what a question that should get no answer looks like),
// but whatever threshold is chosen, it is not answered.
const casesOf = (model: Fitted, list: readonly Example[], logOdds: readonly number[]): Case[] =>
  list.map((e, i) => ({ outcome: e.outcome, forced: !learnable(e) || e.turnedDown, p: learnable(e) ? probability(model, [...e.features, logOdds[i]]) : 0 }));

/**
 * The words model learns from every question; the decision model learns from each question's log-odds as a words model that
 * did not learn that question gives it (outOfFoldLogOdds), and the threshold is chosen on those too.
 */
function fit(list: readonly Example[], kept?: number): Learned {
  const words = fitWords(inScopeOf(list));
  const heldOut = outOfFoldLogOdds(inScopeOf(list));
  const rows = list.map((e, i) => ({ e, logOdds: heldOut[i] })).filter(({ e }) => learnable(e));
  const fitted = fitLogistic(rows.map(({ e, logOdds }) => [...e.features!, logOdds]), rows.map(({ e }) => e.outcome));
  return { words, fitted, threshold: chooseThreshold(casesOf(fitted, list, heldOut), COST, NEAR_BEST, kept) };
}

/** Questions scored by learned models that never saw them. */
const scoreNew = (learned: Learned, list: readonly Example[]) => tally(casesOf(learned.fitted, list, list.map((e) => wordsLogOdds(learned.words, e.words))), learned.threshold);

const round = (x: number) => Number(x.toFixed(6));
const summary = (t: Tally) => ({ right: t.right, of: t.of, rightShare: round(t.right / t.of), wrongTopic: t.wrongTopic, outOfScopeAnswered: t.outOfScopeAnswered });

/** Each set left out of training in turn and scored, per mentor: how the decision does on questions it did not learn from. */
export function crossSetValidation(all: readonly Example[]): Record<string, Record<string, ReturnType<typeof summary>>> {
  return Object.fromEntries(
    SETS.map((held) => {
      const learned = fit(all.filter((e) => e.set !== held));
      const scored = MENTOR_IDS.map((m) => [m, summary(scoreNew(learned, all.filter((e) => e.set === held && e.mentorId === m)))]);
      return [`${held} (left out)`, Object.fromEntries(scored)];
    }),
  );
}

/** The words' weights as the model file keeps them: those that move a decision, rounded, in a stable order. */
const textWeightsOf = (words: WordsModel): Record<string, number> =>
  Object.fromEntries([...words.weights].filter(([, w]) => Math.abs(w) >= SMALLEST_TEXT_WEIGHT).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, w]) => [word, Number(w.toFixed(4))]));

/** The threshold of the model file in use (mentors/decision-model.json), when there is a valid one: chooseThreshold keeps it while it is still within reach of the best. */
export function thresholdInUse(): number | undefined {
  try {
    return loadDecisionModel().threshold;
  } catch {
    return undefined;
  }
}

/**
 * The model learned from every set, with what it was trained on, how it does there, and the cross-set figures. `kept` is the
 * threshold in use, kept while within reach of the best (decision-learn.ts, chooseThreshold); each set left out in the
 * cross-set figures has its threshold chosen afresh, as it has no threshold in use.
 */
export function trainDecisionModel(faculty: Faculty = readingFaculty(), kept: number | undefined = thresholdInUse()): DecisionModel {
  const all = examples(faculty);
  const learned = fit(all, kept);
  const { fitted, threshold } = learned;
  const count = (o: Outcome) => all.filter((e) => e.outcome === o && learnable(e)).length;
  const perSet = Object.fromEntries(SETS.flatMap((s) => MENTOR_IDS.map((m) => [`${s} ${m}`, summary(scoreNew(learned, all.filter((e) => e.set === s && e.mentorId === m)))])));
  return {
    features: [...DECISION_FEATURES],
    means: fitted.means.map(round),
    scales: fitted.scales.map(round),
    weights: fitted.weights.map(round),
    bias: round(fitted.bias),
    textFeatures: DECISION_TEXT_FEATURES,
    textWeights: textWeightsOf(learned.words),
    textBias: round(learned.words.bias),
    threshold: round(threshold),
    training: {
      sets: `test/fixtures/evaluation: ${SETS.join(', ')}; hali and gwen`,
      wordsModel: { epochs: WORD_EPOCHS, outOfFoldFor: `${WORD_FOLDS} folds` },
      examples: { right: count('right'), wrongTopic: count('wrong'), outOfScope: count('outOfScope'), alwaysAbstains: all.filter((e) => !learnable(e)).length },
      exampleWeights: WEIGHT,
      thresholdCosts: COST,
      thresholdNearBest: `the threshold in use while its net value is within ${NEAR_BEST} of the questions of the best, else the highest threshold within that`,
      thresholdKept: kept !== undefined && round(threshold) === round(kept),
      onTrainingSets: perSet,
      crossSetValidation: crossSetValidation(all),
    },
  };
}

export function modelJson(model: DecisionModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

if (require.main === module) {
  const model = trainDecisionModel();
  writeFileSync(DECISION_MODEL_FILE, modelJson(model));
  process.stdout.write(`Wrote ${DECISION_MODEL_FILE}\n${JSON.stringify(model.training, null, 2)}\n`);
}
