/**
 * Welsh questions as staff type them in chat, generated from the content's own Welsh questions and phrasings:
 * the initial mutation left off ("ei prawf" for "ei phrawf", as many writers do), and typed on a phone without
 * accents or apostrophes ("enwr claf", "beth ywr risg").
 * A Welsh question typed any of these ways should get the answer it gets written formally. Shared by
 * test/unit/welsh-variants.test.ts (floors) and `npm run bench -- evaluation` (the figure).
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { askedOtherwise, type Variant } from './variants';
import { isWelshWord } from '../../bot/mentors/welsh';
import { radicals } from '../../bot/mentors/terms';

export type WelshVariantKind = 'unmutated' | 'plain';

const wordsOf = (text: string) => text.split(/(\s+)/);

/** Words after which Welsh mutates the next word ("ei phrawf", "i gleifion", "fy nghlaf", "am ddata"). */
const TRIGGERS = new Set(['ei', 'fy', 'dy', 'i', 'o', 'am', 'ar', 'at', 'gan', 'heb', 'wrth', 'dan', 'trwy', 'a', 'â', 'gyda', 'tua', 'na', 'pa', 'dau', 'dwy']);

/** `text` with each word a mutation follows written as its radical ("ei phrawf" → "ei prawf"): one variant, or none. */
function unmutated(text: string): string[] {
  let changed = false;
  const parts = wordsOf(text);
  const out = parts.map((part, i) => {
    const bare = part.toLowerCase().replace(/[^\p{L}]/gu, '');
    const before = (parts[i - 2] ?? '').toLowerCase().replace(/[^\p{L}â]/gu, '');
    if (bare.length < 4 || !TRIGGERS.has(before)) return part;
    const radical = radicals(bare).find((r) => r !== bare && isWelshWord(r) && !isWelshWord(bare));
    if (!radical) return part;
    changed = true;
    return part.toLowerCase().replace(bare, radical);
  });
  return changed ? [out.join('')] : [];
}

/** Typed on a phone without accents or apostrophes, all lower case. */
function plain(text: string): string[] {
  const out = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();
  return out !== text.toLowerCase() ? [out] : [];
}

const KINDS: Readonly<Record<WelshVariantKind, (text: string) => string[]>> = { unmutated, plain };

/** Every variant of each Welsh question and phrasing the mentor answers when written formally. */
export function welshVariants(faculty: Faculty): Variant<WelshVariantKind>[] {
  const written = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.cy, ...(e.askedAs?.cy ?? [])]));
  const kinds = Object.entries(KINDS) as [WelshVariantKind, (t: string) => string[]][];
  return askedOtherwise(faculty, written, (text) => kinds.flatMap(([kind, make]) => make(text).map((asked) => ({ kind, asked }))));
}
