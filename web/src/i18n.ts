/** The page's words, from the message catalogue the server embeds (`educator.*` keys, English and Welsh). */
export type Language = 'en' | 'cy';
type Table = Record<string, string>;

const tables = JSON.parse(document.getElementById('hali-strings')?.textContent ?? '{"en":{},"cy":{}}') as Record<Language, Table>;
let language: Language = 'en';

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next === 'cy' ? 'cy' : 'en';
  // Screen readers announce the title: it follows the language like everything else.
  document.title = t('title');
}

export function currentLanguage(): Language {
  return language;
}

/** The text for `key` (an `educator.*` key without its prefix, else a catalogue key such as `role.nurse`) with {placeholders} filled. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const text = tables[language][`educator.${key}`] ?? tables[language][key] ?? tables.en[`educator.${key}`] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "cy-GB" and "cy" are Welsh; everything else English. */
export function languageOf(locale: string | undefined): Language {
  return (locale ?? '').toLowerCase().startsWith('cy') ? 'cy' : 'en';
}
