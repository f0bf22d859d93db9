import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';

/**
 * A ward's shorthand, as an outside probe wrote it: names beside a bed or an age, an initial before a surname, a doctor's or a
 * minister's title, a nickname in quotes, a number or a date straight after a name, mistyped NHS numbers said of a patient, codes
 * shaped like a health board's patient number, disguised emails and Welsh addresses. Each is generated over names and forms, and
 * the clinical text beside it must come out word for word.
 */
const GIVEN = ['Meinir', 'Iestyn', 'Olusegun', 'Zofia', 'Gareth', 'Priya', 'Dafydd', 'Wei'];
const SURNAMES = ['Jones', 'Prosser', 'Okafor', 'Kowalski', 'Bevan', 'Patel', 'Pugh', 'Vaughan'];
const PAIRS = GIVEN.flatMap((given, i) => [[given, SURNAMES[i]], [given, SURNAMES[(i + 3) % SURNAMES.length]]] as const);

/** Every word of `name` is gone from the redacted text, and `kept` is all still there. */
function expectRemoved(text: string, name: string, kept: readonly string[] = []): void {
  const out = redact(text).text;
  for (const word of name.split(/[\s,]+/).filter((w) => w.length > 1)) expect(out, `${text} -> ${out}`).not.to.include(word);
  for (const word of kept) expect(out, `${text} -> ${out}`).to.include(word);
}

