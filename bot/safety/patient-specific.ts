/**
 * Recognises a request for a decision about one particular patient ("my patient has ... should I
 * ..."), in English and Welsh. Mentors educate; such requests are pointed to local clinical pathways
 * and, for genomics, the clinical genetics service, with general learning offered instead.
 */
const SUBJECT_EN = String.raw`\b(?:my|this|our|the|a) (?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father|husband|wife)\b`;
const DECISION_EN = String.raw`\b(?:should (?:i|we|he|she|they)|shall (?:i|we)|can (?:i|we) (?:give|prescribe|stop|start)|do (?:i|we) (?:give|refer|test|stop|start)|what dose|how much \w+ (?:should|can)|is it safe (?:for (?:him|her|them))|does (?:he|she|they) need|needs? (?:a|an|to be) (?:test|referral|referred|tested|treated)|what (?:should|do) (?:i|we) do|which (?:drug|test|treatment) (?:should|for))\b`;
const PATIENT_DECISION = [
  new RegExp(`${SUBJECT_EN}[^?!\n]{0,120}${DECISION_EN}`, 'i'),
  new RegExp(`${DECISION_EN}[^?!\n]{0,80}${SUBJECT_EN}`, 'i'),
  /\b(?:should|can) i (?:give|prescribe|stop|start|increase|reduce|refer|test)\b[^?!\n]{0,60}\b(?:him|her|them|mr|mrs|ms|miss)\b/i,
  /\b(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r)\.? [A-Z][a-z]+\b[^?!\n]{0,100}\b(?:should|need|dose|refer|test|treat)/,
  // Welsh: "fy nghlaf", "y claf hwn", "ein claf" with "a ddylwn i", "a ddylen ni", "pa ddos", "oes angen".
  /\b(?:fy nghlaf|y claf hwn|ein claf|fy nghleient|y babi hwn|y plentyn hwn)\b[^?!\n]{0,120}\b(?:a ddylwn|a ddylen|ddylwn i|pa ddos|oes angen|a alla i roi|a ga i roi|beth ddylwn)\b/i,
  /\b(?:a ddylwn i|a ddylen ni|pa ddos)\b[^?!\n]{0,80}\b(?:fy nghlaf|y claf hwn|ein claf|iddo fe|iddi hi|iddyn nhw)\b/i,
];

export function isPatientSpecificRequest(text: string): boolean {
  return PATIENT_DECISION.some((pattern) => pattern.test(text));
}

// One particular patient, not "a patient" in general: "my patient", "this lady", "the patient in bed 4", "Mrs Jones".
const ONE_PATIENT = [
  /\b(?:(?:my|this|our) (?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father)|(?:patient|lady|man|woman) in bed|bed \d+|fy nghlaf|y claf hwn|ein claf|y babi hwn|y plentyn hwn|y fam yma|y fam hon)\b/i,
  /\b(?:[Mm]rs?|[Mm]s|[Mm]iss)\.? [A-Z][a-z]+\b/,
];

/** Whether the text is about one particular patient ("the patient in bed 6", "Mrs Jones"), whatever it asks. */
export function isAboutOnePatient(text: string): boolean {
  return ONE_PATIENT.some((pattern) => pattern.test(text));
}

/**
 * A patient-specific request about one identified patient: the mentor answers it with the
 * deflection alone, not with content. "How do I refer a patient" is a general question and keeps its answer.
 */
export function isDecisionForOnePatient(text: string): boolean {
  return isPatientSpecificRequest(text) && isAboutOnePatient(text);
}
