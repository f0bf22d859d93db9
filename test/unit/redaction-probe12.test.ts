import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { seeded } from '../helpers/variants';
import { cross, leaks } from '../helpers/redaction-probe';

/**
 * Probe 12 (generated here): three things probe 11 left open. Gwen as a patient's given name, which the given-name lists leave out
 * because Gwen is also the genomics mentor whom learners address ("Gwen, what is a VUS?", "@Gwen", "diolch Gwen"); a title before a
 * bracketed charity or service ("Dr (Macmillan)"), which is where a doctor or nurse works, not a name; and "DR" (initials or the
 * title) heading a line before a date of birth written other ways than "DR 12/03/2012" ("DR: 12/03/2012", "DR (12/03/2012)",
 * "DR 12 March 2012").
 */
const rand = seeded(12);
const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const two = (x: number) => String(x).padStart(2, '0');
/** Every text redaction changes. */
const changed = (texts: readonly string[]) => texts.filter((text) => redact(text).text !== text).map((text) => `${JSON.stringify(text)} -> ${JSON.stringify(redact(text).text)}`);
const TAILS = ['BRCA1 result back?', 'query Lynch syndrome', 'on tamoxifen 20 mg', 'canlyniad BRCA1?', 'syndrom Lynch?', 'lwmp yn y fron', 'DPYD variant - 5-FU dose?', 'VUS in BRCA2'];
const tail = () => pick(TAILS);
const age = () => pick([`${int(19, 92)}F`, `${int(19, 92)}yo`, `${int(19, 92)} oed`, `aged ${int(19, 92)}`, `${int(19, 92)} y/o`]);
function birthDate(): string {
  const [d, m, y] = [int(1, 28), int(1, 12), int(1932, 2004)];
  return pick([`${two(d)}.${two(m)}.${y}`, `${two(d)}/${two(m)}/${y}`, `${d}/${m}/${String(y).slice(2)}`, `${two(d)}-${two(m)}-${y}`]);
}
/** The words of a surname that identify (its particle aside). */
const surnameWords = (surname: string) => surname.split(' ').filter((w) => !/^(?:ap|ab|ferch)$/i.test(w));

