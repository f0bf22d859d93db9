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
// A patient as a handover or a clinic note gives them: "45M", "67yo F", "52 y/o female", "pt in bed 3" (a bare "pt" opening a
// clause), "a 67-year-old lady".
const AGE_SEX_EN = String.raw`\b(?:1[6-9]|[2-9]\d|1[01]\d)\s?(?:yo|y\/o|yrs?|year[- ]old)\s?(?:[mf]|male|female|man|woman|lady|gentleman|gent|boy|girl|patient|pt)\b`;
/** "45M", "67F": in capitals only ("took 45m" is minutes); read as "this patient" before the patterns, which ignore case. */
const AGE_SEX_COMPACT = /\b(?:1[6-9]|[2-9]\d|1[01]\d)[MF]\b/g;
const withShorthandPatient = (text: string) => text.replace(AGE_SEX_COMPACT, 'this patient');
/** "a 67-year-old lady", "a 45yo man". */
const AGED = String.raw`(?:\d{1,3}[- ]?(?:yo|y\/o|year[- ]old) |\d{1,3}(?:\.\d)? ?kgs? )?`;
/** Someone described by age or weight alone: "for a 4 year old", "for a 70kg adult". */
const DESCRIBED_EN = String.raw`\b(?:a|an|this|my) (?:\d{1,3}[- ]?(?:yo|y\/o|year[- ]old|month[- ]old|week[- ]old)|\d{1,3}(?:\.\d)? ?kgs? (?:adult|child|man|woman|boy|girl|baby|infant|toddler|teenager|male|female|person|patient))\b`;
/** Where a clause opens: a bare "pt" or "claf" there is the patient being handed over ("pt in resus, ?refer"). */
const CLAUSE_START = String.raw`(?:^|[.,;:!?(-]\s*)`;
const SUBJECT_EN = String.raw`(?:${DESCRIBED_EN}|\b(?:my|this|our|the|a|an) (?:${AGED}(?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father|husband|wife))\b|${CLAUSE_START}pt\b|${PLACE_EN}|${AGE_SEX_EN})`;
const CHANGE_EN = String.raw`(?:give|prescribe|stop|start|increase|reduce|lower|raise|change|switch|swap|double|halve|withhold|refer|test|discharge|send)`;
// Said of the treatment rather than the prescriber: "should capecitabine be halved?".
const DONE_TO = String.raw`(?:given|stopped|started|halved|reduced|increased|changed|switched|withheld|doubled|lowered|raised|prescribed|referred|tested|discharged)`;
const DECISION_EN = String.raw`\b(?:(?:should|shd) (?:i|we|he|she|they)|(?:should|shd) (?:[\w-]+ ){1,3}be ${DONE_TO}|shall (?:i|we)|(?:can|would|could) (?:i|we|you) ${CHANGE_EN}|do (?:i|we) (?:need to )?${CHANGE_EN}|what dose|(?:the|a|right) (?:\w+ )?dose (?:for|to give)|dose of [\w-]+ (?:for|in|to give)|how much [\w-]+ (?:should|can|for|to give)|how many (?:mg|mcg|micrograms?|milligrams?|units|ml|tablets)|is it (?:safe|ok|okay|alright) (?:for (?:him|her|them)|to ${CHANGE_EN})|${CHANGE_EN} to (?:what|which)|what (?:\w+ ){0,3}(?:do|should|shall) (?:i|we) (?:book|order|request|arrange|prescribe)|${CHANGE_EN}\b[^?!\n]{0,40}(?:\by\/n\b|\byes or no\b|\bor not\b)|(?:does|do|would|will) (?:he|she|they) (?:need|qualify|meet the criteria|fit the criteria)|is (?:he|she) eligible|are they eligible|needs? (?:a|an|to be) (?:test|referral|referred|tested|treated)|what (?:should|do) (?:i|we) do|which (?:drug|test|treatment|statin|dose|medication|medicine|antibiotic) (?:should|shd|to|for|do))\b`;
// Welsh: "fy nghlaf", "y claf hwn" (or "ddylai'r claf hwn"), "y claf yng ngwely 4" (gwely after "yng" is "ngwely"), and as
// staff say it: "claf fi", "y claf 'ma", "y ddynes yn bae 3", "ystafell ochr 2".
// A chair ("cadair") mutates as "gadair" and "nghadair"; a cot is a cot.
const PLACE_CY = String.raw`\b(?:n?gwely|bae|ciwbicl|ystafell ochr|(?:c|g|ngh|ch)adair|cot) \d+[a-z]?\b|\bym mae \d+[a-z]?\b`;
// And as a handover gives them: "dyn 45 oed", "menyw 67 oed", "claf yn dadebru" (a bare "claf" opening a clause), "y ddynes
// 'ma", "mae gen i ddynes efo FH".
const PERSON_CY = String.raw`(?:claf|glaf|babi|plentyn|dyn|ddyn|dynes|ddynes|menyw|fenyw|gwraig|wraig|gŵr|bachgen|fachgen|merch|ferch)`;
const SUBJECT_CY = String.raw`\b(?:fy nghlaf|ein claf|fy nghleient|claf fi|y babi hwn|y plentyn hwn)\b|['’]m (?:claf|mhlentyn|mabi|nghlaf)\b|(?:\by|['’]r) ${PERSON_CY} (?:hwn|hon|yma|['’]ma\b)|${PLACE_CY}`;
/** One patient as a Welsh handover gives them: "dyn 45 oed", "claf yn dadebru", "mae gen i ddynes efo FH". */
const HANDOVER_CY = String.raw`\b${PERSON_CY} \d{1,3} oed\b|${CLAUSE_START}claf\b|\bgen(?:nym)? (?:i|ni) (?:glaf|ddyn|ddynes|fenyw|wraig|fachgen|ferch|fabi|blentyn)\b`;
// A decision's Welsh subject may also be as a handover gives them (HANDOVER_PATIENT).
const DECIDED_FOR_CY = String.raw`${SUBJECT_CY}|${HANDOVER_CY}`;
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
  // Of someone of theirs: "ddylai ei chwaer hi gael prawf" (should her sister be tested).
  String.raw`dd?ylai (?:ei|eu) \S+ (?:hi|o|fo|fe|e|nhw) (?:gael|fod)`,
  String.raw`pa (?:ddos|brawf|driniaeth|feddyginiaeth|statin|gyffur)`,
  // Deciding, choosing or working out the dose or treatment: "penderfynu'r dos i'r claf yng ngwely 7".
  String.raw`(?:b|p)enderfynu['’]?r? (?:dos|driniaeth|prawf|feddyginiaeth)|(?:g|c)yfrifo['’]?r? dos|dd?ewis['’]?r? (?:dos|driniaeth|feddyginiaeth)`,
  String.raw`(?:a )?(?:ga|gaf|alla|allaf|galla|fedra|fedraf|gawn|allwn|fedrwn) (?:i|ni) ${CHANGE_CY}`, String.raw`(?:beth|be['’]?) (?:dd?ylwn|dd?ylen|dw i fod|dwi fod|ydw i fod)`,
  String.raw`(?:ydy|ydi|yw) (?:hi['’]n|o['’]n|hin|on)? ?(?:ddiogel|saff) (?:i )?${CHANGE_CY}`,
  // As jotted: "newid i be?", "faint o mg", "fasech chi'n dechrau…", "cyfeirio neu beidio?", "rhoi tamoxifen ie/na", "yn gymwys".
  String.raw`(?:newid|cyfnewid) i (?:be|beth|ba|pa)`, String.raw`faint o (?:mg|mcg|ficrogramau|unedau|ml|dabledi)`,
  String.raw`(?:fasech|fyddech|fysech|fasat|fyset|fyddet) (?:chi|ti)['’]?n? ${CHANGE_CY}`, String.raw`${CHANGE_CY}\b[^?!\n]{0,40}(?:neu beidio|neu ddim|ie\/na|ie neu na)`,
  // Eligible said of one ("ydy hi'n gymwys", "y claf hwn yn gymwys"), not of whoever is ("pwy sy'n gymwys").
  String.raw`(?:(?<=(?:\bhi|\bo|\bfo|\bfe|\be|\bnhw|\bhwn|\bhon|\byma|['’]ma)['’])n|(?<=(?:\bhi|\bo|\bfo|\bfe|\be|\bnhw|\bhwn|\bhon|\byma|['’]ma) )yn) gymwys`,
].join('|');
// A need ("angen"), beside one patient, is a decision about them too; said of "him" or "her" alone it is often anyone's.
const DECISION_CY = `${CHOICE_CY}|angen`;
// For a pattern matched case by case (a name must be capitalised): the phrase with its first letter in either case.
const eitherCaseFirst = (phrase: string) => phrase.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c}]`);
/** One patient no one else could be: mine, this one, the one in bed 4, Mrs Jones ("the patient" alone is often anyone). */
const IDENTIFIED_EN = String.raw`\b(?:my|this|our) ${AGED}(?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child)\b|\b(?:the|a) (?:patient|pt|lady|gentleman|gent|man|woman|baby|child|boy|girl) (?:in|on) ${PLACE_EN}|${PLACE_EN}|${TITLED}`;
const PATIENT_DECISION = [
  new RegExp(`${LOOKUP_EN}|${LOOKUP_OF_EN}|${LOOKUP_CY}`, 'iu'),
  new RegExp(`${SUBJECT_EN}[^?!\n]{0,120}${DECISION_EN}`, 'i'),
  // Whether one patient is eligible or needs something: "is this patient eligible for R208", "tell me if my patient needs genetic testing".
  new RegExp(String.raw`\b(?:is|are|does|if|whether) (?:my|this|our|that|the) (?:patient|pt|lady|man|woman|gentleman|baby|child)(?: \w+)? (?:eligible|suitable|a candidate|qualif(?:y|ies)|needs? (?:\w+ )?(?:testing|screening|tests?|referral|referring|treatment|to be (?:referred|tested|treated|seen))|should (?:have|get|be))\b`, 'i'),
  // A named patient, once redacted ("Mrs [name removed] with FH - switch to what?"), with any decision after the name.
  new RegExp(String.raw`\[name removed\][^?!\n]{0,120}${DECISION_EN}`, 'i'),
  // And in Welsh: "claf yn dadebru, ?cyfeirio at eneteg".
  new RegExp(String.raw`(?:${DECIDED_FOR_CY}|\[name removed\])[^!\n]{0,120}\?\s?${CHANGE_CY}\b`, 'i'),
  // What one patient wants to know of themselves: "my pt wants to know if she should have a mastectomy" ("a patient's daughter
  // asked whether she should be tested too" asks what cascade testing is).
  new RegExp(String.raw`\b(?:my|this|our) (?:patient|pt|client|lady|gentleman|man|woman)\b[^?!\n]{0,60}\b(?:if|whether) (?:he|she|they) (?:should|shd|ought to|needs? to) (?:have|get|start|stop|take|be (?:referred|tested|started|given))\b`, 'i'),
  // A choice between two treatments beside one patient, as the closing question: "Bed 12 is a CYP2C19 poor metaboliser, clopidogrel or
  // ticagrelor?", "Gwely 12 yn fetaboliwr gwael, clopidogrel neu ticagrelor?".
  new RegExp(String.raw`(?:${SUBJECT_EN}|${DECIDED_FOR_CY}|\[name removed\])[^!\n]{0,120}[,;:–-]\s*[a-z][a-z-]{3,} (?:or|neu) [a-z][a-z-]{3,}\s?\?\s*$`, 'i'),
  // A decision in shorthand beside a patient: "pt in resus, ?refer to genetics".
  new RegExp(String.raw`(?:${SUBJECT_EN}|\[name removed\])[^!\n]{0,120}\?\s?${CHANGE_EN}\b`, 'i'),
  new RegExp(`${DECISION_EN}[^?!\n]{0,80}${SUBJECT_EN}`, 'i'),
  // Asked of one patient as the subject: "does the man in bay 3 need a Lynch syndrome test?", "would my patient qualify".
  new RegExp(String.raw`\b(?:does|do|would|will|should|shd|can|could)\s+(?:${IDENTIFIED_EN})[^?!\n]{0,40}?\b(?:need|qualify|get|have|be (?:referred|tested|given|started|treated|offered))\b`, 'i'),
  // Whether to act, or deciding a dose, for one patient: "tell me whether to stop the statin for the patient in bed 4", "use ChatGPT
  // to decide the dose for the patient in bed 7" ("how do I decide whether to refer a patient" asks how, of anyone).
  new RegExp(String.raw`\b(?:(?:whether|if) (?:to|i should|we should|i can|we can) ${CHANGE_EN}|(?:decide|choose|pick|calculate|work out) (?:on )?(?:the|a|her|his|their) (?:dose|dosage|treatment|test|referral|statin|drug))\b[^?!\n]{0,60}(?:${IDENTIFIED_EN})`, 'i'),
  new RegExp(String.raw`\b(?:(?:should|shd|can) (?:i|we)|is it safe to) ${CHANGE_EN}\b[^?!\n]{0,60}\b(?:him|her|them)\b`, 'i'),
  new RegExp(String.raw`(?:\b[Dd]r\.? [A-Z][a-z]+\b|${NAMED})[^?!\n]{0,100}\b(?:${['should', 'need', 'dose', 'refer', 'test', 'treat', 'qualify', 'eligible'].map(eitherCaseFirst).join('|')})`),
  // Welsh: "fy nghlaf", "y claf hwn", "ein claf" (or a redacted name) with "a ddylwn i", "a ddylen ni", "pa ddos", "oes angen".
  new RegExp(String.raw`(?:${DECIDED_FOR_CY}|\[name removed\])[^?!\n]{0,120}\b(?:${DECISION_CY})\b`, 'i'),
  new RegExp(String.raw`\b(?:${DECISION_CY})\b[^?!\n]{0,80}(?:${DECIDED_FOR_CY})`, 'i'),
  // A decision for "him" or "her" ("a ddylwn i roi statin iddo fo").
  new RegExp(String.raw`\b(?:${CHOICE_CY})\b[^?!\n]{0,80}\b(?:iddo fe|iddo fo|iddi hi|iddyn nhw)\b`, 'i'),
];

/**
 * What the mentors never give for one patient (mentor.json "refuses"): their own risk ("my patient's BRCA2 report says likely
 * pathogenic - what's her lifetime risk?", "beth yw ei risg hi"), asked beside the patient; and a real result read for them
 * ("look at this exome report and tell me which variant explains the seizures", "is her variant pathogenic?", "dehongli'r
 * canlyniad hwn"), which is one patient's whoever they are. "What is the lifetime risk with a BRCA2 variant?" and "my patient
 * asked what a VUS means" ask what anyone may be told.
 */
const OWN_RISK_EN = String.raw`\b(?:what(?:['’]s| is| are)|how (?:high|big|likely|much)(?: is| are)?|estimate|calculate|work out|give me|tell me)\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,3}(?:risks?|chances?|odds|likelihood|prognosis|life expectancy)\b|\b(?:will|is|are) (?:she|he|they) (?:going to |likely to )?(?:get|develop|die of|pass it on)\b|\bhow likely (?:is|are) (?:she|he|they) to\b`;
const OWN_RISK_CY = String.raw`\b(?:beth|be)['’]?(?:\s(?:yw|ydy|ydi|di))?\s+(?:ei|eu)\s+(?:\S+\s+){0,2}(?:risg|siawns|tebygolrwydd|prognosis)\b|\bpa mor (?:debygol|uchel) (?:yw|ydy|ydi|di|ydi['’]r|yw['’]r) (?:hi|o|fo|fe|e|nhw|ei|eu)\b|\b(?:fydd|wneith|neith) (?:hi|o|fo|fe|e|nhw)(?:['’]n| yn)? (?:cael|gael|datblygu|marw)\b`;
// Not a learner's own or the service's: "check these quiz results", "review the attached audit report".
const RESULT_WORDS = String.raw`(?:(?!(?:quiz|audit|survey|pilot|ai|staff|training|exam|learning|lesson|evaluation|project|team|ward)\b)[\w-]+\s+){0,2}(?:report|reports|results?|variants?|vcf|pedigree|genotype)`;
// Asked of the mentor ("can you look at", "please check", or as the sentence's first words): "how should I look at these results
// with the family" is how to go about it.
const READS_RESULT_EN = String.raw`(?:\b(?:can|could|would|will) you (?:please |just |quickly )?|\b(?:please|pls|plz) |^\s*|[.!?:;-]\s+)(?:have a look at|look at|read|check|interpret|review|go through|analy[sz]e)\s+(?:this|these|her|his|their|the attached|my patient['’]s|this patient['’]s|our patient['’]s)\s+${RESULT_WORDS}\b|\b(?:which|what) variant (?:explains|is causing|causes|caused|accounts for)\b|\bis (?:this|her|his|their|the baby['’]s) (?:[\w-]+\s+)?variant (?:pathogenic|benign|disease[- ]causing|the cause|causing)\b`;
const READS_RESULT_CY = String.raw`\b(?:edrych ar|darllen|dehongli|gwirio|ddehongli)(?:\s+yr\s+|\s+y\s+|['’]r\s+|\s+)(?:adroddiad|canlyniad(?:au)?|amrywiolyn|amrywiad)\s+(?:\S+\s+){0,2}?(?:hwn|hon|yma|['’]ma|hyn)\b|\b(?:dehongli|ddehongli)['’]r (?:adroddiad|canlyniad(?:au)?)\b|\bpa amrywiolyn (?:sy['’]n|sydd yn) (?:egluro|esbonio|achosi)\b`;
const ONE_PATIENTS_OWN = [
  new RegExp(String.raw`(?:${SUBJECT_EN}|${ONE_PATIENT_EN})[^!\n]{0,160}(?:${OWN_RISK_EN})|(?:${OWN_RISK_EN})[^!\n]{0,160}(?:${SUBJECT_EN}|${ONE_PATIENT_EN})`, 'i'),
  new RegExp(String.raw`(?:${DECIDED_FOR_CY}|\[name removed\])[^!\n]{0,160}(?:${OWN_RISK_CY})|(?:${OWN_RISK_CY})[^!\n]{0,160}(?:${DECIDED_FOR_CY})`, 'iu'),
];
const READS_ONE_RESULT = new RegExp(`${READS_RESULT_EN}|${READS_RESULT_CY}`, 'iu');

// A name after the decision ("which test should I order for Mrs Jones"): names are matched case by case, so apart
// from the case-blind decision before them.
const TITLED_NAME = new RegExp(NAMED, 'g');
const DECISION_BEFORE = new RegExp(String.raw`(?:${DECISION_EN}|\b(?:${DECISION_CY})\b)[^?!\n]{0,80}$`, 'i');
// And a Welsh decision after the name ("Ydy Mrs Roberts ar ward 7 angen prawf BRCA?", "Mae Mr Williams yn 45… Ddylwn i ddechrau
// statin iddo fo?"), read in either case.
const DECISION_AFTER_CY = new RegExp(String.raw`^[^?!\n]{0,120}\b(?:${DECISION_CY})\b`, 'i');
const decisionAroundName = (text: string) => [...text.matchAll(TITLED_NAME)].some((m) => DECISION_BEFORE.test(text.slice(0, m.index)) || DECISION_AFTER_CY.test(text.slice(m.index + m[0].length)));

// Each reads text with the compact shorthand already read as "this patient" (withShorthandPatient), once per question.
const asksDecision = (text: string) => PATIENT_DECISION.some((pattern) => pattern.test(text)) || ONE_PATIENTS_OWN.some((pattern) => pattern.test(text)) || READS_ONE_RESULT.test(text) || decisionAroundName(text);
const namesOnePatient = (text: string) => ONE_PATIENT.some((pattern) => pattern.test(text));

export function isPatientSpecificRequest(asked: string): boolean {
  return asksDecision(withShorthandPatient(asked));
}

// One particular patient, not "a patient" in general: "my patient", "this lady", "the patient in bed 4", "Mrs Jones".
// (Only "my", "this" or "our" patient: "the patient" is often any patient.)
const ONE_PATIENT = [
  new RegExp(String.raw`\b(?:my|this|our) ${AGED}(?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father)\b|\b(?:patient|lady|man|woman) in bed\b|${PLACE_EN}|${SUBJECT_CY}|\by fam (?:yma|hon)\b`, 'i'),
  new RegExp(NAMED),
];
/**
 * One patient as a handover gives them ("got a lady with FH", "seeing a 45-year-old man", "45M", "pt in resus", "dyn 45 oed",
 * "claf yn dadebru"): with a decision asked, that patient is who it is for. Alone they name no one surely enough to hold back
 * what the mentor offers ("Claf yn gofyn be di VUS", "pt asked me what AI is" are general questions passed on).
 */
const HANDOVER_PATIENT = new RegExp(
  String.raw`(?:${CLAUSE_START}|\bi(?:['’]ve| have)? (?:just )?)(?:got|seeing|seen|saw|reviewing|reviewed|admitted|clerking|clerked) (?:a|an) ${AGED}(?:patient|pt|lady|gentleman|gent|man|woman|chap|baby|child|boy|girl)\b|${AGE_SEX_EN}|${CLAUSE_START}pt\b|${HANDOVER_CY}`,
  'i',
);

/** Whether the text is about one particular patient ("the patient in bed 6", "Mrs Jones"), whatever it asks. */
export function isAboutOnePatient(asked: string): boolean {
  return namesOnePatient(withShorthandPatient(asked));
}

/**
 * A patient-specific request about one identified patient: the mentor answers it with the
 * deflection alone, not with content. "How do I refer a patient" is a general question and keeps its answer.
 */
export function isDecisionForOnePatient(asked: string): boolean {
  const text = withShorthandPatient(asked);
  // A real result read for someone is one patient's, whoever they are.
  return (asksDecision(text) && (namesOnePatient(text) || HANDOVER_PATIENT.test(text))) || READS_ONE_RESULT.test(text);
}
