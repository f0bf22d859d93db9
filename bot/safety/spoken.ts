import { all, isModulus11Valid, labelledBefore, LABELS, type Found } from './identifiers';

/**
 * Identifiers written as they are said: digits as words ("nine four three, four seven six, five nine one
 * nine", "oh seven seven double oh nine...", "naw pedwar tri...") and an email with "dot" and "at" ("jo dot
 * bloggs at nhs dot net"). A run of nine or more number words is read as its digits and removed when it is
 * an NHS number (a valid check digit, or labelled) or a UK phone number (0 then ten digits, or labelled);
 * counting in words ("one two three four...") is neither.
 */
const WORD_DIGITS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  dim: '0', un: '1', dau: '2', dwy: '2', tri: '3', tair: '3', pedwar: '4', pedair: '4', pump: '5', pum: '5', chwech: '6', saith: '7', wyth: '8', naw: '9',
};
const REPEAT: Readonly<Record<string, number>> = { double: 2, triple: 3, dwbl: 2 };
const NUMBER_WORD = `(?:${[...Object.keys(WORD_DIGITS), ...Object.keys(REPEAT)].sort((a, b) => b.length - a.length).join('|')})`;
/** Nine or more number words with spaces, commas, hyphens or slashes between ("five seven seven / one two two / …"). */
const RUN = new RegExp(String.raw`(?<![\p{L}])${NUMBER_WORD}(?:[ ,/-]{1,3}${NUMBER_WORD}){8,}(?![\p{L}])`, 'giu');

function digitsOf(run: string): string {
  let digits = '';
  let repeat = 1;
  for (const word of run.toLowerCase().split(/[ ,/-]+/)) {
    if (REPEAT[word]) repeat = REPEAT[word];
    else {
      digits += WORD_DIGITS[word].repeat(repeat);
      repeat = 1;
    }
  }
  return digits;
}

/** The kind of identifier `digits` read at `at` are, if they are one: an NHS number or a UK phone number. */
function kindOf(text: string, at: number, digits: string): 'nhs-number' | 'phone' | undefined {
  if (digits.length === 10 && (isModulus11Valid(digits) || labelledBefore(text, at, LABELS.nhs))) return 'nhs-number';
  const phone = (/^0\d{9,10}$/.test(digits) && !/^0?(\d)\1+$/.test(digits)) || (digits.length >= 9 && labelledBefore(text, at, LABELS.phone));
  return phone ? 'phone' : undefined;
}

export function spokenNumbers(text: string): Found[] {
  const said = all(RUN, text, (m) => {
    const kind = kindOf(text, m.index, digitsOf(m[0]));
    return kind ? { start: m.index, end: m.index + m[0].length, kind } : undefined;
  });
  return [...said, ...mixedNumbers(text)];
}

/**
 * Number words and figures mixed in one number, as it is read out and typed at once: "four eight five 777 3456", "NHS: seven three
 * three 923 7704", "pedwar wyth pump 777 3456", "zero seven seven zero zero 900 719". A run of three or more, words and figures both,
 * whose digits (or the longest stretch of them) read as an NHS or a phone number as spokenNumbers reads words alone.
 */
const MIXED = new RegExp(String.raw`(?<![\p{L}\d])(?:${NUMBER_WORD}|\d{1,5})(?:[ ,-]{1,3}(?:${NUMBER_WORD}|\d{1,5})){2,}(?![\p{L}\d])`, 'giu');
const TOKEN = /\p{L}+|\d+/gu;
const LONGEST = 16;
/** What a mixed run needs: a figure, and a number word standing alone. */
const MIXED_NEEDS = [/\d/, new RegExp(String.raw`(?<![\p{L}])${NUMBER_WORD}(?![\p{L}])`, 'iu')];
function mixedNumbers(text: string): Found[] {
  return all(MIXED, text, (m) => {
    const tokens = [...m[0].matchAll(TOKEN)].map((t) => ({ start: m.index + t.index, end: m.index + t.index + t[0].length, word: t[0].toLowerCase() }));
    if (!tokens.some((t) => /\d/.test(t.word)) || !tokens.some((t) => !/\d/.test(t.word))) return undefined;
    // The longest stretch of the run that reads as an identifier, figures and words both: "on" or "o" at either end is a word. A
    // number is at most eleven digits, each a word, and a "double" or two: a stretch is never longer than LONGEST, so a long run stays linear.
    for (let length = Math.min(tokens.length, LONGEST); length >= 3; length--) {
      for (let from = 0; from + length <= tokens.length; from++) {
        const stretch = tokens.slice(from, from + length);
        if (!stretch.some((t) => /\d/.test(t.word)) || !stretch.some((t) => !/\d/.test(t.word)) || REPEAT[stretch[length - 1].word]) continue;
        const digits = digitsOfTokens(stretch.map((t) => t.word));
        const kind = isCount(digits) ? undefined : kindOf(text, stretch[0].start, digits);
        if (kind) return { start: stretch[0].start, end: stretch[length - 1].end, kind };
      }
    }
    return undefined;
  }, MIXED_NEEDS);
}

