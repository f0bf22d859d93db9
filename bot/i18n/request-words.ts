/**
 * A request read by its words, not its wording: it asks for something when every word is one of that request's words or
 * the talk around any request, and it has a word from each set the request needs (something done, and what it is done
 * to). A word of any other kind ("patient", "ChatGPT", "MLH1") makes it something else. Personal-chat commands
 * (command-phrasing.ts) and case-thread requests (cases/requests.ts) are both read this way.
 */

/**
 * A whole field, not a subject in it ("lesson on genomics", "gwers ar AI"): the next lesson of that field's mentor
 * (routes/lesson-named.ts). Its longer words are also the field words a slip is read against (command-phrasing.ts).
 */
export const WHOLE_FIELD = /^(?:ai|a\.i\.|artificial intelligence|deallusrwydd artiffisial|genomics|genomic medicine|genetics|genomeg|geneteg|dna)$/i;

/** A set of the space-separated words given. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** The words a request is built from. */
export interface RequestWords {
  /** Each set has a word in the request. */
  readonly needs: readonly ReadonlySet<string>[];
  /** Its other words. */
  readonly also?: ReadonlySet<string>;
}

/**
 * The words of `text`, lower-cased, as a request is read: a Welsh clitic is a word of its own ("cau'r achos", "dw i'n
 * styc"), a prefix with a hyphen is part of its word ("un-pause", "ail-ddechrau"), other apostrophes go ("we're" is
 * "were"). Digits stay, with a clock's ':' and '.' ("7:30") when `clock`.
 */
export function requestWords(text: string, { clock = false }: { clock?: boolean } = {}): string[] {
  const plain = text
    .toLowerCase()
    .replace(/\b(un|ail|dad)-(?=\p{L})/gu, '$1')
    .replace(/['’](?=[rn]\b)/g, ' ')
    .replace(/['’]/g, '');
  return plain
    .split(clock ? /[^\p{L}\d:.]+/u : /[^\p{L}\d]+/u)
    .map((word) => word.replace(/[.:]+$/, ''))
    .filter(Boolean);
}

/** Whether `words` make this request: a word from each set it needs, and no word that is neither its own nor `talk` (nor `other`). */
export function saysOnly(words: readonly string[], { needs, also }: RequestWords, talk: ReadonlySet<string>, other: (word: string) => boolean = () => false): boolean {
  return (
    needs.every((need) => words.some((w) => need.has(w))) &&
    words.every((w) => talk.has(w) || also?.has(w) || needs.some((need) => need.has(w)) || other(w))
  );
}
