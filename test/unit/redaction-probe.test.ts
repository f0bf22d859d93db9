import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from '../../bot/safety/redact';

interface ProbeMessage {
  readonly category: string;
  readonly text: string;
  /** Text that must not be in the redacted message. */
  readonly mustRemove: readonly string[];
  /** Text that must still be there, word for word. */
  readonly mustKeep: readonly string[];
}

const PROBE: readonly ProbeMessage[] = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'redaction', 'probe-identifiers.json'), 'utf8')).messages;

const leaks = (m: ProbeMessage) => m.mustRemove.filter((s) => redact(m.text).text.includes(s));
const losses = (m: ProbeMessage) => m.mustKeep.filter((s) => !redact(m.text).text.includes(s));
const show = (list: readonly ProbeMessage[], what: (m: ProbeMessage) => readonly string[]) => list.map((m) => `${m.category}: ${JSON.stringify(m.text)} -> ${JSON.stringify(redact(m.text).text)} (${what(m).join(', ')})`);

/**
 * An outside tester's 785 messages (test/fixtures/redaction/probe-identifiers.json): identifiers typed the ways staff type them,
 * and near misses that learning needs kept. At first 68 of the 355 messages with identifiers leaked one, and 9 lost clinical text.
 */
describe('patient-identifier redaction over an outside probe of odd spellings', () => {
  const withIdentifiers = PROBE.filter((m) => m.mustRemove.length > 0);

  it('is the probe: at least 350 messages with identifiers and 400 with nothing to remove, in English and Welsh', () => {
    expect(withIdentifiers.length).to.be.at.least(350);
    expect(PROBE.filter((m) => m.mustRemove.length === 0).length).to.be.at.least(400);
    expect(PROBE.some((m) => /rhif GIG|dyddiad geni|claf/i.test(m.text))).to.equal(true);
  });

  it('removes every NHS, hospital, case-note and PAS number, postcode, phone number and email, however typed', () => {
    const numbers = withIdentifiers.filter((m) => ['nhs-number', 'hospital-number', 'postcode', 'phone', 'email', 'address-ni'].includes(m.category));
    expect(numbers.length).to.be.at.least(150);
    expect(show(numbers.filter((m) => leaks(m).length > 0), leaks)).to.deep.equal([]);
  });

  it('keeps every dose, lab value, guideline and test code, gene variant, eponym and place word for word', () => {
    expect(show(PROBE.filter((m) => losses(m).length > 0), losses)).to.deep.equal([]);
  });

  it('leaks from at most 3 of the messages with identifiers: a name in lower case with nothing beside it, and given names that are words', () => {
    // 15 until given names with a surname were found unlabelled (given-names.ts) and names as patient lists write them ("JONES, Mary",
    // "Jones M (Mrs)"); left: "pt Will Mark", "Mr Dai 'Bread' Jones", "saw sian llywelyn today".
    const leaking = withIdentifiers.filter((m) => leaks(m).length > 0);
    expect(leaking.length, show(leaking, leaks).join('\n')).to.be.at.most(3);
  });
});

describe('patient-identifier redaction: the ways the probe found identifiers slipping through', () => {
  const cases: readonly [string, string][] = [
    // Names after a patient or a relative, with a colon, an "is" or a comma; in capitals; in Welsh.
    ['pt is Gareth Williams', 'pt is [name removed]'],
    ['patient: Rhiannon Davies', 'patient: [name removed]'],
    ['Pt: SMITH John', 'Pt: [name removed]'],
    ['pt: M Jones', 'pt: [name removed]'],
    ['y claf, Gwenllian Roberts, sydd â syndrom Lynch', 'y claf, [name removed], sydd â syndrom Lynch'],
    ['Enw: Rhodri Prydderch', 'Enw: [name removed]'],
    ['her sister Carys Jones is also BRCA2+', 'her sister [name removed] is also BRCA2+'],
    ['her son is Rhys Price, 22', 'her son is [name removed], 22'],
    ['Mae chwaer Catrin Puw hefyd yn BRCA1+', 'Mae chwaer [name removed] hefyd yn BRCA1+'],
    ['Gwenllian Morgan, DOB 18/2/1948, R208 panel', '[name removed], DOB [date of birth removed], R208 panel'],
    ['MRN 00123456 R210 sent', 'MRN [hospital number removed] R210 sent'],
    ['Fatima Begum (pt) is consanguineous', '[name removed] (pt) is consanguineous'],
    ['Pt Megan Hughes MRN 00123456 R208 panel sent', 'Pt [name removed] MRN [hospital number removed] R208 panel sent'],
    // Surnames that are everyday words after a title, with particles, and where a bed number follows.
    ['Mr Down in bay 2', 'Mr [name removed] in bay 2'],
    ['Mrs de la Cruz needs an interpreter', 'Mrs [name removed] needs an interpreter'],
    ['MR JONES BED 12', 'MR [name removed] BED 12'],
    // Labels shortened as they are on the ward; Welsh "DG"; dates spaced out or partly given.
    ['hosp# A123987', 'hosp# [hospital number removed]'],
    ['H/N: C445566', 'H/N: [hospital number removed]'],
    ['case note no J456789', 'case note no [hospital number removed]'],
    ['WPAS number D998877', 'WPAS number [hospital number removed]'],
    ['Rhif yr ysbyty: H123123', 'Rhif yr ysbyty: [hospital number removed]'],
    ['DG: 14.07.1962', 'DG: [date of birth removed]'],
    ['D.O.B 14 - 07 - 1962', 'D.O.B [date of birth removed]'],
    ["DOB '56, 3rd April", 'DOB [date of birth removed]'],
    ['a aned ar 3ydd o Ebrill 1956', 'a aned ar [date of birth removed]'],
    // Letters typed for digits, a phone grouped in twos and threes, postcodes the units rule took.
    ['NHS no 4O1 O89 8356', 'NHS no [NHS number removed]'],
    ['mobile: 07700 9OO123', 'mobile: [phone number removed]'],
    ['her partner on 07 700 900 123', 'her partner on [phone number removed]'],
    ['pc: cf37 1dl', 'pc: [postcode removed]'],
    ['lives in B15 2TH now', 'lives in [postcode removed] now'],
    ['cf23 9pg', '[postcode removed]'],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => expect(redact(text).text).to.equal(expected));

  const kept = [
    'referred under NG12 2WW pathway',
    'does she meet NICE NG12 2ww criteria?',
    'B12 2mg daily',
    'G6 1st floor',
    'the patient is Welsh-speaking',
    'mum is Polish',
    'pt is NBM',
    'the patient BMI is 30',
    'pt: Female, 67, chest pain',
    'MS Teams and Ms Word',
    'Patient Safety, Quality and Governance',
    'oncology day unit sister, Withybush chemotherapy suite',
    'our partner Organisations',
    'born at 32 weeks, and NICE said in 2019 that',
    'Lynch Syndrome NHS number',
    'count 0 1 2 3 4 5 6 7 8 9',
  ];
  for (const text of kept) it(`keeps ${JSON.stringify(text)}`, () => expect(redact(text).text).to.equal(text));
});
