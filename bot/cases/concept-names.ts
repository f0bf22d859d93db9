import type { Language } from '../i18n';
import type { CaseConcept, CaseStage } from '../mentors/types';

/**
 * Concept labels are authored as headings ("Testing is offered to everyone…", "Immunohistochemistry
 * (IHC) on the tumour"). Pasted into a sentence as they are, with capitals after a colon and
 * semicolons between them, they read like a form's field names. Here they are written into the
 * sentence as a person would: the first letter lowered unless the word is a name, and the items
 * joined with "and" (English) or "a"/"ac" with its mutation (Welsh), with semicolons between items
 * that have commas or an "and" of their own.
 */

/**
 * Words the case writes with a capital in the middle of a sentence and never in lower case: names
 * (Lynch, Simon Broome, Dutch), not "Canser" in "Gwasanaeth Geneteg Canser Cymru".
 */
function namesIn(stages: readonly CaseStage[], language: Language): ReadonlySet<string> {
  const prose: string[] = [];
  for (const stage of stages) {
    prose.push(stage.title[language], stage.reveal[language], stage.modelAnswer[language], ...stage.questions[language], ...stage.learningPoints[language]);
    prose.push(...stage.concepts.map((c) => c.label[language]));
  }
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const text of prose) {
    const words = text.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const word = /^[("“‘]?(\p{L}[\p{Ll}’'-]*)/u.exec(words[i])?.[1]?.replace(/[-’']+$/u, '');
      if (!word) continue;
      if (word === word.toLocaleLowerCase()) lower.add(word);
      else if (i > 0 && !/[.!?:]["”’)]?$/u.test(words[i - 1])) capitalised.add(word);
    }
  }
  return new Set([...capitalised].filter((word) => !lower.has(word.toLocaleLowerCase())));
}

/** An ordinary capitalised first word ("Testing", "Canser"), not an acronym (IHC, MLH1) or a name. */
function ordinaryFirstWord(label: string, names: ReadonlySet<string>): boolean {
  const word = /^\p{Lu}\p{Ll}*(?=[\s,;:()’'-]|$)/u.exec(label)?.[0];
  return !!word && !names.has(word);
}

const lowerFirst = (label: string, language: Language) => label.charAt(0).toLocaleLowerCase(language) + label.slice(1);

/** Words before which Welsh "a" (and) becomes "ac", besides those that start with a vowel. */
const AC_BEFORE = new Set(['mae', 'mewn', 'meddai', 'megis', 'mai', 'mor', 'fel', 'felly', 'na', 'nad', 'nid', 'ni', 'roedd']);
const ASPIRATE: Readonly<Record<string, string>> = { c: 'ch', p: 'ph', t: 'th' };

/** Welsh "a" or "ac" before `item`, with the aspirate mutation "a" brings (a chanser, a phrofi, a thriniaeth). */
function welshAnd(item: string, ordinary: boolean): string {
  const first = item.split(/[\s,;:()]/)[0].toLocaleLowerCase('cy');
  if (/^[aeiouwyâêîôûŵŷ]/u.test(first) || AC_BEFORE.has(first)) return `ac ${item}`;
  const letter = item.charAt(0);
  const mutated = ordinary && ASPIRATE[letter] && !/^(ch|ph|th)/.test(item) ? ASPIRATE[letter] + item.slice(1) : item;
  return `a ${mutated}`;
}

/**
 * The concepts as they read inside a sentence (`stages`: the case's, where its names are found): "testing is offered to everyone with endometrial
 * cancer and immunohistochemistry (IHC) on the tumour"; `capitalise` keeps the first one's capital
 * (for a list that starts a line, as in the summary).
 */
export function conceptList(stages: readonly CaseStage[], concepts: readonly CaseConcept[], language: Language, capitalise = false): string {
  const names = namesIn(stages, language);
  const items = concepts.map((c, i) => {
    const label = c.label[language].trim();
    const ordinary = ordinaryFirstWord(label, names);
    return { text: ordinary && !(capitalise && i === 0) ? lowerFirst(label, language) : label, ordinary };
  });
  if (items.length <= 1) return items[0]?.text ?? '';
  // Items that have commas or "and" of their own are kept apart with semicolons.
  const own = items.some((item) => /[,:;]/u.test(item.text) || (language === 'cy' ? / a | ac /u : / and /u).test(item.text));
  const separator = own ? '; ' : ', ';
  const head = items.slice(0, -1).map((item) => item.text).join(separator);
  const last = items[items.length - 1];
  const joined = language === 'cy' ? welshAnd(last.text, last.ordinary) : `and ${last.text}`;
  return own ? `${head}; ${joined}` : `${head} ${joined}`;
}
