/**
 * Welsh words as the Welsh hunspell dictionary knows them (npm `dictionary-cy`, Bangor University's
 * word list): which words are Welsh, and which plural belongs to which singular. The dictionary marks
 * each noun with the plural endings it takes ("menyw" takes -od, "risg" -iau, "meddyg" -on), so
 * "menywod" folds to "menyw" without a guessed rule that would turn "cyfnod" into "cyfn".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The plural endings among the dictionary's suffix rules; its other suffixes are comparatives ("-ach") and clitics ("'r").
const PLURAL_ENDINGS = new Set(['au', 'iau', 'ion', 'on', 'od', 'oedd', 'nau', 'iaid']);

/** Lower case without accents, as retrieval's own normalising writes a word ("ôl" is "ol"). */
const plain = (word: string) => (/[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word).toLowerCase();

function dictionaryFile(name: string): string {
  // The package exports only an ES module that reads its files with top-level await; the files themselves are plain text.
  const dir = (require.resolve.paths('dictionary-cy') ?? []).map((p) => join(p, 'dictionary-cy')).find((p) => existsSync(join(p, name)));
  if (!dir) throw new Error('dictionary-cy is not installed (npm ci)');
  return readFileSync(join(dir, name), 'utf8');
}

/** Each plural-ending suffix flag of the affix file, as flag → ending ("K" → "od"). */
function pluralFlags(aff: string): Map<string, string> {
  const flags = new Map<string, string>();
  for (const line of aff.split('\n')) {
    const [kind, flag, strip, ending] = line.trim().split(/\s+/);
    if (kind === 'SFX' && strip === '0' && PLURAL_ENDINGS.has(ending)) flags.set(flag, ending);
  }
  return flags;
}

function load(): { words: Set<string>; singulars: Map<string, string>; lowerCase: Set<string> } {
  const flags = pluralFlags(dictionaryFile('index.aff'));
  const words = new Set<string>();
  const singulars = new Map<string, string>();
  // The words the dictionary writes in lower case: its capitalised entries are names ("Kyoto", "Bobath", "McDonald").
  const lowerCase = new Set<string>();
  for (const line of dictionaryFile('index.dic').split('\n').slice(1)) {
    const [entry, entryFlags = ''] = line.trim().split('/');
    const word = plain(entry);
    if (!/^\p{L}+$/u.test(word)) continue;
    words.add(word);
    if (entry === entry.toLowerCase()) lowerCase.add(word);
    for (const flag of entryFlags) {
      const ending = flags.get(flag);
      if (ending) singulars.set(word + ending, word);
    }
  }
  for (const [plural, singular] of singulars) {
    words.add(plural);
    if (lowerCase.has(singular)) lowerCase.add(plural);
  }
  return { words, singulars, lowerCase };
}

let dictionary: ReturnType<typeof load> | undefined;
const loaded = () => (dictionary ??= load());

/** Every word the Welsh dictionary lists (with the plurals its affix rules make), lower case without accents: for checks over the whole list. */
export function welshWords(): ReadonlySet<string> {
  return loaded().words;
}

/** True for a word the Welsh dictionary lists, as written (unmutated): "geni", "menyw", "menywod". */
export function isWelshWord(word: string): boolean {
  return loaded().words.has(word);
}

/** True for a word the Welsh dictionary lists in lower case ("min", "pryder"), not only as a name ("McDonald", "Kyoto"). */
export function isWelshCommonWord(word: string): boolean {
  return loaded().lowerCase.has(word);
}

// A plural that changes the singular's vowel as well as adding an ending, as the dictionary lists both apart:
// "ffaith" → "ffeithiau", "claf" → "cleifion", "prawf" → "profion". Each is [vowel in the plural, in the singular].
const VOWEL_CHANGES: readonly [RegExp, string][] = [
  [/ei([^aeiouwy]*)$/, 'ai$1'],
  [/ei([^aeiouwy]*)$/, 'a$1'],
  [/o([^aeiouwy]*)$/, 'aw$1'],
];

/**
 * The singular of a Welsh plural the dictionary lists ("menywod" → "menyw", "risgiau" → "risg"), of a
 * listed plural whose vowel changed, when the singular is listed too ("ffeithiau" → "ffaith"), or of an agent noun's
 * plural ("cludwyr" → "cludydd"); else undefined.
 */
export function welshSingular(word: string): string | undefined {
  const { singulars, words } = loaded();
  const known = singulars.get(word);
  if (known !== undefined || !words.has(word)) return known;
  // An agent noun's plural in -wyr: "cludwyr" (carriers) is "cludydd", "gweithwyr" "gweithiwr", "cyfieithwyr" "cyfieithydd".
  if (word.endsWith('wyr')) return ['ydd', 'wr', 'iwr'].map((end) => word.slice(0, -3) + end).find((s) => words.has(s));
  const ending = /(iau|ion)$/.exec(word);
  if (!ending) return undefined;
  const base = word.slice(0, -ending[0].length);
  return VOWEL_CHANGES.map(([vowel, singular]) => base.replace(vowel, singular)).find((s) => s !== base && words.has(s));
}
