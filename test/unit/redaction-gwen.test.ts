import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { cross, leaks } from '../helpers/redaction-probe';

/**
 * A patient called Gwen (stop 50 left this open): the given-name lists left "Gwen" out because learners address the genomics
 * mentor by it ("Gwen, what is a VUS?", "@Gwen"), so "Gwen Jones in bed 4" and "referral for Gwen Hughes, DOB …" kept the
 * name. Gwen is now a given name that is also a word (given-names.ts WORD_NAMES; e22efad..14e965a, with probe 12): a person
 * before a surname or after a patient's label, the mentor otherwise. Written by the lead beside the helper's probe 12, as a
 * second writer's cases. And a surname that names a condition after the mentor's name is the condition asked
 * about ("Gwen Williams syndrome?"), while one before a result is a person ("Gareth Williams positive for BRCA").
 */
const SURNAMES = ['Jones', 'Evans', 'Hughes', 'Price', 'Davies', 'Morgan', 'Williams', 'Edwards', 'Thomas', 'Powell', 'Roberts', 'Lewis'];
const GWEN = ['Gwen', 'GWEN'];

describe('redaction: a patient called Gwen, and the mentor called Gwen', () => {
  it('removes Gwen and her surname wherever a message marks a person, in English and Welsh', () => {
    const frames = [
      (n: string) => `${n} in bed 4 has a VUS, what does that mean?`,
      (n: string) => `pt ${n} 67F BRCA2 result back`,
      (n: string) => `Mrs ${n} asked about her result`,
      (n: string) => `referral for ${n}, DOB 03/04/1961 - is cascade testing needed?`,
      (n: string) => `${n} DOB 1/2/50 query Lynch`,
      (n: string) => `the patient, ${n}, 54, asked me about DPYD`,
      (n: string) => `saw ${n} today in clinic re FH`,
      (n: string) => `claf o'r enw ${n} - canlyniad BRCA1?`,
      (n: string) => `${n} yn gwely 3 efo amrywiolyn`,
      (n: string) => `${n} asked Gwen what a VUS means`,
    ];
    const cases = cross(frames, cross(GWEN, SURNAMES)).map(([frame, [given, surname]]) => {
      const name = given === 'GWEN' ? `GWEN ${surname.toUpperCase()}` : `${given} ${surname}`;
      return [frame(name), surname] as const;
    });
    expect(cases).to.have.length(240);
    expect(leaks(cases)).to.deep.equal([]);
    // Alone after a patient's label: "my patient Gwen", "pt gwen".
    expect(leaks([['my patient Gwen asked about Lynch', 'Gwen'], ['pt gwen 72 oed, BRCA?', 'gwen'], ['patient Gwen is worried about her VUS', 'Gwen']])).to.deep.equal([]);
  });

  it('keeps the mentor\'s name and the question when a learner addresses Gwen', () => {
    const questions = ['what is a VUS?', 'can you explain WGS', 'is Lynch syndrome inherited?', 'beth yw amrywiolyn?', 'sut mae profi BRCA yn gweithio?'];
    const addresses = [(q: string) => `Gwen, ${q}`, (q: string) => `@Gwen ${q}`, (q: string) => `Hi Gwen ${q}`, (q: string) => `Gwen ${q}`, (q: string) => `diolch Gwen! ${q}`, (q: string) => `ask Gwen: ${q}`, (q: string) => `Helo Gwen, ${q}`, (q: string) => `${q} thanks Gwen`];
    const asked = cross(addresses, questions).map(([address, q]) => address(q));
    expect(asked.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });

  it('reads a condition named after someone after the mentor\'s name as the condition, and a common surname before a result as a person', () => {
    const conditions = ['Williams syndrome', 'Edwards syndrome', 'Hughes syndrome', 'Turner syndrome', 'Lynch syndrome', 'Down syndrome', 'Wilson disease', "Bell's palsy", 'Becker muscular dystrophy'];
    const asked = conditions.flatMap((c) => [`Gwen ${c}?`, `Gwen ${c} - is it inherited?`, `Glyn ${c} what is it`]);
    expect(asked.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
    // Before anything but "syndrome", "disease", "palsy" or "muscular", one of Wales' commonest surnames is a person's.
    const people = cross(['Gareth', 'Gwen', 'Glyn', 'Siân'], ['Williams', 'Edwards', 'Hughes']).flatMap(([g, s]) => [[`${g} ${s} positive for BRCA`, s], [`${g} ${s} test results back`, s], [`${g} ${s} risk of FH?`, s]] as const);
    expect(leaks(people)).to.deep.equal([]);
  });
});
