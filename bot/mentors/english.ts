/**
 * wink-nlp's English model (wink-eng-lite-web-model: MIT, about 4 MB), loaded once for the part-of-speech
 * tagger (word-class.ts) and for the lemmas that tell a plural from a word that merely ends in "s" (terms.ts).
 */
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

export const nlp = winkNLP(model, ['pos']);

// Every indexed word and every word asked is looked up; a word's lemma never changes, so it is read once.
// Bounded, as questions bring new words all day: past this many the cache starts again.
const MAX_CACHED = 50_000;
const lemmas = new Map<string, string>();

/** A single word's lemma as the English model reads it alone: "biases" → "bias", "diagnoses" → "diagnosis", "always" → "always". */
export function englishLemma(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    lemma = (nlp.readDoc(word).tokens().out(nlp.its.lemma) as string[])[0] ?? word;
    if (lemmas.size >= MAX_CACHED) lemmas.clear();
    lemmas.set(word, lemma);
  }
  return lemma;
}
