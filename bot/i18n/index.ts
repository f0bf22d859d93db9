import { IntlMessageFormat } from 'intl-messageformat';
import { cy, en, type Catalogue, type MessageKey } from './messages';

export type Language = 'en' | 'cy';
export const LANGUAGES: readonly Language[] = ['en', 'cy'];
export type { MessageKey };

const CATALOGUES: Record<Language, Catalogue> = { en, cy };

/** A translator bound to one language. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy' };
const formats = new Map<string, IntlMessageFormat>();

/**
 * Returns the translator for `language`; unknown placeholders are left visible so they get noticed.
 * A message with an ICU plural ("{days, plural, one {# day} other {# days}}") is formatted by
 * intl-messageformat with the language's plural rules (Welsh has zero, one, two, few, many, other).
 */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return function translate(key, vars = {}) {
    const message = catalogue[key];
    if (/\{\w+, (?:plural|select),/.test(message)) {
      const id = `${language}:${key}`;
      const format = formats.get(id) ?? new IntlMessageFormat(message, LOCALES[language]);
      formats.set(id, format);
      return String(format.format(vars));
    }
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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

/** A name or role as written mid-sentence: its capital dropped, an acronym's kept ("Genomics mentor" → "genomics mentor", "AI literacy…" stays). */
export function midSentence(text: string): string {
  return text.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
}

/** The key under which every card action's data carries the card's language (cards/expand.ts writes it, bot/turn.ts reads it). */
export const CARD_LANGUAGE_KEY = 'lang';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'cy';
}
