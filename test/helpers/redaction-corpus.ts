import { isModulus11Valid, type IdentifierKind } from '../../bot/safety/redact';

/**
 * A generated corpus for patient-identifier redaction: every identifier kind in every separator,
 * grouping and digit script people use, with zero-width characters inside and labels near and far,
 * placed in the four kinds of free text HALI takes (a question, a case contribution, a feedback
 * comment, settings text) in English and Welsh; and clinical text that must come through untouched.
 * Deterministic (seeded), so a failure names a case that can be run again.
 */
export interface IdentifierCase {
  readonly sentence: string;
  /** The identifier as written in the sentence. */
  readonly value: string;
  readonly kind: IdentifierKind;
  readonly surface: Surface;
  readonly language: 'en' | 'cy';
}

export type Surface = 'question' | 'case contribution' | 'feedback comment' | 'settings text';

function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Every way of separating digit groups seen in the review, and more. */
export const SEPARATORS = [' ', '  ', '-', '.', '/', '\u00A0', '\u2009', '\u202F', '\u2013', '\u2014', '\u2212', '\t', '\n', ' - ', '', '_', ','] as const;
/** Invisible characters that break naive patterns. */
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'] as const;
/** Zero in several digit scripts: full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, mathematical bold. */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x1d7ce];
const GROUPINGS = [[3, 3, 4], [4, 3, 3], [2, 2, 2, 2, 2], [10], [3, 4, 3], [5, 5]];

const SURFACES: Record<Surface, Record<'en' | 'cy', readonly ((v: string) => string)[]>> = {
  question: {
    en: [(v) => `Can I put ${v} into Copilot to draft a referral?`, (v) => `My patient ${v} has a family history of bowel cancer: should they have Lynch testing?`],
    cy: [(v) => `A allaf roi ${v} yn Copilot i ysgrifennu atgyfeiriad?`, (v) => `Mae gan fy nghlaf ${v} hanes teuluol o ganser y coluddyn: a ddylai gael prawf Lynch?`],
  },
  'case contribution': {
    en: [(v) => `This reminds me of a lady we saw last week, ${v}, with the same pedigree`, (v) => `I'd order a panel first, like we did for ${v}`],
    cy: [(v) => `Mae hyn yn f’atgoffa o fenyw a welsom yr wythnos diwethaf, ${v}, gyda’r un achau`, (v) => `Byddwn i’n archebu panel yn gyntaf, fel y gwnaethom i ${v}`],
  },
  'feedback comment': {
    en: [(v) => `Great answer, it helped with ${v} this morning`, (v) => `Wrong for my patient (${v}), the dose was different`],
    cy: [(v) => `Ateb gwych, fe helpodd gyda ${v} y bore yma`, (v) => `Anghywir i fy nghlaf (${v}), roedd y dos yn wahanol`],
  },
  'settings text': {
    en: [(v) => `Europe/London ${v}`, (v) => `pause until Friday, covering for ${v}`],
    cy: [(v) => `Europe/London ${v}`, (v) => `saib tan ddydd Gwener, yn cyflenwi dros ${v}`],
  },
};

