/**
 * One-patient figures for `npm run bench -- safety`: of messages asking about one particular patient, how many the checks
 * flag (the mentor then gives no content for that patient), and of general questions, how many they flag wrongly, with the
 * hand-written patterns alone and with the learned model beside them, side by side. The honest figures are the held-out
 * messages (test/fixtures/one-patient/heldout-*.json, written blind and never learned from) and the unseen evaluation sets'
 * questions (general, never learned from); the training messages show how well the model fits what it learned.
 */
import { flaggedByPatterns, isDecisionForOnePatient, isPatientSpecificRequest, readAsChecked } from '../../bot/safety/patient-specific';
import { committedOnePatientModel, onePatientProbability } from '../../bot/safety/one-patient-model';
import { redact } from '../../bot/safety/redact';
import { byPatterns, heldOutMessages, trainingFixtureMessages, type LabelledMessage } from '../../scripts/train-one-patient';
import { evaluationSet, MENTOR_IDS, UNSEEN_SETS } from '../helpers/evaluation';

const flagged = (text: string) => {
  const read = redact(text).text;
  return isDecisionForOnePatient(read) || isPatientSpecificRequest(read);
};

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

function row(write: (line: string) => void, name: string, messages: readonly LabelledMessage[]): void {
  for (const lang of ['en', 'cy', undefined] as const) {
    const these = lang ? messages.filter((m) => m.lang === lang) : messages;
    const patients = these.filter((m) => m.label === 'patient');
    const general = these.filter((m) => m.label === 'general');
    const cells: string[] = [];
    if (patients.length > 0) {
      const a = patients.filter((m) => byPatterns(m.text)).length;
      const b = patients.filter((m) => flagged(m.text)).length;
      cells.push(`one-patient flagged ${a} → ${b} of ${patients.length} (${percent(a, patients.length)} → ${percent(b, patients.length)})`);
    }
    if (general.length > 0) {
      const a = general.filter((m) => byPatterns(m.text)).length;
      const b = general.filter((m) => flagged(m.text)).length;
      cells.push(`general flagged ${a} → ${b} of ${general.length} (${percent(a, general.length)} → ${percent(b, general.length)})`);
    }
    write(`${`${name} ${lang ?? 'all'}`.padEnd(34)}${cells.join('; ')}\n`);
  }
}

/** How far either side of the model's threshold a message counts as one a retrain could flip. */
const NEAR = 0.1;

/**
 * The messages never learned from (held out, and the unseen sets' questions) that the patterns leave to the model and whose
 * probability is within NEAR of its threshold: the ones a retrain for new content can flip, as d46fa0a and d6dd711 saw
 * (a DPYD dose question 0.986 -> 0.802 against 0.81; an automation-bias question 0.916 against 0.91). Listed so that a
 * retrain's effect shows here before CI; the held-out messages and the unseen questions are counted, never printed.
 */
function nearThreshold(write: (line: string) => void, messages: readonly LabelledMessage[]): void {
  const model = committedOnePatientModel();
  const left = messages.filter((m) => !byPatterns(m.text));
  const near = left.map((m) => ({ m, p: onePatientProbability(model, readAsChecked(redact(m.text).text)) })).filter(({ p }) => Math.abs(p - model.threshold) < NEAR);
  const count = (label: LabelledMessage['label'], flaggedNow: boolean) => near.filter(({ m, p }) => m.label === label && p >= model.threshold === flaggedNow).length;
  write(
    `near the threshold (${model.threshold} ± ${NEAR}), of ${left.length} messages never learned from that the patterns leave to the model: ` +
      `one-patient ${count('patient', true)} flagged and ${count('patient', false)} not; general ${count('general', false)} passed and ${count('general', true)} flagged\n`,
  );
}

export function runOnePatientBench(write: (line: string) => void): void {
  write('\nnpm run bench -- safety: messages about one patient, patterns alone → patterns and the learned model (mentors/one-patient-model.json)\n\n');
  row(write, 'held out (never learned from)', heldOutMessages());
  const unseen = UNSEEN_SETS.flatMap((set) => MENTOR_IDS.flatMap((mentorId) => evaluationSet(mentorId, set).map((q): LabelledMessage => ({ text: q.question, label: q.style === 'patient-specific' ? 'patient' : 'general', lang: q.language === 'cy' ? 'cy' : 'en', from: set }))));
  row(write, 'unseen evaluation sets', unseen);
  row(write, 'learned from (fit)', trainingFixtureMessages());
  nearThreshold(write, [...heldOutMessages(), ...unseen]);
  const texts = heldOutMessages().map((m) => redact(m.text).text);
  const rounds = 20;
  const timed = (check: (text: string) => unknown) => {
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const text of texts) check(text);
    return (((performance.now() - started) * 1000) / (rounds * texts.length)).toFixed(1);
  };
  const alone = timed(flaggedByPatterns);
  const both = timed((text) => isDecisionForOnePatient(text) || isPatientSpecificRequest(text));
  write(`time per message: patterns alone ${alone} µs, patterns and model ${both} µs (mean over ${rounds * texts.length} messages each)\n`);
}
