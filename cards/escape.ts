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