/** Labels placed before a value, some far from it (more than 20 characters). */
const LABELS: Record<IdentifierKind, Record<'en' | 'cy', readonly string[]>> = {
  'nhs-number': {
    en: ['NHS no', 'N.H.S. no', 'NHS number:', 'nhs#', 'NHS number of the gentleman I saw on the ward this morning is', 'the NHS no. (from the letter we received yesterday) is'],
    cy: ['rhif GIG', 'Rhif G.I.G.', 'rhif GIG y dyn a welais ar y ward y bore yma yw'],
  },
  'chi-number': { en: ['CHI', 'CHI number:', 'C.H.I. no', 'CHI for the lady transferring from Glasgow next week is'], cy: ['rhif CHI', 'rhif CHI y claf o’r Alban sy’n symud atom ni yw'] },
  'ni-number': { en: ['NI number', 'NI no:', 'National Insurance number', 'NINO', 'NI number on the form she brought in yesterday is'], cy: ['rhif YG', 'rhif Yswiriant Gwladol', 'rhif YG ar y ffurflen a ddaeth gyda hi ddoe yw'] },
  postcode: { en: ['lives at', 'home visit to', 'postcode'], cy: ['yn byw yn', 'cod post'] },
  'date-of-birth': { en: ['DOB', 'D.O.B.', 'date of birth:', 'born on', 'b.', 'DOB of the patient in bay 4 (the one with the rash) is'], cy: ['dyddiad geni', 'ganwyd ar', 'dyddiad geni’r claf yng ngwely 4 yw'] },
  phone: { en: ['ring the daughter on', 'tel', 'contact number', 'mobile'], cy: ['ffoniwch y ferch ar', 'rhif ffôn'] },
  email: { en: ['email the results to', 'his email is'], cy: ['e-bostiwch y canlyniadau at', 'ei e-bost yw'] },
  'hospital-number': { en: ['MRN', 'CRN', 'hospital number', 'hosp no.', 'patient ID:', 'unit number'], cy: ['rhif ysbyty', 'rhif claf:'] },
  'passport-number': { en: ['passport number', 'Passport No:', 'passport no.', 'her passport number for the overseas referral is'], cy: ['rhif pasbort', 'pasbort:'] },
  // A name is found only where the text marks it: a title, a label, or "called" beside a person.
  name: {
    en: ['Mrs', 'Mr', 'Ms', 'Miss', 'Mx', 'Mr.', 'MRS', 'Master', 'patient name:', 'pt name -', 'her name is', 'his full name is', 'Name:', 'the patient’s surname is', 'a lady called', 'a gentleman named', 'her son called'],
    cy: ['Mrs', 'Mr', 'Miss', 'enw’r claf yw', 'ei henw yw', 'enw llawn:', 'cyfenw’r claf yw', 'claf o’r enw', 'menyw o’r enw'],
  },

  address: { en: ['lives at', 'home visit to', 'address:', 'her home address is'], cy: ['yn byw yn', 'cyfeiriad:', 'ymweliad cartref â'] },
};
/** Labels after which a name may be written in lower case ("mrs jones", "patient name: mair jones"). */
const LOWER_CASE_NAME_LABELS: Record<'en' | 'cy', readonly string[]> = { en: ['mrs', 'mr', 'Mrs', 'patient name:', 'her name is'], cy: ['mrs', 'enw’r claf yw', 'ei henw yw'] };

