import { GIVEN_NAMES, isListedSurname, SURNAMES, WORD_NAMES } from './given-names';
import { all, type Found } from './identifiers';
import { isEverydayWord, isNameLike } from './name-like';

/**
 * A given name alone where the message's frame marks a person, for the names the other readings pass over: one word before a
 * date of birth's label ("Dylan (DOB 1/1/1990)", "Gareth DOB 1/2/50", "dawn evans dob 12/3/56"), and a given name that is also an
 * everyday word ("Dawn", "Rose", "Joy", "Faith", "Gwen") after seeing or caring for someone ("saw Rose in clinic today", "saw Gwen
 * today, BRCA1 result?") or before an age said as one ("Summer aged 4 with CF", "Dawn, 84yo"). Probe 14 found these left. A word
 * name at the start of a sentence or in a question stays a word ("Hope this helps", "Will AI replace nurses?", "Gwen, what is a VUS?").
 */

/** The labels of a date of birth, in English and Welsh, that a name may stand straight before: "born" only before the date ("when was Gwen born" asks). */
// Spelt in either case, as the names before it must be read case by case (an "i" flag would let \p{Lu} match lower case).
const BIRTH_LABEL = String.raw`\(?(?:[Dd]\.? ?[Oo]\.? ?[Bb]\.?|[Dd]ate [Oo]f [Bb]irth|DATE OF BIRTH|[Dd]yddiad [Gg]eni|(?:[Bb]orn|BORN|[Gg]anwyd)(?= (?:on |in |ar )?(?:the )?\d)|[Dd][Gg])(?![\p{L}])`;
const CAPITALISED_BEFORE_BIRTH = new RegExp(String.raw`(?<![\p{L}\p{N}'’.@/_#-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?= ?,? ?[-–]? ?${BIRTH_LABEL})`, 'gu');
const LOWER_BEFORE_BIRTH = new RegExp(String.raw`(?<![\p{L}\p{N}'’.@/_#-])(\p{Ll}{2,})(?: (\p{Ll}[\p{Ll}'’-]+))?(?= ?,? ?[-–]? ?\(?(?:[Dd]\.? ?[Oo]\.? ?[Bb]\.?|[Dd]ate of birth|[Dd]yddiad geni)(?![\p{L}]))`, 'gu');
/** Capitalised words before a date of birth's label that are no one's name. */
const NOT_NAMES_BEFORE_BIRTH = new Set('patient patients pt claf baby babi mum dad mam tad child plentyn their his her my your our ei fy eu name enw and or the a with no new correct wrong check confirm first last full and plus date'.split(' '));

/** Verbs of seeing or caring for a patient, after which a given name is the person seen. */
const CARED_FOR = String.raw`saw|seen|seeing|visited|reviewed|reviewing|admitted|discharged|clerked|examined|assessed|triaged|nursed|nursing|looked after|looking after|cared for|caring for|spoke to|spoke with|talked to|rang|phoned|gwelais i|welais i|weles i|gweles i|gwelais|welais|gweld|ffoniais i|ffonies i|ffoniais`;
/** What follows a person seen, not a thing: the sentence's end, or when or where they were seen. */
const SEEN_FOLLOW = String.raw`\s*(?:$|[,.;:!?)]|(?:today|yesterday|tonight|this|last|earlier|again|in|on|at|re|about|who|and|with|for|heddiw|ddoe|neithiwr|bore|yn|ar|am|efo|gyda|ynglŷn)(?![\p{L}]))`;
/** Each verb with its first letter in either case, as the name after it must be capitalised (an "i" flag would let \p{Lu} match lower case). */
const eitherFirst = (words: string) => words.split('|').map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
const WORD_NAME_SEEN = new RegExp(String.raw`(?<![\p{L}])(?:${eitherFirst(CARED_FOR)}) (\p{Lu}\p{Ll}+)(?=${SEEN_FOLLOW})`, 'gu');
/** A month's name is a person's after seeing only when when or why follows ("saw April today"), not a comma ("admitted May, then…"). */
const MONTH_SEEN_FOLLOW = new RegExp(String.raw`^\s*(?:$|[?!]|(?:today|yesterday|tonight|this|earlier|again|heddiw|ddoe|neithiwr|re|about|who)(?![\p{L}]))`, 'u');
/** Verbs that say a learner spoke to someone, after which "Gwen" may be the genomics mentor ("I spoke to Gwen about Lynch"). */
const SPOKE_TO = /(?:spoke|talked) (?:to|with) $|(?:rang|phoned) $/iu;
/** An age said as one after a name: "aged 4", "84yo", "72 y/o", "67F", "(72)", "3 years old", "72 oed". */
const AGE_AFTER = String.raw`(?:,? aged \d{1,3}|,? \d{1,3} ?(?:yo|y\/o|yrs?(?: old)?|years? old|oed|[MFmf])|,? \(\d{1,3}(?: ?(?:yo|[MFmf]|oed))?\)|, \d{1,3},)(?![\p{L}\p{N}])`;
const WORD_NAME_AGED = new RegExp(String.raw`(?<![\p{L}\p{N}'’.@/_#-])(\p{Lu}\p{Ll}+)(?=${AGE_AFTER})`, 'gu');
/** Month names among the word names: before a bare number they are a date ("June, 12,"), not a person. */
const MONTHS = new Set(['may', 'june', 'april', 'medi']);

