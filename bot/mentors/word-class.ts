/**
 * Which words of an English question name things and which are the talk around them, by part of
 * speech (wink-nlp's English tagger, wink-eng-lite-web-model: MIT, about 4 MB, 0.07 ms a question).
 * "heard the AI notes thing is coming": "heard" and "coming" are verbs, chat; "notes" names the subject.
 * "tell me a joke": "joke" is a noun, the subject, even though the content never uses it.
 */
import { nlp } from './english';
import { isEnglishWord, specificity, subjectTerms } from './terms';

/** Parts of speech that name or describe a thing: a word so tagged can be what the question is about. */
const NAMING = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X', 'SYM']);

/** Specificity below which a word is among the 4,000 commonest spoken English words (terms.ts): "saying", "worked", "told". */
const COMMON = 0.7;

/**
 * The subject terms of `text` (as subjectTerms spells them) that the tagger reads only as verbs,
 * adverbs, interjections and the like, never as a noun or adjective, and that are everyday words: a
 * rarer verb names what is asked ("inherited", "invest", "classify"). English words only: a Welsh word
 * the English tagger happens to read as a verb keeps its weight.
 */
export function talkTerms(text: string): Set<string> {
  const naming = new Set<string>();
  const other = new Set<string>();
  const doc = nlp.readDoc(text);
  const values: string[] = doc.tokens().out(nlp.its.value);
  const tags: string[] = doc.tokens().out(nlp.its.pos);
  values.forEach((value, i) => {
    for (const term of subjectTerms(value)) (NAMING.has(tags[i]) ? naming : other).add(term);
  });
  return new Set([...other].filter((term) => !naming.has(term) && isEnglishWord(term) && specificity(term) < COMMON));
}
