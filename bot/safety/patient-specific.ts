/**
 * Recognises a request for a decision about one particular patient ("my patient has ... should I
 * ..."), in English and Welsh. Mentors educate; such requests are pointed to local clinical pathways
 * and, for genomics, the clinical genetics service, with general learning offered instead.
 */
// A patient by where they lie or sit ("bed 6", "the man in bay 3", "side room 2", "the lady in chair 6" on a day unit, "the
// baby in cot 2", "trolley 4" in the emergency department), by number, number and letter ("bed 6A") or a small number in
// words ("bed six"), is one patient as surely as "my patient".
const PLACE_NUMBER = String.raw`(?:\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const PLACE_EN = String.raw`\b(?:bed|bay|side room|cubicle|chair|cot|incubator|trolley|resus) ${PLACE_NUMBER}\b`;
const SUBJECT_EN = String.raw`(?:\b(?:my|this|our|the|a) (?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father|husband|wife)\b|${PLACE_EN})`;
const CHANGE_EN = String.raw`(?:give|prescribe|stop|start|increase|reduce|lower|raise|change|double|halve|withhold|refer|test|discharge|send)`;
const DECISION_EN = String.raw`\b(?:(?:should|shd) (?:i|we|he|she|they)|shall (?:i|we)|can (?:i|we) ${CHANGE_EN}|do (?:i|we) (?:need to )?${CHANGE_EN}|what dose|(?:the|a|right) (?:\w+ )?dose (?:for|to give)|how much \w+ (?:should|can)|is it safe (?:for (?:him|her|them)|to ${CHANGE_EN})|(?:does|do|would|will) (?:he|she|they) (?:need|qualify|meet the criteria|fit the criteria)|is (?:he|she) eligible|are they eligible|needs? (?:a|an|to be) (?:test|referral|referred|tested|treated)|what (?:should|do) (?:i|we) do|which (?:drug|test|treatment|statin|dose|medication|medicine|antibiotic) (?:should|shd|to|for|do))\b`;
// Welsh: "fy nghlaf", "y claf hwn" (or "ddylai'r claf hwn"), "y claf yng ngwely 4" (gwely after "yng" is "ngwely"), and as
// staff say it: "claf fi", "y claf 'ma", "y ddynes yn bae 3", "ystafell ochr 2".
// A chair ("cadair") mutates as "gadair" and "nghadair"; a cot is a cot.
const PLACE_CY = String.raw`\b(?:n?gwely|bae|ciwbicl|ystafell ochr|(?:c|g|ngh|ch)adair|cot) \d+[a-z]?\b`;
const SUBJECT_CY = String.raw`\b(?:fy nghlaf|ein claf|fy nghleient|claf fi|y babi hwn|y plentyn hwn)\b|(?:\by|['’]r) (?:claf|babi|plentyn) (?:hwn|hon|yma|['’]ma\b)|${PLACE_CY}`;
// A titled name ("Mrs Jones") or, in redacted text, the name removed ("Mrs [name removed]", "patient name: [name removed]").
// The name must be capitalised ("if they miss the dose" names nobody).
const TITLED = String.raw`\b(?:[Mm]rs?|[Mm]s|[Mm]iss|[Mm]x|MRS?|MS|MISS|MX)\.? (?:[A-Z][a-z]+\b|\[name removed\])`;
// A baby is named as "Baby Lily" (or "Baby Jones") on the ward and in the notes; "Baby Friendly" and "Baby Loss Awareness" are no babies.
const NAMED = String.raw`${TITLED}|\b[Bb]aby (?:(?!(?:Loss|Friendly|Bank|Unit|Clinic|Week|Café|Cafe|Steps|Massage|Group)\b)[A-Z][a-z]+\b|\[name removed\])|\[name removed\]`;
// Looking up one patient's own result ("what is my patient Mrs Jones's BRCA result", "check bed 4's genotype",
// "beth yw canlyniad fy nghlaf"): HALI has no patient records, and what a result means for that patient is the clinical
// team's call. "My patient's result came back as a VUS, what does that mean?" asks what a VUS means, and is answered.
const ONE_PATIENT_EN = String.raw`(?:(?:my|this|our|the) (?:patient|pt|client|lady|gentleman|man|woman|baby|child)(?: ${NAMED})?|${NAMED}|${PLACE_EN})`;
const LOOKUP_EN = String.raw`\b(?:what(?:['’]s| is| was| are| were)|check|look up|find|get|pull up|show me|tell me|can you see|do you have)\s+(?:(?:the\s+)?(?:results?|diagnosis|genotype)\s+(?:of|for)\s+)?${ONE_PATIENT_EN}(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}(?:results?|diagnosis|genotype|prognosis|bloods|scan|report)\b`;
const LOOKUP_OF_EN = String.raw`\b(?:what(?:['’]s| is| was| are| were)|check|look up|find|get|pull up|show me|tell me)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:results?|diagnosis|genotype|prognosis|report)\s+(?:of|for)\s+${ONE_PATIENT_EN}`;
const LOOKUP_CY = String.raw`\b(?:beth (?:yw|ydy|oedd)|gwiriwch|edrychwch ar)\s+(?:['’]r\s+|y\s+)?(?:canlyniad(?:au)?|diagnosis|genoteip)\s+(?:[\w-]+\s+){0,2}(?:${SUBJECT_CY}|\[name removed\])`;
// A decision asked in Welsh, written or spoken: "a ddylwn i", "ddylai hi", "dyla i", "pa ddos", "oes angen", "ydy hi angen",
// "ga i roi", "fedra i stopio".
const CHANGE_CY = String.raw`(?:rhoi|roi|dd?echrau?|stopio|atal|cynyddu|gynyddu|lleihau|leihau|newid|cyfeirio|gyfeirio|h?atgyfeirio|profi|brofi|rhyddhau|ryddhau|rhagnodi|ragnodi|dd?yblu|haneru)`;
const CHOICE_CY = [
  String.raw`a dd?yl(?:wn|en|ai|swn|sen)`, String.raw`dd?yl(?:wn|en|ai|swn|sen|a) (?:i|ni|hi|o|fo|fe|e|nhw)`, String.raw`dd?ylai['’]r`,
  String.raw`pa (?:ddos|brawf|driniaeth|feddyginiaeth|statin|gyffur)`,
  String.raw`(?:a )?(?:ga|gaf|alla|allaf|galla|fedra|fedraf|gawn|allwn|fedrwn) (?:i|ni) ${CHANGE_CY}`, String.raw`(?:beth|be['’]?) (?:dd?ylwn|dd?ylen|dw i fod|dwi fod|ydw i fod)`,
  String.raw`(?:ydy|ydi|yw) (?:hi['’]n|o['’]n|hin|on)? ?(?:ddiogel|saff) (?:i )?${CHANGE_CY}`,
].join('|');
// A need ("angen"), beside one patient, is a decision about them too; said of "him" or "her" alone it is often anyone's.
const DECISION_CY = `${CHOICE_CY}|angen`;
// For a pattern matched case by case (a name must be capitalised): the phrase with its first letter in either case.
const eitherCaseFirst = (phrase: string) => phrase.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c}]`);
const PATIENT_DECISION = [
  new RegExp(`${LOOKUP_EN}|${LOOKUP_OF_EN}|${LOOKUP_CY}`, 'iu'),
  new RegExp(`${SUBJECT_EN}[^?!\n]{0,120}${DECISION_EN}`, 'i'),
  new RegExp(`${DECISION_EN}[^?!\n]{0,80}${SUBJECT_EN}`, 'i'),
  new RegExp(String.raw`\b(?:(?:should|shd|can) (?:i|we)|is it safe to) ${CHANGE_EN}\b[^?!\n]{0,60}\b(?:him|her|them)\b`, 'i'),
  new RegExp(String.raw`(?:\b[Dd]r\.? [A-Z][a-z]+\b|${NAMED})[^?!\n]{0,100}\b(?:${['should', 'need', 'dose', 'refer', 'test', 'treat', 'qualify', 'eligible'].map(eitherCaseFirst).join('|')})`),
  // Welsh: "fy nghlaf", "y claf hwn", "ein claf" (or a redacted name) with "a ddylwn i", "a ddylen ni", "pa ddos", "oes angen".
  new RegExp(String.raw`(?:${SUBJECT_CY}|\[name removed\])[^?!\n]{0,120}\b(?:${DECISION_CY})\b`, 'i'),
  new RegExp(String.raw`\b(?:${DECISION_CY})\b[^?!\n]{0,80}(?:${SUBJECT_CY})`, 'i'),
  // A decision for "him" or "her" ("a ddylwn i roi statin iddo fo").
  new RegExp(String.raw`\b(?:${CHOICE_CY})\b[^?!\n]{0,80}\b(?:iddo fe|iddo fo|iddi hi|iddyn nhw)\b`, 'i'),
];

// A name after the decision ("which test should I order for Mrs Jones"): names are matched case by case, so apart
// from the case-blind decision before them.
const TITLED_NAME = new RegExp(NAMED, 'g');
const DECISION_BEFORE = new RegExp(String.raw`(?:${DECISION_EN}|\b(?:${DECISION_CY})\b)[^?!\n]{0,80}$`, 'i');
// And a Welsh decision after the name ("Ydy Mrs Roberts ar ward 7 angen prawf BRCA?", "Mae Mr Williams yn 45… Ddylwn i ddechrau
// statin iddo fo?"), read in either case.
const DECISION_AFTER_CY = new RegExp(String.raw`^[^?!\n]{0,120}\b(?:${DECISION_CY})\b`, 'i');
const decisionAroundName = (text: string) => [...text.matchAll(TITLED_NAME)].some((m) => DECISION_BEFORE.test(text.slice(0, m.index)) || DECISION_AFTER_CY.test(text.slice(m.index + m[0].length)));

export function isPatientSpecificRequest(text: string): boolean {
  return PATIENT_DECISION.some((pattern) => pattern.test(text)) || decisionAroundName(text);
}

// One particular patient, not "a patient" in general: "my patient", "this lady", "the patient in bed 4", "Mrs Jones".
// (Only "my", "this" or "our" patient: "the patient" is often any patient.)
const ONE_PATIENT = [
  new RegExp(String.raw`\b(?:my|this|our) (?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father)\b|\b(?:patient|lady|man|woman) in bed\b|${PLACE_EN}|${SUBJECT_CY}|\by fam (?:yma|hon)\b`, 'i'),
  new RegExp(NAMED),
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
