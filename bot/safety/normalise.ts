/**
 * Text as the identifier patterns see it, with a map back to the original. People write the same NHS
 * number with full-width or Arabic-Indic digits, no-break or thin spaces, en dashes, tabs and
 * zero-width characters inside; matching each variant separately is how identifiers slip through.
 * So every variant is folded to one form first (Unicode NFKC, any decimal digit to 0-9, every space
 * to " ", every dash to "-", invisible format characters dropped), the patterns run on that, and the
 * removal is applied to the original text, which is otherwise returned untouched ("µg" stays "µg").
 */
export interface Normalised {
  /** The folded text the patterns run on. */
  readonly text: string;
  /** `text` with its tabs and line breaks kept, where a table's rows and fields show (same length as `text`). */
  readonly layout: string;
  /** Where the source character of `text[i]` starts in the original. */
  startOf(i: number): number;
  /** Where the source character of `text[i]` ends in the original. */
  endOf(i: number): number;
}

const FORMAT = /^\p{Cf}$/u;
const SPACE = /^[\p{Zs}\s]$/u;
const DASH = /^[\p{Pd}\u2212\u2043\uFE63\uFF0D]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** The value 0-9 of any Unicode decimal digit: Unicode puts each script's digits in runs of ten from zero. */
function digitValue(char: string): string {
  const code = char.codePointAt(0)!;
  let zero = code;
  while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

function fold(char: string): string {
  // Most text is ASCII: only its whitespace changes.
  if (char.length === 1 && char.charCodeAt(0) < 0x7f) return char.charCodeAt(0) < 0x20 && /\s/.test(char) ? ' ' : char;
  if (FORMAT.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  const compatible = char.normalize('NFKC');
  return [...compatible].map((c) => (DECIMAL_DIGIT.test(c) && !/[0-9]/.test(c) ? digitValue(c) : c)).join('');
}

/** ASCII folds character for character: only its whitespace changes (fold). */
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Formatting tags pasted or sent inside a message ("NHS No:736<b>966</b>1873", "<p>Mrs Jones</p>"): an inline one is
 * dropped, so what it splits reads whole; a block one reads as a space, so the words either side stay apart.
 */
const TAG_NAMES = 'b|i|u|s|em|strong|span|font|mark|small|sub|sup|code|p|div|br|li|ul|ol|h[1-6]';
const TAG = new RegExp(String.raw`<\/?(${TAG_NAMES})(?:\s[^<>]{0,200})?\s*\/?>`, 'iy');
const HAS_TAG = new RegExp(String.raw`<\/?(?:${TAG_NAMES})[\s/>]`, 'i');
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function normalise(original: string): Normalised {
  // Most questions and answers are ASCII: no character moves, so no map back is built (the answer held
  // for rating on every turn is redacted, about 500 characters).
  if (ASCII.test(original) && !HAS_TAG.test(original)) return { text: original.replace(/[\t\n\v\f\r]/g, ' '), layout: original.replace(/[\v\f\r]/g, ' '), startOf: (i) => i, endOf: (i) => i + 1 };
  let text = '';
  let layout = '';
  // Past the end of a tag being dropped.
  let skipTo = 0;
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of original) {
    if (index < skipTo) {
      index += char.length;
      continue;
    }
    if (char === '<') {
      TAG.lastIndex = index;
      const tag = TAG.exec(original);
      if (tag) {
        skipTo = index + tag[0].length;
        if (BLOCK_TAGS.has(tag[1].toLowerCase())) {
          start.push(index);
          end.push(skipTo);
          text += ' ';
          layout += ' ';
        }
        index += char.length;
        continue;
      }
    }
    const folded = fold(char);
    for (let i = 0; i < folded.length; i++) {
      start.push(index);
      end.push(index + char.length);
    }
    text += folded;
    layout += char === '\t' || char === '\n' ? char : folded;
    index += char.length;
  }
  return { text, layout, startOf: (i) => start[i], endOf: (i) => end[i] };
}
