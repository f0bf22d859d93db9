/**
 * What staff say around a request in personal chat, set aside so the request itself is read (command-phrasing.ts): the day
 * they are having before it ("just back from nights, ...", "got 2 mins before clinic, ...", "on a course all week so ..."),
 * and when they will fit a lesson or quiz in after it ("a quick quiz while my obs are running", "lesson on genomics before
 * handover"). Only the words of a working day are set aside: "I've a patient on warfarin, can you pause it?" names a patient
 * and a drug, so it stays whole and stays a question.
 */
import { requestWords, wordSet } from './request-words';
import { writtenWelsh } from './welsh-spoken';
import { radicals } from './mutations';
import { isEnglishWord, isWelshStopWordOnly } from '../mentors/terms';
import { isWelshWord } from '../mentors/welsh';

// The words of a working day and the time in it, in English and Welsh.
const WORKING_DAY = wordSet(
  'just back from got get have had ive im i am on off in at a an the my few couple of some 2 5 10 two five ten spare free mins min minutes minute sec ' +
    'before after between during clinic clinics shift shifts nights night days day lates earlies long finished done drug drugs meds med round rounds ' +
    'ward handover break lunch tea coffee course training all week today tonight this morning afternoon evening work working busy quiet sitting ' +
    'waiting bus train obs are is running so then and but well now bit quick ' +
    'newydd gorffen orffen wedi di dwi dw yn ar y fy munud munudau cwpl egwyl shifft nos clinig rownd gwaith wythnos heddiw bore pnawn prynhawn cinio paned',
);
const saysOnlyTheDay = (words: string) => requestWords(words).every((word) => WORKING_DAY.has(word));

/** What is asked after a story of the day ("just finished drug round, fancy a quick lesson" asks "fancy a quick lesson"); undefined with no such story. */
export function afterTheDay(said: string): string | undefined {
  const told = /^(.{3,60}?)(?:,\s*|\s+so\s+|\s+[-–]\s+)(.+)$/u.exec(said);
  return told && saysOnlyTheDay(told[1]) ? told[2] : undefined;
}

/** A lesson or quiz asked for without when it will be done ("quiz while my obs are running" is "quiz"). */
export function withoutWhen(said: string): string {
  const asked = /^(.*\b(?:lessons?|quiz|quizz|gwers|wers|cwis|gwis)\b.*?)\s+(?:while|before|after|during|between|cyn|tra|ar\s+[oô]l)\s+(.+)$/u.exec(said);
  return asked && saysOnlyTheDay(asked[2]) ? asked[1] : said;
}

// Words long enough that one slip ("prgress", "settigns") names no other word; never a command that changes anything.
const SPELT_OUT: Readonly<Record<string, string>> = { progress: 'progress', settings: 'settings', cynnydd: 'cynnydd', gosodiadau: 'gosodiadau' };

const plainLetters = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
/**
 * Whether `word` (lower case) is a word of English, or of Welsh as written, mutated ("ngosodiadau" is "gosodiadau" after "fy") or
 * said ("nath", "isho"): a slip is read only in a word that is none of these (the command reader, cases/choose.ts).
 */
export const isEnglishOrWelshWord = (word: string): boolean =>
  isEnglishWord(word) || isWelshStopWordOnly(word) || writtenWelsh(word) !== word || [plainLetters(word), ...radicals(plainLetters(word))].some(isWelshWord);

/** Whether `a` becomes `b` by one letter added, dropped, changed, or two side by side swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/**
 * `said` with each word that is no word of English or Welsh spelt as the one word of `vocabulary` it is one slip from
 * ("dellete my data" is "delete my data", "stopiwch y neggeseuon" is "stopiwch y negeseuon"), or undefined when no word was
 * respelt. A short word (five letters or fewer) with no such long word is read as the one of `heads` (the short words that
 * name a request: "help", "quiz", "gwis") it is one slip from ("hepl", "quz", "gwiss", "thnk"), or, with none, that it is with two
 * letters dropped ("lesn" is "lesson"). Read again as a whole request, so a question naming a patient or a drug stays a
 * question; an erasure so read still asks to be confirmed.
 */
export function respelt(said: string, vocabulary: ReadonlySet<string>, isWord: (word: string) => boolean, heads: readonly string[] = []): string | undefined {
  let changed = false;
  const words = said.split(' ').map((word) => {
    if (!/^\p{L}{3,}$/u.test(word) || vocabulary.has(word) || isWord(word)) return word;
    const near = word.length >= 5 ? [...vocabulary].filter((known) => known.length >= 5 && oneSlipApart(word, known)) : [];
    const meant = near.length === 1 ? near[0] : near.length === 0 && word.length <= 5 ? shortSlip(word, heads) : undefined;
    if (meant === undefined) return word;
    changed = true;
    return meant;
  });
  return changed ? words.join(' ') : undefined;
}

/** The one of `heads` a short `word` is one slip from, else the one it is with two letters dropped (its first kept). */
function shortSlip(word: string, heads: readonly string[]): string | undefined {
  const one = heads.filter((head) => oneSlipApart(word, head));
  if (one.length > 0) return one.length === 1 ? one[0] : undefined;
  const dropped = heads.filter((head) => head.length === word.length + 2 && head[0] === word[0] && isSubsequence(word, head));
  return dropped.length === 1 ? dropped[0] : undefined;
}

const isSubsequence = (part: string, whole: string) => {
  let at = 0;
  for (const char of whole) if (char === part[at]) at++;
  return at === part.length;
};

/**
 * `words` (what a lesson or quiz is asked on) with each word of five letters or more that is no word of English or Welsh
 * spelt as the one word of `fields` it is one slip from ("genommics" is "genomics", "artifical" "artificial"), or undefined
 * when none was.
 */
export function fieldWordsRespelt(words: string, fields: ReadonlySet<string>, isWord: (word: string) => boolean): string | undefined {
  let changed = false;
  const meant = words.split(' ').map((word) => {
    const lower = word.toLowerCase();
    if (!/^\p{L}{5,}$/u.test(word) || fields.has(lower) || isWord(lower)) return word;
    const near = [...fields].filter((field) => oneSlipApart(lower, field));
    if (near.length !== 1) return word;
    changed = true;
    return near[0];
  });
  return changed ? meant.join(' ') : undefined;
}

/** The command word a one-word message misspells ("prgress" is "progress"), or undefined. */
export function misspeltCommand(said: string): string | undefined {
  if (!/^\p{L}{6,}$/u.test(said)) return undefined;
  return Object.entries(SPELT_OUT).find(([word]) => oneSlipApart(said, word))?.[1];
}
