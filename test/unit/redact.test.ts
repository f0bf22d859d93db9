import { expect } from 'chai';
import { isModulus11Valid, redact, type IdentifierKind } from '../../bot/safety/redact';

/** A deterministic generator, so a failure names a case that can be run again. */
function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const rand = seeded(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

/** Valid NHS numbers with the 999 prefix, which is never issued to a real person. */
function testNhsNumber(): string {
  for (;;) {
    const body = `999${digits(6)}`;
    const sum = [...body].reduce((t, d, i) => t + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return body + String(check === 11 ? 0 : check);
  }
}
/** A Scottish CHI number: a date of birth (DDMMYY), three digits and a Modulus 11 check digit. */
function chiNumber(): string {
  for (;;) {
    const body = `${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${digits(5)}`;
    const valid = [...'0123456789'].map((d) => body + d).find(isModulus11Valid);
    if (valid) return valid;
  }
}
const nhsFormats = [(n: string) => n, (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n: string) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`];
const niNumbers = () => `${pick(['AB', 'CE', 'JH', 'NP', 'WR', 'TZ'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`;
const postcodes = ['CF10 3AT', 'SA1 8EN', 'LL57 2PW', 'NP20 1FX', 'SY23 3FL', 'CF24 4AY', 'LD1 5ES', 'SA31 2AF', 'cf14 4xw', 'CH5 2LU'];
const phones = ['07700 900123', '07700900456', '+44 7700 900789', '01632 960001', '029 2018 1234', '+44 (0)29 2074 7747', '0800 015 0000'];
const emails = ['jo.bloggs@example.com', 'dr.jones@nhs.wales.example', 'a.b+c@example.co.uk'];
const dates = ['12/03/1956', '3/7/48', '01.02.1970', '3 March 1948', '21st Dec 1961', '5 Mehefin 1950'];

interface Case {
  sentence: string;
  value: string;
  kind: IdentifierKind;
}

const templates: Record<'en' | 'cy', Record<IdentifierKind, readonly ((v: string) => string)[]>> = {
  en: {
    'nhs-number': [(v) => `My patient ${v} has a family history of bowel cancer`, (v) => `NHS no ${v} - should they have a CYP2C19 test?`, (v) => `can I put ${v} into copilot?`],
    'chi-number': [(v) => `Scottish patient, CHI ${v}, transferring to us`, (v) => `CHI number: ${v}`],
    'ni-number': [(v) => `her NI number is ${v}`, (v) => `NI: ${v} for the form`],
    postcode: [(v) => `lives at ${v} with her daughter`, (v) => `home visit to ${v} tomorrow`],
    'date-of-birth': [(v) => `DOB ${v}, presenting with chest pain`, (v) => `born on ${v}, mum of three`, (v) => `date of birth: ${v}`],
    phone: [(v) => `ring the daughter on ${v}`, (v) => `contact number ${v}`],
    email: [(v) => `email the results to ${v}`, (v) => `his email is ${v}`],
    'hospital-number': [(v) => `MRN ${v} needs a referral`, (v) => `hospital number ${v}`, (v) => `patient id: ${v}`],
    'passport-number': [(v) => `passport number ${v} for the overseas referral`, (v) => `Passport No: ${v}`],
    name: [(v) => `Mrs ${v} in bay 2 has asked about Lynch syndrome`, (v) => `patient name: ${v} - can I use Copilot for her letter?`, (v) => `a lady called ${v} wants BRCA testing`],
    address: [(v) => `home visit to ${v} tomorrow, can Copilot plan the route?`, (v) => `she lives at ${v} with her daughter`],
  },
  cy: {
    'nhs-number': [(v) => `Mae gan fy nghlaf ${v} hanes teuluol o ganser`, (v) => `rhif GIG ${v} - a ddylai gael prawf?`],
    'chi-number': [(v) => `claf o’r Alban, CHI ${v}`],
    'ni-number': [(v) => `ei rhif YG yw ${v}`],
    postcode: [(v) => `mae’n byw yn ${v}`],
    'date-of-birth': [(v) => `dyddiad geni ${v}, poen yn y frest`, (v) => `ganwyd ar ${v}`],
    phone: [(v) => `ffoniwch y ferch ar ${v}`],
    email: [(v) => `e-bostiwch y canlyniadau at ${v}`],
    'hospital-number': [(v) => `rhif ysbyty ${v} angen atgyfeiriad`, (v) => `rhif claf: ${v}`],
    'passport-number': [(v) => `rhif pasbort ${v} ar gyfer yr atgyfeiriad`, (v) => `pasbort: ${v}`],
    name: [(v) => `mae Mrs ${v} yng ngwely 2 eisiau gwybod am syndrom Lynch`, (v) => `enw’r claf yw ${v} ac mae hi’n holi am BRCA`, (v) => `claf o’r enw ${v} gyda hanes teuluol`],
    address: [(v) => `mae hi’n byw yn ${v} gyda’i merch`, (v) => `ymweliad cartref â ${v} yfory`],
  },
};

function corpus(): Case[] {
  const cases: Case[] = [];
  for (const language of ['en', 'cy'] as const) {
    for (let i = 0; i < 40; i++) {
      const nhs = pick(nhsFormats)(testNhsNumber());
      cases.push({ sentence: pick(templates[language]['nhs-number'])(nhs), value: nhs, kind: 'nhs-number' });
    }
    for (let i = 0; i < 10; i++) {
      const chi = chiNumber();
      cases.push({ sentence: pick(templates[language]['chi-number'])(chi), value: chi, kind: 'chi-number' });
      const ni = niNumbers();
      cases.push({ sentence: pick(templates[language]['ni-number'])(ni), value: ni, kind: 'ni-number' });
      const postcode = pick(postcodes);
      cases.push({ sentence: pick(templates[language].postcode)(postcode), value: postcode, kind: 'postcode' });
      const date = pick(dates);
      cases.push({ sentence: pick(templates[language]['date-of-birth'])(date), value: date, kind: 'date-of-birth' });
      const phone = pick(phones);
      cases.push({ sentence: pick(templates[language].phone)(phone), value: phone, kind: 'phone' });
      const email = pick(emails);
      cases.push({ sentence: pick(templates[language].email)(email), value: email, kind: 'email' });
      const mrn = pick(['A1234567', 'K123456', 'RT0012345', '10234567', 'CAV-123456']);
      cases.push({ sentence: pick(templates[language]['hospital-number'])(mrn), value: mrn, kind: 'hospital-number' });
      const name = pick(['Mair Jones', 'Price-Davies', 'O’Connor', 'Siân Llywelyn', 'Dafydd ap Gwilym', 'J. R. Evans', 'McDonald']);
      cases.push({ sentence: pick(templates[language].name)(name), value: name, kind: 'name' });
      const address = pick(['12 High Street', 'Flat 3, 22 Cathedral Road', '14 Heol y Parc', '7 Stryd Fawr', '4a Newport Rd', '2 oak tree close']);
      cases.push({ sentence: pick(templates[language].address)(address), value: address, kind: 'address' });
    }
  }
  // After the rest, so the cases above stay as they were generated.
  for (const language of ['en', 'cy'] as const) {
    for (const passport of ['729646221', '951299417', 'AB1234567', 'X12345678']) cases.push({ sentence: pick(templates[language]['passport-number'])(passport), value: passport, kind: 'passport-number' });
  }
  return cases;
}

describe('patient-identifier redaction', () => {
  it('checks NHS numbers with Modulus 11', () => {
    expect(isModulus11Valid('9434765919')).to.equal(true);
    expect(isModulus11Valid('9434765918')).to.equal(false);
    expect(isModulus11Valid('123')).to.equal(false);
  });

  const cases = corpus();
  it(`removes 100% of ${cases.length} generated identifiers in English and Welsh sentences`, () => {
    const missed = cases.filter((c) => {
      const result = redact(c.sentence);
      return result.text.includes(c.value) || !result.found.includes(c.kind === 'chi-number' ? (result.found.includes('chi-number') ? 'chi-number' : 'nhs-number') : c.kind);
    });
    expect(missed.map((c) => `${c.kind}: ${c.sentence}`)).to.deep.equal([]);
  });

  it('removes a name after a title typed in capitals ("MR WILLIAMS", "MS JONES"), but not what "MR" and "MS" also name', () => {
    const titles = ['MR', 'MRS', 'MS', 'MISS', 'MX', 'Mr', 'mr'];
    const surnames = ['WILLIAMS', "O'NEILL", 'PRICE-DAVIES', 'Williams', 'Hughes'];
    const asked = titles.flatMap((t) => surnames.map((n) => ({ n, text: `${t} ${n} has FH - should I refer?` })));
    expect(asked.filter(({ n, text }) => redact(text).text.includes(n.replace(/^\w/, '')) || !redact(text).found.includes('name')).map(({ text }) => text)).to.deep.equal([]);
    for (const text of ['is an MR scan safe with an implant?', 'MR SCAN booked for tomorrow', 'MR Angiography list on Tuesday', 'MS Society leaflet', 'MS patients and genetics', 'the MS NURSE says', 'MR imaging and AI']) {
      expect(redact(text), text).to.deep.equal({ text, found: [] });
    }
  });

  it('removes several identifiers from one message and says which kinds', () => {
    const nhs = testNhsNumber();
    const result = redact(`Mrs X, NHS ${nhs}, DOB 01/02/1950, CF10 3AT, tel 07700 900123 - what is Lynch syndrome?`);
    expect(result.text).to.equal('Mrs [name removed], NHS [NHS number removed], DOB [date of birth removed], [postcode removed], tel [phone number removed] - what is Lynch syndrome?');
    expect(result.found).to.deep.equal(['date-of-birth', 'nhs-number', 'phone', 'postcode', 'name']);
  });

  it('removes an identifier whose label is typed hard against it, and keeps codes that only look like one', () => {
    const nhs = testNhsNumber();
    const wrongCheck = `${nhs.slice(0, 9)}${(Number(nhs[9]) + 1) % 10}`;
    expect(redact(`NHS${nhs} and nhsnumber${wrongCheck}: lynch?`).text).to.equal('NHS[NHS number removed] and nhsnumber[NHS number removed]: lynch?');
    expect(redact(`pt${nhs}`).text).to.equal('pt[NHS number removed]');
    // The patient's ten digits are theirs even with a wrong check digit (mistyped); a reference's stay, and a code's letters are no label at all.
    expect(redact(`pt${wrongCheck}`).text).to.equal('pt[NHS number removed]');
    expect(redact(`ref${wrongCheck}`).text).to.equal(`ref${wrongCheck}`);
    expect(redact(`rs${nhs} in CYP2C19`).text).to.equal(`rs${nhs} in CYP2C19`);
    expect(redact('mrnA1234567, tel07700900123, ring (0044 7700 900123) after 2').text).to.equal('mrn[hospital number removed], tel[phone number removed], ring ([phone number removed]) after 2');
    expect(redact('ganwyd ar y 3ydd o Ebrill 1956, DOB 2il Fai 1949').text).to.equal('ganwyd ar y [date of birth removed], DOB [date of birth removed]');
    expect(redact(`NHS no ${nhs.slice(0, 3)}_${nhs.slice(3, 6)}_${nhs.slice(6)}`).text).to.equal('NHS no [NHS number removed]');
  });

  it('reads ASCII tabs and line breaks inside an identifier as spaces, and leaves the rest of the text as written', () => {
    const nhs = testNhsNumber();
    const text = `Line one\r\nNHS no:\t${nhs.slice(0, 3)}\t${nhs.slice(3, 6)}\n${nhs.slice(6)}\tthen\ttabs stay`;
    expect(redact(text)).to.deep.equal({ text: 'Line one\r\nNHS no:\t[NHS number removed]\tthen\ttabs stay', found: ['nhs-number'] });
    const accented = `Rhif GIG: ${nhs.slice(0, 3)}\u2009${nhs.slice(3, 6)}\u2009${nhs.slice(6)} \u2013 beth yw\u0175?`;
    expect(redact(accented)).to.deep.equal({ text: 'Rhif GIG: [NHS number removed] \u2013 beth yw\u0175?', found: ['nhs-number'] });
  });

  const clinical = [
    'paracetamol 500 mg four times a day, max 4 g in 24 hours',
    'eGFR 45 ml/min/1.73m2 and creatinine 110 umol/L',
    'HbA1c 48 mmol/mol; total cholesterol 9.6 mmol/l; LDL 6.1',
    'vitamin B12 1mg IM every 3 months',
    'the course runs 12/03/2026 to 14/03/2026 in room 2B',
    'NICE CG71, NG12, DG27 and DG42; WHC/2025/026',
    'CYP2C19, DPYD, BRCA1 and MLH1 variants; a 1 in 2 chance; 34.1% diagnostic yield',
    'give 1000 units of heparin; 5000 IU; dose 2.5mg',
    'bleep 4521 on ward 7B, bed 12, at 09:00',
    'WINGS reported 82 families, mean 9 days to report',
    'clopidogrel 75 mg once daily after a TIA',
    'the 2019 and 2020 figures; 100,000 Genomes Project; 3,000 genomes a year',
    'dos o 500 mg ddwywaith y dydd; colesterol 9.6 mmol/l',
    'call 999 in an emergency or 111 for advice',
  ];
  for (const text of clinical) {
    it(`leaves clinical numbers alone: "${text}"`, () => {
      expect(redact(text)).to.deep.equal({ text, found: [] });
    });
  }
});
