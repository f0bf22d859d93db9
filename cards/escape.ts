/**
 * Makes text safe to place in an Adaptive Card TextBlock. Teams renders a small Markdown subset
 * (emphasis, links, lists); escaping just those constructs means content cannot add links or
 * formatting that were not authored, while ordinary punctuation stays readable. The `{{DATE()}}` /
 * `{{TIME()}}` function syntax that Teams expands inside text is broken up too.
 */
export function escapeCardText(text: string): string {
  return text
    .replace(/[\\`*_[\]]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+>#])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/\{\{/g, '{\u200b{');
}

/** An authored link in card Markdown: the label is escaped and only plain https URLs pass. */
export function cardLink(label: string, url: string): string {
  return /^https:\/\/[^\s()<>[\]]+$/.test(url) ? `[${escapeCardText(label)}](${url})` : escapeCardText(label);
}

/**
 * A person's display name as shown to others: control and formatting characters removed (right-to-left
 * overrides, zero-width characters that disguise a name), tags such as `<at>` dropped, spaces collapsed,
 * at most `max` characters. Then escape it like any card text.
 */
export function plainName(name: string, max = 80): string {
  const cleaned = name
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...cleaned];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : cleaned;
}
