import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { seeded } from '../helpers/variants';
import { cross, leaks } from '../helpers/redaction-probe';

/**
 * Probe 14: the given names the other readings passed over. A given name that is also an everyday word ("Dawn", "Rose", "Joy",
 * "Faith", "Gwen") after seeing or caring for someone, before a whole date or before an age; and any given name, listed or not,
 * alone before a date of birth's label ("Dylan (DOB 1/1/1990)", "dawn evans dob 12/3/56"). And what must stay: the same words
 * as words, a month, a ward named after a flower, the genomics mentor addressed or spoken of.
 */
const rand = seeded(14);
const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const two = (x: number) => String(x).padStart(2, '0');
function birthDate(): string {
  const [d, m, y] = [int(1, 28), int(1, 12), int(1932, 2004)];
  return pick([`${two(d)}/${two(m)}/${y}`, `${d}/${m}/${String(y).slice(2)}`, `${two(d)}.${two(m)}.${y}`, `${two(d)}-${two(m)}-${y}`]);
}
const TAILS = ['BRCA1 result back?', 'query Lynch syndrome', 'DPYD variant - 5-FU dose?', 'canlyniad BRCA1?', 'syndrom Lynch?', 'what does a VUS mean for her?', 'angen cwnsela genetig?'];
/** Word names English (and Welsh) use as words, the ones every earlier reading kept alone. */
const WORD_GIVEN = ['Dawn', 'Rose', 'Joy', 'Faith', 'Hope', 'Grace', 'Ruby', 'Holly', 'Ivy', 'Daisy', 'Summer', 'Sunny', 'Hazel', 'Amber', 'Pearl', 'Violet', 'Robin', 'Frank', 'Will', 'Bill', 'Gwen', 'Haf', 'Eira', 'Gwawr', 'Seren', 'Rhosyn'];
const fill = (form: string, name: string) => form.replace('%n', name).replace('%d', birthDate()).replace('%a', String(int(2, 97))).replace('%k', pick(TAILS));

