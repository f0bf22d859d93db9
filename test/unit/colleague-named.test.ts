import { expect } from 'chai';
import { isDecisionForOnePatient } from '../../bot/safety/patient-specific';
import { redact } from '../../bot/safety/redact';
import { cross } from '../helpers/redaction-probe';

/**
 * A colleague named by their title ("Dr Evans says…", "Nurse Jones told me…") is who said something, not a patient: stop 55's probe
 * found "Ma Dr Evans yn deud bod rhaid riportio i'r MHRA os oes ap AI bron a niweidio claf. Ydi hynny'n iawn?" deflected as a
 * decision for one patient once the name was removed. A patient named beside them is still one patient.
 */
describe('unit: a colleague named by their title is not a patient', () => {
  const TITLES = ['Dr', 'Dr.', 'Doctor', 'Prof', 'Professor', 'Nurse', 'Sister', 'Matron', 'Consultant'];
  const NAMES = ['Evans', 'Patel', 'Jones', 'Nkemelu', 'Rhys-Williams'];
  const SAID = [
    (who: string) => `${who} says we must report to the MHRA if an AI app nearly harms a patient - is that right?`,
    (who: string) => `${who} told me a VUS should never change management. True?`,
    (who: string) => `${who} reckons the AI scribe is always accurate, should I still check it?`,
    (who: string) => `Ma ${who} yn deud bod rhaid riportio i'r MHRA os oes ap AI bron a niweidio claf. Ydi hynny'n iawn?`,
  ];

  it(`reads ${TITLES.length * NAMES.length * SAID.length} general questions passed on from a titled colleague as general, whether or not redaction removed the name`, () => {
    for (const [[title, name], say] of cross(cross(TITLES, NAMES), SAID)) {
      const text = say(`${title} ${name}`);
      const redacted = redact(text).text;
      expect(isDecisionForOnePatient(redacted), redacted).to.equal(false);
    }
  });

  it('still reads a patient named beside a colleague, or a decision for one patient a colleague asks about, as one patient', () => {
    for (const text of ['Dr Jones says I should give Mrs Smith 5mg - is that right?', 'Should Dr Patel increase the dose for Mr Jones?', 'Dr Evans wants to know if we should stop the warfarin for the patient in bed 4']) {
      expect(isDecisionForOnePatient(redact(text).text), text).to.equal(true);
    }
  });
});
