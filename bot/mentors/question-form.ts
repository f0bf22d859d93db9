/**
 * "What counts as AI?" asks what AI is: a verb that files one thing under another ("counts as", "is classed as",
 * "qualifies as", "yn cyfrif fel") is the form of a definition question, as "what is" is, not its subject. Read as a
 * subject word it names whatever passage happens to use the verb in its own question ("When does AI count as a medical
 * device?"), so retrieval reads the question without it. Only when the thing it files under is short (a word or two,
 * "AI", "patient data"): in "does our in-house algorithm count as a medical device if we only use it in our own lab"
 * the filing is itself what is asked.
 */
import { readsAsWelsh, subjectTerms } from './terms';

const ENGLISH_FILING = /\b(?:counts?|counted|counting|class(?:ed|es)?|classif(?:y|ies|ied)|qualif(?:y|ies|ied)|regarded|considered|deemed)\s+as\s+([^?.!,;]*)/giu;

// "yn cyfrif fel", "yn cael ei gyfrif fel", "yn cael ei ystyried fel", "yn gymwys fel", with or without the mutation.
const WELSH_FILING = /(?<=^|[\s'’])(?:g?cyfri(?:f|fo)?|gyfri(?:f|fo)?|ystyried|hystyried|cymwys|gymwys)\s+fel\s+([^?.!,;]*)/giu;

/** What a definition question's filing verb files under, at most this many subject words, is the thing defined. */
const DEFINED_WORDS = 2;

// How two questions in one message are numbered: "1) … 2) …", "(a) … (b) …", "1. …" at a line's start.
const LIST_MARKER = /(?<![\p{L}\p{N}])\(?(?:\d{1,2}|[a-e]|i{1,3}|iv)\)(?=\s)|(?:^|(?<=\n))[ \t]*\d{1,2}[.:](?=\s)/gmu;

/** `text` without the numbers or letters its questions are listed by: a "1" or "2" there is no subject asked. */
export function withoutListMarkers(text: string): string {
  return text.replace(LIST_MARKER, ' ');
}

// Punctuation as voice dictation writes it out when the speaker says it ("likely pathogenic comma is that the same as
// pathogenic question mark"), English and Welsh. Not "colon" (the bowel) nor "period", words with meanings of their own, and the
// Welsh "coma" only in Welsh.
const DICTATED_MARKS: readonly [RegExp, string][] = [
  [/(?<![\p{L}])(?:question mark|marc cwestiwn|gofynnod)(?![\p{L}])/giu, '?'],
  [/(?<![\p{L}])(?:exclamation (?:mark|point)|ebychnod)(?![\p{L}])/giu, '!'],
  [/(?<![\p{L}])(?:full stop|new (?:line|paragraph)|atalnod llawn|llinell newydd)(?![\p{L}])/giu, '.'],
  [/(?<![\p{L}])(?:comma|semicolon|semi colon)(?![\p{L}])/giu, ','],
];
/** The Welsh "coma" (comma) is the English "coma": read as a mark only in a Welsh question. */
const WELSH_COMMA = /(?<![\p{L}])coma(?![\p{L}])/giu;

/** `text` with punctuation a dictating speaker said aloud written as marks, so "comma" and "question mark" are asked of nothing. */
export function withDictatedMarks(text: string): string {
  const written = DICTATED_MARKS.reduce((out, [said, mark]) => out.replace(said, mark), text);
  return /coma/i.test(written) && readsAsWelsh(written) ? written.replace(WELSH_COMMA, ',') : written;
}

/** `text` without the filing verb of a definition question, so the thing defined is what is asked. */
export function withoutFilingVerb(text: string): string {
  const defined = (match: string, rest: string) => (subjectTerms(rest).length <= DEFINED_WORDS ? rest : match);
  return text.replace(ENGLISH_FILING, defined).replace(WELSH_FILING, defined);
}

/**
 * Words that ask how a condition is cared for (its treatment, management, cure, outlook, dose or symptoms), English and
 * Welsh, unmutated. Asked of a condition the content only names in passing ("what's the treatment for cystic fibrosis",
 * which the newborn screening explainer names as screened for), the content has no answer: it says what is screened or
 * tested for, not how the condition is treated. Stemmed as retrieval reads them ("treatments" is "treatment").
 */
const CARE = new Set(
  (
    'treat treats treated treating treatment treatments therapy therapies manage manages managed managing management cure cures cured ' +
    'curable prognosis outlook survival dose doses dosage dosing symptom symptoms sign signs medication medications medicine medicines ' +
    'trin triniaeth triniaethau therapi rheoli iachau iachad gwellhad prognosis dos dosau symptom symptomau arwydd arwyddion meddyginiaeth'
  ).split(' '),
);

/** True for a word that asks how a condition is cared for, as written or before a Welsh mutation ("driniaeth"). */
export function asksAboutCare(term: string, radicals: (term: string) => string[]): boolean {
  return CARE.has(term) || radicals(term).some((r) => CARE.has(r));
}
