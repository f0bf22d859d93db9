import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { isNameLike } from '../../bot/safety/name-like';

/**
 * Names no list has, where something marks them as a person's: an age, a bed, what was done with them ("referred", "just seen",
 * "Re:"), a relative, a worry, a record's header, a row pasted from a spreadsheet or a clinical system. An outside probe (round 5)
 * found these leaking whenever the name was not a listed given name; non-UK names leaked most. Each form is generated over names
 * from several origins, and the clinical words beside the name must stay.
 */
const GIVEN = ['Thabo', 'Chiamaka', 'Xiaoling', 'Andreea', 'Nusrat', 'Dmytro', 'Sipho', 'Kateryna', 'Oluwadamilare', 'Anahera'];
const SURNAMES = ['Eze', 'Asante', 'Popescu', 'Huang', 'Begum', 'Kowalczyk', 'Mwangi', 'Nakamura', 'Okonkwo', 'Szymańska'];
const PAIRS = GIVEN.map((given, i) => [given, SURNAMES[(i * 3) % SURNAMES.length]] as const);

function expectRemoved(text: string, name: string, kept: readonly string[] = []): void {
  const out = redact(text).text;
  for (const word of name.split(/[\s,]+/).filter((w) => w.length > 1)) expect(out, `${text} -> ${out}`).not.to.match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'));
  for (const word of kept) expect(out, `${text} -> ${out}`).to.include(word);
}

