import { expect } from 'chai';
import { isPatientSpecificRequest } from '../../bot/safety/patient-specific';

describe('patient-specific requests', () => {
  const specific = [
    'My patient has a CYP2C19 poor metaboliser result, should I stop her clopidogrel?',
    'this patient has a strong family history of breast cancer - should we refer her?',
    'what dose of capecitabine should my patient have with a DPYD variant?',
    'Should I give him clopidogrel after his TIA?',
    'Mrs Jones has total cholesterol of 9.6, does she need a DNA test?',
    'our patient with endometrial cancer - does she need to be tested for Lynch?',
    'the baby in bay 3 is very unwell, should we send a rapid genome?',
    'can I prescribe simvastatin for this man with an SLCO1B1 variant?',
    'Mae gan fy nghlaf ganlyniad CYP2C19, a ddylwn i atal clopidogrel?',
    'y claf hwn - oes angen prawf Lynch arni?',
    'a ddylwn i roi capecitabine i fy nghlaf?',
    'pa ddos ddylai fy nghlaf ei chael?',
  ];
  const general = [
    'What is a variant of uncertain significance?',
    'When should a patient be referred to clinical genetics?',
    'Why does CYP2C19 matter for clopidogrel?',
    'How do I take a three-generation family history?',
    'Can I put patient information into an AI tool?',
    'What should I do if an AI tool gives a wrong answer?',
    'should we use AI scribes in clinic?',
    'Beth yw amrywiad o arwyddocâd ansicr?',
    'Pryd ddylai claf gael ei atgyfeirio at eneteg glinigol?',
    'what is the dose range guidance in NICE DG59?',
  ];
  for (const text of specific) it(`deflects: "${text}"`, () => expect(isPatientSpecificRequest(text)).to.equal(true));
  for (const text of general) it(`answers: "${text}"`, () => expect(isPatientSpecificRequest(text)).to.equal(false));
});