describe('redaction: a ward’s shorthand', () => {
  const BEDS: readonly ((name: string) => string)[] = [
    (n) => `bed 12 ${n} is confused, is that delirium?`,
    (n) => `${n} in bed 9 needs a CYP2C19 test`,
    (n) => `Bed 6 (${n}) needs obs`,
    (n) => `gwely 11: ${n} angen prawf`,
    (n) => `bay 2 bed 22 ${n} - Lynch?`,
    (n) => `side room 4 - ${n.toLowerCase()}`,
    (n) => `${n.split(' ')[1]}, bed 18, DNACPR`,
    (n) => `${n.split(' ')[1]} yn gwely 3`,
  ];
  for (const [given, surname] of PAIRS)
    for (const [i, form] of BEDS.entries())
      it(`removes a name beside a bed (${i}): ${given} ${surname}`, () => expectRemoved(form(`${given} ${surname}`), i >= 6 ? surname : `${given} ${surname}`, [/bed|gwely|room/i.exec(form('x y'))![0]]));

  const AGES: readonly ((given: string, surname: string) => string)[] = [
    (g, s) => `72yo ${g} ${s} admitted with chest pain`,
    (g, s) => `${g} ${s}, 19, with breast ca`,
    (g, s) => `${g} ${s} (73) on bay 2`,
    (g, s) => `${s}, ${g}, aged 67`,
    (g) => `${g}, 97F, Lynch carrier`,
    (g) => `78M ${g} presented with`,
    (g, s) => `32 year old ${g} ${s} asked about statins`,
  ];
  for (const [given, surname] of PAIRS)
    for (const [i, form] of AGES.entries())
      it(`removes a name beside an age (${i}): ${given} ${surname}`, () => expectRemoved(form(given, surname), i >= 4 && i <= 5 ? given : `${given} ${surname}`));

  it('removes a name after a doctor’s, a minister’s or a nurse’s title, and keeps those everyone knows', () => {
    for (const title of ['Dr', 'Dr.', 'Prof', 'Professor', 'Rev', 'Parch', 'Sister', 'Lady', 'Dame'])
      for (const surname of ['Baker', 'Vaughan', 'Lewis-Owen', 'Price-Griffiths']) {
        expectRemoved(`${title} ${surname} has a BRCA2 variant`, surname, [title]);
        expectRemoved(`${title} ${surname}'s results`, surname, ["'s results"]);
      }
    for (const kept of ['Professor Sir John Burn led the CAPP2 trial', 'Dame Sally Davies wrote the report', 'Dr Ben Goldacre on bad science', 'Ask Dr Google', 'Mae hi’n byw yn Sir Benfro, nid Sir Gâr'])
      expect(redact(kept).text).to.equal(kept);
  });

  it('removes an initial before a common surname, a nickname in quotes and a relative’s word-name', () => {
    for (const initial of ['W.', 'M. ', 'H.', 'D', 'P', 'M.P.'])
      for (const surname of ['Patel', 'Roberts', 'Kowalski', 'Probert', 'Puw']) expectRemoved(`${initial}${initial.endsWith(' ') || initial.length === 1 ? (initial.length === 1 ? ' ' : '') : ' '}${surname} attended clinic`, surname, ['attended clinic']);
    expectRemoved('patient Rose "Mags" Vaughan', 'Rose Mags Vaughan');
    expectRemoved("Mr Dai 'Bread' Jones", 'Dai Bread Jones', ['Mr']);
    for (const word of ['Bill', 'Grace', 'Faith']) expectRemoved(`Nain ${word} yn y gwely`, word, ['Nain']);
    for (const [given, surname] of [['Bill', 'Kowalski'], ['Rose', 'Lewis'], ['Faith', 'Vaughan'], ['Bob', 'Thomas']]) expectRemoved(`I have ${given} ${surname} on the ward`, `${given} ${surname}`);
  });

  it('removes a number or a date straight after a name, and leaves a dose', () => {
    for (const number of ['938197', '526 365 372', 'GH278354', 'CAV-3306619', 'a540370']) expectRemoved(`Mrs Price ${number} needs bloods`, number, ['needs bloods']);
    for (const date of ['March 17, 1963', '8 March 1957', "23 Oct '01", '03/1996', 'the 16th of July nineteen seventy-five']) {
      const out = redact(`Gareth Williams ${date} came in with chest pain`).text;
      expect(out).to.equal('[name removed] [date of birth removed] came in with chest pain');
    }
    for (const dose of ['Mrs Jones 5 mg of morphine', 'Mr Smith 10000 units heparin?']) expect(redact(dose).text).to.match(/ (5 mg of morphine|10000 units heparin\?)$/);
    expectRemoved('patient (695850) in bay 2', '695850', ['in bay 2']);
    expectRemoved('patient (936 950 276) in bay 2', '936 950 276');
  });

  it('removes ten digits said of a patient whatever their check digit, and keeps an order’s, an invoice’s or a meeting’s', () => {
    for (const number of ['887 734 6010', '876-665-4395', '2708719784', '5919570688']) {
      expectRemoved(`pt ${number} bay 3`, number);
      expectRemoved(`patient from Dumfries ${number} referred`, number);
    }
    expect(redact('pt 887 734 6010 bay 3').found).to.deep.equal(['nhs-number']);
    expect(redact('patient from Dumfries 2708719784 referred').found).to.deep.equal(['chi-number']);
    for (const kept of ['Purchase order 4876352423 for the new sequencer', 'invoice 7229183211 from Illumina', 'Zoom meeting ID 620 762 1217 for the MDT teaching', 'ESR assignment number 3029101367', '1234567890'])
      expect(redact(kept).text).to.equal(kept);
  });

  it('reads an NHS number broken over lines, or digit by digit with dashes', () => {
    expectRemoved('Patient nhs 548\n   382\n   8445 has been referred', '548');
    expect(redact('NHS no 943\n    476\n    5919').text).to.equal('NHS no [NHS number removed]');
    expect(redact('9-4-3-4-7-6-5-9-1-9').text).to.equal('[NHS number removed]');
  });

  it('removes a number shaped as a health board’s patient number, and keeps the codes learning needs', () => {
    for (const code of ['W496721', 'K401362A', 'J5014427', 'HD642174', 'CAV2033208', 'BCU-6088055', 'HDD1370054']) expectRemoved(`patient (${code}) in bay 2`, code);
    for (const code of ['W 846998', 'HD642174']) expectRemoved(`ID ${code} - query FH`, code, ['query FH']);
    const codes = 'DCB0129, NG12, rs80357906, NCT01234567, ISO27001, BRCA1, R210, CYP2C19*2, HLA-B*57:01, NM_007294.3, GRCh38, SARS-CoV-2, ICD-10, B12';
    expect(redact(codes).text).to.equal(codes);
    expect(redact('NI no AB123456C').found).to.deep.equal(['ni-number']);
  });

  it('reads a date of birth written as six digits, a month and year, or a year in words', () => {
    expect(redact('Patient D.O.B. 131180, family hx of bowel ca').text).to.equal('Patient D.O.B. [date of birth removed], family hx of bowel ca');
    expect(redact('Patient DOB 10/2001, family hx').text).to.equal('Patient DOB [date of birth removed], family hx');
    expect(redact('dob the 22nd of January nineteen sixty-five, family hx').text).to.equal('dob the [date of birth removed], family hx');
    expect(redact('date of birth 3rd May two thousand and three').text).to.equal('date of birth [date of birth removed]');
    for (const label of ['DOB', 'D.O.B.', 'dob:', 'Date of birth -', 'born on', 'dyddiad geni', 'ganwyd'])
      for (const date of ['March 1954', '14,03,1954', 'fourteenth of March nineteen fifty-four', 'twenty-first of June 1960', '131180'])
        expect(redact(`pt ${label} ${date} - FH`).text, `${label} ${date}`).to.equal(`pt ${label} [date of birth removed] - FH`);
    // Near a birth, other numbers are not a date: "born at 32 weeks", a count, a year later on.
    expect(redact('born at 32 weeks, 150000 platelets').text).to.equal('born at 32 weeks, 150000 platelets');
  });

  it('removes an email disguised from spam harvesters', () => {
    for (const email of ['sian[at]gmail[dot]com', 'sian(at)gmail.com', 'jo.bloggs {at} nhs {dot} net', 'gwen[at]wales.nhs.uk']) expect(redact(`her email is ${email}, please write`).text).to.equal('her email is [email removed], please write');
    expect(redact('look (at) the data.').text).to.equal('look (at) the data.');
  });

  it('removes a Welsh address: a house, a court, a row or a field, and after "home:"', () => {
    for (const address of ['50 Tŷ Gwyn', '134a Llys Hywel', '3 Cae Coch', '12 Rhes Newydd', '7 Plas Newydd']) expect(redact(`Mae hi'n byw yn ${address}, Llanelli`).text).to.equal("Mae hi'n byw yn [address removed], Llanelli");
    expect(redact('home: 117 cwrt ysgubor').text).to.equal('home: [address removed]');
    // After a label and a house number, any house or street name, Welsh or English: the label says it is an address.
    for (const label of ['lives at', 'address:', 'Mae hi’n byw yn', 'home is'])
      for (const place of ['23 Penrhos', '23a Nant y Felin', '4 Glan yr Afon', '9 Y Wern', '12 Sea View'])
        expect(redact(`${label} ${place}, Llanelli`).text, `${label} ${place}`).to.equal(`${label} [address removed], Llanelli`);
    expect(redact('home is 23 heol y parc').text).to.equal('home is [address removed]');
    // A Welsh street with its postcode straight after it, as an English one is: both go.
    for (const [street, postcode] of [['14 Heol y Parc', 'CF10 3AT'], ['3 Ffordd y Brenin', 'LL57 2DG'], ['3 Stryd Fawr', 'SA1 1AA'], ['12 Maes y Coed', 'SA31 3BB'], ['14 High Street', 'CF10 3AT']])
      for (const form of [`She lives at ${street} ${postcode}`, `Mae hi'n byw yn ${street} ${postcode}`, `${street} ${postcode}`])
        expect(redact(form).text, form).to.equal(form.replace(`${street} ${postcode}`, '[address removed] [postcode removed]'));
    expect(redact('lives at 23 Penrhos and has Lynch syndrome').text).to.equal('lives at [address removed] and has Lynch syndrome');
    for (const kept of ['she lives at 3 weeks post-op', 'my home is 2 miles away', 'lives at home with 2 carers']) expect(redact(kept).text).to.equal(kept);
    for (const kept of ['take 2 Tylenol', 'home: visits are weekly', 'Ysbyty Glan Clwyd'])
      expect(redact(kept).text).to.equal(kept);
  });

  it('keeps a score, criteria, a condition, a group or a service named straight after the patient, and still removes the patient’s name', () => {
    const named = ['NICE NG12', 'Manchester score 15', 'Bethesda criteria', 'Amsterdam II criteria', 'Tyrer-Cuzick score', 'Li-Fraumeni', 'Peutz-Jeghers', 'Ashkenazi Jewish', 'South Asian', 'Swansea Bay', 'Cardiff and Vale', 'Velindre', 'All Wales Medical Genomics Service', 'Deprivation of Liberty', 'Mental Capacity Act'];
    for (const cue of ['patient', 'pt', 'my patient', 'the patient', 'claf'])
      for (const thing of named) {
        const text = `${cue} ${thing} - what does this mean?`;
        expect(redact(text).text, text).to.equal(text);
      }
    for (const cue of ['patient', 'pt', 'my patient', 'claf']) for (const [given, surname] of PAIRS.slice(0, 6)) expectRemoved(`${cue} ${given} ${surname} - what does this mean?`, `${given} ${surname}`);
    // Straight after the patient, Gwen is the patient's name, not the mentor addressed (probe 12): a patient's name left in is the worse mistake.
    for (const cue of ['patient', 'pt', 'my patient', 'the patient', 'claf']) expectRemoved(`${cue} Gwen - what does this mean?`, 'Gwen');
    expectRemoved('Pt: SMITH John, query FH', 'SMITH John');
  });

  it('removes a given name alone where the talk marks it as a person, in English and Welsh', () => {
    for (const given of ['Gareth', 'Siân', 'Carys', 'Huw', 'Olusegun', 'Priya'])
      for (const form of [`${given} is worried about her BRCA result`, `I saw ${given} today`, `${given}'s BRCA1 result came back`, `${given} has a VUS`, `rang ${given} about the result`, `Mae ${given} yn poeni am y canlyniad`, `Oedd ${given} wedi cael prawf?`])
        expectRemoved(form, given);
    // A surname that is also an eponym, when no condition follows it.
    expectRemoved('Dafydd Marfan was admitted last night', 'Dafydd Marfan');
    for (const kept of ['Dafydd, Marfan syndrome?', 'Dylan Thomas was a poet', 'Prince Charles Hospital', 'Will is AI safe?', 'Grace was the word', 'Gwen is great', "Parkinson's disease", "paediatric nurse (Noah's Ark Children's Hospital)", 'Florence Nightingale was a nurse'])
      expect(redact(kept).text).to.equal(kept);
  });

  it('removes a given name before a condition named after someone, and a word-name pair whose surname is a colour', () => {
    for (const given of ['Gareth', 'Carys', 'Olusegun', 'Priya', 'Iestyn'])
      for (const [eponym, condition] of [['Lynch', 'syndrome'], ['Down', 'syndrome'], ['Marfan', 'syndrome'], ['Huntington', 'disease'], ['Lynch', 'testing']])
        for (const form of [`${given} ${eponym} ${condition}?`, `re ${given} ${eponym} ${condition} - who refers?`, `Beth am ${given} ${eponym} ${condition}`])
          expectRemoved(form, given, [eponym, condition]);
    for (const [given, surname] of [['Faith', 'White'], ['Hope', 'Green'], ['Grace', 'Brown'], ['Will', 'Brown'], ['Rose', 'White']])
      for (const form of [`Regarding ${given} ${surname}, she has a BRCA2 variant`, `saw ${given} ${surname} today`, `re: ${given} ${surname} - result?`])
        expectRemoved(form, `${given} ${surname}`, ['BRCA2', 'today', 'result'].filter((w) => form.includes(w)));
    for (const kept of ['Will White blood cells rise?', 'May White patients be offered it?', 'Is Grace White British?', 'what is Lynch syndrome', 'Henry Lynch described it', 'Gwen, Marfan syndrome?', 'the White Paper on AI'])
      expect(redact(kept).text).to.equal(kept);
  });

  it('removes an NHS number partly masked, and an email at a host with no domain', () => {
    for (const number of ['628387XXXX', '628 387 XXXX', '628-387-****', 'xxx xxx 6010', '628 3XX XXXX', '62838####0'])
      for (const form of [`NHS no ${number}`, `rhif GIG: ${number}`, `pt ${number} result back?`, `CHI ${number}`])
        expect(redact(form).text, form).not.to.include(number);
    for (const number of ['628 387 XXXX', '941 263 XXXX']) expect(redact(`${number} came back positive`).text).not.to.include(number);
    for (const kept of ['ref 123 456 XXXX', 'ticket 628 387 XXXX', 'order 1234567890', 'the XXXX XXXX placeholder', 'ORDER XXX-XXX-1234'])
      expect(redact(kept).text).to.equal(kept);
    for (const email of ['sian@localhost', 'huw.jones@localhost', 'o.bevan+ward7@localhost'])
      expect(redact(`email ${email} about it`).text).to.equal('email [email removed] about it');
    expect(redact('the @localhost address').text).to.equal('the @localhost address');
  });

  it('reads an identifier split by formatting tags as Teams or a paste carries them, and keeps the tags and text around it', () => {
    for (const [a, b, c] of [['943', '476', '5919'], ['736', '966', '1873'], ['548', '382', '8445']])
      for (const tag of ['b', 'i', 'strong', 'em', 'span class="x"'])
        for (const form of [`NHS No:${a}<${tag}>${b}</${tag.split(' ')[0]}>${c}`, `rhif GIG ${a} <${tag}>${b}</${tag.split(' ')[0]}> ${c}`]) {
          const out = redact(form).text;
          expect(out, out).to.include('[NHS number removed]');
          for (const part of [a + b, b + c, c]) expect(out, out).not.to.include(part);
        }
    expect(redact('<p>Mrs Jones</p><p>has a BRCA2 variant</p>').text).to.equal('<p>Mrs [name removed]</p><p>has a BRCA2 variant</p>');
    for (const kept of ['risk <5% and <b>bold</b> text', 'x < y > z', 'a<b', '<p>Lynch syndrome</p>', 'HbA1c <48 mmol/mol'])
      expect(redact(kept).text).to.equal(kept);
  });

  it('keeps the clinical text a ward’s words sit in', () => {
    for (const kept of [
      'B12 Deficiency is common in older adults',
      'A Green light from the panel',
      'bed 3 NBM since midnight',
      'pt in bed 4 on ward 7 has K+ 5.9 and eGFR 45',
      'Lynch Syndrome, 45F, what next?',
      'T Cells and B Cells',
      'bay 3 Infection Control visited',
      'U.K. Biobank data',
      'H. Pylori test',
      'Topol Review (2019) said',
      'Thomas (2019) found',
      'A Patel',
    ])
      expect(redact(kept).text).to.equal(kept);
  });
});
