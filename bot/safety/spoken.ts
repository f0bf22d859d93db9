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
/** Nine or more number words with spaces, commas or hyphens between. */
const RUN = new RegExp(String.raw`(?<![\p{L}])${NUMBER_WORD}(?:[ ,-]{1,3}${NUMBER_WORD}){8,}(?![\p{L}])`, 'giu');

function digitsOf(run: string): string {
  let digits = '';
  let repeat = 1;
  for (const word of run.toLowerCase().split(/[ ,-]+/)) {
    if (REPEAT[word]) repeat = REPEAT[word];
    else {
      digits += WORD_DIGITS[word].repeat(repeat);
      repeat = 1;
    }
  }
  return digits;
}

export function spokenNumbers(text: string): Found[] {
  return all(RUN, text, (m) => {
    const digits = digitsOf(m[0]);
    const span = { start: m.index, end: m.index + m[0].length };
    if (digits.length === 10 && (isModulus11Valid(digits) || labelledBefore(text, m.index, LABELS.nhs))) return { ...span, kind: 'nhs-number' };
    const phone = (/^0\d{9,10}$/.test(digits) && !/^0?(\d)\1+$/.test(digits)) || (digits.length >= 9 && labelledBefore(text, m.index, LABELS.phone));
    return phone ? { ...span, kind: 'phone' } : undefined;
  });
}

// A local part with "dot" in it ("jo dot bloggs at ..."), or any after "email" ("email jo at nhs dot net"): "have a look
// at nhs dot uk" is a website.
const SPOKEN_EMAIL = /(?<![\p{L}\d])([\p{L}\d_-]+(?: dot [\p{L}\d_-]+)*) at [\p{L}\d-]+(?: dot [\p{L}\d-]+)* dot (?:net|com|uk|org|wales|scot|gov|nhs|ac|co|cymru|io)(?![\p{L}\d])/giu;
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
/** Most text names no provider: a cheap look for one first spares the scan from every word. */
const PROVIDER_NAMED = new RegExp(String.raw`at ?(?:${PROVIDERS})`, 'i');
export function spokenEmails(text: string): Found[] {
  const said = all(SPOKEN_EMAIL, text, (m) =>
    m[1].includes(' dot ') || EMAIL_LABEL.test(text.slice(Math.max(0, m.index - 40), m.index)) ? { start: m.index, end: m.index + m[0].length, kind: 'email' } : undefined,
  );
  const atProvider = !PROVIDER_NAMED.test(text) ? [] : all(AT_PROVIDER, text, (m) => {
    const local = m[1];
    // A dot between letters ("jo.bloggs", "jones.m60", "g.puw") or letters and digits ("rees95", "m60") make an address; "fig.3"
    // and "e.g" do not.
    const addressLike = /\p{L}{2}\.\p{L}|\p{L}\.\p{L}{3}|\p{L}{3}\d|\p{L}\d{2}/u.test(local) && (m[2].startsWith(' ') || m[2].startsWith('AT'));
    return addressLike ? { start: m.index, end: m.index + m[0].length, kind: 'email' } : undefined;
  });
  return [...said, ...atProvider];
}
