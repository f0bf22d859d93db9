/**
 * Identifiers given as a record's fields, as systems and people paste them: key=value pairs ("Patient=Jones;DOB=03/04/1956"), JSON
 * ('{"name": "Mary Jones", "nhs": "4857773456"}', "{enw: 'Siân Evans'}"), and a web address's query ("...?surname=Jones&forename=Mary",
 * "patientName=Margaret%20Jones"). The key says what the value is, in English or Welsh, camelCase, snake_case or spaced, so the value
 * goes whatever its shape. A key and a colon in prose ("Patient: 67F with BRCA2") are the name finder's to read (names.ts): here only a
 * key the text marks as a field's, by "=", quotes, a compound key ("PatientName", "rhif_gig") or a "{", "&", "?" or ";" before it.
 */
import { all, type Found, type IdentifierKind } from './identifiers';
import { isListedName, isNameLike } from './name-like';

const S = String.raw`[ _.-]?`;
const KEYS: readonly [IdentifierKind, string][] = [
  ['name', String.raw`(?:patient|pt|client)${S}(?:(?:full|first|last|given|family|sur|fore|middle)${S})?names?|(?:full|first|last|given|family|middle)${S}names?|surname|forename|given|family|names?|patient|pt|enw(?:${S}(?:claf|cyntaf|llawn|olaf))?|cyfenw|claf`],
  ['date-of-birth', String.raw`d\.?o\.?b\.?|date${S}of${S}birth|birth${S}date|dg|dyddiad${S}geni|geni|born`],
  ['nhs-number', String.raw`(?:patient${S})?nhs${S}(?:no|num|number|id)?|rhif${S}gig|gig|chi(?:${S}(?:no|number))?`],
  ['hospital-number', String.raw`mrn|hosp(?:ital)?${S}(?:no|num|number|id)|unit${S}no|pas${S}(?:no|id)|rhif${S}ysbyty|crn|identifier|(?:patient|pt)${S}id|id`],
];
/** A key, its quote, the "=" or ":", and the value's opening quote. */
const FIELD = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(["']?)(${KEYS.map(([, key]) => `(${key})`).join('|')})\1 ?([=:]) ?(["']?)`,
  'giu',
);
/** What marks a key as a field's, before it: the start of an object or of a query's pair, or a field before it. */
const FIELD_BEFORE = /(?:^|[{&?;,|]|[{&?;,|] |\n)$/;

const NAME_VALUE = /^[\p{L}'’.-]+(?:(?:[ _+]|%20|,(?! )| ,|, (?=\p{Lu}))[\p{L}'’.-]+){0,3}/u;
const DATE_VALUE = /^(?:\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}|\d{6,8}|\d{1,2}[ -]?[A-Za-z]{3,9}[ -]?\d{2,4})(?![\p{L}\p{N}])/u;
const NHS_VALUE = /^\d(?:[ -]?\d){5,11}(?![\p{L}\p{N}])/u;
const HOSPITAL_VALUE = /^[A-Za-z]{0,4}\d{0,2}[ -]?\d(?:[ -]?\d){4,9}[A-Za-z]?(?![\p{L}\p{N}])/u;
/** What a name field holds that is no one's name. */
const NO_NAME = new Set('unknown null none n/a na nil tbc male female man woman boy girl baby gwryw benyw true false yes no'.split(' '));
/** Words a name value stops before when written bare: what comes after the record ("name=Mary Jones query Lynch"). */
const isNameWord = (word: string, first: boolean) => first || /^\p{Lu}/u.test(word) || PARTICLES.test(word);

/** A key that names a person's name; a bare "name" or "enw" is a panel's, a drug's or a test's as often ('{"name": "Familial breast cancer"}'). */
const PERSON_KEY = /^(?:patient|pt|client|sur|fore|given|family|first|last|full|middle|enw[ _.-]?claf|cyfenw|claf)/i;
const PARTICLES = /^(?:ap|ab|ferch|van|von|de|der|den|la|le|du|di|da|mac|o['’]|mc)$/iu;
/** Whether the words of a generic name field's value could all be a name's ("Mary Jones", "Rees,Carys"), not a panel's or a drug's. */
const nameLike = (value: string) => value.split(/[\s_+,]+|%20/).filter(Boolean).every((word) => PARTICLES.test(word) || isNameLike(word.replace(/^[.'’-]+|[.'’-]+$/g, '')));

/** The value of a field of `kind` at `from`, quoted (up to `quote`) or bare, as a span. */
function valueOf(text: string, from: number, kind: IdentifierKind, quote: string, key: string): Found | undefined {
  const span = valueSpan(text, from, kind, quote);
  if (!span || kind !== 'name' || PERSON_KEY.test(key)) return span;
  // After a bare "name", the whole value to the field's end must be a name's, one of its words listed: "name=Lynch syndrome" and
  // '"name":"tamoxifen"' stay.
  const value = text.slice(span.start, span.end);
  if (!quote && /^[ _+]\p{Ll}/u.test(text.slice(span.end, span.end + 2)) && !KEY_AT.test(text.slice(span.end + 1, span.end + 40))) return undefined;
  const listed = value.split(/[\s_+,]+|%20/).some((word) => isListedName(word));
  return listed && nameLike(value) ? span : undefined;
}

function valueSpan(text: string, from: number, kind: IdentifierKind, quote: string): Found | undefined {
  const rest = text.slice(from, from + 80);
  const quoted = quote ? rest.slice(0, Math.max(0, rest.indexOf(quote))) : '';
  if (kind === 'name') {
    if (quote) {
      if (!/\p{L}/u.test(quoted) || /\d/.test(quoted) || quoted.split(/\s+/).length > 5 || NO_NAME.has(quoted.toLowerCase())) return undefined;
      return { start: from, end: from + quoted.length, kind };
    }
    const bare = NAME_VALUE.exec(rest)?.[0];
    if (!bare) return undefined;
    // Up to the next field's key ("name=Mary Jones dob=…") and the words after the record ("name=Mary Jones query Lynch").
    let end = 0;
    for (const word of bare.matchAll(/[\p{L}'’.-]+/gu)) {
      const after = rest.slice(word.index + word[0].length);
      if (word.index > 0 && (/^ ?[=:]/.test(after) || KEY_AT.test(rest.slice(word.index)))) break;
      if (!isNameWord(word[0], word.index === 0) && !/^\p{Ll}/u.test(bare)) break;
      if (/^\p{Ll}/u.test(bare) && word.index > 0 && /^\p{Ll}/u.test(word[0]) && bare.slice(0, word.index).split(/[ _+,]|%20/).filter(Boolean).length >= 2) break;
      end = word.index + word[0].length;
    }
    const value = bare.slice(0, end);
    if (!value || NO_NAME.has(value.toLowerCase())) return undefined;
    return { start: from, end: from + value.length, kind };
  }
  const pattern = kind === 'date-of-birth' ? DATE_VALUE : kind === 'nhs-number' ? NHS_VALUE : HOSPITAL_VALUE;
  const value = pattern.exec(quote ? quoted : rest)?.[0];
  if (!value || value.replace(/\D/g, '').length < (kind === 'date-of-birth' ? 4 : 5)) return undefined;
  if (quote && value.length !== quoted.trim().length) return undefined;
  return { start: from, end: from + value.length, kind };
}

/** A field's key where a bare value's words would run on ("Cyfenw=Parry Enw=Huw Rhif ysbyty=…"). */
const KEY_AT = new RegExp(String.raw`^(?:${KEYS.map(([, key]) => key).join('|')})["']? ?[=:]`, 'iu');
/** Another field straight after a value: the value is one of a record's fields ("Patient: PRITCHARD<br>DOB: …", "pt: Khan,Carys; d.o.b: …"). */
const NEXT_FIELD = new RegExp(String.raw`^["']?\s?[;,|&]?\s*["']?(?:${KEYS.map(([, key]) => key).join('|')})["']? ?[=:]`, 'iu');

/** What follows every field's key. */
const KEY_MARK = /[=:]/;

export function fields(text: string): Found[] {
  return all(FIELD, text, (m) => {
    const [whole, keyQuote, key, , , , , separator, valueQuote] = m;
    const kindIndex = m.slice(3, 3 + KEYS.length).findIndex((group) => group !== undefined);
    const kind = KEYS[kindIndex][0];
    const compound = /_|\p{Ll}\p{Lu}/u.test(key);
    // "=" with spaces round it is prose's as often ("patient names = ok?"); typed hard against the key, a field's.
    const glued = separator === '=' && whole[whole.lastIndexOf('=') - 1] !== ' ';
    const strong = glued || keyQuote !== '' || valueQuote !== '' || compound;
    const value = valueOf(text, m.index + whole.length, kind, valueQuote, key);
    if (!value || strong) return value;
    // Otherwise a key is a field's only among others: after a "{", "&", "?", ";" or a line's start, and with another field after it.
    const record = FIELD_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && NEXT_FIELD.test(text.slice(value.end, value.end + 40));
    return record ? value : undefined;
  }, KEY_MARK);
}
