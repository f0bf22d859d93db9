import { francAll } from 'franc-all';
import type { Language } from './index';
import { stepMemo } from '../step-memo';

/** ISO 639-3 codes franc uses, for the two languages HALI speaks. */
const CODES: Readonly<Record<string, Language>> = { eng: 'en', cym: 'cy' };

/** Below this many letters a guess is noise ("VUS?", "lynch"): the learner's language stands. */
const MIN_LETTERS = 10;

/**
 * The language a question is written in, English or Welsh, or undefined when the text is too short
 * or too mixed to tell. franc-all (trigram profiles for 400+ languages, including Welsh, which the
 * smaller franc builds lack) compares the two; a near tie is left undecided rather than guessed.
 * A turn reads its question's language twice in one synchronous step (the language to answer in, then the
 * offline mentor's answer-or-abstain features), and each franc-all call walks every Latin-script profile.
 */
export const detectLanguage: (text: string) => Language | undefined = stepMemo(detect, 1);

function detect(text: string): Language | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (letters.length < MIN_LETTERS || words.length < 2) return undefined;
  const ranked = francAll(text, { only: Object.keys(CODES), minLength: 1 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und' || (second && second[1] > 0.97)) return undefined;
  return CODES[best[0]];
}