export function generateIdentifierCorpus(seed = 14): IdentifierCase[] {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const cases: IdentifierCase[] = [];
  // `joiner` goes between label and value: a space, or nothing for a label typed hard against it ("NHS9434765919").
  const add = (kind: IdentifierKind, value: string, labelled: boolean, labels = LABELS[kind], joiner = ' ') => {
    for (const language of ['en', 'cy'] as const) {
      const surface = pick(Object.keys(SURFACES) as Surface[]);
      const written = labelled ? `${pick(labels[language])}${joiner}${value}` : value;
      cases.push({ sentence: pick(SURFACES[surface][language])(written), value, kind, surface, language });
    }
  };

  // NHS numbers: every separator with every grouping, valid (unlabelled and labelled) and invalid (labelled only).
  for (const separator of SEPARATORS) {
    for (const grouping of GROUPINGS) {
      add('nhs-number', group(nhsNumber(digits), grouping, separator), false);
      add('nhs-number', group(nhsNumber(digits), grouping, separator), true);
      add('nhs-number', group(nhsNumber(digits, false), grouping, separator), true);
    }
  }
  // Zero-width characters inside, a hyphen before or after, other digit scripts, mixed separators.
  for (const invisible of ZERO_WIDTH) {
    const n = nhsNumber(digits);
    add('nhs-number', `${n.slice(0, 3)}${invisible}${n.slice(3, 6)}${invisible} ${n.slice(6)}`, false);
    add('nhs-number', [...n].join(invisible), true);
  }
  for (const zero of DIGIT_ZEROS) {
    add('nhs-number', group(script(nhsNumber(digits), zero), pick(GROUPINGS), pick(SEPARATORS)), false);
    add('nhs-number', group(script(nhsNumber(digits), zero), [3, 3, 4], ' '), true);
  }
  for (let i = 0; i < 6; i++) {
    add('nhs-number', `-${group(nhsNumber(digits), [3, 3, 4], '-')}`, false);
    add('nhs-number', `${group(nhsNumber(digits), [3, 3, 4], '-')}-`, false);
    const n = nhsNumber(digits);
    add('nhs-number', `${n.slice(0, 3)}${pick(SEPARATORS)}${n.slice(3, 6)}${pick(SEPARATORS)}${n.slice(6)}`, true);
  }
  // Typed digit by digit, with spaces.
  for (let i = 0; i < 4; i++) {
    add('nhs-number', [...nhsNumber(digits)].join(' '), false);
    add('nhs-number', [...nhsNumber(digits)].join(' '), true);
  }
  // CHI numbers (DDMMYY + 4, Modulus 11), labelled, in several groupings.
  for (const separator of SEPARATORS) add('chi-number', group(chiNumber(rand, digits), pick([[6, 4], [2, 2, 2, 4], [10], [3, 3, 4]]), separator), true);
  // NI numbers: issued prefixes unlabelled, any prefix (QQ, never issued) labelled, every separator.
  for (const separator of [' ', '-', '', '\u00A0', '\u2013', '  ', '.']) {
    for (let i = 0; i < 3; i++) {
      add('ni-number', niNumber(pick(['AB', 'CE', 'JH', 'NP', 'WR', 'TZ']), digits(6), pick(['A', 'B', 'C', 'D']), separator), false);
      add('ni-number', niNumber(pick(['QQ', 'BG', 'DA', 'FY', 'ZZ', 'AB']), digits(6), pick(['A', 'B', 'C', 'D', 'E', '']), separator), true);
    }
  }
  // Postcodes: single and double spaces, no space, hyphens, no-break and thin spaces, lower case.
  for (const postcode of ['CF10 3AT', 'SA1 8EN', 'LL57 2PW', 'NP20 1FX', 'SY23 3FL', 'CF24 4AY', 'LD1 5ES', 'SA31 2AF', 'CH5 2LU', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE']) {
    for (const separator of [' ', '  ', '-', '', '\u00A0', '\u2009', '\u2013']) {
      const [outward, inward] = postcode.split(' ');
      add('postcode', `${outward}${separator}${inward}`, rand() < 0.5);
      if (separator === ' ') add('postcode', postcode.toLowerCase(), false);
    }
  }
  // Dates of birth: ISO, UK with every separator, written months in English and Welsh, compact.
  for (const date of ['1980-02-01', '01/02/1980', '1.2.80', '01 02 1980', '01\u201302\u20131980', '3 March 1948', '21st Dec 1961', '5 Mehefin 1950', 'March 3, 1948', '19800201', '1st of March 1980', '3/7/48']) {
    add('date-of-birth', date, true);
    add('date-of-birth', date.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d))), true);
  }
  // Phone numbers: brackets, +44 with (0), spaces, hyphens, no-break spaces; dotted only when labelled.
  for (const phone of ['(029) 2074 7747', '07700 900123', '07700900456', '+44 7700 900789', '01632 960001', '029 2018 1234', '+44 (0)29 2074 7747', '0800 015 0000', '029-2074-7747', '+447700900123', '(01632) 960 001', '07700\u00A0900\u00A0123']) {
    add('phone', phone, rand() < 0.5);
    add('phone', phone.replace(/ /g, '\u2009'), true);
  }
  add('phone', '029.2074.7747', true);
  add('phone', '07700.900.123', true);
  for (const email of ['jo.bloggs@example.com', 'dr.jones@nhs.wales.example', 'a.b+c@example.co.uk', 'jo\u200B.bloggs@example.com', 'ＪＯ@example.com', 'jo . bloggs @ example . com', 'dr.jones @ nhs . wales . example']) add('email', email, rand() < 0.5);
  // Hospital numbers, with internal spaces and hyphens.
  for (const mrn of ['A123 4567', 'A1234567', 'K123456', 'RT0012345', '10234567', 'CAV-123456', 'A123-4567', 'M 0012 3456', '１２３４５６７']) add('hospital-number', mrn, true);
  // Names: initials, hyphens, apostrophes, accents, Welsh and other particles; each under three labels.
  for (const name of ['Jones', 'Mair Jones', 'O’Connor', "O'Neill", 'Price-Davies', 'J. R. Smith', 'J Smith', 'Siân Llywelyn', 'Dafydd ap Gwilym', 'Nia ferch Rhys', 'de Souza', 'McDonald', 'Ángel García', 'Ffion Hughes', 'Rhodri Morgan-Evans', 'Ní Bhriain', 'Gwenllïan Ŵyn', 'JONES']) {
    for (let i = 0; i < 3; i++) add('name', name, true);
  }
  for (const name of ['jones', 'o’connor', 'price-davies', 'evans', 'llywelyn']) {
    for (let i = 0; i < 2; i++) add('name', name, true, LOWER_CASE_NAME_LABELS);
  }
  // Said as words: NHS numbers digit by digit in English and Welsh, a phone number with "oh" and "double", an email with
  // "dot" and "at", and dates of birth with dashes and a month's name.
  const english = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const welsh = ['dim', 'un', 'dau', 'tri', 'pedwar', 'pump', 'chwech', 'saith', 'wyth', 'naw'];
  for (let i = 0; i < 6; i++) {
    const n = nhsNumber(digits);
    add('nhs-number', [...n].map((d) => english[Number(d)]).join(i % 2 ? ' ' : ', '), i % 2 === 0);
    add('nhs-number', [...n].map((d) => welsh[Number(d)]).join(' '), true);
  }
  for (const phone of ['oh seven seven double oh, nine oh oh, one two three', 'oh two nine two oh seven four seven seven four seven', 'dim saith saith dim dim naw dim dim un dau tri']) add('phone', phone, true);
  for (const email of ['jo dot bloggs at nhs dot net', 'dr dot jones at wales dot nhs dot uk']) add('email', email, false);
  for (const date of ['01-Feb-1960', '1.feb.60', '3-Mawrth-1948']) add('date-of-birth', date, true);
  // A label typed hard against its value, as in a hurried note or a form field pasted in: "NHS9434765919", "mrnA1234567", "tel07700900123".
  for (let i = 0; i < 8; i++) {
    add('nhs-number', nhsNumber(digits), true, { en: ['NHS', 'NHSno', 'NHSno:', 'nhsnumber', 'NHS#', 'pt', 'Ref:', 'NHSNo.'], cy: ['rhifGIG', 'GIG', 'rhif', 'GIG:'] }, '');
    add('nhs-number', nhsNumber(digits, false), true, { en: ['NHS', 'NHSno:', 'nhsnumber'], cy: ['rhifGIG', 'GIG'] }, '');
  }
  for (const mrn of ['A1234567', 'K123456', 'RT0012345', '10234567']) add('hospital-number', mrn, true, { en: ['MRN', 'mrn:', 'CRN', 'hospno'], cy: ['MRN', 'rhif claf:'] }, '');
  for (const phone of ['07700900123', '07700 900 456', '+447700900789', '029 2074 7747']) add('phone', phone, true, { en: ['tel', 'tel:', 'mob', 'phone', 'mobile:'], cy: ['ffôn', 'ffon:', 'symudol'] }, '');
  // A title's dot run on to the name, a patient list's surname first, a patient-name label with nothing after it.
  for (const name of ['Jones', 'Price-Davies', 'O’Neill', 'Llywelyn']) add('name', name, true, { en: ['Mrs.', 'Mr.', 'Ms.', 'Dr. Evans saw Mrs.'], cy: ['Mrs.', 'Mr.'] }, '');
  for (const name of ['JONES, Mary', 'Price-Davies, Ann', 'Hughes, Siân', 'Evans, Mary Ann']) add('name', name, true, { en: ['pt:', 'patient', 'Name:', 'PT -'], cy: ['claf:', 'enw:'] });
  for (const name of ['jones', 'mair jones', 'Price']) add('name', name, true, { en: ['pt name', 'patient name', 'patient’s surname'], cy: ['pt name'] });
  add('name', 'Jones', true, { en: ['Mstr', 'Master'], cy: ['Mstr'] });
  // A Welsh house or street name joined with "-y-", and a street with no house number after a label.
  for (const address of ['3 Maes-y-Coed', '14 Pen-y-Bryn', '7 Cae-yr-Ysgol']) add('address', address, rand() < 0.5);
  for (const address of ['Heol Fawr', 'Station Road', 'Ffordd yr Orsaf', 'Maes y Deri']) add('address', address, true, { en: ['lives on', 'lives at', 'address:'], cy: ['yn byw yn', 'cyfeiriad:'] });
  // Dialled from abroad: 0044 for +44.
  for (const phone of ['0044 7700 900123', '0044 (0)29 2074 7747', '00447700900456']) add('phone', phone, rand() < 0.5);
  // Welsh ordinals ("3ydd", "2il", "1af", "21ain"), with or without "o" (of).
  for (const date of ['3ydd o Ebrill 1956', '2il Fai 1949', '1af Mawrth 1960', '21ain Hydref 1975', '4ydd o Orffennaf 1988']) add('date-of-birth', date, true);
  // Straight after the person named ("my patient Mary Evans", "fy nghlaf Dafydd").
  for (const name of ['Mary Evans', 'Siân', 'Dafydd ap Gwilym', 'O’Connor', 'Price-Davies', 'J. R. Smith']) {
    for (let i = 0; i < 2; i++) add('name', name, true, { en: ['my patient', 'the lady', 'this gentleman', 'a woman'], cy: ['fy nghlaf', 'y claf', 'y dyn'] });
  }
  // Street addresses: capitalised as written, or in any case after a label; English and Welsh street kinds, flats.
  for (const address of ['12 High Street', '4a Cathedral Rd', 'Flat 3, 22 Cathedral Road', '14 Heol y Parc', '7 Stryd Fawr', 'Fflat 2, 9 Ffordd yr Orsaf', '1 Canada Square', '33 St Mary Street', '5 Maes y Deri', '101 Newport Road', '8 Lôn Las', '2 Oak Tree Close']) {
    add('address', address, false);
    add('address', address.toLowerCase(), true);
  }
  for (const passport of ['729646221', '951299417', 'AB1234567', 'X12345678']) add('passport-number', passport, true);
  return cases;
}

