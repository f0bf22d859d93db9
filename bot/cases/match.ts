import type { CaseConcept, CaseMisconception, CaseStage } from '../mentors/types';
import { isEnglishWord } from '../mentors/terms';
import { isNegatedAt } from './negation';
import { asksOutright } from './requests';

/**
 * Offline concept matching: a reply mentions a concept when one of its synonyms appears as whole
 * words. Text is compared lower-cased, without accents (so "caniatad" finds "caniatâd") and with
 * every apostrophe and dash made plain, because Teams clients send curly quotes and en dashes.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const patterns = new Map<string, RegExp>();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Welsh initial mutations a word can take (soft, nasal, aspirate, h- before a vowel): "pawb" is also
 * written "bawb" ("i bawb"), "canser" "nghanser" or "chanser". Synonyms are not tagged by language,
 * so a mutated form that is an English word is never used ("dose" must not match "nose", nor "bet"
 * "met"), and short words keep only the consonant changes.
 */
const MUTATIONS: readonly [RegExp, readonly string[]][] = [
  [/^c(?!h)/, ['g', 'ngh', 'ch']], [/^p(?!h)/, ['b', 'mh', 'ph']], [/^t(?!h)/, ['d', 'nh', 'th']],
  [/^g/, ['', 'ng']], [/^b/, ['f', 'm']], [/^d(?!d)/, ['dd', 'n']], [/^m/, ['f']], [/^ll/, ['l']], [/^rh/, ['r']], [/^[aeiouwy]/, ['h']],
];

function mutatedForms(word: string): string[] {
  const forms = [word];
  for (const [initial, replacements] of MUTATIONS) {
    const match = initial.exec(word);
    if (!match) continue;
    for (const to of replacements) {
      const form = to + word.slice(match[0].length);
      if ((word.length >= 4 || (to !== '' && to !== 'h')) && !isEnglishWord(form)) forms.push(form);
    }
  }
  return forms;
}

/**
 * A synonym as a whole-word pattern: "men" does not match "mention", "10%" matches "10% or more". Its
 * first word may be mutated, as it is after "i", "ei", "yn", "a" and the rest.
 */
function patternFor(synonym: string): RegExp {
  let pattern = patterns.get(synonym);
  if (!pattern) {
    const [first, ...rest] = normalise(synonym).split(' ');
    const head = /^\p{L}/u.test(first) ? `(?:${mutatedForms(first).map(escape).join('|')})` : escape(first);
    const escaped = [head, ...rest.map(escape)].join('\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    patterns.set(synonym, pattern);
  }
  return pattern;
}

/** True when `normalised` (already passed through `normalise`) contains any of `synonyms` as words. */
export function mentionsAny(normalised: string, synonyms: readonly string[]): boolean {
  return synonyms.some((synonym) => patternFor(synonym).test(normalised));
}

/**
 * True when `normalised` asserts one of `synonyms`: some occurrence is not negated in its clause
 * ("a negative test doesn't rule it out" does not assert "rule it out"; "not only women" does not
 * assert "only women").
 */
export function assertsAny(normalised: string, synonyms: readonly string[]): boolean {
  return synonyms.some((synonym) => {
    const all = new RegExp(patternFor(synonym).source, 'gu');
    for (const found of normalised.matchAll(all)) if (!isNegatedAt(normalised, found.index ?? 0)) return true;
    return false;
  });
}

/**
 * The stage's concepts a reply mentions, in the stage's order. Mentioned, not asserted: in Welsh the
 * negator comes first ("nid yw canlyniad negyddol yn diystyru"), so a right answer often has the
 * concept inside a negated clause; only misconceptions need the reply to assert them.
 */
export function matchConcepts(stage: CaseStage, text: string): CaseConcept[] {
  const normalised = normalise(text);
  return stage.concepts.filter((concept) => mentionsAny(normalised, concept.synonyms));
}

/**
 * The stage's authored misconceptions a reply asserts, and the reply with every one of their phrases
 * taken out, asserted or not: "men can't carry it" voices a misconception and must not also be
 * credited with "men".
 */
export function matchMisconceptions(stage: CaseStage, text: string): { found: CaseMisconception[]; rest: string } {
  let rest = normalise(text);
  const found = stage.misconceptions.filter((m) => assertsAny(rest, m.synonyms));
  for (const m of stage.misconceptions) for (const synonym of m.synonyms) rest = rest.replace(new RegExp(patternFor(synonym).source, 'gu'), ' ');
  return { found, rest };
}

/** What a reply asks Gwen for outright, rather than contributing to the discussion. */
export type CaseRequest = 'hint' | 'model-answer';


/** "Hint" or "show the model answer" (English or Welsh) said whole (cases/requests.ts), else undefined. */
export function caseRequest(text: string): CaseRequest | undefined {
  const normalised = normalise(text);
  if (asksOutright(normalised, 'model-answer')) return 'model-answer';
  if (asksOutright(normalised, 'hint')) return 'hint';
  return undefined;
}
