/**
 * Small readings of text as it is typed, shared by the command reader (command-phrasing.ts) and the case requests
 * (cases/choose.ts, cases/requests.ts): what ends a message and changes nothing, and letters held down for emphasis.
 */

/**
 * `text` without the characters of `ending` at its end ("quiz!!! ", "case?"). A loop from the end: a pattern such as
 * /[\s!.?]+$/ is tried from every place a run starts, so a long run of "!" before a letter took time in its square.
 */
export function trimEnd(text: string, ending: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && ending(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

const SPACE_OR_STOP = /[\s!.?]/u;
/** `text` without spaces, "!", "." or "?" at its end. */
export const withoutEndPunctuation = (text: string): string => trimEnd(text, (char) => SPACE_OR_STOP.test(char));

// What the Teams client wraps typed text in: paragraphs, line breaks, bold and italic, a mention, and the entities of a space and
// an apostrophe. Nothing else (a link, an image) is taken out: what a route says back of it stays inert where it is made so.
const TEAMS_TAG = /<\/?(?:p|div|span|br|b|strong|i|em|u)(?:\s[^<>]{0,200})?\/?>|<at(?:\s[^<>]{0,200})?>[^<>]{0,200}<\/at>/giu;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', '#160': ' ', '#xa0': ' ', amp: '&', '#39': "'", apos: "'", quot: '"', '#8217': '’' };
const ENTITY = /&(nbsp|#160|#xa0|amp|#39|apos|quot|#8217);/giu;

/** `text` without the Teams client's formatting around what was typed ("<p><at>HALI</at>&nbsp;quiz</p>" is " quiz"). */
export function withoutTeamsFormatting(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text.replace(TEAMS_TAG, ' ').replace(ENTITY, (_m, name: string) => ENTITIES[name.toLowerCase()]);
}

// A letter typed three times or more: no English or Welsh word has one ("quizzzz", "helpppp", "pleaseeee", "gwersss").
const HELD = /(\p{L})\1{2,}/u;
const HELD_ALL = /(\p{L})\1{2,}/gu;

/**
 * `text` with each word whose letter was held down ("quizzzz", "lesssson", "helpppp") written as the word meant: each such run
 * as one letter when that makes a word `isWord` knows, else as two ("lesssson" is "lesson"), else as one. Other words as typed.
 */
export function unstretched(text: string, isWord: (word: string) => boolean): string {
  if (!HELD.test(text)) return text;
  return text.replace(/\p{L}+/gu, (word) => {
    // A run alone ("aaaaaa", "zzzz") is no word held down.
    if (!HELD.test(word) || new Set(word.toLowerCase()).size < 2) return word;
    const once = word.replace(HELD_ALL, '$1');
    const twice = word.replace(HELD_ALL, '$1$1');
    const lower = (w: string) => w.toLowerCase();
    return isWord(lower(once)) ? once : isWord(lower(twice)) ? twice : once;
  });
}
