/**
 * Recognises a request for a decision about one particular patient ("my patient has ... should I
 * ..."), in English and Welsh. Mentors educate; such requests are pointed to local clinical pathways
 * and, for genomics, the clinical genetics service, with general learning offered instead.
 *
 * Two readings: the hand-written patterns below, and a model learned from labelled messages (one-patient-model.ts), which
 * flags what the patterns miss. Either is enough.
 */
import { withoutListMarkers } from '../mentors/question-form';
import { withoutReporter } from '../mentors/reported-question';
import { committedOnePatientModel, onePatientProbability } from './one-patient-model';

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
/** A sentence about a patient some time ago ("We had a patient in bed 6 last month…"), before a general question: no one now. */
const PAST_CASE = /\b(?:we|i)(?:['’]ve)? (?:had|once had|saw|looked after|nursed|cared for)\b[^.?!\n]*\b(?:last (?:week|month|year|shift)|ago|once|years? back|previously)\b|\b(?:roedd|cawson ni|gawson ni|gafon ni|ges i|nes i)\b[^.?!\n]*\b(?:mis diwetha|mis dwetha|wythnos diwetha|wythnos dwetha|llynedd|blwyddyn diwetha)\b/giu;
/** Dictation's spoken punctuation, as typed: "question mark" is "?". */
const spokenPunctuation = (text: string) => text.replace(/\bquestion mark\b/giu, '?').replace(/\bmarc cwestiwn\b/giu, '?');
/** The text as every check reads it: shorthand patients named, spoken punctuation typed, and a patient some time ago left out. */
/**
 * A colleague's name removed after their title ("Dr [name removed] says we must report it to the MHRA", "Nyrs [name removed]"): who said
 * it, not a patient. Read as a patient's name, stop 55's probe found a general question about reporting an AI incident deflected.
 */
const COLLEAGUE_NAMED = /\b(?:Dr\.?|Doctor|Prof\.?|Professor|Nurse|Sister|Matron|Consultant|Nyrs|Meddyg|Athro)\s+\[name removed\]/giu;
const asRead = (text: string) => withShorthandPatient(spokenPunctuation(text).replace(PAST_CASE, ' ').replace(COLLEAGUE_NAMED, 'a colleague'));
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
// Whether to tell a patient the clinician uses an AI tool is about being open, not a decision about them ("should I tell my
// patient I'm using an AI scribe?").
const OWN_TOOL_USE = String.raw`(?! (?:tell|inform|let) (?:my|the|a|this) (?:patient|pt|lady|gentleman|man|woman|client)s? (?:know )?(?:(?:that )?(?:i|we)(?:['’]m|['’]re| am| are)? (?:using|use|used)|about (?:the |my |our |using )?(?:ai|a\.i\.|scribe|copilot|chatgpt|chatbot|app|tool))\b)`;
const DECISION_EN = String.raw`\b(?:(?:should|shd) (?:i|we|he|she|they)${OWN_TOOL_USE}|(?:should|shd) (?:[\w-]+ ){1,3}be ${DONE_TO}|shall (?:i|we)|(?:can|would|could) (?:i|we|you) ${CHANGE_EN}|do (?:i|we) (?:need to )?${CHANGE_EN}|what dose|(?:the|a|right) (?:\w+ )?dose (?:for|to give)|dose of [\w-]+ (?:for|in|to give)|how much [\w-]+ (?:should|can|for|to give)|how many (?:mg|mcg|micrograms?|milligrams?|units|ml|tablets)|is it (?:safe|ok|okay|alright) (?:for (?:him|her|them)|to ${CHANGE_EN})|${CHANGE_EN} to (?:what|which)|what (?:\w+ ){0,3}(?:do|should|shall) (?:i|we) (?:book|order|request|arrange|prescribe)|${CHANGE_EN}\b[^?!\n]{0,40}(?:\by\/n\b|\byes or no\b|\bor not\b)|(?:does|do|would|will) (?:he|she|they) (?:need|qualify|meet the criteria|fit the criteria)|is (?:he|she) eligible|are they eligible|needs? (?:a|an|to be) (?:test|referral|referred|tested|treated)|what (?:should|do) (?:i|we) do|(?:(?:don['’]?t|dont|do not|didn['’]?t|did not) know|not sure|unsure|no idea|dunno|clueless|lost|stuck) (?:on |about |of )?what to do|which (?:drug|test|treatment|statin|dose|medication|medicine|antibiotic) (?:should|shd|to|for|do))\b`;
// Welsh: "fy nghlaf", "y claf hwn" (or "ddylai'r claf hwn"), "y claf yng ngwely 4" (gwely after "yng" is "ngwely"), and as
// staff say it: "claf fi", "y claf 'ma", "y ddynes yn bae 3", "ystafell ochr 2".
// A chair ("cadair") mutates as "gadair" and "nghadair"; a cot as "nghot" after "yng" ("y babi yng nghot 4"), "ei chot" and
// "ei got" (a bare "got 4" is English: "I've got 4 patients"); a trolley ("troli") as "nhroli", "ar droli" and "ei throli".
const MUTATED_PLACES_CY = String.raw`(?:c|g|ngh|ch)adair|(?:c|ngh|ch)ot|(?:t|d|nh|th)roli`;
const PLACE_CY = String.raw`\b(?:n?gwely|wely|bae|ciwbicl|ystafell ochr|${MUTATED_PLACES_CY}|ei got) \d+[a-z]?\b|\bym mae \d+[a-z]?\b`;
// And as a handover gives them: "dyn 45 oed", "menyw 67 oed", "claf yn dadebru" (a bare "claf" opening a clause), "y ddynes
// 'ma", "mae gen i ddynes efo FH".
const PERSON_CY = String.raw`(?:claf|glaf|babi|plentyn|dyn|ddyn|dynes|ddynes|menyw|fenyw|gwraig|wraig|gŵr|bachgen|fachgen|merch|ferch)`;
const SUBJECT_CY = String.raw`\b(?:fy nghlaf|ein claf|fy nghleient|claf fi|y babi hwn|y plentyn hwn)\b|['’]m (?:claf|mhlentyn|mabi|nghlaf)\b|(?:\by|['’]r) ${PERSON_CY} (?:hwn|hon|yma|['’]ma\b)|${PLACE_CY}`;
/** A baby as a neonatal handover gives them: "baby on the unit with seizures", "baby in NICU". */
const BABY_ON_THE_UNIT = String.raw`${CLAUSE_START}baby (?:on|in) (?:the )?(?:unit|ward|nicu|scbu|nnu|neonatal unit)\b`;
/** One patient as a Welsh handover gives them: "dyn 45 oed", "claf yn dadebru", "mae gen i ddynes efo FH". */
const HANDOVER_CY = String.raw`\b${PERSON_CY} \d{1,3} oed\b|${CLAUSE_START}claf\b|${CLAUSE_START}babi (?:yn|ar|efo|gyda|ag) (?:yr? |ei )?(?:uned|ward|nyrsys|crud|cot|deori)|\bgen(?:nym)? (?:i|ni) (?:glaf|ddyn|ddynes|fenyw|wraig|fachgen|ferch|fabi|blentyn)\b`;
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
const LOOKUP_EN = String.raw`\b(?:what(?:['’]s| is| was| are| were)|check|look up|find|get|pull up|show me|tell me|can you see|do you have)\s+(?:(?:the\s+)?(?:results?|diagnosis|genotype)\s+(?:of|for)\s+)?${ONE_PATIENT_EN}(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}(?:results?|diagnosis|genotype|prognosis|bloods|scan|report|meds|medication|medications|medicines|drugs|drug chart|prescriptions?)\b`;
const LOOKUP_OF_EN = String.raw`\b(?:what(?:['’]s| is| was| are| were)|check|look up|find|get|pull up|show me|tell me)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:results?|diagnosis|genotype|prognosis|report)\s+(?:of|for)\s+${ONE_PATIENT_EN}`;
const LOOKUP_CY = String.raw`\b(?:beth (?:yw|ydy|oedd)|gwiriwch|edrychwch ar)\s+(?:['’]r\s+|y\s+)?(?:canlyniad(?:au)?|diagnosis|genoteip)\s+(?:[\w-]+\s+){0,2}(?:${SUBJECT_CY}|\[name removed\])`;
// A decision asked in Welsh, written or spoken: "a ddylwn i", "ddylai hi", "dyla i", "pa ddos", "oes angen", "ydy hi angen",
// "ga i roi", "fedra i stopio".
const CHANGE_CY = String.raw`(?:anfon|hanfon|rhoi|roi|dd?echrau?|stopio|atal|cynyddu|gynyddu|lleihau|leihau|newid|cyfeirio|gyfeirio|h?atgyfeirio|profi|brofi|rhyddhau|ryddhau|rhagnodi|ragnodi|dd?yblu|haneru)`;
const CHOICE_CY = [
  String.raw`a dd?yl(?:wn|en|ai|swn|sen)`, String.raw`dd?yl(?:wn|en|ai|swn|sen|a) (?:i|ni|hi|o|fo|fe|e|nhw)(?! (?:dd?weud|dd?eud|sôn) wrth (?:fy|y|['’]y) (?:nghlaf|claf|cleifion|nghleient)\S* (?:(?:fy )?(?:mod i|mo fi|bo fi|bod fi|ein bod ni)['’]?n (?:defnyddio|dd?efnyddio|iwsio)|am (?:yr? )?(?:AI|ap|teclyn|sgrib\S*|Copilot|ChatGPT)))`, String.raw`dd?ylai['’]r`,
  // Of someone of theirs: "ddylai ei chwaer hi gael prawf" (should her sister be tested).
  String.raw`dd?ylai (?:ei|eu) \S+ (?:hi|o|fo|fe|e|nhw) (?:gael|fod)`,
  String.raw`pa (?:ddos|brawf|driniaeth|feddyginiaeth|statin|gyffur)`,
  // Deciding, choosing or working out the dose or treatment: "penderfynu'r dos i'r claf yng ngwely 7".
  String.raw`(?:b|p)enderfynu['’]?r? (?:dos|driniaeth|prawf|feddyginiaeth)|(?:g|c)yfrifo['’]?r? dos|dd?ewis['’]?r? (?:dos|driniaeth|feddyginiaeth)`,
  String.raw`(?:a )?(?:ga|gaf|alla|allaf|galla|fedra|fedraf|gawn|allwn|fedrwn) (?:i|ni) ${CHANGE_CY}`, String.raw`(?:beth|be['’]?) (?:dd?ylwn|dd?ylen|dw i fod|dwi fod|ydw i fod)`,
  // Not knowing what to do: "dwi ddim yn gwybod be i neud", "dwi'm yn gwbod", "sai'n siŵr beth i wneud", "dwn i ddim be i neud".
  String.raw`(?:ddim yn|dim yn|['’]m yn|['’]n|dwn i ddim|wn i ddim|sai['’]n|sa i['’]n|smo fi['’]n) ?(?:gwybod|gwbod|wybod|siŵr|siwr|sicr)? ?(?:be|beth)['’]? i (?:w?neud|gwneud|ei wneud)`,
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
// One patient by who looks after them: "should the lady I'm looking after have DPYD testing?", "does the baby we're visiting need WINGS?".
const CARED_FOR_EN = String.raw`\b(?:the|a) (?:patient|pt|client|resident|lady|gentleman|gent|man|woman|baby|child|boy|girl) (?:(?:that|who) )?(?:i['’]?m|i am|we['’]re|we are|i['’]ve been|we['’]ve been|im) (?:looking after|caring for|seeing|nursing|visiting|treating|reviewing|scanning|supporting)\b`;
const IDENTIFIED_EN = String.raw`${CARED_FOR_EN}|\b(?:my|this|our) ${AGED}(?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child)\b|\b(?:the|a) (?:patient|pt|lady|gentleman|gent|man|woman|baby|child|boy|girl) (?:in|on) ${PLACE_EN}|${PLACE_EN}|${TITLED}`;
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
  // A jotted closing question beside one patient: "baby on the unit with seizures, send for WINGS?", "babi yn yr uned efo trawiadau,
  // anfon am WINGS?".
  new RegExp(String.raw`(?:${SUBJECT_EN}|${BABY_ON_THE_UNIT}|${DECIDED_FOR_CY}|\[name removed\])[^!?\n]{0,120}[,;:–-]\s*(?:${CHANGE_EN}|${CHANGE_CY})\s+(?:for|to|at|am|i|ar gyfer)\s+[^?!\n]{1,40}\?\s*$`, 'i'),
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
 * What the mentors never give for one patient (mentor.json "refuses"): a real result read for them ("look at this exome report
 * and tell me which variant explains the seizures", "is her variant pathogenic?", "dehongli'r canlyniad hwn"), which is one
 * patient's whoever they are; their own risk is asked of them below (ASKED_OF_ONE). "What is the lifetime risk with a BRCA2
 * variant?" and "my patient asked what a VUS means" ask what anyone may be told.
 */
// Not a learner's own or the service's: "check these quiz results", "review the attached audit report".
const RESULT_WORDS = String.raw`(?:(?!(?:quiz|audit|survey|pilot|ai|staff|training|exam|learning|lesson|evaluation|project|team|ward)\b)[\w-]+\s+){0,2}(?:report|reports|results?|variants?|vcf|pedigree|genotype)`;
// Asked of the mentor ("can you look at", "please check", or as the sentence's first words): "how should I look at these results
// with the family" is how to go about it.
const READS_RESULT_EN = String.raw`(?:\b(?:can|could|would|will) you (?:please |just |quickly )?|\b(?:please|pls|plz) |^\s*|[.!?:;-]\s+)(?:have a look at|look at|read|check|interpret|review|go through|analy[sz]e)\s+(?:this|these|her|his|their|the attached|my patient['’]s|this patient['’]s|our patient['’]s)\s+${RESULT_WORDS}\b|\b(?:which|what) variant (?:explains|is causing|causes|caused|accounts for)\b|\bis (?:this|her|his|their|the baby['’]s) (?:[\w-]+\s+)?variant (?:pathogenic|benign|disease[- ]causing|the cause|causing)\b`;
const READS_RESULT_CY = String.raw`\b(?:edrych ar|darllen|ddarllen|dehongli|gwirio|ddehongli|esbonio|egluro)(?:\s+yr\s+|\s+y\s+|['’]r\s+|\s+)(?:adroddiad|canlyniad(?:au)?|amrywiolyn|amrywiad)\s+(?:\S+\s+){0,2}?(?:hwn|hon|yma|['’]ma|hyn)\b|\b(?:dehongli|ddehongli)['’]r (?:adroddiad|canlyniad(?:au)?)\b|\bpa amrywiolyn (?:sy['’]n|sydd yn) (?:egluro|esbonio|achosi)\b`;
const READS_ONE_RESULT = new RegExp(`${READS_RESULT_EN}|${READS_RESULT_CY}`, 'iu');

/**
 * A result as a report or a genotype gives it, pasted in ("LDLR c.681C>G", "CYP2C19 *2/*2", "m.1555A>G", "dosbarth 3"): asked
 * about, it is a real patient's result to read, whoever they are.
 */
const RESULT_NOTATION = /(?<![\p{L}\p{N}])(?:c\.[-*]?\d+[+-]?\d*(?:_\d+)?(?:[ACGT]>[ACGT]|del|dup|ins)|p\.\(?[A-Z][a-z]{2}\d+|m\.\d+[ACGT]>[ACGT]|\*\d+[A-Z]?\s?\/\s?\*\d+[A-Z]?|(?:hetero|homo)zygous|homoplasmic|heteroplasmic)/u;

/**
 * One patient named beyond doubt, as staff write in a hurry: by bed, bay or cubicle, as "my lady" or "the chap I saw this
 * morning", by title and name or initial ("Mrs P"), by initials with age and sex ("JH (70F)", "RT, 40M"), or redacted; in Welsh
 * "fy nghlaf", "y dyn yng ngwely 4", "y boi weles i". "A patient", "patients" and "a 67-year-old lady asked me" name no one.
 */
const PERSON_EN = String.raw`(?:patient|pt|client|service user|resident|lady|gentleman|gent|man|woman|chap|lad|bloke|fella|guy|boy|girl|baby|child|neonate)`;
const AGE_WORDS = String.raw`(?:\d{1,3}[- ](?:year|yr)[- ]old |\d{1,3}[- ]?yo |pregnant |elderly |young |older )`;
/** Named beyond doubt, in any case: "My lady", "the chap I saw this morning", "the man on my list", "Bed 6", "fy nghlaf". */
const STRONG_ONE_EN = String.raw`\b(?:my|this|our) ${AGED}${PERSON_EN}\b(?!s)|\b(?:the|that) ${AGE_WORDS}?${PERSON_EN} (?:i|we) (?:just )?(?:saw|seen|am seeing|reviewed|clerked|admitted|visited|scanned|treated)\b|\b(?:the|that|a) ${AGE_WORDS}?${PERSON_EN} (?:on my (?:list|caseload|ward)|on ward \d+|on the unit|in clinic (?:today|this morning|this afternoon))\b|\bmy \d{1,2}(?::\d\d)? ?(?:o['’ ]?clock|am|pm)\b|\b(?:the|my) ${AGE_WORDS}?${PERSON_EN} (?:in|on) (?:resus|majors|minors|recovery|theatre|the side room|triage|the day unit)\b|\bthe ${AGE_WORDS}?${PERSON_EN} (?:i['’]m|i am|we['’]re|we are) (?:looking after|caring for|seeing|nursing|visiting|treating|reviewing|scanning|supporting)\b|\b(?:trolley|troli) \d+\b|${PLACE_EN}|\[name removed\]|\bthis patient\b|^\s*(?:1[6-9]|[2-9]\d|1[01]\d) ?[mf],|\b[a-z]{2,3}(?:, | \()(?:1[6-9]|[2-9]\d|1[01]\d) ?[mf]\b`;
const SPOKEN_PERSON_CY = String.raw`(?:dyn|ddyn|ddynes|dynes|boi|foi|hen foi|hogyn|patient|lady|fenyw|menyw|ferch|merch|groten|crwt|bachgen|fachgen|babi|claf|glaf|plentyn|blentyn|gwraig|wraig|hen ddyn|hen ddynes|hen wraig)`;
const STRONG_ONE_CY = String.raw`(?:\bfy|['’]y) (?:nghlaf|nghleient|patient|pt)\b|\bclaf fi\b|(?:\b(?:y|yr)|['’]r) ${SPOKEN_PERSON_CY} (?:yn|yng|ym|ar) (?:n?gwely|wely|bed|bae|fae|bay|ciwbicl|cubicle|${MUTATED_PLACES_CY}) \d+|(?:\b(?:y|yr)|['’]r) ${SPOKEN_PERSON_CY} (?:weles|welais|welish|welis|weloch|gwelais)\b|(?:\b(?:y|yr)|['’]r) babi ar (?:yr uned|y ward)\b|(?:\b(?:y|yr)|['’]r) ${SPOKEN_PERSON_CY} (?:dwi|dw i|rydw i|ydw i)['’]?n (?:edrych ar (?:ei|eu) (?:hôl|hol|ôl|ol)|gofalu amdan\S*|nyrsio)|${SUBJECT_CY}`;
const STRONG_ONE = new RegExp(`${STRONG_ONE_EN}|${STRONG_ONE_CY}`, 'iu');
/** By title and name or initial ("Mrs P", "Mr T") or by initials with age and sex ("JH (70F)", "RT, 40M"): capitals matter. */
const TITLED_OR_INITIALS = /\b[Mm](?:r|rs|s|iss|x)\.? [A-Z](?:[a-z]+)?\b|\b(?:[Nn]ain|[Tt]aid|[Mm]am-?gu|[Tt]ad-?cu) (?:[A-Z][a-z]+|\[name removed\])|\b[A-Z]{2,3}(?:,? | \()(?:1[6-9]|[2-9]\d|1[01]\d) ?[MFmf]\b/u;
/**
 * What may be asked of such a patient and no other: their risk or outlook, what their result means for them or whether it is
 * pathogenic, what to tell them about it, whether they qualify, and a decision however jotted ("refer?", "keep clopi?", "ok to
 * give", "can he skip", "would you start", "is that right?", "50%?"); in Welsh as it is spoken ("odw i fod i", "alla i", "pa
 * dose", "mewn risg", "yn gymwys", "beth weda i wrthi", "sut dwi'n egluro iddi").
 */
const PERSONAL = String.raw`(?:her|his|their)`;
const ASKED_OF_ONE_EN = String.raw`\b${PERSONAL} (?:[\w-]+ ){0,3}(?:risks?|chances?|odds|likelihood|prognosis|life expectancy)\b|['’]s (?:[\w-]+ ){0,3}(?:risks?|chances?|odds|prognosis)\b|\b(?:is|are)\b[^?\n]{0,50}\b(?:high|low|at)[- ]risk\b|\b(?:odds|chances?|risk)\b[^?\n]{0,40}\bfor (?:him|her|them)\b|\bhow likely\b|\bhow l\w{4,5} is (?:it|she|he)\b|\bhow long (?:has|have) (?:he|she|they) got\b|\b(?:is|are) (?:he|she|they|it|the|my|this|that)\b[^?\n]{0,40}\bgoing to (?:get|develop|have|pass)\b|\b(?:has|have) inherited\b|\b(?:will|is|are) (?:she|he|they) (?:going to |likely to )?(?:get|develop|die of|pass it on)\b` +
  // What a result or score means for them (not a condition for their family: "what does Lynch syndrome mean for my patient's family?").
  String.raw`|\bwhat (?:does|do|would|will) (?:this|that|it|these|the [\w-]+|[\w*/.>-]+(?: [\w*/.>-]+){0,5}) means? (?:for|to) (?![\w'’ -]{0,30}\b(?:family|families|relatives|children|kids|siblings)\b)(?:him|her|them|my|this|that|our|the (?:[\w-]+ ){0,3}(?:patient|pt|lady|gentleman|gent|man|woman|chap|lad|baby|child|boy|girl|client)|mrs|mr|ms|miss|\[name|[\w'’]+ in (?:bed|bay|cubicle)|[\w-]+ \(?this patient\b)` +
  String.raw`|\b(?:read|check|interpret|look at|go through|explain) (?:this|the|her|his|their) (?:[\w-]+ ){0,2}(?:report|result|results|scan|x-?ray|ct|ecg|cxr|letter)\b|\bmake sense of\b|\bpathogenic or (?:not|benign)\b|\b(?:is|was) (?:it|that|this) pathogenic\b|\bwhat(?:['’]s| is) (?:it|that|this) showing\b` +
  // What to tell them, about their own result or what was said of them.
  String.raw`|\b(?:what (?:do|should|shall|can) (?:i|we) (?:tell|say to|say)|how (?:do|should|can|would) (?:i|we) (?:explain|tell|break (?:it|the news)) to(?! (?:patients|families|parents|people|staff|relatives|colleagues|students)\b)|what to say to|can (?:i|we) tell (?:him|her|them|the family))\b[^\n]{0,80}\b(?:${PERSONAL} (?:[\w-]+ ){0,2}(?:result|results|report|scan|variant|vus|diagnosis|test|score|letter)|about (?:him|her|them))\b` +
  String.raw`|\b(?:${PERSONAL} (?:[\w-]+ ){0,2}(?:result|results|report|scan|variant|vus|diagnosis|score|letter)|about (?:him|her|them))\b[^\n]{0,80}\b(?:what (?:do|should|shall|can) (?:i|we) (?:tell|say)|what to say)\b|\bwrite me what to say\b|\b${PERSONAL} (?:kids|children|daughter|son|family|mum|dad|brother|sister)\b[^\n]{0,80}\bwhat (?:do|should|shall|can) (?:i|we) (?:say|tell)\b|\bcan (?:i|we) tell (?:the family|him|her|them) (?:that )?(?:he|she|they)(?:['’]s|['’]re| is| are)\b` +
  // Whether they qualify, asked of them ("is the lady on ward 7 eligible", "would the man I saw meet the criteria"), not who does.
  String.raw`|(?:^|[.,;:]\s*)meets? (?:the )?criteria\b|(?<!\b(?:who|which \w+) )\b(?:is|are|does|do|would|will|if|whether)\b[^?\n]{0,80}\b(?:eligible|qualif(?:y|ies)|meets? (?:the )?(?:[\w-]+ ){0,3}criteria|on the (?:[\w-]+ ){0,3}criteria)\b` +
  String.raw`|\bok(?:ay)? to (?:be )?(?:give|get|start|stop|have|take|send|discharge|skip|continue|prescribe|refer|test|referred|tested|discharged|started|restart)\b|\bcan (?:he|she|they) (?:skip|stop|go home|be discharged|have|get|start|take|continue)\b|\bcan (?:i|we) (?:request|order|refer|send|book|test|give|start|stop|prescribe|discharge)\b` +
  String.raw`|\bdo (?:i|we) (?:still )?(?:take|give|stop|start|send|refer|test|repeat|call|treat|escalate)\b|\bwould you (?:have|give|start|stop|use|refer|test|prescribe|continue|keep|switch)\b|\bis (?:that|this|it) (?:right|correct|safe)\s*\?` +
  String.raw`|(?:^|[-–—,.;:/]\s*|\s)(?:refer|keep|stop|start|continue|give|switch|swap|test|discharge|send|repeat|reduce|increase|escalate|abx)\b[^?\n]{0,40}\?|\bor not\s*\?|\by\/n\b|\d+\s?%\s*\?` +
  // A decision, not whether to tell them or use a tool ("should I tell my patient I use an AI scribe?" is about being open).
  String.raw`|\bshould (?:i|we|he|she|they) (?!(?:tell|inform|let|use|explain|say|mention|ask|be (?:open|honest))\b(?! (?:him|her|them|my (?:patient|lady)|the (?:patient|lady|man|woman|gentleman)(?: (?:in|on) (?:bed|bay|cubicle) \d+)?) (?:to|she|he|they|that|about (?:her|his|their))\b))\w|\bshould (?:have|get|be (?:referred|tested|started|given)|start|stop|take)\b|\bdoes (?:he|she|they) need\b|\b(?:trust|rely on|go with) (?:the|this|that) (?:[\w-]+ ){0,2}(?:alert|score|result|report|tool|ai|reading|flag)\b` +
  // What a result says for them ("how do I read that?", "thoughts?", "is it bad?"; "what does that mean?" asks what a VUS is); going home; going with
  // what a tool said; whether it is worth testing them.
  String.raw`|\bhow (?:do|should|would) (?:i|we) (?:read|interpret|take) (?:that|this|it)\b|\bthoughts\s*\?|\boutlook\b|\bis (?:it|that|this) (?:bad|serious|worrying|significant)\b` +
  String.raw`|\bcan (?:he|she|they|the [\w ]{1,40}?) go home\b|\b(?:go|send (?:him|her|them)) home\b[^?\n]{0,40}\?|\bok(?:ay)? not to\b|\bgo with it\b|\bright for (?:him|her|them)\b|\bworth (?:testing|referring|treating|starting|doing|sending)\b|\bneed to (?:do|send|request|order) (?:a |the )?\S+ (?:test|testing|screen)\b`;
const NOT_TELLING_CY = String.raw`(?! (?:dd?weud|dd?eud|deud|egluro|esbonio|dd?efnyddio|iwsio|sôn|son|gofyn)\b)`;
const ASKED_OF_ONE_CY = String.raw`\b(?:ei|eu) (?:\S+ ){0,2}(?:risg|siawns|tebygolrwydd|prognosis)\b|\bmewn risg\b|\b(?:beth|be)['’]?\s?(?:yw|ydy|ydi|di)['’]?r? (?:risg|risk|siawns|prognosis)\b|\b(?:ydi|ydy|yw|odi) (?:hi|fo|o|fe|e)['’]?n (?:risg|risk|high risk|low risk)\b|\bfaint o amser sy ['’]?(?:da|gyda|gen) (?:fe|hi|fo|o)\b|\bmor debygol\b|\bwedi etifeddu\b|\b(?:fydd|wneith|neith) (?:hi|o|fo|fe|e|nhw)(?:['’]n| yn)? (?:cael|gael|datblygu|marw)\b` +
  String.raw`|\b(?:beth|be)['’]?\s?(?:mae|ma|yw|ydy|di)\b[^?\n]{0,60}\byn (?:ei |eu )?(?:olygu|feddwl) (?:i|iddo|iddi|iddyn|i['’]r)\b(?![^?\n]{0,30}\b(?:teulu|perthnasau|plant)\b)|\besbonio['’]r (?:adroddiad|canlyniad)|\b(?:ydi|ydy|yw|odi) (?:o|fo|e|fe|hi)['’]?n (?:bathogenig|pathogenig)\b|\bpathogenig (?:ta be|neu beidio|neu ddim)\b` +
  String.raw`|\bsut (?:dwi|dw i|ydw i|rydw i|wyt ti|ydych chi)['’]?n (?:egluro|esbonio|deud|dweud|torri['’]r newyddion) (?:i|wrth)\b[^\n]{0,80}\b(?:ei|eu) (?:\S+ ){0,2}(?:canlyniad|chanlyniad|ganlyniad|adroddiad|sgan|amrywiad|amrywiolyn|VUS|diagnosis)|\b(?:beth|be)['’]?\s?(?:dw i|dwi|ydw i|ddylwn i|dylwn i|dyla i|alla i|galla i)['’]?n? (?:ei |eu )?(?:dd?weud|deud|weud|ddeud|egluro|esbonio) wrth\w*|\b(?:beth|be)['’]?\s?(?:dw i|dwi|ydw i) fod i (?:dd?eud|dd?weud|weud|egluro) wrth\w*|\b(?:dd?eud|dd?weud|weud) wrth y teulu bod\b|\b(?:beth|be)['’]?\s?(?:weda|wedaf|ddweda|ddwedaf|ddeuda|dduda|ddeudai) i\b` +
  String.raw`|(?<!\bpwy )\b(?:ydi|ydy|yw|odi|ydyn|ydi['’]r|odi['’]r|ydy['’]r)\b[^?\n]{0,80}\b(?:yn|n) (?:gymwys|eligible)\b|\bmeini prawf\b` +
  String.raw`|\b(?:dd?ylwn i|dd?yla i|dd?ylen ni|odw i fod i|ydw i fod i|dw i fod i|dwi fod i)${NOT_TELLING_CY}|\b(?:alla i|galla i|ga i|fedra i|allwn ni) (?:roi|rhoi|stopio|atal|ddechrau|dechrau|ddechra|gyfeirio|cyfeirio|brofi|profi|gynyddu|leihau|hala|anfon|yrru|dynnu|tynnu|newid|ryddhau|ragnodi|gario mlaen|ofyn am (?:brawf|prawf))\b|\bpa (?:dose|ddos)\b|\bfaint o (?:mg|mcg|ml|unedau|5-FU|\S+mab)\b` +
  String.raw`|\b(?:ydw i|dw i|odw i)['’]n (?:dechrau|dechra|stopio|rhoi|cyfeirio|profi|trin)\b|\b(?:ydy|ydi|yw|odi) (?:hynny|hwnna|hynna|hwn)['’]?n (?:iawn|gywir|saff|ddiogel)\b|(?:^|[-–—,.;:]\s*)(?:dechrau|dechre|dechra|stopio|cyfeirio|rhoi|profi|newid)\b[^?\n]{0,40}\?` +
  String.raw`|\b(?:fedri di|fedrwch chi|allet ti|allech chi|alli di|allwch chi|wnei di|wnewch chi) (?:ddarllen|esbonio|egluro|edrych ar|ddehongli)\b|\b(?:cyfeirio|gyfeirio|atgyfeirio|refer|profi|stopio|dechrau|dechra|rhoi|roi)\s*\?` +
  String.raw`|\b(?:ydy|ydi|yw) (?:o|e|hi|hynny|hwnna)['’]?n (?:ddrwg|ddifrifol|bwysig)\b|\b(?:beth|be)['’]?\s?(?:mae|ma) hynny['’]?n (?:ei )?(?:feddwl|olygu)\b|\b(?:geith|gaiff|caiff|geiff|gall|ga) (?:o |hi |fe |e |fo |nhw )?(?:fynd|mynd) (?:adre|adref|adra|gartre|gatre|adre)\b|\bdd?ylai (?:o |hi |fe |e )?(?:gael|dderbyn|ddechrau)\b|\b(?:trystio|drystio|drysto|trysto|ymddiried yn)\b[^?\n]{0,30}\b(?:rhybudd|larwm|sgôr|sgor|canlyniad|adroddiad)|\bhala (?:hi|fe|e|o|nhw) gatre\b`;
const ASKED_OF_ONE = new RegExp(`${ASKED_OF_ONE_EN}|${ASKED_OF_ONE_CY}`, 'iu');
/** A question about one patient named beyond doubt, or a result pasted in with a question: for them alone. */
const asksOfOnePatient = (text: string) => ((STRONG_ONE.test(text) || TITLED_OR_INITIALS.test(text)) && ASKED_OF_ONE.test(text)) || (RESULT_NOTATION.test(text) && /\?|\bmean|\bolygu/iu.test(text));

// A name after the decision ("which test should I order for Mrs Jones"): names are matched case by case, so apart
// from the case-blind decision before them.
const TITLED_NAME = new RegExp(NAMED, 'g');
const DECISION_BEFORE = new RegExp(String.raw`(?:${DECISION_EN}|\b(?:${DECISION_CY})\b)[^?!\n]{0,80}$`, 'i');
// And a Welsh decision after the name ("Ydy Mrs Roberts ar ward 7 angen prawf BRCA?", "Mae Mr Williams yn 45… Ddylwn i ddechrau
// statin iddo fo?"), read in either case.
const DECISION_AFTER_CY = new RegExp(String.raw`^[^?!\n]{0,120}\b(?:${DECISION_CY})\b`, 'i');
const decisionAroundName = (text: string) => [...text.matchAll(TITLED_NAME)].some((m) => DECISION_BEFORE.test(text.slice(0, m.index)) || DECISION_AFTER_CY.test(text.slice(m.index + m[0].length)));

// Each reads the text as asRead gives it, once per question.
/** A decision as the narrower patterns read it: with a patient named beside it, it is that patient's. */
const decidesFor = (text: string) => PATIENT_DECISION.some((pattern) => pattern.test(text)) || decisionAroundName(text);
/**
 * A patient who asked the learner about their own treatment ("a 61-year-old man asked me if it's safe for him to have
 * clopidogrel tonight", "gofynnodd dynes 44 oed i mi ddylai hi stopio tamoxifen"): the decision is for the one who asked. What
 * they asked in general ("a lady asked me what a VUS is", "gofynnodd menyw 67 oed i mi be ydi VUS") stays a general question,
 * as does being tested or referred (evaluation writers ask "a patient's sister asked me if she should get tested too - what's
 * that called?" to learn about cascade testing) and telling their family.
 */
const NOT_A_TEST_EN = String.raw`(?! (?:a |an |the |genetic |genomic |her |his )*(?:tests?|tested|testing|screen|screening|scans?|referral|referred|counselling)\b)`;
const ASKER_EN = String.raw`\b(?:a|an|the|one of (?:my|the|our)) (?:[\w-]+ ){0,3}(?:patient|pt|lady|gentleman|gent|man|woman|chap|bloke|lad|fella|girl|boy)s?\b(?!['’]s)[^?\n'’]{0,30}?\b(?:asked|asks|was asking|is asking|wants to know|wanted to know)(?: me)?`;
const OWN_DECISION_EN = String.raw`(?:if|whether) (?:it(?:['’]s| is| was| would be) (?:safe|ok|okay|alright|fine) for (?:him|her) to|(?:he|she) (?:should|can|could|needs? to|ought to|is ok to|is okay to)) (?:have|take|start|stop|continue|come off|go on|be given|be put on|carry on with)\b${NOT_A_TEST_EN}`;
const NOT_A_TEST_CY = String.raw`(?! (?:ei |eu )?(?:prawf|brawf|mhrawf|profion|phrofi|profi|brofi|sgrinio|sgan|cyfeirio|gyfeirio|atgyfeirio)\b)`;
const ASKER_CY = String.raw`\b(?:mi |fe )?(?:gofynnodd|ofynnodd|gofynodd|ofynodd|holodd)(?: (?:y|yr|['’]r))? (?:hen )?${PERSON_CY}\b[^?\n]{0,50}?`;
const OWN_DECISION_CY = String.raw`\b(?:idd(?:o|i)(?: (?:fo|o|fe|e|hi))? (?:gael|ddechrau|dechrau|stopio|gymryd|barhau)|dd?ylai (?:hi|o|fo|e|fe) (?:gael|ddechrau|stopio|gymryd|barhau)|(?:geith|gaiff|ga|gall) (?:hi|o|fo|e|fe) (?:gael|ddechrau|stopio|gymryd|barhau))\b${NOT_A_TEST_CY}`;
const ASKED_OF_THEMSELVES = new RegExp(String.raw`${ASKER_EN} ${OWN_DECISION_EN}|${ASKER_CY}${OWN_DECISION_CY}`, 'iu');

/**
 * For one patient whoever else is named: a real result read for them, anything asked of a patient named beyond doubt, or a
 * patient's own treatment they asked the learner about.
 */
const forOnePatient = (text: string) => READS_ONE_RESULT.test(text) || asksOfOnePatient(text) || ASKED_OF_THEMSELVES.test(text);
const asksDecision = (text: string) => decidesFor(text) || forOnePatient(text);
const namesOnePatient = (text: string) => ONE_PATIENT.some((pattern) => pattern.test(text));

/**
 * In a team's case thread, "this patient", "the lady" or "y claf hwn" is the case's own fictional patient: what is asked of them
 * is the discussion. Only the old, narrower reading applies there, with a real patient's bed, name or initials.
 */
const THE_CASE_PATIENT = /\b(?:this|the|our|that) (?:patient|pt|lady|gentleman|man|woman|baby|child|family)\b|\b(?:y|yr) (?:claf|babi|plentyn|dyn|ddynes|teulu) (?:hwn|hon|yma)\b/giu;

/**
 * The learned reading (one-patient-model.ts), beside the patterns: it flags what they miss. Never in a team's case thread,
 * where the patient discussed is the case's own, and what is asked of them is the discussion the model would flag.
 */
const learnedOnePatient = (text: string) => {
  // A turn asks this of one message several times (the caution, the mentor's choice, the card): the last answer is kept.
  if (text !== lastRead.text) {
    const model = committedOnePatientModel();
    lastRead = { text, flagged: onePatientProbability(model, forTheModel(text)) >= model.threshold };
  }
  return lastRead.flagged;
};
let lastRead = { text: '', flagged: false };
/**
 * What the model reads: the text as every check reads it, without who passed the question on ("my patient asked me who is
 * eligible for BRCA testing" asks who is eligible) and without the numbers questions are listed by ("2) when should I
 * refer?": a number weighs towards one patient, as beds and ages have them). The patterns still read both.
 */
const forTheModel = (text: string) => withoutReporter(withoutListMarkers(text));

export function isPatientSpecificRequest(asked: string, options: { aboutACase?: boolean } = {}): boolean {
  const text = asRead(asked);
  if (!options.aboutACase) return asksDecision(text) || learnedOnePatient(text);
  return PATIENT_DECISION.some((pattern) => pattern.test(text)) || decisionAroundName(text) || forOnePatient(asRead(asked.replace(THE_CASE_PATIENT, 'the case')));
}

// One particular patient, not "a patient" in general: "my patient", "this lady", "the patient in bed 4", "Mrs Jones".
// (Only "my", "this" or "our" patient: "the patient" is often any patient.)
const ONE_PATIENT = [
  new RegExp(String.raw`${CARED_FOR_EN}|\b(?:my|this|our) ${AGED}(?:patient|pt|client|service user|resident|lady|gentleman|man|woman|baby|child|mum|mother|father)\b|\b(?:patient|lady|man|woman) in bed\b|${PLACE_EN}|${SUBJECT_CY}|\by fam (?:yma|hon)\b`, 'i'),
  new RegExp(NAMED),
];
/**
 * One patient as a handover gives them ("got a lady with FH", "seeing a 45-year-old man", "45M", "pt in resus", "dyn 45 oed",
 * "claf yn dadebru"): with a decision asked, that patient is who it is for. Alone they name no one surely enough to hold back
 * what the mentor offers ("Claf yn gofyn be di VUS", "pt asked me what AI is" are general questions passed on).
 */
const HANDOVER_PATIENT = new RegExp(
  String.raw`(?:${CLAUSE_START}|\bi(?:['’]ve| have)? (?:just )?)(?:got|seeing|seen|saw|reviewing|reviewed|admitted|clerking|clerked) (?:a|an) ${AGED}(?:patient|pt|lady|gentleman|gent|man|woman|chap|baby|child|boy|girl)\b|${AGE_SEX_EN}|${CLAUSE_START}pt\b|${BABY_ON_THE_UNIT}|${HANDOVER_CY}`,
  'i',
);

/** Whether the text is about one particular patient ("the patient in bed 6", "Mrs Jones"), whatever it asks. */
export function isAboutOnePatient(asked: string): boolean {
  return namesOnePatient(asRead(asked));
}

/**
 * A patient-specific request about one identified patient: the mentor answers it with the
 * deflection alone, not with content. "How do I refer a patient" is a general question and keeps its answer.
 */
export function isDecisionForOnePatient(asked: string): boolean {
  const text = asRead(asked);
  return decisionByPatterns(text) || learnedOnePatient(text);
}

const decisionByPatterns = (text: string) => forOnePatient(text) || (decidesFor(text) && (namesOnePatient(text) || HANDOVER_PATIENT.test(text)));

/** What the hand-written patterns alone say of a message (the learned model is trained and measured beside them). */
export function flaggedByPatterns(asked: string): boolean {
  // A decision the patterns find for one patient is one they find asked at all.
  return asksDecision(asRead(asked));
}

/**
 * A decision for one patient by the patterns alone. The answer-or-abstain model learns from the evaluation sets without the
 * questions this reads as one patient's (scripts/train-decision.ts): by the patterns, so that re-learning the one-patient
 * model never changes what the other learns from.
 */
export function isDecisionForOnePatientByPatterns(asked: string): boolean {
  return decisionByPatterns(asRead(asked));
}

/** A message as the learned model reads it (it is trained on messages read so). */
export const readAsChecked = (asked: string): string => forTheModel(asRead(asked));

/**
 * Runs every check once at start-up on messages that reach each part of them: V8 compiles a pattern when it is first run, and
 * these are long, so the first learner's message after a restart would otherwise wait for them (about 100–250 ms measured).
 */
export function preparePatientChecks(): void {
  for (const text of [
    'my lady in bay 2 - BRCA2 VUS - refer? what do I tell her about her result', 'Mrs P, JH (70F): can she go home? LDLR c.681C>G pathogenic or not?',
    "Odi'r boi weles i bore ma mewn risg uchel? beth weda i wrth y claf yng ngwely 4", 'what is a VUS, in general terms?',
  ]) {
    isPatientSpecificRequest(text);
    isPatientSpecificRequest(text, { aboutACase: true });
    isDecisionForOnePatient(text);
    isAboutOnePatient(text);
  }
}
