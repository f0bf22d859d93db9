/**
 * Generated misspellings of the content's own questions: each explainer's question and first everyday
 * phrasings with one word mistyped the way hurried typists do (a letter dropped, doubled, swapped or changed,
 * a sound spelt another way, a double letter made single). A question spelt wrong should get the answer it
 * gets spelt right. Shared by test/unit/spelling.test.ts (a floor) and `npm run bench -- evaluation` (the figure).
 * Deterministic: a fixed seed, so a change in the figure is a change in the mentor.
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { askedOtherwise, seeded, type Variant } from './variants';

type Typo = (word: string, random: () => number) => string;

const inside = (word: string, random: () => number, margin: number) => 1 + Math.floor(random() * (word.length - margin));

/** The kinds of slip, each applied to one word of five letters or more. */
export const TYPOS = {
  dropped: (w, r) => { const i = inside(w, r, 2); return w.slice(0, i) + w.slice(i + 1); },
  doubled: (w, r) => { const i = inside(w, r, 2); return w.slice(0, i) + w[i] + w.slice(i); },
  swapped: (w, r) => { const i = inside(w, r, 3); return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); },
  vowel: (w, r) => w.replace(/[aeiou](?=.)/, (v) => 'aeiou'[('aeiou'.indexOf(v) + 1 + Math.floor(r() * 4)) % 5]),
  phonetic: (w) => w.replace(/ph/, 'f').replace(/ae/, 'e').replace(/c(?=[aou])/, 'k').replace(/x/, 'cks'),
  undoubled: (w) => w.replace(/([a-z])\1/, '$1'),
} satisfies Readonly<Record<string, Typo>>;

type TypoKind = keyof typeof TYPOS;

/** Questions to misspell: each English explainer question and its first `phrasings` everyday phrasings. */
function questionsOf(faculty: Faculty, phrasings: number): string[] {
  return faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.en, ...(e.askedAs?.en ?? []).slice(0, phrasings)]));
}

/** `perQuestion` misspellings of each question the mentor answers when spelt right, with what each gets. */
export function misspellings(faculty: Faculty, { perQuestion = 4, phrasings = 3, seed = 42 } = {}): Variant<TypoKind>[] {
  const random = seeded(seed);
  const kinds = Object.entries(TYPOS) as [TypoKind, Typo][];
  return askedOtherwise(faculty, questionsOf(faculty, phrasings), (spelt) => {
    const variants: { kind: TypoKind; asked: string }[] = [];
    for (let k = 0; k < perQuestion; k++) {
      const words = spelt.split(' ');
      const long = words.flatMap((w, i) => (w.replace(/\W/g, '').length >= 5 ? [i] : []));
      if (long.length === 0) break;
      const at = long[Math.floor(random() * long.length)];
      const [kind, typo] = kinds[Math.floor(random() * kinds.length)];
      const word = words[at].toLowerCase();
      const wrong = typo(word, random);
      if (wrong === word) continue;
      words[at] = wrong;
      variants.push({ kind, asked: words.join(' ') });
    }
    return variants;
  });
}
