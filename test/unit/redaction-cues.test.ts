import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';

/**
 * Outside testing (blind, by behaviour): names after a capitalised cue ("Patient Huw Jones"), in lower case after a cue ("pt john
 * smith"), after a Welsh mutation ("i Fethan Jones") or a kinship word ("Nain Gwenllian") reached the model; "D/O/B", "birthday",
 * "Fehefin" and hospital-number labels such as "RN", "WPAS" and "rhif uned" were not read; "Mrs Jones A123456" came out as
 * "Mrs [name removed]123456"; and famous people after a cue ("patient Simon Broome", "Alexander Fleming") were removed.
 */
describe('redaction: cues, mutations and labels written the way staff write them', () => {
  const GIVEN = ['Huw', 'Iestyn', 'Bethan', 'Gareth', 'Margaret', 'Priya', 'Seren', 'Dafydd', 'Kayleigh', 'Olusegun'];
  const SURNAMES = ['Jones', 'Bevan', 'Probert', 'Williams', 'Sharma', 'ap Rhys'];
  const leaks = (text: string, ...names: string[]) => names.filter((name) => redact(text).text.includes(name));

  it('removes a name after a capitalised, upper-case or hyphenated cue, in English and Welsh', () => {
    const cues = ['Patient', 'PATIENT', 'Pt', 'PT', 'Claf', 'Patient -', 'Patient:', 'Nain', 'Taid', 'Auntie', 'Anti', 'Uncle', 'Grandad'];
    const leaked: string[] = [];
    for (const cue of cues) for (const given of GIVEN) for (const surname of SURNAMES) {
      for (const text of [`${cue} ${given} ${surname} was told he has Lynch syndrome, what should I explain?`, `${cue.toUpperCase()} ${given.toUpperCase()} ${surname.toUpperCase()} HAS A VUS`]) {
        if (redact(text).text.toLowerCase().includes(given.toLowerCase())) leaked.push(text);
      }
    }
    expect(leaked).to.deep.equal([]);
  });

  it('removes a lower-case name after a lower-case cue, surname and all', () => {
    for (const cue of ['patient', 'pt', 'claf', 'my patient']) {
      for (const given of GIVEN) {
        const text = `${cue} ${given.toLowerCase()} probert 84yo has FH`;
        expect(redact(text).text, text).to.not.match(new RegExp(`${given.toLowerCase()}|probert`));
      }
    }
  });

  it('removes a given name as a Welsh mutation writes it after a preposition or possessive', () => {
    const mutated: readonly [string, string][] = [['i', 'Fethan'], ['gan', 'Ddafydd'], ['wrth', 'Fair'], ['â', 'Charys'], ['am', 'Feinir'], ['i', 'Areth'], ['at', 'Ddewi'], ['gan', 'Gatrin']];
    for (const [before, name] of mutated) {
      const text = `Rhoddais y canlyniad ${before} ${name} Jones ddoe`;
      expect(redact(text).text, text).to.not.include(name);
    }
  });

  it('keeps famous people and places, and still removes a patient who shares a famous surname', () => {
    for (const kept of ['Aneurin Bevan University Health Board', 'the patient Simon Broome criteria say definite FH', 'Alexander Fleming and Edward Jenner changed medicine', 'John Langdon Down described it', 'Dylan Thomas wrote it', 'Owain Glyndŵr', 'Dafydd ap Gwilym', 'Hywel Dda', 'Ysbyty Bryn Beryl', 'patient safety and AI', 'Patient Information leaflet', 'patient will be seen', 'Mae gan Gwen wers', 'i Fangor']) {
      expect(redact(kept).text, kept).to.equal(kept);
    }
    expect(leaks('patients Huw Jones and Iestyn Bevan both have FH', 'Huw', 'Iestyn', 'Bevan')).to.deep.equal([]);
  });

  it('reads the date-of-birth labels staff write, and the mutated Welsh month', () => {
    for (const label of ['D/O/B', 'D-O-B', 'd/o/b', 'birthday', 'DOB', 'dyddiad geni']) {
      for (const date of ['14/03/1954', '14.3.54', '3 o Fehefin 1954', '3rd June 1954']) {
        const text = `pt ${label} ${date} query FH`;
        expect(redact(text).text, text).to.not.match(/1954|\b54\b/);
      }
    }
    expect(redact('Still DG27 on the pages seen on 2026-11-28').text).to.include('2026-11-28');
  });

  it('reads hospital-number labels staff write, and never leaves a number glued to a removed name', () => {
    for (const label of ['RN', 'HN', 'WPAS', 'WCP ID', 'pt ID', 'record number', 'medical record no', 'notes no', 'rhif uned', 'rhif cofnod', 'MRN']) {
      const text = `${label} G1234567 for FH referral`;
      expect(redact(text).text, text).to.not.include('1234567');
    }
    for (const kept of ['I am an RN on a ward', 'the RN said', 'RN']) expect(redact(kept).text).to.equal(kept);
    expect(redact('Mrs Jones A123456 needs bloods').text).to.not.match(/\]\d/);
  });
});
