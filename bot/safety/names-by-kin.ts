import { GIVEN_NAMES, SURNAMES, WORD_NAMES } from './given-names';
import { all, type Found } from './identifiers';
import { isListedName, isNameLike } from './name-like';

/**
 * Names a message gives by a person's family or another name they go by, with no title before them: a maiden name ("Mrs Lloyd (née
 * Evans)", "maiden name Hughes", "cyfenw morwynol Parry"), a nickname ("aka Dai", "she's known as Peggy", "likes to be called Bet"),
 * a family ("the Pritchard family", "teulu Jones"), a relative's given name in lower case ("her husband dai") and a newborn's surname
 * ("Twin 1 Morgan", "BOB Jones", "baby of Parry"). Each is the person's, or names their family beside a patient's details.
 */

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** What follows an eponym when it names a condition ("aka Hughes syndrome", "née … disease"): then the word is no one's name. */
const CONDITION_AFTER = /^ (?:syndrome|disease|disorder|sign|test|score|criteria|procedure|fracture|operation|classification|type|variant|gene|carrier)(?![\p{L}])/iu;
const lowerName = (word: string) => word.toLowerCase().replace(/['’]s$/, '');
const listed = (word: string) => isListedName(word) || GIVEN_NAMES.has(lowerName(word)) || WORD_NAMES.has(lowerName(word));
const span = (start: number, length: number): Found => ({ start, end: start + length, kind: 'name' });
/** Where capture group `group` of `m` starts, the group being the match's tail. */
const tailStart = (m: RegExpExecArray, group: string) => m.index + m[0].length - group.length;

/** A surname a woman was born with: "née Evans", "nee evans", "maiden name Hughes", "cyfenw morwynol Parry". */
const MAIDEN = new RegExp(
  String.raw`(?<![\p{L}])(?:n[ée]e|maiden name(?: (?:is|was|of))?:?|cyfenw (?:morwynol|cyn priodi)(?: yw| oedd)?:?) (${NAME_WORD}(?: ${NAME_WORD})?|\p{Ll}[\p{Ll}'’-]+)(?![\p{L}])`,
  'gu',
);
/** Another name a person goes by: "aka Dai", "a.k.a. Betty", "she's known as Peggy", "he goes by Bill", "prefers to be called Meg". */
const ALSO_KNOWN = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]\.?[Kk]\.?[Aa]\.?|(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]ho)(?:['’]s| is| was| are)? (?:known as|goes by|called)|(?:[Ll]ikes|[Pp]refers|[Ww]ants|[Aa]sks|[Aa]sked) to be (?:known as|called)) (${NAME_WORD})(?![\p{L}])`,
  'gu',
);
function otherNames(text: string): Found[] {
  const maiden = all(MAIDEN, text, (m) => {
    const name = m[1];
    if (CONDITION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return undefined;
    const named = /^\p{Lu}/u.test(name) ? name.split(' ').every((w) => isNameLike(w) || listed(w)) : SURNAMES.has(lowerName(name));
    return named ? span(tailStart(m, name), name.length) : undefined;
  });
  // After "aka" a brand is as likely as a nickname ("piperacillin aka Tazocin", "Co-amoxiclav aka Augmentin"): a name a list has, or any
  // word that could be a name after a listed name ("Mr Hughes aka Peggy"). After a person's "known as", any word that could be a name.
  const known = all(ALSO_KNOWN, text, (m) => {
    const name = m[1];
    if (CONDITION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return undefined;
    const before = /([\p{L}'’-]+)\)?,? $/u.exec(text.slice(Math.max(0, m.index - 32), m.index))?.[1] ?? '';
    const byAka = /^a\.?k/i.test(m[0]);
    const named = listed(name) || (isNameLike(name) && (!byAka || isListedName(before)));
    return named ? span(tailStart(m, name), name.length) : undefined;
  });
  return [...maiden, ...known];
}

/** A family by its surname: "the Pritchard family", "teulu Jones". Only a listed surname: "the Ras family" is of genes. */
const FAMILY = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he (${NAME_WORD}) family|[Tt]eulu (${NAME_WORD}))(?![\p{L}])`, 'gu');
function families(text: string): Found[] {
  return all(FAMILY, text, (m) => {
    const name = m[1] ?? m[2];
    return SURNAMES.has(lowerName(name)) ? span(m[1] ? m.index + 4 : tailStart(m, name), name.length) : undefined;
  });
}

/**
 * A relative's given name typed in lower case ("her husband dai wants a call", "his wife bethan jones", "ei merch ffion"): a listed given
 * name, and a listed surname after it.
 */
const RELATIVE_LOWER = /(?<![\p{L}])(?:husband|wife|son|daughter|partner|mum|mother|dad|father|sister|brother|niece|nephew|grandson|granddaughter|gŵr|gwr|gwraig|mab|merch|chwaer|brawd|nain|taid) (\p{Ll}{2,})(?: (\p{Ll}[\p{Ll}'’-]{2,}))?(?![\p{L}'’-])/gu;
function relativesInLowerCase(text: string): Found[] {
  return all(RELATIVE_LOWER, text, (m) => {
    if (!GIVEN_NAMES.has(m[1])) return undefined;
    const start = m.index + m[0].length - m[1].length - (m[2] ? m[2].length + 1 : 0);
    return span(start, m[1].length + (m[2] && SURNAMES.has(m[2]) ? m[2].length + 1 : 0));
  });
}

/** A newborn named by its mother's surname: "Twin 1 Morgan", "TWIN B Hughes", "BOB Jones" (baby of), "B/O Parry", "baby of Evans". */
const NEWBORN = new RegExp(String.raw`(?<![\p{L}])(?:(?:[Tt]win|TWIN) (?:[12ABab]|one|two|I{1,2})|BOB|B\/O|[Bb]aby of|BABY OF|[Bb]abi) (?:of )?(${NAME_WORD}|\p{Lu}{3,}(?:-\p{Lu}+)?)(?![\p{L}\p{N}])`, 'gu');
function newborns(text: string): Found[] {
  return all(NEWBORN, text, (m) => {
    const name = m[1];
    const baby = !/^twin/i.test(m[0]);
    return isListedName(name) || (baby && /\p{Ll}/u.test(name) && isNameLike(name)) ? span(tailStart(m, name), name.length) : undefined;
  });
}

export function namesByKin(text: string): Found[] {
  return [...otherNames(text), ...families(text), ...relativesInLowerCase(text), ...newborns(text)];
}
