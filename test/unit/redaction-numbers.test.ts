import { expect } from 'chai';
import { isModulus11Valid, redact } from '../../bot/safety/redact';

/**
 * Numbers, dates, emails, passports and addresses an outside probe found left in: an NHS number straight after a year or a date,
 * or with its first three digits in brackets; a date of birth written year first, or in words; a date after a record header's
 * bracketed title; passport numbers; hospital numbers said of a patient; emails with "AT" and "DOT" spelled out; addresses after
 * "lives at" in lower case or by a house's name. Each is generated over values and frames, in English and Welsh, and the clinical
 * text beside each must come out word for word.
 */

/** Ten-digit NHS numbers with a valid Modulus 11 check digit, made from nine-digit stems. */
function nhsNumbers(count: number): string[] {
  const out: string[] = [];
  for (let stem = 401_234_567; out.length < count; stem += 7_919_113) {
    const nine = String(stem % 1_000_000_000).padStart(9, '0');
    const sum = [...nine].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) out.push(nine + String(check));
  }
  return out;
}
const NHS = nhsNumbers(6);
const spaced = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
const bracketed = (n: string) => `(${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6)}`;

/** `value` is gone from the redacted text (digits compared with the spacing taken out), and `kept` is all still there. */
function expectRemoved(text: string, value: string, kept: readonly string[] = []): void {
  const out = redact(text).text;
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 4) expect(out.replace(/\D/g, ''), `${text} -> ${out}`).not.to.include(digits);
  else expect(out, `${text} -> ${out}`).not.to.include(value);
  for (const word of kept) expect(out, `${text} -> ${out}`).to.include(word);
}
const expectKept = (text: string) => expect(redact(text).text, text).to.equal(text);