describe('redaction: Gwen as a patient, Gwen as the mentor (probe 12)', () => {
  const SURNAMES = ['Jones', 'Evans', 'Price', 'Hughes', 'Davies', 'Williams', 'Morgan', 'Roberts', 'Pritchard', 'Okafor', 'Llewellyn', 'Lloyd-Jones', 'ap Hywel', 'Patel', 'Thomas', 'Parry'];
  /** A patient, a relative or a referral's subject, with a surname after the given name: %g given, %s surname, %S in capitals. */
  const WITH_SURNAME = [
    '%g %s in bed %b, %k', 'pt %g %s %a, %k', 'patient %g %s has a %k', 'my patient %g %s - %k', 'Mrs %g %s asked about %k', 'Miss %g %s, %k',
    'referral for %g %s, DOB %d, %k', 'Re: %g %s %d %k', "claf o'r enw %g %s, %k", 'y claf %g %s, %k', 'gwely %b: %g %s %k', 'saw %g %s in clinic today, %k',
    '%g %s, %a, %k', '%g %s (%a) %k', 'her sister %g %s is BRCA2 positive', "%g %s's daughter rang about %k", 'gwelais %g %s yn y clinig, %k', '%S, %g %d %k',
    '%s, %g, %a, %k', '%G %S bed %b %k', 'Handover:\n%g %s %d\n%k', 'atgyfeiriad ar gyfer %g %s, %a, %k',
  ];
  /** Gwen alone, where the text marks a person being described: a patient cue, a bed, an age, a title, a relative, a label. */
  const ALONE = [
    'pt %g %a, %k', 'claf: %g, %a, %k', 'referral for %g, %a, %k', 'gwely %b %g %a %k', 'Nain %g has %k', 'her mum %g had %k', 'a lady called %g, %k',
    'her name is %g and she has %k', 'Mrs %g in bay %b, %k', "claf o'r enw %g, %k", '%g, %a, %k', '%g (%a) %k', '%A %g, %k', 'bed %b: %g - %k', 'pt gwen %a %k', 'enw: %g, %k',
  ];
  const fill = (form: string, given: string, surname: string) =>
    form.replace('%g', given).replace('%G', given.toUpperCase()).replace('%s', surname).replace('%S', surname.toUpperCase()).replace('%a', age()).replace('%A', `${int(19, 92)}${pick(['F', 'yo', ' y/o', 'M'])}`).replace('%d', birthDate()).replace('%b', String(int(1, 24))).replace('%k', tail());

  it('removes Gwen and her surname where the text describes a patient or a relative, in English and Welsh', () => {
    // A particle's surname in capitals ("ELERI AP HYWEL bed 1") or in lower case after seeing ("saw eleri ap hywel") is left for every
    // given name, listed or not: not this probe's.
    const particleGap = (form: string, surname: string) => surname.includes(' ') && /^(?:%G|saw|gwelais) /.test(form);
    const cases = cross(WITH_SURNAME, SURNAMES).map(([form, surname]) => {
      // Typed in a hurry after a cue, the whole name in lower case ("pt gwen evans").
      const lower = /^(?:pt|patient|y claf|claf|gwelais|saw) /.test(form) && !particleGap(form, surname) && rand() < 0.3;
      return [fill(form, lower ? 'gwen' : 'Gwen', lower ? surname.toLowerCase() : surname), 'Gwen', ...surnameWords(surname)] as const;
    }).filter(([text]) => !/^GWEN AP /.test(text));
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes Gwen alone after a patient cue, a bed, a title, a relative or a label, or before an age', () => {
    const cases = cross(ALONE, [0, 1, 2]).map(([form]) => [fill(form, 'Gwen', ''), 'Gwen'] as const);
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps Gwen addressed, mentioned or @mentioned as the mentor, whatever follows', () => {
    const QUESTIONS = ['what is a VUS?', 'beth yw VUS?', 'can you explain DPYD and 5-FU?', 'what does de novo mean?', 'sut mae esbonio canlyniad genetig i glaf?', 'is Lynch syndrome inherited?',
      'quiz me on pharmacogenomics', 'What is a BRCA1 variant?', 'Explain cascade testing please', 'my patient has a VUS in BRCA2, what now?', 'Hughes syndrome - is it genetic?', 'Lynch syndrome?', 'BRCA1 vs BRCA2?'];
    const ADDRESSED = ['Gwen, %q', 'Gwen %q', '@Gwen %q', '<at>Gwen</at> %q', 'Hi Gwen, %q', 'Hi Gwen %q', 'hey gwen %q', 'Helo Gwen, %q', 'Shwmae Gwen! %q', 'Bore da Gwen, %q', 'Thanks Gwen! %q',
      'Diolch Gwen. %q', 'Gwen: %q', 'Gwen - %q', '%q Gwen?', 'Sorry Gwen, %q', 'OK Gwen, %q', 'Ta Gwen - %q', 'Gwen... %q'];
    const MENTIONED = ['Hi Gwen', 'diolch Gwen', 'Diolch yn fawr Gwen!', 'thanks Gwen', 'cheers Gwen :)', 'ask Gwen about pharmacogenomics', 'I asked Gwen about DPYD', 'Can Gwen explain Lynch syndrome?',
      'Gwen said a VUS is uncertain', 'Gwen told me BRCA2 raises the risk', 'Is Gwen the genomics mentor?', 'Gwen (genomics mentor)', 'Gofynnwch i Gwen am VUS', 'Dywedodd Gwen fod VUS yn ansicr',
      'what is a VUS, Gwen?', 'beth yw DPYD, Gwen?', 'VUS, Gwen?', 'BRCA, Gwen - what is it?', 'Gwen is great', 'I saw Gwen answer this yesterday', 'I love Gwen', 'switch to Gwen', 'talk to Gwen', 'siarad â Gwen'];
    const texts = [...cross(ADDRESSED, QUESTIONS).map(([form, question]) => form.replace('%q', question)), ...MENTIONED];
    expect(changed(texts)).to.deep.equal([]);
  });
});

