/**
 * A mentor's retrieval terms (`mentors/<id>/terms.json`, optional): words staff use for what the
 * content names in other words ("liable" for "accountable", "ap" for "tool"). Content data, reviewed
 * like content; retrieval only, never shown. Each group: `means` (words the content uses) and
 * `words` (what staff type instead), single words in either language, and optionally `phrases`:
 * everyday English expressions that mean the same as a whole ("carry the can" for "accountable"),
 * matched word for word, stop words included.
 */
import type { TermGroup } from './types';
import type { ContentProblems, FieldReader } from './validate';

const ONE_WORD = /^[\p{L}\p{N}-]+$/u;
/** Two to five words: an idiom, not a sentence. */
const PHRASE = /^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){1,4}$/u;

export function readTermGroup(r: FieldReader): TermGroup {
  const phrases = r.optionalStrings('phrases').map((v) => v.trim());
  for (const value of phrases) if (!PHRASE.test(value)) r.fail('phrases', `"${value}" must be two to five words, separated by single spaces`);
  const list = (field: 'means' | 'words') => {
    // A group of phrases alone needs no single words.
    if (field === 'words' && phrases.length > 0 && r.raw(field) === undefined) return [];
    const values = r.strings(field);
    if (values.length === 0) r.fail(field, 'must list at least one word');
    for (const value of values) if (!ONE_WORD.test(value.trim())) r.fail(field, `"${value}" must be a single word (no spaces): put a phrase in "phrases"`);
    return values.map((v) => v.trim());
  };
  return { means: list('means'), words: list('words'), ...(phrases.length > 0 ? { phrases } : {}) };
}

/** Every word listed twice across groups, so the file stays one meaning per word. */
export function checkTermGroups(file: string, groups: readonly TermGroup[], problems: ContentProblems): void {
  const seen = new Map<string, number>();
  groups.forEach((g, index) => {
    for (const word of g.words.map((w) => w.toLowerCase())) {
      if (seen.has(word) && seen.get(word) !== index) problems.error(file, `[${index}].words`, `"${word}" is already in group ${seen.get(word)}; keep each word in one group`);
      seen.set(word, index);
    }
  });
}
