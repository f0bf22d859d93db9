import { francAll } from 'franc-all';
import type { Language } from './index';
import { stepMemo } from '../step-memo';
import { writtenWelsh } from './welsh-spoken';

/** ISO 639-3 codes franc uses, for the two languages HALI speaks. */
const CODES: Readonly<Record<string, Language>> = { eng: 'en', cym: 'cy' };

/** Below this many letters a guess is noise ("VUS?", "lynch"): the learner's language stands. */
const MIN_LETTERS = 10;

/**
 * Words that only one of the two languages has, and that staff type in almost every question: what the question is
 * built from rather than what it is about. Words both languages use are left out ("a", "i", "am", "at", "hi", "in",
 * "be", "all", which is Welsh for "can", and "does", Welsh in "does dim"), and so is anything that names a subject.
 */
const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    ('how what whats when where why who which whose is isnt are arent was were the of to and for with can cant could couldnt doesnt do dont ' +
      'did didnt my our your their its it this that these those there have has should shouldnt would will wont not about if or but from an by ' +
      'me im ive you we they he she them us any some much many than then also just').split(' '),
  ),
  cy: new Set(
    ('pa sut beth pam pwy ble lle pryd faint mae maen ydy ydi yw oes sy syn sydd yn y yr ac ar gyda efo hefo ond neu fy dy ein eich eu hwn ' +
      'hon hyn hynny wedi bod fod dw dwi rydw ydw rwy rwyf ni chi nhw isio eisiau gallu galla alla gallaf allaf dylwn ddylwn dylai ddylai ' +
      'dylen angen hefyd mewn gan gen oedd roedd bydd fydd byddai ddim dim nid nad na ydych dych iddo iddi ohono amdano ydyn gallai ' +
      // as spoken and typed in chat that welsh-spoken.ts does not read as another word ("ma", "dyw", "moyn", "ife"), "be di"
      // (beth ydi), and clitics typed glued ("ydi'r", "ydy'r", "yw'r", "mae'r", "ma'r")
      'ma dyw moyn ife di ydir ydyr ywr maer mar').split(' '),
  ),
};

/**
 * How many distinct function words of `language` the text has, clitics apart ("yw'r", "what's") or glued ("ywr", "whats");
 * a Welsh word in its spoken form ("shwt", "odi", "sa") counts as the written word (welsh-spoken.ts).
 */
function functionWords(text: string, language: Language): number {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const apart = lower.split(/[^\p{L}']+/u).flatMap((word) => word.split("'"));
  const glued = lower.replace(/'/g, '').split(/[^\p{L}]+/u);
  const read = language === 'cy' ? (word: string) => writtenWelsh(word) : (word: string) => word;
  return new Set([...apart, ...glued].filter((word) => FUNCTION_WORDS[language].has(read(word)))).size;
}

/** Whether the text has a Welsh function word ("yw", "di", "mae"), as typed in chat too. */
export function hasWelshFunctionWords(text: string): boolean {
  return functionWords(text, 'cy') > 0;
}

/**
 * franc reads a short question by its letter triples, and "how do I dress a leg ulcer" or "can I swap my shift" can
 * look Welsh to it. A question built of one language's function words and none of the other's (or two more of one)
 * is in that language, whatever the triples say: "how", "do", "my" are English; "sut", "mae", "yn" Welsh.
 */
function byFunctionWords(text: string): Language | undefined {
  const [en, cy] = [functionWords(text, 'en'), functionWords(text, 'cy')];
  if ((en >= 1 && cy === 0) || en >= cy + 2) return 'en';
  if ((cy >= 1 && en === 0) || cy >= en + 2) return 'cy';
  return undefined;
}

/**
 * The language a question is written in, English or Welsh, or undefined when the text is too short
 * or too mixed to tell: by its function words when it is built of one language's (byFunctionWords), else
 * by its letter triples (trigramLanguage).
 */
export function detectLanguage(text: string): Language | undefined {
  if (!longEnough(text)) return shortWelsh(text) ? 'cy' : undefined;
  return byFunctionWords(text) ?? trigramLanguage(text);
}

/**
 * A text too short for the letter triples ("be yw AI?", "be odi LLM") that is built of Welsh function words and no English
 * ones is Welsh: nobody writing English types "yw" or "odi". A short English text stays undecided ("do CPR"), and the
 * learner's language stands: reading it as English would answer a Welsh speaker's "VUS plis?" in English.
 */
function shortWelsh(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && functionWords(text, 'cy') >= 1 && functionWords(text, 'en') === 0;
}

/**
 * The language franc-all reads from the text's letter triples alone (profiles for 400+ languages, including Welsh,
 * which the smaller franc builds lack), comparing the two; a near tie is left undecided rather than guessed. The
 * offline mentor's answer-or-abstain model learned its Welsh feature from this reading.
 * A turn reads its question's triples twice in one synchronous step (the language to answer in, then the offline
 * mentor's features), and each franc-all call walks every Latin-script profile: the last answer is kept for the step.
 */
export const trigramLanguage: (text: string) => Language | undefined = stepMemo(trigrams, 1);

function longEnough(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return letters.length >= MIN_LETTERS && words.length >= 2;
}

function trigrams(text: string): Language | undefined {
  if (!longEnough(text)) return undefined;
  const [best, second] = francAll(text, { only: Object.keys(CODES), minLength: 1 });
  if (!best || best[0] === 'und' || (second && second[1] > 0.97)) return undefined;
  return CODES[best[0]];
}