/** Clinical text that must come through exactly as written. */
export function clinicalCorpus(): string[] {
  const doses = ['paracetamol 500 mg four times a day, max 4 g in 24 hours', 'give 1000 units of heparin; 5000 IU; dose 2.5mg', 'clopidogrel 75 mg once daily after a TIA', 'vitamin B12 1mg IM every 3 months', 'methotrexate 7.5–15 mg once weekly with folic acid 5 mg', 'amoxicillin 500 mg three times a day for 5 days', 'dos o 500 mg ddwywaith y dydd; colesterol 9.6 mmol/l', 'tamoxifen 20 mg daily for 5 to 10 years', 'insulin glargine 10 units at 22:00', 'rhowch 1 g o baracetamol bob 4 i 6 awr, dim mwy na 4 g mewn 24 awr'];
  const labs = ['eGFR 45 ml/min/1.73m2 and creatinine 110 umol/L', 'HbA1c 48 mmol/mol; total cholesterol 9.6 mmol/l; LDL 6.1', 'Hb 98 g/L, platelets 150 x 10^9/L, INR 2.5', 'potassium 5.9 mmol/L, sodium 132 mmol/L', 'troponin 0.04 0.25 0.5 ng/mL over 3 hours', 'CRP 0.5 1.2 3.4 5.6 7.8 9.0 mg/L across the week', 'ferritin 0 1 2 3 4 5 6 7 8 9 on the scale', 'pain scores 9 8 7 6 5 4 3 2 1 0 over ten days', 'sats 9 9 9 9 9 9 9 9 9 9 on every check', 'eGFR 0.25 0.35 0.45 0.55 0.65 ratios'];
  const genes = ['c.1521_1523del (p.Phe508del) in CFTR, NM_000492.4', 'NM_007294.4(BRCA1):c.68_69del and NM_000059.4(BRCA2):c.5946del', 'karyotype 47,XXY; 45,X; 46,XX,t(11;22)(q23;q11)', 'rs1801133 in MTHFR, rs4244285 for CYP2C19*2', 'chr7:117559590 and chr17:43044295-43125483 (GRCh38)', 'rs1200000005 and ENSG00000139618; trial NCT1200000013', 'the run read 1,234,567,890 bases', 'MLH1 c.350C>T, MSH2 c.942+3A>T, PMS2 exon 11', 'a 1 in 2 chance; 34.1% diagnostic yield; 100,000 Genomes Project', 'CYP2C19, DPYD, BRCA1 and MLH1 variants; HLA-B*57:01 before abacavir', 'amrywiolyn c.1521_1523del yn CFTR; 47,XXY', 'g.43094692G>A; p.(Arg1443Ter); ENST00000357654.9'];
  const codes = ['NICE CG71, NG12, DG27 and DG42; WHC/2025/026', 'NICE NG28 and TA123; CG181 lipid modification', 'ICD-10 E11.9; SNOMED CT 44054006', 'see NG136 section 1.4.10 and QS5 statement 2', 'Welsh Health Circular WHC/2024/011, GMC 2019 guidance'];
  const dates = ['the course runs 12/03/2026 to 14/03/2026 in room 2B', 'the 2019 and 2020 figures; 3,000 genomes a year', 'bleep 4521 on ward 7B, bed 12, at 09:00', 'clinic 0900 1300 1700 daily', 'call 999 in an emergency or 111 for advice', 'WINGS reported 82 families, mean 9 days to report', 'rounds at 08:30, 12:15 and 17:45; handover 20:00', 'mae’r cwrs yn rhedeg o 12/03/2026 i 14/03/2026', 'published 2023-11-02, updated 2025-01-15', 'since 1948; the 75th anniversary in 2023', 'see part b. 2 below; (b) 12/03/2026 is the course date'];
  // Words beside titles and labels that name nobody: multiple sclerosis, mitral regurgitation, Microsoft products, eponyms.
  const named = ['MS Teams and Microsoft Copilot Chat; a Ms Teams meeting at 10', 'ms and genetics: is multiple sclerosis inherited?', 'severe mr and ar on echo; MR grade 3', 'if they miss a dose, give it when remembered; Miss a dose?', 'Lynch syndrome, Down syndrome, Huntington’s disease and Marfan syndrome', 'a patient called the ward about her results', 'what is the name of the test? name the three modes of inheritance', 'his name is on the referral form; her name is not on the list', 'enw’r prawf yw dilyniannu genom cyfan', 'beth yw enw’r cyflwr?', 'the NHS Five Year Forward View (5 Year Forward View) and a 6 Minute Walk Test', 'a 12 week course in room 2B of the 100,000 Genomes Project; ward 7B, bed 12', 'see 3 Heol in the glossary; a Phase 2 trial in the park', 'Patient Safety, Quality and Governance; NICE, Public Health Wales and HEIW; pt: Female, 67, chest pain', 'her name means "light" in Welsh; the patient name field is blank', 'does the patient name matter? is the patient name enough to identify them; taking the patient’s name off, ok?', 'a patient Safety alert and the Patient Information Leaflet; the patient I saw; a patient with Lynch syndrome; the patient A&E attendances and a patient X-ray', 'count one two three four five six seven eight nine ten; have a look at nhs dot uk; one or two at a time']; 
  return [...doses, ...labs, ...genes, ...codes, ...dates, ...named];
}

