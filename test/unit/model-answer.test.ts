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
