import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { GIVEN_NAMES } from '../../bot/safety/given-names';

const SURNAMES = ['Williams', 'Jones', 'Ap Rhys', 'Sharma', 'Kowalski', 'Adeyemi', 'Ní Bhriain', "O'Neill", 'Price-Davies', 'Wiśniewska'];
const CONTEXTS: readonly [string, string][] = [
  ['saw NAME in clinic today re his BRCA2', 'saw [name removed] in clinic today re his BRCA2'],
  ['NAME - result back yet?', '[name removed] - result back yet?'],
  ['NAME ?sickle cell', '[name removed] ?sickle cell'],
  ['Should I tell NAME about her sister’s result?', 'Should I tell [name removed] about her sister’s result?'],
  ["what does the variant on NAME's report mean", "what does the variant on [name removed]'s report mean"],
  ['Mae NAME eisiau gwybod am brofion genetig', 'Mae [name removed] eisiau gwybod am brofion genetig'],
  ['NAME, 34, TC 9.4 - FH?', '[name removed], 34, TC 9.4 - FH?'],
];

describe('patient-identifier redaction: a given name and a surname with nothing beside them', () => {
  it('removes every listed given name with a surname, in every context, in English and Welsh', () => {
    const leaks: string[] = [];
    let tried = 0;
    for (const given of GIVEN_NAMES) {
      const first = given[0].toUpperCase() + given.slice(1);
      for (const [i, surname] of SURNAMES.entries()) {
        const [text, expected] = CONTEXTS[(i + given.length) % CONTEXTS.length];
        tried++;
        const out = redact(text.replace('NAME', `${first} ${surname}`)).text;
        if (out !== expected) leaks.push(`${text.replace('NAME', `${first} ${surname}`)} -> ${out}`);
      }
    }
    expect(tried).to.be.at.least(3000);
    expect(leaks.length, leaks.slice(0, 40).join('\n')).to.equal(0);
  });

  it('removes a name as a patient list writes it: "JONES, Mary", "Jones M (Mrs)"; not a greeting or a body before a given name', () => {
    expect(redact('JONES, Mary - results for CFTR?').text).to.equal('[name removed] - results for CFTR?');
    expect(redact("O'NEILL, Siobhan ?BRCA").text).to.equal('[name removed] ?BRCA');
    expect(redact('Jones M (Mrs) ?carrier').text).to.equal('[name removed] (Mrs) ?carrier');
    expect(redact('Price-Davies A (Mr) FH cascade').text).to.equal('[name removed] (Mr) FH cascade');
    for (const text of ['THANKS, Sarah', 'HELLO, Emma, quick one', 'NICE, Public Health Wales', 'Lynch syndrome (Mrs)']) expect(redact(text).text, text).to.equal(text);
    // The greeting is no surname; the given name alone, doing something, is a person's (redaction-ward.test.ts).
    expect(redact('URGENT, Sian needs the form').text).to.equal('URGENT, [name removed] needs the form');
  });

  it('removes a date of birth in brackets after a name, and one written with a Roman-numeral month', () => {
    expect(redact('Mrs Evans (3/4/56) has Lynch syndrome').text).to.equal('Mrs [name removed] ([date of birth removed]) has Lynch syndrome');
    expect(redact('Priya Sharma (12.03.1971) ?FH').text).to.equal('[name removed] ([date of birth removed]) ?FH');
    expect(redact('born 3.iv.1956').text).to.equal('born [date of birth removed]');
    expect(redact('DOB 14/XII/62').text).to.equal('DOB [date of birth removed]');
    // A date in brackets after anything else is a date, not a birth: a clinic, a guideline.
    expect(redact('Seen in lipid clinic (3/4/26) with TC 9.1').text).to.equal('Seen in lipid clinic (3/4/26) with TC 9.1');
  });

  it('keeps the people that criteria, health boards, charities, reviews, bodies, places and learning are named after', () => {
    const kept = [
      'Simon Broome criteria what are they',
      'be ydi meini prawf Simon Broome',
      'Hywel Dda University Health Board',
      'I work for Hywel Dda',
      'Aneurin Bevan University Health Board',
      'Betsi Cadwaladr',
      'the Alan Turing Institute',
      'Ada Lovelace Institute on AI in the NHS',
      'Florence Nightingale',
      'Rosalind Franklin and the double helix',
      'the Eric Topol review',
      'the Fiona Caldicott principles',
      'Ben Goldacre review of health data',
      'Paul Sartori hospice at home',
      'George Thomas Hospice',
      'a Marie Curie nurse',
      'Mae Siôn Corn yn dod',
      'Mair Ward is on the second floor',
      'Rhys Building',
      'Beth yw syndrom Lynch?',
      'Will Copilot Chat keep my prompts?',
      'Mark Complete on the lesson',
      'Grace Period',
      'Gene Therapy',
      'Non Invasive Prenatal Testing',
      'Glyn Ebwy',
      'Dewi Sant',
      'Thanks Nia!',
      'Hi Gwen, Lynch syndrome?',
    ];
    expect(kept.filter((text) => redact(text).text !== text)).to.deep.equal([]);
  });

  it('leaves an acronym, a heading or a sex after a given name: "Sarah BRCA carrier", "Emma Genetics", "Chris Male"', () => {
    for (const text of ['Sarah BRCA1 positive', 'Emma Genetics Service', 'Owen Male 45']) expect(redact(text).text, text).to.equal(text);
  });
});
