/**
 * The index retrieval searches: each word of the mentors' content by where it appears, the
 * unmutated forms of Welsh words, neighbouring word pairs, and the mentors' terms tables.
 */
import { englishLemma } from './english';
import { radicals, subjectTerms, words } from './terms';
import type { Explainer, Mentor } from './types';

/** Where in a passage a word appears: what it is about (title, question, synonyms, topic), its key points, or its body. */
export const Level = { Body: 1, KeyPoints: 2, Subject: 3 } as const;
export type Level = (typeof Level)[keyof typeof Level];

/** Each pair of neighbouring subject words, as "a b". */
export function pairsOf(text: string): string[] {
  const terms = subjectTerms(text);
  return terms.slice(1).map((term, i) => `${terms[i]} ${term}`);
}

/** An explainer's `askedAs` phrasings in both languages. */
export const askedAsOf = (e: Explainer): string[] => [...(e.askedAs?.en ?? []), ...(e.askedAs?.cy ?? [])];

/**
 * The neighbouring word pairs of each explainer's `askedAs` phrasings (by explainer id) that no other explainer's
 * phrasings have: a pair staff use for several subjects ("gene test", "blood test") names none of them.
 */
export function distinctiveAskedAsPairs(mentors: readonly Mentor[]): Map<string, string[]> {
  const explainers = mentors.flatMap((m) => m.explainers);
  const pairs = new Map(explainers.map((e) => [e.id, [...new Set(askedAsOf(e).flatMap(pairsOf))]]));
  const uses = new Map<string, number>();
  for (const list of pairs.values()) for (const pair of list) uses.set(pair, (uses.get(pair) ?? 0) + 1);
  return new Map([...pairs].map(([id, list]) => [id, list.filter((pair) => uses.get(pair) === 1)]));
}

export type Postings = Map<string, Map<number, Level>>;

export function post(postings: Postings, term: string, doc: number, level: Level): void {
  const docs = postings.get(term) ?? new Map<number, Level>();
  docs.set(doc, Math.max(docs.get(doc) ?? 0, level) as Level);
  postings.set(term, docs);
}

/** Indexes each word, and (in `radical`) the unmutated forms it may come from, so "canser" finds content that says "chanser". */
export function addWords(postings: Postings, radical: Postings, doc: number, text: string, level: Level): void {
  for (const term of subjectTerms(text)) {
    post(postings, term, doc, level);
    for (const r of radicals(term)) post(radical, r, doc, level);
  }
}

/** Each mentor's terms table, as each staff word (stemmed) to the content's words for it, with the mentor whose passages they find. */
export function synonymTable(mentors: readonly Mentor[]): Map<string, { term: string; mentorId: string }[]> {
  const table = new Map<string, { term: string; mentorId: string }[]>();
  for (const mentor of mentors) {
    for (const group of mentor.terms ?? []) {
      const means = group.means.flatMap(subjectTerms);
      for (const word of group.words.flatMap(subjectTerms)) table.set(word, [...(table.get(word) ?? []), ...means.map((term) => ({ term, mentorId: mentor.id }))]);
    }
  }
  return table;
}


/** A terms table's everyday expression ("carry the can"), as its words in order, with the content words it means. */
export interface Phrase {
  readonly text: string;
  readonly words: readonly string[];
  /** Its words that can say what it is about ("breaking", "news" of "breaking the news"), in order: read once, not per question. */
  readonly subjectWords: readonly string[];
  /** The same words as their lemmas ("make stuff up" as asked "making stuff up" or "made stuff up"). */
  readonly wordForms: readonly string[];
  readonly subjectForms: readonly string[];
  readonly means: readonly string[];
  readonly mentorId: string;
}

// A negative contraction is its negation: the lemmatiser reads "weren't" as "be", so "weren't looking for" (findings nobody
// looked for) was said by "what am I meant to be looking for". As "not", it is said by "wasn't", "weren't" and "not" alike.
const NEGATIVE = /^(?:not|cannot|(?:are|is|was|were|do|does|did|ca|can|could|should|would|wo|has|have|had|must|need|ai)nt)$/;
const formOf = (word: string) => (NEGATIVE.test(word) ? 'not' : englishLemma(word));

/** One expression of `mentorId`'s terms table, read once: its words in order and which of them say what it is about. */
export function phraseOf(text: string, means: readonly string[], mentorId: string): Phrase {
  const inOrder = words(text);
  const subjectWords = inOrder.filter((w) => subjectTerms(w).length > 0);
  return { text, words: inOrder, subjectWords, wordForms: inOrder.map(formOf), subjectForms: subjectWords.map(formOf), means, mentorId };
}

/** Every mentor's phrases, each as the words a question must have in a row (stop words included: "the can" is the idiom). */
export function phraseTable(mentors: readonly Mentor[]): Phrase[] {
  return mentors.flatMap((mentor) =>
    (mentor.terms ?? []).flatMap((group) => (group.phrases ?? []).map((text) => phraseOf(text, group.means.flatMap(subjectTerms), mentor.id))),
  );
}

/**
 * The phrases `asked` (its words in order) says word for word, or by their subject words in a row with the little words
 * left out or changed ("breaking news" for "breaking the news", "toss a coin" for "toss of a coin"), and its words outside them.
 * A phrase of one subject word ("in the genes") is found only word for word. A word counts in any of its forms: "making
 * stuff up" says "make stuff up", "got my knuckles rapped" "get your knuckles rapped".
 */
export function findPhrases(asked: readonly string[], phrases: readonly Phrase[]): { found: Phrase[]; rest: string[] } {
  const inside = new Array<boolean>(asked.length).fill(false);
  const everywhere = asked.map((_, i) => i);
  const forms = asked.map(formOf);
  const content = everywhere.filter((i) => subjectTerms(asked[i]).length > 0);
  const contentForms = content.map((i) => forms[i]);
  // Only a phrase whose first word is asked can be said: the rest (nearly all of them) are passed over unread.
  const [formsAsked, contentAsked] = [new Set(forms), new Set(contentForms)];
  const found = phrases.filter((p) => {
    if (!formsAsked.has(p.wordForms[0]) && !(p.subjectWords.length >= 2 && contentAsked.has(p.subjectForms[0]))) return false;
    const exact = matchAt(forms, p.wordForms, everywhere);
    const loose = p.subjectWords.length >= 2 ? matchAt(contentForms, p.subjectForms, content, LOOSE_GAP) : [];
    for (const i of [...exact, ...loose]) inside[i] = true;
    return exact.length + loose.length > 0;
  });
  return { found, rest: asked.filter((_, i) => !inside[i]) };
}

/**
 * A phrase said by its subject words has at most this many little words between two of them ("breaking the news", "toss of a
 * coin"): further apart, they are two things said ("how do I know the summary the AI wrote is right before I put it in the
 * notes" does not say "write the notes"; "sgwennu cyn ei roi yn y nodiadau" does not say "sgwennu nodiadau").
 */
const LOOSE_GAP = 3;

/** The positions (as `at` gives them) of every run of `seq` in `words`, its words at most `gap` little words apart in the question. */
function matchAt(words: readonly string[], seq: readonly string[], at: readonly number[], gap = Infinity): number[] {
  const hits: number[] = [];
  for (let i = 0; i + seq.length <= words.length; i++) {
    if (seq.every((w, k) => words[i + k] === w && (k === 0 || at[i + k] - at[i + k - 1] - 1 <= gap))) for (let k = 0; k < seq.length; k++) hits.push(at[i + k]);
  }
  return hits;
}