/** A 10-digit number with the never-issued 999 prefix: valid Modulus 11, or (valid = false) a wrong check digit. */
function nhsNumber(digits: (n: number) => string, valid = true): string {
  for (;;) {
    const body = `999${digits(6)}`;
    const check = [...'0123456789'].map((d) => body + d).filter(isModulus11Valid);
    if (check.length === 0) continue;
    if (valid) return check[0];
    return body + String((Number(check[0][9]) + 1) % 10);
  }
}

function chiNumber(rand: () => number, digits: (n: number) => string): string {
  for (;;) {
    const body = `${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${digits(5)}`;
    const valid = [...'0123456789'].map((d) => body + d).find(isModulus11Valid);
    if (valid) return valid;
  }
}

function niNumber(prefix: string, six: string, suffix: string, separator: string): string {
  return [prefix, six.slice(0, 2), six.slice(2, 4), six.slice(4), suffix].filter(Boolean).join(separator);
}

function group(value: string, sizes: readonly number[], separator: string): string {
  const chars = [...value];
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(chars.slice(at, at + size).join(''));
    at += size;
  }
  return parts.join(separator);
}

function script(value: string, zero: number): string {
  return value.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
}

/** The letters and digits of `text` with every digit script folded to 0-9: what an identifier "is". */
export function core(text: string): string {
  return [...text.normalize('NFKC')].filter((c) => /[\p{L}\p{Nd}]/u.test(c)).map((c) => c.replace(/\p{Nd}/u, (d) => foldDigit(d))).join('').toLowerCase();
}

function foldDigit(d: string): string {
  if (/[0-9]/.test(d)) return d;
  const code = d.codePointAt(0)!;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** Shares of identifiers removed and of clinical sentences kept word for word. */
export function measureRedaction(redact: (text: string) => { text: string; found: readonly string[] }) {
  const identifiers = generateIdentifierCorpus();
  const missed = identifiers.filter((c) => core(redact(c.sentence).text).includes(core(c.value)));
  const clinical = clinicalCorpus();
  const changed = clinical.filter((text) => {
    const result = redact(text);
    return result.text !== text || result.found.length > 0;
  });
  return {
    identifiers: identifiers.length,
    removed: identifiers.length - missed.length,
    missed,
    clinical: clinical.length,
    kept: clinical.length - changed.length,
    changed,
    kinds: [...new Set(identifiers.map((c) => c.kind))],
    surfaces: [...new Set(identifiers.map((c) => c.surface))],
  };
}