/** A capitalised word straight before, after a capitalised word, is a surname the pair readings judge ("Alan Hope, 84"). */
const afterCapitalised = (text: string, at: number) => /\p{Lu}[\p{L}'’-]* $/u.test(text.slice(Math.max(0, at - 24), at)) && !/(?:^|[.!?]\s*)\p{Lu}[\p{L}'’-]* $/u.test(text.slice(Math.max(0, at - 24), at));

/** A record's "surname, given name" typed in lower case ("jones, mary 03/03/56", "evans, sian dob 1/2/60"). */
const LOWER_SURNAME_COMMA_GIVEN = /(?<![\p{L}\p{N}'’.@/_#-])(\p{Ll}[\p{Ll}'’-]+), ?(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\p{N}'’-])/gu;

export function framedGivenNames(text: string): Found[] {
  const span = (start: number, end: number): Found => ({ start, end, kind: 'name' });
  const beforeBirth = all(CAPITALISED_BEFORE_BIRTH, text, (m) => {
    const word = m[1];
    const lower = word.toLowerCase();
    if (NOT_NAMES_BEFORE_BIRTH.has(lower) || afterCapitalised(text, m.index)) return undefined;
    const named = GIVEN_NAMES.has(lower) || WORD_NAMES.has(lower) || isNameLike(word);
    return named ? span(m.index, m.index + word.length) : undefined;
  }, /d\.? ?o\.? ?b|birth|geni|born|ganwyd|dg/i);
  const lowerBeforeBirth = all(LOWER_BEFORE_BIRTH, text, (m) => {
    const [given, surname] = [m[1], m[2]];
    const listed = GIVEN_NAMES.has(given) || WORD_NAMES.has(given);
    if (!listed) return undefined;
    // A surname after it: listed, or no everyday word ("dawn evans dob", "eleri popescu dob"); alone, a given name English has no other use for.
    if (surname !== undefined && (isListedSurname(surname) || (surname.length >= 3 && !isEverydayWord(surname)))) return span(m.index, m.index + m[0].length);
    if (surname !== undefined || !GIVEN_NAMES.has(given)) return undefined;
    return span(m.index, m.index + given.length);
  }, /d\.? ?o\.? ?b|birth|geni/i);
  const seen = all(WORD_NAME_SEEN, text, (m) => {
    const word = m[1];
    const lower = word.toLowerCase();
    const start = m.index + m[0].length - word.length;
    if (!WORD_NAMES.has(lower)) return undefined;
    if (lower === 'gwen' && SPOKE_TO.test(text.slice(m.index, start))) return undefined;
    if (MONTHS.has(lower) && !MONTH_SEEN_FOLLOW.test(text.slice(start + word.length))) return undefined;
    return span(start, start + word.length);
  });
  const aged = all(WORD_NAME_AGED, text, (m) => {
    const lower = m[1].toLowerCase();
    if (!WORD_NAMES.has(lower) || afterCapitalised(text, m.index)) return undefined;
    if (MONTHS.has(lower) && /^, \d{1,3},/.test(text.slice(m.index + m[1].length))) return undefined;
    return span(m.index, m.index + m[1].length);
  }, /\d/);
  return [...beforeBirth, ...lowerBeforeBirth, ...seen, ...aged];
}

/**
 * A record's "surname, given name" in lower case, both listed, the surname no everyday word and the given name no word name ("green,
 * holly" and "price, will" stay words). Read before the given name alone is (names.ts), which would take "mary" and leave "jones".
 */
export function lowerRecordNames(text: string): Found[] {
  return all(LOWER_SURNAME_COMMA_GIVEN, text, (m) => {
    const [surname, given] = [m[1], m[2]];
    return SURNAMES.has(surname) && !isEverydayWord(surname) && GIVEN_NAMES.has(given) ? { start: m.index, end: m.index + m[0].length, kind: 'name' } : undefined;
  }, /\p{Ll}, ?\p{Ll}/u);
}
