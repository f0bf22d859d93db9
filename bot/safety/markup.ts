/**
 * A message as the learner means it, without the markup pasted or typed around it: a Teams reply's quote and a mention of a
 * colleague (with what is inside them), HTML elements
 * (a script or style element with what is inside it), character references, Markdown links (read as
 * their text) and Markdown emphasis and code marks. Only known HTML element names are tags, so
 * clinical text keeps its signs ("eGFR <30", "LDL > 4.9", "a<b").
 */
const ELEMENTS = 'a|abbr|at|b|blockquote|body|br|code|del|div|em|font|h[1-6]|head|hr|html|i|img|input|li|mark|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul|iframe|object|embed|svg|form|button|link|meta|title';
const HIDDEN = /<(script|style)\b[^>]{0,200}>[^]*?<\/\1\s*>/gi;
// A Teams reply quotes the message it answers in a blockquote of this item type: the quote is someone else's words (often the
// mentor's own answer), not the learner's, so it goes with its contents.
const QUOTED_REPLY = /<blockquote\b[^>]{0,500}schema\.skype\.com\/Reply[^>]{0,500}>[^]*?<\/blockquote\s*>/gi;
// A mention of someone other than HALI (HALI's own is taken out first: turn.ts readableText) is a colleague's name: it goes.
const MENTION = /<at\b[^<>]{0,200}>[^<]{0,200}<\/at\s*>/gi;
const TAG = new RegExp(String.raw`<\/?(?:${ELEMENTS})\b[^<>]{0,500}\/?>|<!--[^]*?-->`, 'gi');
const BLOCK = /<\/?(?:p|div|br|li|tr|h[1-6]|blockquote|pre|hr)\b[^<>]{0,500}\/?>/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const MARKDOWN_LINK = /!?\[([^\]\n]{0,200})\]\((?:[^()\s]{1,500})(?:\s+"[^"\n]{0,200}")?\)/g;
// Marks only at a word's edge: "HLA-B*57:01", "CYP2C19*2" and "c.1521_1523del" keep theirs.
const EMPHASIS = /(?<![\p{L}\p{N}*_~`])(\*{1,3}|_{2,3}|~~|`{1,3})(?=\S)([^\n]{1,500}?[^\s*_~`])\1(?![\p{L}\p{N}*_~`])/gu;

function character(code: number): string {
  // A reference to a control or unassigned code point is dropped, never decoded into the text.
  return code >= 0x20 && code <= 0x10ffff && !(code >= 0x7f && code < 0xa0) ? String.fromCodePoint(code) : '';
}
const decoded = (_m: string, decimal?: string, hex?: string, name?: string) => (name ? NAMED[name.toLowerCase()] : character(decimal ? Number(decimal) : parseInt(hex!, 16)));

const REFERENCE_AT = new RegExp(REFERENCE.source, 'iy');
/** The character reference starting at `index` ("&nbsp;", "&#57;", "&amp;"): how long it is and what it stands for. */
export function referenceAt(text: string, index: number): { readonly length: number; readonly char: string } | undefined {
  REFERENCE_AT.lastIndex = index;
  const m = REFERENCE_AT.exec(text);
  return m ? { length: m[0].length, char: decoded(m[0], m[1], m[2], m[3]) } : undefined;
}

// "Mrs _Morgan_": a single underscore only round letters, so "c.1521_1523del" and "snake_case" keep theirs.
const UNDERSCORED = /(?<![\p{L}\p{N}_])_(?=\p{L})[^\n_]{1,100}?(?<=[\p{L}.'’])_(?![\p{L}\p{N}_])/gu;
/** Where the Markdown emphasis and code marks round a word or a number are ("Mrs **Jones**", "NHS no `943 476 5919`"): start and end of each mark. */
export function emphasisMarks(text: string): [number, number][] {
  const marks: [number, number][] = [];
  for (const m of text.matchAll(EMPHASIS)) marks.push([m.index, m.index + m[1].length], [m.index + m[0].length - m[1].length, m.index + m[0].length]);
  for (const m of text.matchAll(UNDERSCORED)) marks.push([m.index, m.index + 1], [m.index + m[0].length - 1, m.index + m[0].length]);
  return marks;
}

export function withoutMarkup(text: string): string {
  if (!/[<&\[*_~`]/.test(text)) return text;
  const plain = text
    .replace(HIDDEN, ' ')
    .replace(QUOTED_REPLY, ' ')
    .replace(MENTION, ' ')
    .replace(BLOCK, '\n')
    .replace(TAG, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(EMPHASIS, '$2')
    .replace(REFERENCE, decoded);
  return plain.replace(/[ \t]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
}