describe('redaction: a title before a bracketed charity or service (probe 12)', () => {
  const TITLES = ['Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Sister', 'Sr', 'Prof', 'DR', 'Dr.'];
  const SERVICES = ['Macmillan', 'MacMillan', 'Marie Curie', 'Tenovus', 'Tenovus Cancer Care', 'Sue Ryder', "Maggie's", 'Paul Sartori', 'Tŷ Hafan', 'Ty Hafan', 'Hospice', 'Velindre'];
  const CONTEXTS = ['discussed with %t %b today, %k', '%t %b aware - %k', 'seen by %t %b re %k', 'trafodwyd gyda %t %b heddiw, %k', '%t %b said %k', 'referral from %t %b: %k', 'gofynnodd %t %b am %k'];

  it('keeps the charity or service in round, square or curly brackets after any title, in English and Welsh', () => {
    const texts = cross(CONTEXTS, SERVICES).map(([context, service]) => {
      const [open, close] = pick([['(', ')'], ['(', ')'], ['[', ']'], ['{', '}']]);
      return context.replace('%t', pick(TITLES)).replace('%b', `${open}${service}${close}`).replace('%k', tail());
    });
    expect(changed(texts)).to.deep.equal([]);
  });

  it('still removes a name in the brackets, a name after them, and a charity-named surname with no brackets', () => {
    const NAMES: readonly (readonly [string, ...string[]])[] = [
      ['(Eleri) Jones', 'Eleri', 'Jones'], ['(Jones)', 'Jones'], ['(A. Patel)', 'Patel'], ['(Eleri Jones)', 'Eleri', 'Jones'], ['(Macmillan) Jones', 'Jones'], ['[Pritchard]', 'Pritchard'],
      ['(Gwen) Davies', 'Gwen', 'Davies'], ['(Mary Macmillan)', 'Mary', 'Macmillan'], ['(Curie)', 'Curie'], ['(Ryder)', 'Ryder'], ['Macmillan', 'Macmillan'], ['Tenovus-Jones', 'Tenovus-Jones'],
    ];
    const cases = cross(CONTEXTS, NAMES).map(([context, [written, ...values]]) => [context.replace('%t', pick(['Dr', 'Mrs', 'Mr', 'Sister', 'Miss'])).replace('%b', written).replace('%k', tail()), ...values] as const);
    expect(leaks(cases)).to.deep.equal([]);
  });
});

describe('redaction: "DR" heading a line before a date of birth, written any way (probe 12)', () => {
  const year = new Date().getUTCFullYear();
  const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'Jul', 'Aug', 'Sept', 'October', 'Nov', 'December', 'Ionawr', 'Mawrth', 'Mehefin', 'Medi'];
  /** A date ten years ago or more, 12/03/2012 among them, written as a ward writes one. */
  function oldDate(): string {
    const [d, m, y] = rand() < 0.2 ? [12, 3, 2012] : [int(1, 28), int(1, 12), int(1932, year - 11)];
    return pick([`${two(d)}/${two(m)}/${y}`, `${two(d)}.${two(m)}.${y}`, `${d}/${m}/${String(y).slice(2)}`, `${two(d)}-${two(m)}-${y}`, `${d} ${pick(MONTHS)} ${y}`, `${y}-${two(m)}-${two(d)}`]);
  }
  const LEADS = ['', '- ', '• ', 'Handover:\n', 'Bed 4: ', 'Gwely 2: ', 'Next: ', 'Re: ', 'bloods fine\n'];
  const LETTERS = ['DR', 'DR', 'Dr', 'D.R.', 'JT', 'TF'];
  const BETWEEN = [' ', ', ', ': ', ' - ', ' – ', ' (', '\t', '  '];
  const REST = ['admitted with chest pain', 'wedi dod i mewn gyda phoen yn y frest', 'on warfarin, BRCA1?', 'yn y clinig heddiw', 'c/o SOB', ''];

  it('removes the date after "DR", "Dr" or initials heading a line, however it is set off or written', () => {
    const cases = cross(LEADS, BETWEEN).flatMap(([lead, between]) =>
      [0, 1].map(() => {
        const born = oldDate();
        const close = between === ' (' ? ')' : '';
        return [`${lead}${pick(LETTERS)}${between}${born}${close} ${pick(REST)}`.trimEnd(), born] as const;
      }),
    );
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps a recent date after "DR" or "Dr" (a note signed and dated), and "DR" for retinopathy mid-line', () => {
    const recent = () => `${two(int(1, 28))}/${two(int(1, 12))}/${int(year - 6, year - 1)}`;
    const texts = cross(BETWEEN.filter((b) => b !== ' ('), ['DR %r reviewed', 'Dr %r - BRCA1 result', 'DR %r adolygiad']).map(([between, form]) => form.replace(' %r', `${between}${recent()}`));
    const midLine = ['no DR on screening 12/03/2012', 'DR screening 12/03/2012 normal', 'mild background DR 12/03/2012, R1M0', 'letter from Dr 12/03/2012?', 'seen by Dr on 12/03/2012 for follow up'];
    expect(changed([...texts, ...midLine])).to.deep.equal([]);
  });
});
