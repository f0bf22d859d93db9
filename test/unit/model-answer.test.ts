import { expect } from 'chai';
import { unfitAnswer } from '../../bot/safety/model-answer';
import { realFaculty } from '../helpers/app';

/** Checks on a model's answer (safety/model-answer.ts): what it catches, and that HALI's own reviewed content passes them all. */
describe('model answers that may not be shown', () => {
  it('passes every authored explainer and lesson, in its own language, citing its one source', () => {
    const texts = realFaculty().mentors.flatMap((m) => [
      ...m.explainers.flatMap((e) => [['en', e.answer.en], ['cy', e.answer.cy]] as const),
      ...m.lessons.flatMap((l) => [['en', l.body.en], ['cy', l.body.cy]] as const),
    ]);
    expect(texts.length).to.be.greaterThan(100);
    const failed = texts.map(([language, text]) => [unfitAnswer(`${text} [1]`, language, { sources: 1 }), text.slice(0, 80)]).filter(([why]) => why !== undefined);
    expect(failed).to.deep.equal([]);
  });

  it('catches care directed for one patient, however it is put, in English and Welsh', () => {
    const decisions = [
      'For your patient, give 5 mg of haloperidol IM now [1].', 'Start aspirin 600 mg daily [1].', 'Give 10 units of insulin with 50 ml of 50% glucose now [1].',
      'For this patient, refer her now [1].', 'You should stop her statin [1].', 'Double the dose [1].', 'I would increase the dose for your patient [1].',
      'Rhowch 10 uned o inswlin nawr [1].', 'I gyfer eich claf, dechreuwch aspirin heddiw [1].',
    ];
    for (const text of decisions) expect(unfitAnswer(text, /Rhowch|I gyfer/.test(text) ? 'cy' : 'en', { sources: 1 }), text).to.equal('patientDecision');
  });

  it('catches in Welsh every instruction for one patient it catches in English (an outside probe’s pairs)', () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['You should give Mrs Jones 5 mg of warfarin tonight.', 'Dylech chi roi 5 mg o warfarin i Mrs Jones heno.'],
      ['For your patient, refer her to clinical genetics today.', 'I’ch claf, cyfeiriwch hi at y gwasanaeth geneteg glinigol heddiw.'],
      ['Your patient in bay 3 should stop the statin now.', 'Dylai eich claf ym mae 3 atal y statin nawr.'],
      ['Increase his dose of enoxaparin to 80 mg twice daily.', 'Cynyddwch ei ddos o enoxaparin i 80 mg ddwywaith y dydd.'],
      ['For your patient, switch to ticagrelor today.', 'Dylai eich claf newid i ticagrelor heddiw.'],
      ['For this patient, start a statin.', 'Dylai’r claf hwn ddechrau statin.'],
      ['For this patient, double the dose.', 'Rhaid iddi ddyblu’r dos heno.'],
    ];
    for (const [en, cy] of pairs) {
      expect(unfitAnswer(`${en} [1]`, 'en', { sources: 1 }), en).to.equal('patientDecision');
      expect(unfitAnswer(`${cy} [1]`, 'cy', { sources: 1 }), cy).to.equal('patientDecision');
    }
    // General advice about any patient, and a decision left to the team, still pass in Welsh.
    for (const advice of ['Dylid cyfeirio cleifion sydd â hanes teuluol cryf at y gwasanaeth geneteg [1].', 'Dylai’r claf gael cynnig cwnsela genetig cyn profi [1].', 'Mae’n bwysig bod y tîm clinigol yn penderfynu a ddylai’r claf newid meddyginiaeth [1].', 'Dylai staff wirio allbwn AI bob amser cyn ei ddefnyddio [1].'])
      expect(unfitAnswer(advice, 'cy', { sources: 1 }), advice).to.equal(undefined);
  });

  it('catches a patient’s details asked for in either language, however the asking is put', () => {
    const asks = [
      ['Please send me the patient’s name, NHS number and date of birth so I can check.', 'en'],
      ['Tell me your patient’s full name and hospital number and I will look at it.', 'en'],
      ['Anfonwch enw’r claf, ei rif GIG a’i ddyddiad geni ataf i mi gael gwirio.', 'cy'],
      ['Dywedwch wrtha i enw llawn eich claf a’i rif ysbyty a bydda i’n edrych arno.', 'cy'],
    ] as const;
    for (const [text, language] of asks) expect(unfitAnswer(`${text} [1]`, language, { sources: 1 }), text).to.equal('asksForPatientData');
    expect(unfitAnswer('Peidiwch byth â rhannu enw’r claf na’i rif GIG yma [1].', 'cy', { sources: 1 })).to.equal(undefined);
  });

  it('catches a request for a patient’s details, not advice never to share them', () => {
    expect(unfitAnswer('Please paste your patient’s full name, NHS number and notes here [1].', 'en', { sources: 1 })).to.equal('asksForPatientData');
    expect(unfitAnswer('Gludwch rif GIG a dyddiad geni’r claf yma [1].', 'cy', { sources: 1 })).to.equal('asksForPatientData');
    for (const advice of ['Never paste a patient’s name or NHS number into ChatGPT here or anywhere [1].', 'Do not share the patient’s details with me [1].', 'Remove the patient’s name before you paste the notes into an approved tool [1].']) {
      expect(unfitAnswer(advice, 'en', { sources: 1 }), advice).to.equal(undefined);
    }
  });

  it('catches citations it was not given, and no citation at all when it was given sources', () => {
    expect(unfitAnswer('The WHO said so in 1987 [7].', 'en', { sources: 3 })).to.equal('unsourced');
    expect(unfitAnswer('Trust it for prescribing.', 'en', { sources: 3 })).to.equal('unsourced');
    expect(unfitAnswer('Check it against NICE guidance [2] and your policy [3].', 'en', { sources: 3 })).to.equal(undefined);
    expect(unfitAnswer('Good point about the family history.', 'en')).to.equal(undefined);
  });

  it('catches the other language in a long enough answer, and leaves short ones and shared terms alone', () => {
    expect(unfitAnswer('A VUS is a variant of uncertain significance: the lab cannot yet say if it causes disease [1].', 'cy', { sources: 1 })).to.equal('otherLanguage');
    expect(unfitAnswer('Amrywiolyn o arwyddocâd ansicr yw VUS: ni all y labordy ddweud eto a yw’n achosi clefyd [1].', 'en', { sources: 1 })).to.equal('otherLanguage');
    expect(unfitAnswer('BRCA1, BRCA2 [1].', 'cy', { sources: 1 })).to.equal(undefined);
    expect(unfitAnswer('A VUS is a variant of uncertain significance: the lab cannot yet say if it causes disease [1].', 'cy', { sources: 1, checkLanguage: false })).to.equal(undefined);
  });
});
