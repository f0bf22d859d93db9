/**
 * Whether a phrase found in a reply is asserted or negated. Teams write "a negative test doesn't rule
 * it out" or "nid yw … yn diystyru" when they are right, so a phrase counts only when no negation
 * comes shortly before it in the same clause. Works on text already passed through `normalise`.
 */

/** Words after which a new clause starts, so a negation before them does not reach past them. */
const CLAUSE_BREAKS = new Set(['but', 'so', 'because', 'although', 'though', 'however', 'whereas', 'ond', 'felly', 'oherwydd', 'achos', 'er']);
/** English and Welsh negators that negate wherever they stand in the clause. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'without', 'cannot', 'none', 'nobody',
  'dont', 'doesnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'wont', 'shouldnt', 'wouldnt', 'couldnt', 'didnt', 'mustnt', 'neednt',
  'nid', 'nad', 'nac', 'ddim', 'heb', 'byth', 'mo', 'peidio', 'peidiwch', 'paid',
]);
/** Welsh "ni" and "na" negate only at the start of a clause: elsewhere they are "we/us" and "than". */
const CLAUSE_INITIAL_NEGATORS = new Set(['ni', 'na']);
/** Phrases that set an option aside: "rather than test her first", "yn hytrach na'i phrofi hi". */
const SETTING_ASIDE = /(?:^|\s)(?:rather than|instead of|yn hytrach na|yn hytrach nag|yn lle)(?:\s|$)/u;
/** How many words before a phrase a negation may stand (Welsh "nid yw prawf negyddol yn diystyru" needs five). */
export const NEGATION_WINDOW = 6;

function isNegator(token: string, index: number, tokens: readonly string[]): boolean {
  if (token.endsWith("n't")) return true;
  if (token === 'dim') return tokens[index + 1] !== 'ond';
  if (CLAUSE_INITIAL_NEGATORS.has(token)) return index === 0;
  return NEGATORS.has(token);
}

/** The words of the clause that ends where a phrase begins. */
function clauseBefore(text: string): string[] {
  const clause = text.split(/[.,;:!?()\n]/u).pop() ?? '';
  const tokens = clause.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  let start = 0;
  tokens.forEach((token, i) => {
    if (CLAUSE_BREAKS.has(token)) start = i + 1;
  });
  return tokens.slice(start);
}

/** True when the phrase starting at `index` of `normalised` is negated or set aside. */
export function isNegatedAt(normalised: string, index: number): boolean {
  const clause = clauseBefore(normalised.slice(0, index));
  const from = Math.max(0, clause.length - NEGATION_WINDOW);
  if (clause.some((token, i) => i >= from && isNegator(token, i, clause))) return true;
  return SETTING_ASIDE.test(clause.slice(from).join(' '));
}
