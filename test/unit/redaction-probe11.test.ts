import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { seeded } from '../helpers/variants';
import { cross, leaks } from '../helpers/redaction-probe';

/**
 * An outside probe's eleventh round (3,380 generated staff messages, English and Welsh, tmp/redact11) wrote what stop 49 named and its
 * kin: a surname with a particle first where a message or a line starts, a name in brackets after a title, "DR" as initials before a
 * date of birth, a given name alone after what a referral is about ("referral for", "re:", "FAO", "ynghylch", "atgyfeiriad ar gyfer"),
 * and the Welsh "beth" after the patient. Each kind is generated here over several values and contexts, with the clinical text the
 * new rules could take.
 */
const rand = seeded(11);
const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const two = (x: number) => String(x).padStart(2, '0');
/** Every text redaction changes. */
const changed = (texts: readonly string[]) => texts.filter((text) => redact(text).text !== text).map((text) => `${JSON.stringify(text)} -> ${JSON.stringify(redact(text).text)}`);
const GIVEN = ['Gareth', 'Siân', 'Bethan', 'Rhodri', 'Megan', 'Iolo', 'Priya', 'Tomasz', 'Margaret', 'Huw', 'Carys', 'Eleri', 'Seán', 'Máire', 'Áine', 'Catrin'];
const SURNAMES = ['Jones', 'Evans', 'Pritchard', 'Morgan', 'Llewellyn', 'Okafor', "O'Neill", 'Price-Davies', 'ap Hywel', 'Ní Bhriain'];
const TAILS = ['BRCA1 result back?', 'query Lynch syndrome', 'on tamoxifen 20 mg', 'canlyniad BRCA1?', 'syndrom Lynch?', 'lwmp yn y fron', 'c.1234A>G in CFTR'];
const tail = () => pick(TAILS);
/** A date of birth decades ago, in the ways a ward writes one. */
function birthDate(): string {
  const [d, m, y] = [int(1, 28), int(1, 12), int(1932, 2004)];
  return pick([`${two(d)}.${two(m)}.${y}`, `${two(d)}/${two(m)}/${y}`, `${d}/${m}/${String(y).slice(2)}`, `${two(d)}-${two(m)}-${y}`]);
}
const age = () => pick([`${int(19, 92)}`, `${int(19, 92)}F`, `${int(19, 92)}yo`, `${int(19, 92)} oed`, `aged ${int(19, 92)}`]);

describe('redaction: a surname with a particle first where a message or a line starts (probe 11)', () => {
  const PARTICLED = ['Mac an tSaoir', 'Nic an tSaoir', 'Ó Súilleabháin', 'Nic Giolla Bhríde', 'Uí Bhriain', 'Ní Dhomhnaill', 'ap Hywel', 'ab Owain', 'verch Ifan', 'Ferch Dafydd', 'van der Berg', 'De Souza', 'MAC AN tSAOIR', 'AP HYWEL'];
  const PARTICLE = /^(?:mac|nic|ní|ó|uí|an|giolla|ferch|verch|ap|ab|van|der|de)$/i;

  it('removes the whole surname, the given name and a date after them, after any lead, in English and Welsh', () => {
    const LEADS = ['', 'Re: ', 'Handover:\n', 'Next pt:\n', '- ', '• ', 'o WCP:\n'];
    const cases = cross(LEADS, PARTICLED).map(([lead, surname]) => {
      const [given, born] = [pick(['Seán', 'Máire', 'Catrin', 'Siobhán', 'Oisín', 'Huw', 'Megan']), birthDate()];
      const after = pick([` ${born}`, ` (${born})`, `, DOB ${born}`, `, DG ${born}`]);
      return [`${lead}${surname}, ${given}${after} ${tail()}`, given, born, ...surname.split(' ').filter((w) => !PARTICLE.test(w))] as const;
    });
    const aged = PARTICLED.map((surname) => [`${surname}, ${pick(['Seán', 'Catrin', 'Áine'])}, ${age()} ${tail()}`, ...surname.split(' ').filter((w) => !PARTICLE.test(w))] as const);
    expect(leaks([...cases, ...aged])).to.deep.equal([]);
  });

  it('keeps a particle, a name science keeps or a word before a comma when no given name follows', () => {
    expect(changed(['De novo, 2 variants found', 'Le Fort, 3 cases this year', 'van der Waals, forces in 2019', 'Ó 2019 ymlaen, 45 cleifion', 'De Quervain, 12 cases', 'Ní hea, dim BRCA1', 'ab initio, 3 models', 'di Stefano, Sept 2019 MDT', 'Mac an tSaoir?'])).to.deep.equal([]);
  });
});

