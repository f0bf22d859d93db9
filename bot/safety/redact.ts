/**
 * Patient-identifier redaction. Runs before any text reaches a model, a store or a log. It removes
 * what identifies a person and leaves the clinical numbers that learning needs (doses, lab values,
 * guideline codes, dates of courses).
 */
export type IdentifierKind = 'nhs-number' | 'chi-number' | 'ni-number' | 'postcode' | 'date-of-birth' | 'phone' | 'email' | 'hospital-number';

export interface Redaction {
  readonly text: string;
  /** The kinds found, in order of first appearance, without repeats. */
  readonly found: readonly IdentifierKind[];
}

const PLACEHOLDER: Record<IdentifierKind, string> = {
  'nhs-number': '[NHS number removed]',
  'chi-number': '[CHI number removed]',
  'ni-number': '[NI number removed]',
  postcode: '[postcode removed]',
  'date-of-birth': '[date of birth removed]',
  phone: '[phone number removed]',
  email: '[email removed]',
  'hospital-number': '[hospital number removed]',
};

/** NHS numbers (and Scottish CHI numbers) carry a Modulus 11 check digit. */
export function isModulus11Valid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function isDdMmYy(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

const TEN_DIGITS = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g;
const NHS_CONTEXT = /\b(nhs|rhif gig|gig)\b[^.\n]{0,20}$/i;
const CHI_CONTEXT = /\bchi\b[^.\n]{0,20}$/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Two prefix letters (never D, F, I, Q, U, V; the second never O), six digits, a suffix A to D.
const NI_NUMBER = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
const PHONE = /(?:(?<![\w+])\+44[\s-]?\(?0?\)?[\s-]?|(?<![\w])0)(?:\d[\s-]?){8,9}\d(?![\d])/g;
const HOSPITAL_NUMBER =
  /\b(mrn|hospital (?:no|number)|hosp\.? no\.?|unit (?:no|number)|case (?:no|number)|patient (?:id|no|number)|rhif (?:ysbyty|claf|achos))\.?\s*(?:is|:|=|#|yw)?\s*([A-Z]{0,4}-?\d[A-Z\d-]{3,14})\b/gi;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ion|chwe|maw|ebr|mai|meh|gorff|awst|medi|hyd|tach|rhag)[a-z]*\.?\s+\d{2,4})`;
const DATE_OF_BIRTH = new RegExp(String.raw`\b(d\.?o\.?b\.?|date of birth|born(?: on)?|dyddiad geni|ganwyd(?: ar)?)\s*(?:is|:|-|yw)?\s*(${DATE})`, 'gi');
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})\b/gi;
/** Two letters after a digit that are units, not a postcode's inward code ("B12 2mg"). */
const UNITS = new Set(['mg', 'ml', 'kg', 'mm', 'cm', 'km', 'ug', 'iu', 'mu', 'hr', 'hz', 'am', 'pm', 'th', 'st', 'nd', 'rd', 'mo', 'yr', 'wk']);

/** Removes patient identifiers from `text` and reports which kinds it found. */
export function redact(text: string): Redaction {
  const found: IdentifierKind[] = [];
  const note = (kind: IdentifierKind) => {
    if (!found.includes(kind)) found.push(kind);
    return PLACEHOLDER[kind];
  };
  let out = text.replace(EMAIL, () => note('email'));
  out = out.replace(DATE_OF_BIRTH, (_whole, label: string) => `${label} ${note('date-of-birth')}`);
  out = out.replace(HOSPITAL_NUMBER, (_whole, label: string) => `${label} ${note('hospital-number')}`);
  out = out.replace(TEN_DIGITS, (whole: string, a: string, b: string, c: string, offset: number, all: string) => {
    const digits = a + b + c;
    const before = all.slice(Math.max(0, offset - 30), offset);
    if (CHI_CONTEXT.test(before) && isDdMmYy(digits)) return note('chi-number');
    if (isModulus11Valid(digits) || NHS_CONTEXT.test(before)) return note(isDdMmYy(digits) && CHI_CONTEXT.test(before) ? 'chi-number' : 'nhs-number');
    return whole;
  });
  out = out.replace(NI_NUMBER, () => note('ni-number'));
  out = out.replace(PHONE, () => note('phone'));
  out = out.replace(POSTCODE, (whole: string, outward: string, inward: string) => (UNITS.has(inward.slice(1).toLowerCase()) || !/\d/.test(outward) ? whole : note('postcode')));
  return { text: out, found };
}
