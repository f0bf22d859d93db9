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
/**
 * The named references a paste carries besides the markup's own: spaces of every width, invisible ones and dashes, slashes and dots
 * between digits ("943&thinsp;476&thinsp;5919", "07700&shy;900&shy;123", "03&ndash;04&ndash;1956", "mary&period;jones&commat;nhs.net").
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', hairsp: '\u200a', numsp: '\u2007', puncsp: '\u2008',
  nonbreakingspace: ' ', mediumspace: '\u205f', shy: '\u00ad', zerowidthspace: '\u200b', zwsp: '\u200b', zwj: '\u200d', zwnj: '\u200c', nobreak: '\u2060', ndash: '\u2013', mdash: '\u2014',
  hyphen: '\u2010', dash: '\u2010', minus: '\u2212', sol: '/', period: '.', commat: '@', middot: '\u00b7', bull: '\u2022', lpar: '(', rpar: ')', colon: ':', comma: ',', plus: '+', num: '#',
};
// Browsers read "&nbsp" and "&shy" without their semicolon too ("717&nbsp 097&nbsp 5246").
const REFERENCE = new RegExp(String.raw`&(?:#(\d{1,7});|#x([\da-f]{1,6});|(${Object.keys(NAMED).join('|')});|(nbsp|shy)(?![a-z\d;]))`, 'gi');
const MARKDOWN_LINK = /!?\[([^\]\n]{0,200})\]\((?:[^()\s]{1,500})(?:\s+"[^"\n]{0,200}")?\)/g;
// Marks only at a word's edge: "HLA-B*57:01", "CYP2C19*2" and "c.1521_1523del" keep theirs.
const EMPHASIS = /(?<![\p{L}\p{N}*_~`])(\*{1,3}|_{2,3}|~~|`{1,3})(?=\S)([^\n]{1,500}?[^\s*_~`])\1(?![\p{L}\p{N}*_~`])/gu;

function character(code: number): string {
  // A reference to a control or unassigned code point is dropped, never decoded into the text.
  return code >= 0x20 && code <= 0x10ffff && !(code >= 0x7f && code < 0xa0) ? String.fromCodePoint(code) : '';
}
const decoded = (_m: string, decimal?: string, hex?: string, name?: string, bare?: string) => (name ?? bare ? NAMED[(name ?? bare)!.toLowerCase()] : character(decimal ? Number(decimal) : parseInt(hex!, 16)));

const REFERENCE_AT = new RegExp(REFERENCE.source, 'iy');
/** The character reference starting at `index` ("&nbsp;", "&#57;", "&amp;"): how long it is and what it stands for. */
export function referenceAt(text: string, index: number): { readonly length: number; readonly char: string } | undefined {
  REFERENCE_AT.lastIndex = index;
  const m = REFERENCE_AT.exec(text);
  return m ? { length: m[0].length, char: decoded(m[0], m[1], m[2], m[3], m[4]) } : undefined;
}

// "Mrs _Morgan_": a single underscore only round letters, so "c.1521_1523del" and "snake_case" keep theirs.
// A number too ("NHS no _310_ 672 8876").
const UNDERSCORED = /(?<![\p{L}\p{N}_])_(?=[\p{L}\p{N}])[^\n_]{1,100}?(?<=[\p{L}\p{N}.'’])_(?![\p{L}\p{N}_])/gu;
/** Doubled marks round digits inside a number ("323**285**5466", "943__476__5919"): a single star between digits is a product ("2*3"). */
const INSIDE_A_NUMBER = /(?<=\d)(\*\*\*?|__|~~)(\d{1,6})\1(?=\d)/g;
/**
 * Quotes round a name, as staff set one off ("pt 'Gareth Evans'", "patient “Jones, Mary”:", "ynglŷn â «Siân»"): one to four words each
 * capitalised as a name is (an initial, "O'Neill", "Price-Davies", "Jones,"), so "'Lynch syndrome'" and "“BRCA1”" keep theirs.
 */
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}[\p{Ll}'’-]*|\.)?,?`;
// Not a field's value or key ('given: "Eleri"', '{"name": …}'), which the field finder reads by its quotes (fields.ts).
const QUOTED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}]|[:=[{,] ?)(["'\x60“‘«„])(?=\p{Lu})${NAME_WORD}(?: ${NAME_WORD}){0,3}(?<=[\p{L}.])(["'\x60”’»“])(?![\p{L}\p{N}])`, 'gu');
/** Where a quoted key starts: a record's first key or one after a comma ('{"Name": …', ', "Surname" = …'). */
const KEY_BEFORE = /(?:^|[{,\n])\s*$/;
const CLOSING: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '«': '»', '„': '“' };
/** Whether `text` may hold a quoted name: most text has no quote mark at all. */
const HAS_QUOTE = /["'`“‘«„]/;
/** Where the quotes round a name are: start and end of each. */
export function quoteMarks(text: string): [number, number][] {
  if (!HAS_QUOTE.test(text)) return [];
  const marks: [number, number][] = [];
  for (const m of text.matchAll(QUOTED_NAME)) {
    const end = m.index + m[0].length;
    if (CLOSING[m[1]] !== m[2] || (/^ ?[:=]/.test(text.slice(end, end + 2)) && KEY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) continue;
    marks.push([m.index, m.index + 1], [end - 1, end]);
  }
  return marks;
}

/** Where the Markdown emphasis and code marks round a word or a number are ("Mrs **Jones**", "NHS no `943 476 5919`"): start and end of each mark. */
export function emphasisMarks(text: string): [number, number][] {
  const marks: [number, number][] = [];
  for (const m of text.matchAll(EMPHASIS)) marks.push([m.index, m.index + m[1].length], [m.index + m[0].length - m[1].length, m.index + m[0].length]);
  for (const m of text.matchAll(UNDERSCORED)) marks.push([m.index, m.index + 1], [m.index + m[0].length - 1, m.index + m[0].length]);
  for (const m of text.matchAll(INSIDE_A_NUMBER)) marks.push([m.index, m.index + m[1].length], [m.index + m[0].length - m[1].length, m.index + m[0].length]);
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
