/**
 * Welsh questions as staff type them in chat, generated from the content's own Welsh questions and phrasings:
 * the initial mutation left off ("ei prawf" for "ei phrawf", as many writers do), and typed on a phone without
 * accents or apostrophes ("enwr claf", "beth ywr risg"), and in spoken forms, south and north ("shwt ma AI yn gwitho",
 * "odi fe'n wir", "gwbod", "neud").
 * A Welsh question typed any of these ways should get the answer it gets written formally. Shared by
 * test/unit/welsh-variants.test.ts (floors) and `npm run bench -- evaluation` (the figure).
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { askedOtherwise, type Variant } from './variants';
import { isWelshWord } from '../../bot/mentors/welsh';
import { radicals } from '../../bot/mentors/terms';

export type WelshVariantKind = 'unmutated' | 'plain' | 'spoken';

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

/**
 * Written forms as they are said and typed in chat, word for word, south and north: how, is, says, knows, works, wants,
 * does, likes, looks, would, should, could, gets, always, a bit, up, with. The reading side is bot/i18n/welsh-spoken.ts;
 * these are the forms as a Welsh speaker types them, including some ("ma", "be", "lan", "'da") it leaves to the stop words.
 */
const SPOKEN: Readonly<Record<string, string>> = {
  sut: 'shwt', ydy: 'odi', ydi: 'odi', ydyn: 'odyn', ydych: 'ych', dweud: 'gweud', ddweud: 'weud', deud: 'gweud', gwybod: 'gwbod',
  wybod: 'wbod', poeni: 'becso', rhywbeth: 'rhwbeth', rywbeth: 'rwbeth', gweithio: 'gwitho', weithio: 'witho', weithiau: 'withe',
  eisiau: 'moyn', isio: 'isie', gwneud: 'neud', wneud: 'neud', hoffi: 'lico', edrych: 'dishgwl', byddai: 'bydde', fyddai: 'fydde',
  dylai: 'dyle', ddylai: 'ddyle', gallai: 'galle', allai: 'alle', hoffwn: 'licen', methu: 'ffili', mae: 'ma', beth: 'be',
  cael: "ca'l", fyny: 'lan', wastad: 'wastod', gyda: "'da", efo: 'gyda',
};

/** Each word that has a spoken form written that way (a clitic kept: "ydy'n" → "odi'n"): one variant, or none. */
function spoken(text: string): string[] {
  let changed = false;
  const out = wordsOf(text).map((part) => {
    const m = /^([^\p{L}]*)(\p{L}+)((?:['’]\p{L}+)?[^\p{L}]*)$/u.exec(part);
    const said = m && SPOKEN[m[2].toLowerCase()];
    if (!m || !said) return part;
    changed = true;
    return m[1] + said + m[3];
  });
  return changed ? [out.join('')] : [];
}

const KINDS: Readonly<Record<WelshVariantKind, (text: string) => string[]>> = { unmutated, plain, spoken };

/** Every variant of each Welsh question and phrasing the mentor answers when written formally. */
export function welshVariants(faculty: Faculty): Variant<WelshVariantKind>[] {
  const written = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.cy, ...(e.askedAs?.cy ?? [])]));
  const kinds = Object.entries(KINDS) as [WelshVariantKind, (t: string) => string[]][];
  return askedOtherwise(faculty, written, (text) => kinds.flatMap(([kind, make]) => make(text).map((asked) => ({ kind, asked }))));
}