/** Digits that step by the same -1, 0 or +1 throughout ("zero one two 3 4 5 6 7 8 9"): counting, not a number. */
function isCount(digits: string): boolean {
  const step = Number(digits[1]) - Number(digits[0]);
  return Math.abs(step) <= 1 && [...digits].every((d, i) => i === 0 || Number(d) - Number(digits[i - 1]) === step);
}

/** The digits of words and figures read in turn, "double" and "triple" repeating what follows. */
function digitsOfTokens(tokens: readonly string[]): string {
  let digits = '';
  let repeat = 1;
  for (const token of tokens) {
    if (REPEAT[token]) repeat = REPEAT[token];
    else {
      digits += (/\d/.test(token) ? token : WORD_DIGITS[token]).repeat(repeat);
      repeat = 1;
    }
  }
  return digits;
}

// A local part with "dot" in it ("jo dot bloggs at ..."), or any after "email" ("email jo at nhs dot net"): "have a look
// at nhs dot uk" is a website.
// A local part typed with its dots ("priya.jones AT outlook DOT com") is an address's as surely as one said with "dot".
const SPOKEN_EMAIL = /(?<![\p{L}\d.])([\p{L}\d_-]+(?:(?: dot |\.)[\p{L}\d_-]+)*) at [\p{L}\d-]+(?: dot [\p{L}\d-]+)* dot (?:net|com|uk|org|wales|scot|gov|nhs|ac|co|cymru|io)(?![\p{L}\d])/giu;
const EMAIL_LABEL = /(?<![\p{L}])(?:e-?mail|e-?bost|ebostiwch|e-bostiwch)(?![\p{L}])/iu;
/**
 * An address at a mail provider people use, with "at" (and "dot") in words, the ending sometimes left off: "dilwyn.rees95 at gmail",
 * "bleddyn.roberts12AT gmail DOT com". The local part is made as addresses are, words joined by a dot or a word and digits
 * ("jo.bloggs", "rees95", "jones.m60"), which "meet at outlook" and "fig.3 at yahoo" are not; an "AT" typed hard against it only in capitals.
 */
const PROVIDERS = String.raw`gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|live|aol|protonmail|nhs\.net|nhs dot net|wales\.nhs\.uk`;
const AT_PROVIDER = new RegExp(
  String.raw`(?<![\p{L}\d._%+-])([\p{L}\d_%+-]{1,64}(?:\.[\p{L}\d_%+-]{1,64}){0,4})( ?at ?)(?:${PROVIDERS})(?:(?: ?\. ?| dot )[a-z]{2,6}){0,3}(?![\p{L}\d])`,
  'giu',
);
/** A provider named after "at" anywhere in the text, which AT_PROVIDER needs. */
const PROVIDER_NAMED = new RegExp(String.raw`at ?(?:${PROVIDERS})`, 'i');
export function spokenEmails(text: string): Found[] {
  // An address said in words ends " dot " and a domain's last part.
  const said = all(
    SPOKEN_EMAIL,
    text,
    (m) => (m[1].includes(' dot ') || /\p{L}\.\p{L}/u.test(m[1]) || EMAIL_LABEL.test(text.slice(Math.max(0, m.index - 40), m.index)) ? { start: m.index, end: m.index + m[0].length, kind: 'email' } : undefined),
    / dot /i,
  );
  const atProvider = all(AT_PROVIDER, text, (m) => {
    const local = m[1];
    // A dot between letters ("jo.bloggs", "jones.m60", "g.puw") or letters and digits ("rees95", "m60") make an address; "fig.3"
    // and "e.g" do not.
    const addressLike = /\p{L}{2}\.\p{L}|\p{L}\.\p{L}{3}|\p{L}{3}\d|\p{L}\d{2}/u.test(local) && (m[2].startsWith(' ') || m[2].startsWith('AT'));
    return addressLike ? { start: m.index, end: m.index + m[0].length, kind: 'email' } : undefined;
  }, PROVIDER_NAMED);
  return [...said, ...atProvider];
}