describe('redaction: a name in brackets after a title (probe 11)', () => {
  const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Mrs.'];
  const CONTEXTS = ['%t %n asked about %k', 'seen %t %n on the ward, %k', 'pt is %t %n, %k', 'gofynnodd %t %n am %k', 'siaradais â %t %n am %k', 'Re: %t %n %k'];

  it('removes a surname, a whole name or an initial and surname in round, square or curly brackets, and a date after them', () => {
    const cases = cross(CONTEXTS, SURNAMES).map(([context, surname]) => {
      const given = pick(GIVEN);
      const [open, close] = pick([['(', ')'], ['(', ')'], ['[', ']'], ['{', '}']]);
      const name = pick([surname, `${given} ${surname}`, `${given[0]}. ${surname}`]);
      const text = context.replace('%t', pick(TITLES)).replace('%n', `${open}${name}${close}`).replace('%k', tail());
      return [text, ...name.split(' ').filter((w) => !/^(?:ap|ní|\p{Lu}\.)$/iu.test(w))] as const;
    });
    const born = SURNAMES.map((surname) => {
      const date = birthDate();
      return [pick([`${pick(TITLES)} (${surname}) (${date}) ${tail()}`, `${pick(TITLES)} (${surname}) ${date} admitted`]), date] as const;
    });
    expect(leaks([...cases, ...born])).to.deep.equal([]);
  });

  it('keeps brackets after a title that hold a role, a team, a place or a language, and clinical brackets anywhere', () => {
    const HELD = ['(Registrar)', '(Consultant)', '(GP)', '(NOK)', '(see notes)', '(on call)', '(CNS)', '(MDT)', '(Velindre)', '(Cardiff)', '(Welsh speaker)', '(Cymraeg)', '(meddyg teulu)', '(BRCA1)', '(NICE NG12)', '(Hughes syndrome)', '[locum]'];
    const titled = cross(HELD, ['discussed with %t %b today', '%t %b aware - %k', 'trafodwyd gyda %t %b heddiw, %k']).map(([held, context]) => context.replace('%t', pick(['Dr', 'Mr', 'Mrs', 'Prof', 'MS', 'MR'])).replace('%b', held).replace('%k', tail()));
    const bare = ['Family history (BRCA1) and (NICE NG12) and (Lynch)', 'hanes teuluol (Lynch), NG12 (NICE)', 'Family history (BRCA1) 12/03/2019 result', '(NICE NG12) 2015 update'];
    expect(changed([...titled, ...bare])).to.deep.equal([]);
  });
});