describe('redaction: given names that are also words, and a name alone before a date of birth (probe 14)', () => {
  it('removes a word name after seeing or caring for someone, in English and Welsh', () => {
    const FORMS = [
      'saw %n today, %k', 'I saw %n in clinic this morning - %k', 'just seen %n. %k', 'reviewed %n yesterday, %k', 'admitted %n last night, %k',
      'looking after %n on nights, %k', 'discharged %n this afternoon; %k', 'clerked %n earlier, %k', 'spoke to %n about her result - %k',
      'gwelais i %n heddiw, %k', 'welais i %n ddoe - %k', 'wedi gweld %n yn y clinig, %k', 'ffoniais i %n bore ma, %k',
    ];
    const cases = cross(FORMS, WORD_GIVEN).map(([form, name]) => [fill(form, name), name] as const);
    // "spoke to Gwen about…" may be the genomics mentor spoken of: Gwen alone is kept there (below).
    const people = cases.filter(([text]) => !/spoke to Gwen/.test(text));
    expect(people.length).to.equal(13 * 26 - 1);
    expect(leaks(people)).to.deep.equal([]);
  });

  it('removes a word name and the date after it, and before an age said as one', () => {
    const FORMS = ['%n %d admitted with chest pain, %k', '%n (%d) - %k', '%n, %d, %k', '%n aged %a, %k', '%n, %ayo, %k', '%n %aF %k', '%n (%a) %k', '%n, %a oed, %k', '%n, %a years old, %k'];
    const cases = cross(FORMS, WORD_GIVEN).map(([form, name]) => [fill(form, name), name] as const);
    expect(leaks(cases)).to.deep.equal([]);
    // The date after the name goes with it.
    const dated = WORD_GIVEN.map((name) => `${name} 12/03/1956 needs bloods`);
    expect(dated.filter((text) => /1956/.test(redact(text).text))).to.deep.equal([]);
  });

  it('removes any given name alone before a date of birth\'s label, capitalised or in lower case', () => {
    const GIVEN = ['Dylan', 'Gareth', 'Eleri', 'Thabo', 'Xiaoling', 'Andreea', 'Siôn', 'Dawn', 'Gwen', 'Will', 'Rhiannon', 'Oluwaseun', 'Aled'];
    const LABELS = ['(DOB %d)', 'DOB %d', 'dob: %d', ', DOB %d', '- d.o.b. %d', '(d.o.b %d)', 'date of birth %d', 'born %d', 'dyddiad geni %d', '(dg %d)', 'ganwyd %d'];
    const capitalised = cross(GIVEN, LABELS).map(([name, label]) => [`${name} ${fill(label, name)}, %k`.replace('%k', pick(TAILS)), name] as const);
    expect(leaks(capitalised)).to.deep.equal([]);
    const lower = cross(['dawn evans', 'eleri jones', 'gareth popescu', 'rose williams', 'haf pritchard', 'dylan', 'eleri', 'rhiannon'], ['dob %d', '(dob %d)', 'd.o.b %d', 'dyddiad geni %d'])
      .map(([name, label]) => [`${name} ${fill(label, name)} ${pick(TAILS)}`, ...name.split(' ')] as const);
    expect(leaks(lower)).to.deep.equal([]);
  });

  it('keeps the same words as words, months, wards, and the mentor addressed or spoken of', () => {
    const kept = [
      'Hope this helps', 'Will AI replace nurses?', 'I saw Will\'s point about consent', 'we reviewed May 2024 guidance', 'admitted in May',
      'he was admitted May, then discharged in June', "I've seen Gene therapy explained", 'reviewed Gene therapy today', 'I spoke to Gwen about Lynch syndrome',
      'I asked Gwen about a VUS', "have you seen Gwen's lesson on BRCA?", 'visited Holly ward today', 'admitted to Rose ward', 'admissions rose today',
      'Gwen, what is a VUS?', 'Hi Gwen can you explain Lynch', 'Their DOB is on the label', 'Patient DOB must be checked twice',
      'Confirm DOB and NHS number before giving blood', 'Babies born before 32 weeks', 'Who was born with FH?', 'Summer 2024 update', 'Dawn shift is hard',
      'Grace period for training?', 'Joy at work matters', 'Faith groups and genetic testing', 'April 2025 NICE update', 'May I ask about BRCA?',
      'Will this count for CPD?', 'Mark the quiz please', 'Christmas Eve shift', 'Amber flag on the sepsis tool', 'seen in clinic May 2024',
      'is DOB an identifier?', 'what does dob mean', 'when was Gwen born', 'Gwen born to teach genomics?', 'seen April 3rd and discharged',
      'diolch Gwen, beth yw amrywiolyn?', 'Haf yw fy hoff dymor', 'Check the name and DOB match the wristband', 'New DOB format on the form',
    ];
    expect(kept.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });

  it('removes a name however many spaces, no-break or thin spaces stand between its words and the words that mark it', () => {
    // Two spaces between "Mrs" and "Evans" kept every name (stop 54's probe): the patterns expect one.
    const GAPS = ['  ', '   ', '\u00a0 ', ' \u00a0', '\u2009\u2009', ' \t', '\u3000 '];
    const FORMS = ['Mrs%gEvans bed 3', 'saw%gGareth%gtoday, BRCA?', 'pt:%gjohn%gsmith 84yo', 'Mary%gJones%gDOB 3/3/56', 'referral for%gSiân%gPritchard, Lynch?', 'Mr%gO\'Brien%gin bay 2'];
    const cases = cross(FORMS, GAPS).map(([form, gap]) => {
      const text = form.replace(/%g/g, gap);
      const names = form.match(/(?<=%g)[\p{Lu}\p{Ll}'’]+(?=%g| bed| in| DOB| 84yo|,)/gu)!.filter((w) => !/^(?:today|in)$/.test(w));
      return [text, ...names] as [string, ...string[]];
    });
    expect(leaks(cases)).to.deep.equal([]);
    // The spaces are left as typed, and the clinical text round them.
    expect(redact('Mrs  Evans   bed 3 - tamoxifen  20 mg').text).to.equal('Mrs  [name removed]   bed 3 - tamoxifen  20 mg');
  });

  it('removes a record\'s "surname, given name" typed in lower case, and keeps everyday words in that shape', () => {
    const SURNAMES = ['jones', 'evans', 'williams', 'pritchard', 'hughes', 'patel', 'okafor', 'llewellyn'];
    const GIVEN = ['mary', 'sian', 'megan', 'gareth', 'dafydd', 'priya', 'john', 'eleri'];
    const TAILS = [' 03/03/56', ' dob 1/2/60', ' bed 4', ', BRCA2 result?', ' - query Lynch'];
    const cases = cross(cross(SURNAMES, GIVEN), TAILS).map(([[surname, given], tail]) => [`${surname}, ${given}${tail}`, surname, given] as const);
    expect(leaks(cases)).to.deep.equal([]);
    const kept = ['green, holly and ivy', 'price, will it change?', 'not bad, thanks', 'hughes, and then', 'white, grey or green?'];
    expect(kept.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });

  it('reads a word that opens a sentence after a letter and a full stop as a word, not an initial and a surname', () => {
    // SUBTLEX-UK writes "What", "However", "Well" only with a capital: they were read as surnames ("c.1905+1G>A. What starting dose").
    const OPENERS = ['What', 'How', 'Why', 'Where', 'Well', 'However', 'Although', 'Otherwise', 'Perhaps', 'Maybe', 'Thanks', 'Unfortunately', 'Apparently', 'Hello'];
    const LEADS = ['DPYD c.1905+1G>A.', 'the variant is c.35G>A.', 'he is in Bay A.', 'result: MLH1 c.350C>T.', 'graded as class C.'];
    const texts = cross(LEADS, OPENERS).map(([lead, opener]) => `${lead} ${opener} ${pick(['should I do next?', 'does that mean for the family?', 'dose is safe?', 'is the plan', 'thanks'])}`);
    expect(texts.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
    // An initial before a surname is still a name.
    expect(leaks([['W. Patel attended clinic', 'Patel'], ['seen by D. Marsh in bay 2', 'Marsh'], ['M.P. Jones, BRCA2?', 'Jones']])).to.deep.equal([]);
  });
});
