import type { Explainer } from './types';
import type { FieldReader } from './validate';

/** An `askedAs` phrasing is a short question as typed in chat, not a paragraph. */
export const ASKED_AS_MAX_WORDS = 20;

const FORMAT = 'must be { "en": ["…"], "cy": ["…"] }: short questions staff type, at least one in each language';

/**
 * Optional `askedAs` of an explainer: how staff ask for it in everyday words, in English and Welsh. Both lists
 * must be non-empty lists of short, distinct strings; absent is undefined.
 */
export function readAskedAs(r: FieldReader): Explainer['askedAs'] {
  const raw = r.raw('askedAs');
  if (raw === undefined) return undefined;
  const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const list = (lang: 'en' | 'cy'): string[] | undefined => {
    const entries = value?.[lang];
    return Array.isArray(entries) && entries.length > 0 && entries.every((e) => typeof e === 'string' && e.trim()) ? entries.map((e: string) => e.trim()) : undefined;
  };
  const en = list('en');
  const cy = list('cy');
  if (!en || !cy || Object.keys(value ?? {}).some((k) => k !== 'en' && k !== 'cy')) {
    r.fail('askedAs', FORMAT);
    return undefined;
  }
  for (const phrasing of [...en, ...cy]) {
    if (phrasing.split(/\s+/).length > ASKED_AS_MAX_WORDS) r.fail('askedAs', `"${phrasing.slice(0, 40)}…" is over ${ASKED_AS_MAX_WORDS} words; write it as a short chat question`);
  }
  for (const [lang, entries] of [['en', en], ['cy', cy]] as const) {
    const folded = entries.map((e) => e.toLowerCase());
    const twice = folded.find((e, i) => folded.indexOf(e) !== i);
    if (twice) r.fail('askedAs', `has "${twice}" twice in "${lang}"; keep each phrasing once`);
  }
  return { en, cy };
}
