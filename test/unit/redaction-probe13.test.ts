import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { seeded } from '../helpers/variants';
import { cross, leaks } from '../helpers/redaction-probe';

/**
 * Probe 13 (generated here): the names stop 51's probe found left for every given name. A whole name typed in lower case with no cue
 * ("eleri jones in bed 4", "is john smith's result back"), a given name alone before a date ("Eleri 12/03/1956 admitted"), a Welsh
 * particle's surname in capitals or lower case with no cue ("ELERI AP HYWEL bed 1", "dafydd ap gruffydd bed 2"), and a name after an
 * age said first ("aged 88 Eleri"). And what must stay: lower-case words that only look like a pair, famous people, eponyms, dates
 * after places and services.
 */
const rand = seeded(13);
const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const two = (x: number) => String(x).padStart(2, '0');
const TAILS = ['BRCA1 result back?', 'query Lynch syndrome', 'on tamoxifen 20 mg', 'canlyniad BRCA1?', 'syndrom Lynch?', 'needs obs', 'DPYD variant - 5-FU dose?', 'angen gwaed'];
const GIVEN = ['eleri', 'dafydd', 'john', 'sian', 'rhys', 'gareth', 'megan', 'priya', 'mohammed', 'catrin', 'iwan', 'margaret', 'bethan', 'tomasz', 'aled', 'nia', 'carys', 'gwilym'];
const SURNAMES = ['jones', 'williams', 'evans', 'smith', 'patel', 'pritchard', 'llewellyn', 'okafor', 'davies', 'hughes', 'lloyd-jones', 'morgan', 'roberts', 'thomas'];
const PARTICLED = ['ap hywel', 'ap gruffydd', 'ferch dafydd', 'ab owain', 'ap iorwerth'];
const capital = (word: string) => word.replace(/(^|[ -])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase()).replace(/ (Ap|Ab|Ferch) /, (p) => p.toLowerCase());
function birthDate(): string {
  const [d, m, y] = [int(1, 28), int(1, 12), int(1932, 2004)];
  return pick([`${two(d)}.${two(m)}.${y}`, `${two(d)}/${two(m)}/${y}`, `${d}/${m}/${String(y).slice(2)}`, `${two(d)}-${two(m)}-${y}`]);
}
const fill = (form: string, given: string, surname: string) =>
  form.replace('%g', given).replace('%s', surname).replace('%d', birthDate()).replace('%b', String(int(1, 30))).replace('%a', String(int(19, 97))).replace('%k', pick(TAILS));
/** The words of a name that identify (a particle aside), split at hyphens as a leak is read word by word. */
const nameWords = (...parts: string[]) => parts.join(' ').split(/[ -]/).filter((w) => w !== '' && !/^(?:ap|ab|ferch)$/i.test(w));

describe('redaction: names with no cue, in lower case, before a date, with a particle, after an age (probe 13)', () => {
  it('removes a whole name typed in lower case with nothing to mark it, in English and Welsh', () => {
    const FORMS = [
      '%g %s in bed %b, %k', '%g %s bed %b %k', 'is %g %s ok? %k', "%g %s's result - %k", '%g %s yn y gwely %b, %k', 'can you check %g %s %k',
      'ydi %g %s yn gymwys? %k', 'handover: %g %s, %k', '%g %s - %k', 'ar gyfer %g %s: %k', 'seen %g %s in clinic, %k', 'wedi gweld %g %s heddiw, %k',
    ];
    const cases = cross(FORMS, cross(GIVEN, SURNAMES)).map(([form, [given, surname]]) => [fill(form, given, surname), ...nameWords(given, surname)] as const);
    expect(cases.length).to.equal(12 * 18 * 14);
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a Welsh particle surname with its given name, in lower case or in capitals, with no cue', () => {
    const FORMS = ['%g %s bed %b has %k', '%G %S bed %b', '%G %S %d', 'is %g %s ok? %k', '%g %s - %k', 'gwely %b: %G %S'];
    // "Gwilym … Dafydd" is kept as the poet Dafydd ap Gwilym, named either way round (given-names.ts).
    const pairs = cross(GIVEN, PARTICLED).filter(([given, surname]) => !(given === 'gwilym' && surname.endsWith('dafydd')));
    const cases = cross(FORMS, pairs).map(([form, [given, surname]]) => {
      const text = fill(form.replace('%G', given.toUpperCase()).replace('%S', surname.toUpperCase()), given, surname);
      return [text, ...nameWords(given, surname)] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a given name alone straight before a date, and the date', () => {
    const FORMS = ['%G %d admitted', '%G (%d) %k', '%G - %d - %k', '%g %d %k', 'handover\n%G %d\n%k', '%G %d, %k'];
    const cases = cross(FORMS, GIVEN).map(([form, given]) => {
      const date = birthDate();
      return [form.replace('%G', capital(given)).replace('%g', given).replace('%d', date).replace('%k', pick(TAILS)), given, date] as const;
    });
    const leftDates = cases.filter(([text, , date]) => redact(text).text.includes(date));
    expect(leaks(cases.map(([text, given]) => [text, given] as const))).to.deep.equal([]);
    expect(leftDates.map(([text]) => text)).to.deep.equal([]);
  });

  it('removes a name said after an age said first, in English and Welsh', () => {
    const FORMS = ['aged %a %G, %k', 'aged %a %G %S %k', '%a oed %G %S, %k', 'age %a %G - %k', 'claf %a oed, %G %S, %k'];
    const cases = cross(FORMS, cross(GIVEN, SURNAMES)).map(([form, [given, surname]]) =>
      [fill(form.replace('%G', capital(given)).replace('%S', capital(surname)), given, surname), ...nameWords(given, form.includes('%S') ? surname : '')] as const,
    );
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps lower-case pairs that are no one: words, famous people, eponyms, and dates after places or services', () => {
    const KEPT = [
      'john snow and the broad street pump', 'florence nightingale and infection control', 'henry lynch described the syndrome',
      'dylan thomas was a poet', 'aneurin bevan university health board', 'hywel dda genomics clinic', 'will smith', 'mark jones', 'grace price',
      'what does autosomal recessive mean for the family', 'lynch syndrome testing 12/03/2024', 'clinic on 12/03/2024', 'Ysbyty Gwynedd 12/03/2024',
      'aged 70 NICE recommends screening', 'aged 40 Lynch syndrome surveillance', 'women aged 50 Breast Screening Wales', 'beth yw syndrom lynch i deulu',
      'paul nurse and the cell cycle', 'is the ai tool safe on the ward', 'since 12/03/2024 the guidance changed', 'GIG CYMRU AI policy',
      'ROYAL COLLEGE OF NURSING guidance', 'may 12/03/2024 clinic list', 'BRCA AP', 'ECG AP view',
    ];
    expect(KEPT.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });
});