describe('redaction: "DR" heading a line before a date of birth (probe 11)', () => {
  const year = new Date().getUTCFullYear();
  const recent = () => `${two(int(1, 28))}/${two(int(1, 12))}/${int(year - 6, year - 1)}`;

  it('reads capitals "DR" heading a line before a date ten years ago or more as initials: the date goes', () => {
    const LEADS = ['', '- ', 'Next: ', 'Handover:\n', 'Bed 4: ', 'Gwely 2: ', '• '];
    const REST = ['admitted with chest pain', 'wedi dod i mewn gyda phoen yn y frest', 'on warfarin, BRCA1?', 'yn y clinig heddiw', 'c/o SOB'];
    const cases = cross(LEADS, REST).map(([lead, rest]) => {
      const born = birthDate();
      return [`${lead}DR ${born} ${rest}`, born] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps a recent date after "DR", and any date after the title "Dr", after "DR" mid-line or before another word', () => {
    const texts = cross([0, 1, 2], ['seen by Dr %r for follow up', 'DR %r reviewed', 'DR %r adolygiad', 'Dr %r - BRCA1 result', 'gwelwyd gan Dr %r', 'letter from Dr %o?', 'no DR on screening %o', 'DR screening %o normal']).map(([, text]) =>
      text.replace('%r', recent()).replace('%o', `${two(int(1, 28))}/${two(int(1, 12))}/${int(1950, year - 12)}`),
    );
    expect(changed(texts)).to.deep.equal([]);
  });
});

describe('redaction: a given name alone after what a referral is about (probe 11)', () => {
  const CUES = ['referral for', 'Referral for', 'urgent referral for', 're:', 'Re:', 'RE:', 'Re', 'ref:', 'Ref:', 'FAO', 'FAO:', 'Regarding', 'query re',
    'ynghylch', 'Ynghylch', 'atgyfeiriad ar gyfer', 'Atgyfeiriad newydd ar gyfer', 'parthed', 'Cyf:', 'mewn perthynas â'];
  const CLINICAL = ['breast lump', 'family history of BRCA1', '?Lynch', 'on tamoxifen 20 mg', 'lwmp yn y fron', 'hanes teuluol BRCA1', 'syndrom Lynch?'];

  it('removes a listed given name followed by an age, a date, a comma, a dash or a slash, capitalised or (before an age or a date) not', () => {
    const cases = cross(CUES, GIVEN).map(([cue, given]) => {
      const [born, clinical] = [birthDate(), pick(CLINICAL)];
      const form = int(0, 6);
      if (form === 0) return [`${cue} ${given}, ${age()}, ${clinical}`, given] as const;
      if (form === 1) return [`${cue} ${given} (${age()}) ${clinical}`, given] as const;
      if (form === 2) return [`${cue} ${given} ${born} ${clinical}`, given, born] as const;
      if (form === 3) return [`${cue} ${given}, ${clinical}`, given] as const;
      if (form === 4) return [`${cue} ${given} - ${pick([`${age()} - `, ''])}${clinical}`, given] as const;
      if (form === 5) return [`${cue} ${given}/${int(20, 90)}/${clinical}`, given] as const;
      return [`${cue} ${given.toLowerCase()}${pick([`, ${age()}`, ` ${born}`, ` (${age()})`])} ${clinical}`, given] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps a condition, a test, a team, a guideline or a place after the cue, and words in lower case with no age or date', () => {
    const texts = ['referral for Lynch, 54 families', 'referral for BRCA testing, 54 patients', 're: BRCA1, 2 questions', 'ref: NG12, section 1.3', 'FAO Genetics, urgent', 'referral for Huntington, 2 relatives',
      're: Hughes syndrome, 45 cases', 'Ref: Down syndrome, 34 weeks', 'referral for MRI, 54', 're: HALI, 2 questions', 'regarding NICE, 2025 update', 'Re: Velindre, 3 referrals', 'referral for DPYD, 2 samples',
      're: Teams, 12:30', 'ynghylch Lynch, 54 teulu', 'atgyfeiriad ar gyfer BRCA, 54 claf', 'parthed NG12, adran 1.3', 'atgyfeiriad ar gyfer Caerdydd, 12 wythnos', 'cyf: Felindre, 3 atgyfeiriad',
      'referral for me, 54 - what do I need?', 're: this, 2 questions', 'ref: nice, 2025', 're: gene panel, 54 genes', 'referral for genetics, 12 weeks', 'ynghylch hyn, 2 gwestiwn', 're: bloods 12/03/2019', 'Re: BRCA - 2 questions', 'ref: NG12/2015/1.3'];
    expect(changed(texts)).to.deep.equal([]);
  });
});

describe('redaction: the Welsh "beth" after the patient (probe 11)', () => {
  it('keeps "beth" (what) after "claf" or "cleifion", and removes Beth before an age', () => {
    const asked = cross(['Gofynnodd y claf beth', "Mae'r claf eisiau gwybod beth", 'Holodd y cleifion beth', 'Ó 2019 ymlaen, 45 cleifion beth'], ['yw BRCA1?', 'am syndrom Hughes?', 'bynnag yn poeni', 'mae NG12 yn ei ddweud']).map(([a, b]) => `${a} ${b}`);
    expect(changed(asked)).to.deep.equal([]);
    expect(leaks([['claf: beth, 67 oed, lwmp yn y fron', 'beth'], ['pt beth 45F, BRCA1?', 'beth']])).to.deep.equal([]);
  });
});