describe('redaction: numbers, dates, emails, passports and addresses', () => {
  it('makes valid NHS numbers to test with', () => NHS.forEach((n) => expect(isModulus11Valid(n), n).to.equal(true)));

  describe('NHS numbers after a year or a date, and with the first group bracketed', () => {
    const FRAMES: readonly ((n: string) => string)[] = [
      (n) => `DOB 24/06/1966 ${spaced(n)}`,
      (n) => `1936 ${spaced(n)}`,
      (n) => `NHS no 24/06/1966 ${spaced(n)}`,
      (n) => `Lewandowska\tMarek\t2002-07-19\t${spaced(n)}`,
      (n) => `dyddiad geni 03.04.1958 ${spaced(n)} angen prawf`,
      (n) => `NHS no ${bracketed(n)}`,
      (n) => `nhs number is ${bracketed(n)} can u check`,
      (n) => `pt ${bracketed(n)} query BRCA`,
      (n) => `rhif GIG ${bracketed(n)}`,
      (n) => `| ${bracketed(n)} | Ward 7 | R208 |`,
    ];
    for (const n of NHS) for (const [i, frame] of FRAMES.entries()) it(`removes ${n} (${i})`, () => expectRemoved(frame(n), n));

    it('never reads the month and day of a year-first date as the start of a phone number', () => {
      expect(redact(`seen 2002-07-19 452 542 3910`).text).to.equal('seen 2002-07-19 452 542 3910');
    });
    it('leaves a bracketed area code to the phone finder', () => {
      expect(redact('ring (029) 2074 5000').text).to.equal('ring [phone number removed]');
      expect(redact('ring (029) 207 4500').text).to.equal('ring [phone number removed]');
    });
  });

  describe('dates of birth', () => {
    const LABELS = ['DOB', 'dob:', 'D.O.B.', 'born', 'd/o/b', 'date of birth', 'dyddiad geni:', 'ganwyd', 'pt was born on'];
    const ISO = ['1983-03-21', '1931-12-19', '2004-07-02', '1956/04/03'];
    for (const label of LABELS) for (const date of ISO) it(`removes the whole of ${label} ${date}`, () => expectRemoved(`${label} ${date} and asks about NIPT`, date, [label, 'NIPT']));

    const SPOKEN = ['the twenty-third of january nineteen eighty-three', 'the twenty-first of july nineteen sixty-six', 'the fourth of may two thousand and three'];
    const SAID: readonly ((date: string) => string)[] = [
      (d) => `date of birth is ${d}`,
      (d) => `b. ${d}`,
      (d) => `her birthday is ${d}`,
      (d) => `dob was ${d}, asking about Lynch`,
    ];
    for (const date of SPOKEN) for (const [i, frame] of SAID.entries()) it(`removes a date of birth in words (${i}): ${date}`, () => expectRemoved(frame(date), date.replace(/^the /, '')));

    const HEADER_DATES = ['26/08/1949', '18/1/00', '18.01.2000', '2000-01-18', '18 January 2000', 'January 18, 2000', '18 Ionawr 2000', '18fed o Ionawr 2000'];
    for (const title of ['Mrs', 'Mr', 'Miss', 'Dr']) {
      for (const date of HEADER_DATES) it(`removes the date after a header's bracketed title: (${title}) ${date}`, () => expectRemoved(`EVANS, Mary (${title}) ${date}`, date, [`(${title})`]));
    }
  });

  describe('passport numbers', () => {
    const PASSPORTS = ['729646221', '951299417', '100452207', 'AB1234567', 'X12345678', 'CD987654321'];
    const FRAMES: readonly ((p: string) => string)[] = [
      (p) => `Passport No: ${p}`,
      (p) => `passport number ${p} for the overseas referral`,
      (p) => `her passport number for the overseas referral is ${p}`,
      (p) => `rhif pasbort ${p} ar gyfer yr atgyfeiriad`,
      (p) => `pasbort: ${p}`,
    ];
    for (const passport of PASSPORTS) {
      for (const [i, frame] of FRAMES.entries()) {
        it(`removes ${passport} (${i})`, () => {
          const result = redact(frame(passport));
          expect(result.text, frame(passport)).to.include('[passport number removed]').and.not.include(passport);
          expect(result.found).to.deep.equal(['passport-number']);
        });
      }
    }
  });

  describe('hospital numbers said of a patient', () => {
    const NUMBERS = ['54338111', '10375865', 'b5103346', 'B5103346', 'U91594K', 'cav3306619'];
    const FRAMES: readonly ((n: string) => string)[] = [
      (n) => `pt ${n} in bay 3 needs R208`,
      (n) => `can u chase results for ${n} and ${n}`,
      (n) => `patient: ${n} - BRCA result?`,
      (n) => `claf ${n} angen prawf R210`,
      (n) => `please check results for ${n}, ${n}`,
    ];
    for (const number of NUMBERS) for (const [i, frame] of FRAMES.entries()) it(`removes ${number} (${i})`, () => expectRemoved(frame(number), number, [/R2\d\d|BRCA|and/.exec(frame(number))?.[0] ?? '']));
  });

  describe('emails with "at" and "dot" in words', () => {
    const LOCALS = ['bleddyn.roberts12', 'dilwyn.rees95', 'sian.jones', 'mwangi33'];
    const FRAMES: readonly ((local: string) => string)[] = [
      (l) => `her email is ${l}AT gmail DOT com`,
      (l) => `her email is ${l} at gmail if you need it`,
      (l) => `${l} at hotmail.co.uk`,
      (l) => `ei e-bost yw ${l} at outlook dot com`,
      (l) => `send it to ${l} at btinternet`,
    ];
    for (const local of LOCALS) {
      for (const [i, frame] of FRAMES.entries()) {
        it(`removes ${local} (${i})`, () => {
          const out = redact(frame(local)).text;
          expect(out, frame(local)).to.include('[email removed]').and.not.include(local);
        });
      }
    }
  });

  describe('addresses after a label, in lower case or by a house’s name', () => {
    const CASES: readonly [string, string][] = [
      ['she lives at 46 tan y bryn', 'tan y bryn'],
      ['lives at 7 pen y bont with her son', 'pen y bont'],
      ['lives at The Old Rectory', 'Old Rectory'],
      ['she lives at Fferm Tŷ Newydd, Treorchy', 'Tŷ Newydd'],
      ['address 99 rhodfa’r môr', 'môr'],
      ['cyfeiriad: Plas Newydd', 'Newydd'],
    ];
    for (const [text, name] of CASES) it(`removes "${name}" from "${text}"`, () => expectRemoved(text, name));
  });

  describe('clinical text stays word for word', () => {
    const KEPT = [
      'paracetamol 1 g four times a day, 2019 guidance, 500 mg',
      'NICE NG12 and CG164; R208 and R210 panels; PMID 31234567',
      'HbA1c 48 mmol/mol on 2024-03-21, eGFR 45',
      'born at 32 weeks, as NICE said in 2019',
      'the course runs 2026-03-12 to 2026-03-14 in room 2B',
      'order 1234 5678 90 was delivered',
      'call 111 or 999; NHS 111 Wales',
      'from 1990 to 2020 the yield rose from 5 to 25%',
      'b. the first item on the list',
      'her birthday is next week',
      'the 2019 cohort: 120 450 3300 samples',
      'Ward 7 (Dr on call) 26/08 review',
      'her passport expired in 2019, so the overseas referral waits',
      'pasbort iechyd: 12 tudalen',
      'pt 3 in bay 12 needs 2.5 mg; bed 4 has 5 units',
      'PMID 31234567 and ClinVar 12345678; lab accession 20240315',
      'pt rs80357906 heterozygous; patient NM_000492.4 c.1521_1523del; pt ISO27001 audit',
      'see fig.3 at yahoo; meet at outlook; version 2.1 at gmail',
      'log in at nhs.net with your NADEX account',
      'she lives at 46 with her son; lives at home; lives at 2 hours from the hospital',
      'mae hi’n byw yn 3 gyda’i merch',
    ];
    for (const text of KEPT) it(`keeps "${text}"`, () => expectKept(text));
  });
});
