import { codeShapedNumbers, datesOfBirth, emails, hospitalNumbers, isModulus11Valid, lookalikeNumbers, maskedNumbers, nhsAndChiNumbers, niNumbers, partNhsNumbers, passportNumbers, phones, postcodes, type Found, type IdentifierKind } from './identifiers';
import { addresses } from './addresses';
import { fields } from './fields';
import { names } from './names';
import { spokenEmails, spokenNumbers } from './spoken';
import { normalise } from './normalise';
import { firstComeSpans } from './spans';

/**
 * Patient-identifier redaction. Runs before any text reaches a model, a store or a log. It removes
 * what identifies a person and leaves the clinical numbers that learning needs (doses, lab values,
 * gene variants, guideline codes, dates of courses). Patterns run on a normalised copy (normalise.ts)
 * and the removal is applied to the text as written, so nothing but identifiers changes.
 */
export { isModulus11Valid, type IdentifierKind };

export interface Redaction {
  readonly text: string;
  /** The kinds found, in the order the finders report them, without repeats. */
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
  'passport-number': '[passport number removed]',
  name: '[name removed]',
  address: '[address removed]',
};

const PLACEHOLDERS = new RegExp(Object.values(PLACEHOLDER).map((p) => p.replace(/[[\]]/g, '\\$&')).join('|'), 'g');

/** `text` without the placeholders redaction left ("[name removed]", "[phone number removed]"): they stand for what was removed, and ask nothing. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, ' ');
}

/** The finders in the order their kinds are reported; an earlier finder's span wins an overlap. A finder may read the text's layout (normalise.ts). */
const FINDERS: readonly ((text: string, layout: string) => Found[])[] = [emails, spokenEmails, fields, datesOfBirth, hospitalNumbers, passportNumbers, nhsAndChiNumbers, partNhsNumbers, maskedNumbers, lookalikeNumbers, spokenNumbers, niNumbers, phones, postcodes, codeShapedNumbers, addresses, names];

/** Spans from every finder, earlier finders first; a span overlapping one already taken is dropped (spans.ts). */
function locate(text: string, layout: string): Found[] {
  return firstComeSpans(
    FINDERS.map((find) => find(text, layout)),
    text.length,
  );
}

/**
 * Loads what redaction reads (the everyday-word lists behind name-like.ts) and runs every finder once, at start-up: otherwise the
 * first learner's message after a restart waits about 150 ms for them.
 */
export function prepareRedaction(): void {
  redact('referred Xiaoling Huang, saw Gareth today; Thabo Eze, 63, bed 4, NHS 943 476 5919, DOB 03/04/1956, Surname\tForename\t01/02/1960, sian@example.com, CF10 3AT');
}

/** Removes patient identifiers from `text` and reports which kinds it found. */
export function redact(text: string): Redaction {
  const folded = normalise(text);
  const spans = locate(folded.text, folded.layout);
  const found = [...new Set(spans.map((s) => s.kind))];
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = folded.startOf(span.start);
    const end = folded.endOf(span.end - 1);
    out += text.slice(at, start) + PLACEHOLDER[span.kind];
    at = end;
  }
  return { text: out + text.slice(at), found };
}