describe('redaction: names no list has, marked as a person’s', () => {
  it('reads the names of the test set as possible names, and everyday English and Welsh words as words', () => {
    for (const word of [...GIVEN, ...SURNAMES, 'Price-Davies', "O'Brien", 'POPESCU']) expect(isNameLike(word), word).to.equal(true);
    for (const word of ['Chest', 'Pain', 'Syndrome', 'Heddiw', 'Canlyniad', 'BRCA', 'MDT', 'NICE', 'Copilot', 'Teams', 'Genomic']) expect(isNameLike(word), word).to.equal(false);
  });

  const BESIDE_AN_AGE: readonly ((n: string) => string)[] = [
    (n) => `${n}, 63, admitted with chest pain, fhx of sudden death`,
    (n) => `${n} 45yo awaiting R208 panel`,
    (n) => `${n} (69) needs genetics referral`,
    (n) => `${n} (age 72) wants to know if ChatGPT can read her genome`,
    (n) => `${n} 67 oed angen atgyfeiriad geneteg`,
    (n) => `${n.split(' ').reverse().join(' ')} 84M for discharge`,
  ];
  for (const [given, surname] of PAIRS)
    for (const [i, form] of BESIDE_AN_AGE.entries()) it(`removes an unlisted name beside an age (${i}): ${given} ${surname}`, () => expectRemoved(form(`${given} ${surname}`), `${given} ${surname}`));

  const MARKED: readonly ((n: string) => string)[] = [
    (n) => `just seen ${n} in clinic, how do I explain autosomal dominant inheritance`,
    (n) => `referred ${n} for BRCA testing last week, when will results come`,
    (n) => `Re: ${n} - query Lynch syndrome`,
    (n) => `msg from ${n}'s wife re results`,
    (n) => `Discussed ${n} at MDT`,
    (n) => `bay 3 bed 2 - ${n} for MDT thurs`,
    (n) => `pt ${n.toLowerCase()} bed 4 bloods due`,
  ];
  for (const [given, surname] of PAIRS)
    for (const [i, form] of MARKED.entries()) it(`removes an unlisted name that a ward's words mark (${i}): ${given} ${surname}`, () => expectRemoved(form(`${given} ${surname}`), `${given} ${surname}`));

  it('removes a lone unlisted given name beside a relative or a worry, and a given name that is also a word', () => {
    for (const given of [...GIVEN, 'Joy', 'Bill', 'Hope'])
      for (const form of [`${given}'s daughter rang asking about predictive testing for Huntington disease`, `${given} is worried about her genetic test result`, `${given} asked whether her sister should be tested`])
        expectRemoved(form, given, ['Huntington', 'genetic', 'sister'].filter((w) => form.includes(w)));
  });

  it('removes a record header, a name in capitals and an unlisted given name before a listed surname, in English and Welsh', () => {
    for (const [surname, given] of [['TAYLOR', 'Doreen'], ['Bird', 'Dawn'], ['POPESCU', 'Dmytro'], ['Evans', 'Mary']])
      for (const title of ['Mr', 'Mrs', 'Ms', 'Miss']) expectRemoved(`${surname}, ${given} (${title}) fam hx breast ca`, `${surname} ${given}`, [`(${title})`, 'breast']);
    for (const name of ['JACKSON PETER', "O'NEILL AOIFE", 'BOWEN GARETH', 'GARETH BOWEN']) expectRemoved(`handover - ${name} - 3/7 post op`, name.replace(/'/g, ' '), ['post op']);
    for (const form of ['Ges i alwad gan Dderfel Roberts am ei ganlyniad BRCA', 'pt Trystan Parry ar ward 7, angen referral', 'Cefais sgwrs gyda Derfel Rees heddiw'])
      expectRemoved(form, /(\p{Lu}\p{Ll}+ (?:Roberts|Parry|Rees))/u.exec(form)![1]);
    for (const form of ['can u check bloods for robert walker pls', 'wedi gweld branwen gruffydd bore ma', 'saw carys griffiths today']) expectRemoved(form, /(?:for|gweld|saw) (\S+ \S+)/.exec(form)![1]);
  });

  it('removes the names and the date of birth in a row pasted from a spreadsheet or a clinical system', () => {
    const ROWS: readonly ((s: string, g: string) => string)[] = [
      (s, g) => `${s}\t${g}\t18 November 1945\t626 376 9300`,
      (s, g) => `| ${s} | ${g} | 84 | Ward 7 | needs genetics referral |`,
      (s, g) => `${s},${g},F,67,Ward 7`,
      (s, g) => `${s}\t${g}\tF\tWard 7`,
      (s, g) => `${g} ${s}/4030975178/15th March 1982`,
      (s, g) => `| ${g} ${s} | 28/1/05 | W362504 |`,
      (s, g) => `Bed 4\t${s}\t${g}\t14-07-1936\nBed 5\tGreen\tFaith\t03/04/1950`,
      (s, g) => `${g} ${s}/4030975178/15th March 1982 - what is Lynch syndrome and how should I explain it?`,
    ];
    for (const [given, surname] of [...PAIRS, ['Faith', 'Green'], ['Peter', 'Smith'], ['Ivy', 'Wood']] as const)
      for (const row of ROWS) {
        const text = row(surname, given);
        expectRemoved(text, `${given} ${surname}`, ['Ward 7', 'genetics', 'Bed 4'].filter((w) => text.includes(w)));
        for (const date of ['18 November 1945', '15th March 1982', '28/1/05', '14-07-1936']) expect(redact(text).text).not.to.include(date);
      }
  });

  it('removes an unlisted surname after a dotted initial, a lower-case name before a number or after seeing, and a Welsh given name after a possessive', () => {
    for (const surname of [...SURNAMES, 'Marsh', 'Gupta']) for (const initial of ['D.', 'I.', 'M.P.']) expectRemoved(`${initial} ${surname} needs genetics referral`, surname, ['genetics']);
    for (const [given, surname] of [['derek', 'fletcher'], ['carys', 'popescu'], ['fergus', 'mcallister']])
      for (const number of ['7387193827', '943 476 5919', '(029) 2074 5000']) expectRemoved(`${given} ${surname} ${number} sa65 5zt`, `${given} ${surname}`);
    for (const surname of ['harrison', 'griffiths', 'kowalski']) for (const verb of ['saw', 'seen', 'rang', 'gwelais']) expectRemoved(`${verb} ${surname} today re genetic counselling`, surname, ['genetic']);
    // Catrin, Llywelyn, Carys and Bethan, mutated.
    for (const mutated of ['Gatrin', 'Lywelyn', 'Ngharys', 'Fethan']) for (const possessive of ['ei', 'fy', 'eu']) expectRemoved(`mae ${possessive} ${mutated} bach yn sâl`, mutated, ['bach']);
  });

  it('removes a given name that is also a word beside a surname that is one too, where a ward marks it', () => {
    for (const form of ['bay 3 bed 2 - Bill Rice on warfarin 5 mg', 'referred Pat Baker for BRCA testing', 'just seen Eira Green in clinic', 'Re: Pat Green - query Lynch syndrome', "msg from Pat Moss's wife re results", 'Bird Glen 84M on warfarin'])
      expectRemoved(form, /(Bill Rice|Pat Baker|Eira Green|Pat Green|Pat Moss|Bird Glen)/.exec(form)![1], ['warfarin', 'BRCA', 'clinic', 'Lynch', 'wife'].filter((w) => form.includes(w)));
    for (const kept of ['mae eira ar y bryn', 'Eira is falling on the Beacons', 'the bird flu vaccine', 'A Bird in the hand', 'Rice pudding on the menu', 'Moss Side clinic', 'Glen Affric'])
      expect(redact(kept).text, kept).to.equal(kept);
  });

  it('removes a name said to be the surname or the name, in Welsh and English, and keeps a question asking for it', () => {
    for (const surname of ['Vaughan', 'Jones', 'Okonkwo', 'Price-Davies'])
      for (const form of [`mae ei Gatrin bach yn sâl, ${surname} yw'r cyfenw`, `${surname} ydy'r cyfenw`, `${surname} is the surname`, `${surname} was her name`]) expectRemoved(form, surname);
    for (const kept of ["Beth yw'r enw?", "Pwy yw'r cyfenw ar y ffurflen?", "Lynch yw'r enw ar y syndrom", "HALI yw'r enw", 'Down is the name of the syndrome', 'What is the name'])
      expect(redact(kept).text, kept).to.equal(kept);
  });

  it('removes a date of birth that follows a number that follows a name', () => {
    for (const [name, number] of [['Margaret Clarke', '797 060 9635'], ['John Pemberton', '470 441 0013'], ['Mrs Price', '938197'], ['Gareth Bowen', 'W362504']])
      for (const date of ['18th November 1930', '14/09/1933', '12.03.1950', '3 Mar 1961']) {
        const out = redact(`${name} ${number} ${date} - BRCA result?`).text;
        for (const part of [number, date, ...date.split(/[ /.]/).filter((p) => p.length >= 2)]) expect(out, out).not.to.include(part);
        expect(out).to.include('BRCA result?');
      }
    expect(redact('Mrs Price 938197 said 2019 was fine').text).to.include('said 2019 was fine');
  });

  it('keeps the places, bodies, famous people, genes and lists a ward writes in the same shapes', () => {
    for (const kept of [
      'Alan Turing asked whether machines can think.',
      'saw Alan Turing’s paper',
      'referred to Cardiff and Vale',
      'Discussed Copilot Studio at MDT',
      'Nevill Hall Hospital is in Abergavenny.',
      'Powys health visitor (Llandrindod Wells)',
      'referred George Thomas Hospice',
      'BRCA1,BRCA2,PALB2,ATM',
      'NICE,MHRA,ICO',
      'Cardiff,Swansea,Newport,Wrexham',
      'Lynch syndrome | Huntington disease | Marfan syndrome',
      'Huntington’s family history',
      'Gemini says the answer is',
      'ChatGPT asked me',
      'Troponin is raised',
      'Troponin, 63, raised',
      'Chest Pain, 63',
      'Lynch Syndrome, 45F, what next?',
      'Type 2 diabetes 45yo',
      'One of our HCAs asked me why',
      'ym mis Medi',
      'Surname | Forename | DOB | NHS number',
      'Gene | Condition | Test\nBRCA1 | HBOC | R208\nMLH1 | Lynch | R210',
      'H. Pylori test',
      'E. Coli in urine',
      'C. Diff outbreak on ward 3',
      'S. Aureus bacteraemia',
      'saw price rises',
      'saw improvement today',
      'ei Gymraeg hi',
      'fy Nghymraeg',
      'breast cancer 2019 guidance',
      'nice guidance 2023',
      'Lynch syndrome/MLH1/2019',
    ])
      expect(redact(kept).text, kept).to.equal(kept);
  });
});
