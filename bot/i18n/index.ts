import { cy, en, type Catalogue, type MessageKey } from './messages';

export type Language = 'en' | 'cy';
export const LANGUAGES: readonly Language[] = ['en', 'cy'];
export type { MessageKey };

const CATALOGUES: Record<Language, Catalogue> = { en, cy };

/** A translator bound to one language. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Returns the translator for `language`; unknown placeholders are left visible so they get noticed. */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return function translate(key, vars = {}) {
    return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/**
 * The learner's saved language wins; otherwise the Teams client locale (e.g. "cy-GB"); otherwise English.
 */
export function pickLanguage(saved: Language | undefined, locale: string | undefined): Language {
  if (saved) return saved;
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'cy' ? 'cy' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'cy';
}
