import { emphasisMarks, quoteMarks, referenceAt } from './markup';

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
// The next-line control (U+0085) ends a line as a line break does.
const SPACE = /^[\p{Zs}\s\u0085]$/u;
/** Middle dots and bullets between groups of digits are dots: "485·777·3456", "02•04•1956", "5·5 mmol/L" (a decimal point). */
const DOT = /^[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65]$/u;
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
  if (DOT.test(char)) return '.';
  const compatible = char.normalize('NFKC');
  return [...compatible].map((c) => (DECIMAL_DIGIT.test(c) && !/[0-9]/.test(c) ? digitValue(c) : c)).join('');
}

/** ASCII folds character for character: only its whitespace changes (fold). */
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Formatting tags pasted or sent inside a message ("NHS No:736<b>966</b>1873", "<p>Mrs Jones</p>"): an inline one is
 * dropped, so what it splits reads whole; a block one reads as a space, so the words either side stay apart.
 */
const TAG_NAMES = 'b|i|u|s|em|strong|span|font|mark|small|sub|sup|code|ins|del|strike|kbd|samp|var|tt|big|bdi|bdo|p|div|br|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th';
const TAG = new RegExp(String.raw`<\/?(${TAG_NAMES})(?:\s[^<>]{0,200})?\s*\/?>`, 'iy');
const HAS_TAG = new RegExp(String.raw`<\/?(?:${TAG_NAMES})[\s/>]`, 'i');
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'td', 'th']);
/**
 * In the layout a block tag ends a line and a table's cell is a field, as the table finder reads rows ("Name | DOB<br>Jones Mary | 3/4/56",
 * "<tr><td>Megan Parry</td><td>15.07.2001</td></tr>"): a row pasted from Teams is split by tags, not by line breaks.
 */
const CELL_TAGS = new Set(['td', 'th']);

/**
 * What Teams and pasted HTML or Markdown put inside a message besides tags: a character reference ("NHS no&nbsp;943&nbsp;476",
 * "Mrs&nbsp;Jones"), emphasis marks round a word ("Mrs **Hughes**", "Mrs _Morgan_") and a Windows line break ("Mrs\r\nJones"). A
 * reference reads as its character, a mark is dropped and a Windows line break is one space, so what they split reads whole.
 */
const HAS_MARKUP = /&(?:#\d|#x[\da-f]|[a-z]{2,16};|nbsp|shy)|[*_~`]|\r\n/i;
/** Two spaces together, or a space beside a tab or line break: folded to one (normalise). */
const SPACE_RUN = / [ \t\n\v\f\r]|[\t\n\v\f\r] /;

export function normalise(original: string): Normalised {
  // Most questions and answers are ASCII: no character moves, so no map back is built (the answer held
  // for rating on every turn is redacted, about 500 characters).
  const quotes = quoteMarks(original);
  if (ASCII.test(original) && !HAS_TAG.test(original) && !HAS_MARKUP.test(original) && quotes.length === 0) {
    if (!SPACE_RUN.test(original)) return { text: original.replace(/[\t\n\v\f\r]/g, ' '), layout: original.replace(/[\v\f\r]/g, ' '), startOf: (i) => i, endOf: (i) => i + 1 };
    return asciiSpacesFolded(original);
  }
  const marks = new Map([...emphasisMarks(original), ...quotes]);
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
    const mark = marks.get(index);
    if (mark !== undefined) {
      skipTo = mark;
      index += char.length;
      continue;
    }
    const reference = char === '&' ? referenceAt(original, index) : undefined;
    // A Windows line break is one space (a line break in the layout), so a name after it is one space from its title.
    const crlf = char === '\r' && original[index + 1] === '\n';
    if (reference || crlf) {
      const folded = reference ? fold(reference.char) : ' ';
      const length = reference ? reference.length : 2;
      for (let i = 0; i < folded.length; i++) {
        start.push(index);
        end.push(index + length);
      }
      text += folded;
      layout += crlf ? '\n' : folded;
      skipTo = index + length;
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
          layout += CELL_TAGS.has(tag[1].toLowerCase()) ? '\t' : '\n';
        }
        index += char.length;
        continue;
      }
    }
    const folded = fold(char);
    const laid = char === '\t' || char === '\n' ? char : folded;
    // A run of spaces reads as one ("Mrs  Evans", "saw\u00a0 Gareth"), keeping a tab or line break of the layout: the patterns
    // expect one space between a title and a name. Two tabs or line breaks stay two (a table's empty field, a blank line).
    if (folded === ' ' && text.endsWith(' ') && (laid === ' ' || layout.endsWith(' '))) {
      if (laid !== ' ') layout = layout.slice(0, -1) + laid;
      end[end.length - 1] = index + char.length;
      index += char.length;
      continue;
    }
    for (let i = 0; i < folded.length; i++) {
      start.push(index);
      end.push(index + char.length);
    }
    text += folded;
    layout += laid;
    index += char.length;
  }
  return { text, layout, startOf: (i) => start[i], endOf: (i) => end[i] };
}

/**
 * ASCII text with its runs of spaces read as one, as `normalise` folds them, without its per-character work: "Mrs  Evans" is
 * "Mrs Evans" to the patterns. Only a run's extra characters move, so the map back is built from the runs alone.
 */
function asciiSpacesFolded(original: string): Normalised {
  let text = '';
  let layout = '';
  // For each folded index where a run was shortened, the original index of the character there, in order.
  const shifts: { at: number; from: number }[] = [];
  let last = 0;
  for (const run of original.matchAll(/[ \t\n\v\f\r]{2,}/g)) {
    const chars = run[0];
    const kept = chars.replace(/ /g, '').length;
    // A run with no tab or line break is one space; otherwise its tabs and line breaks are kept (each one space in the text),
    // as the slow path keeps them.
    const laid = kept === 0 ? ' ' : chars.replace(/ /g, '').replace(/[\v\f\r]/g, ' ');
    const runStart = run.index!;
    text += original.slice(last, runStart).replace(/[\t\n\v\f\r]/g, ' ');
    layout += original.slice(last, runStart).replace(/[\v\f\r]/g, ' ');
    shifts.push({ at: text.length, from: runStart });
    text += ' '.repeat(laid.length);
    layout += laid;
    last = runStart + chars.length;
    shifts.push({ at: text.length, from: last });
  }
  text += original.slice(last).replace(/[\t\n\v\f\r]/g, ' ');
  layout += original.slice(last).replace(/[\v\f\r]/g, ' ');
  // Where the character at folded index `i` starts: the nearest shift at or before it, and the distance from there; a run's
  // folded spaces all map to the run (its first character to its end), so a span that ends in one covers the whole run.
  const origin = (i: number) => {
    let lo = 0;
    let hi = shifts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (shifts[mid].at <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found === -1 ? i : shifts[found].from + (i - shifts[found].at);
  };
  const inRun = (i: number) => {
    const k = shifts.findIndex((s, n) => n % 2 === 0 && s.at <= i && i < shifts[n + 1].at);
    return k === -1 ? undefined : { start: shifts[k].from, end: shifts[k + 1].from };
  };
  return {
    text,
    layout,
    startOf: (i) => inRun(i)?.start ?? origin(i),
    endOf: (i) => inRun(i)?.end ?? origin(i) + 1,
  };
}
