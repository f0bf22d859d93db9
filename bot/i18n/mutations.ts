/** Welsh initial mutations, read back to the radical a word may come from: for retrieval (mentors/terms.ts) and the name finder (safety/names.ts). */

// Welsh initial mutations and the radical each can come from ("brawf" is "prawf" after "o").
const MUTATIONS: readonly [string, readonly string[]][] = [
  ['ngh', ['c']], ['mh', ['p']], ['nh', ['t']], ['ng', ['g']], ['ch', ['c']], ['ph', ['p']], ['th', ['t']], ['dd', ['d']],
  ['b', ['p']], ['g', ['c']], ['d', ['t']], ['f', ['b', 'm']], ['l', ['ll']], ['r', ['rh']], ['m', ['b']], ['n', ['d']],
];

/**
 * Welsh adds an h only before a vowel ("ei henw" from "enw", "eu hiaith", "i'w hwyneb"; w and y are vowels):
 * an h before a consonant is the word's own ("hpv", "hrt", "hmi"), never a mutation. The Welsh dictionary
 * lists no word of its own beginning h and a consonant but nine abbreviations (HGV, HMI, HSE...).
 */
const H_PROSTHESIS = /^h[aeiouwy]/;

/** The words `term` could be before a Welsh mutation, plus the form that drops the lost "g". */
export function radicals(term: string): string[] {
  const found = MUTATIONS.filter(([mutated]) => term.startsWith(mutated)).flatMap(([mutated, radical]) => radical.map((r) => r + term.slice(mutated.length)));
  if (H_PROSTHESIS.test(term)) found.push(term.slice(1));
  // Soft mutation drops an initial g: "eneteg" from "geneteg".
  // Not for words under four letters: "ai" is no mutated "gai".
  if (/^[aeiouwy]/.test(term) && term.length >= 4) found.push(`g${term}`);
  return found;
}
