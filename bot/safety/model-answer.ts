/**
 * What a language model's answer must not do, whatever its grounding said: direct the care of one patient (a dose to give,
 * a treatment to start, a referral to make for "your patient"), ask the learner for a patient's details, or answer in the
 * other language. Outside testing found each shown with the AI label and a source attached. An answer that fails is not
 * shown: the mentor answers from its checked content instead (models/models.ts).
 */
import type { Language } from '../i18n';
import { detectLanguage } from '../i18n/detect';

export type UnfitAnswer = 'patientDecision' | 'asksForPatientData' | 'otherLanguage' | 'unsourced';

const DOSE_UNIT = String.raw`\d+(?:[.,]\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|g|grams?|units?|iu|ml|mls|millilitres?|mmol|mg\/kg|%)\b`;
const ACT_EN = String.raw`give|giving|administer|start|commence|prescribe|increase|reduce|double|halve|stop|cease|withhold|discharge|refer|repeat|titrate|bolus|push|load|switch|swap|change`;
// Welsh commands ("rhowch", "cyfeiriwch") and verb-nouns as a "dylech"/"dylai" sentence mutates them ("Dylech chi roi…").
const ACT_CY = String.raw`rhowch|rhoi|roi|dechreuwch|dechrau|ddechrau|rhagnodwch|rhagnodi|ragnodi|cynyddwch|cynyddu|gynyddu|lleihewch|lleihau|leihau|stopiwch|stopio|ataliwch|atal|atgyfeiriwch|atgyfeirio|cyfeiriwch|cyfeirio|gyfeirio|rhyddhewch|rhyddhau|ryddhau|ailadroddwch|newidiwch|newid|dyblwch|dyblu|ddyblu|hannerwch|haneru|profwch|profi|brofi`;
/** A Welsh sentence that says what one patient should have: "Dylai eich claf ym mae 3 atal y statin", "Dylech chi roi … i Mrs Jones". */
const SHOULD_CY = String.raw`dylai|dylid|dylech|dylet|rhaid`;
// Not a bare "hi", "o" or "fe": "o" is "of", and "y claf" without "hwn" is any patient ("Dylai'r claf gael cynnig cwnsela").
const ONE_PATIENT_CY = String.raw`eich\s+claf|dy\s+glaf|(?:y|['’]r)\s+claf\s+(?:hwn|yma)|iddi|iddo|\[name removed\]|mrs?\.?\s+\p{Lu}\p{L}+|ms\.?\s+\p{Lu}\p{L}+|(?:n?gwely|m?[bm]ae|ystafell\s+ochr)\s+\d+`;
const ONE_PATIENT_EN = String.raw`(?:your|this|that|the|her|his)\s+(?:patient|pt|lady|gentleman|man|woman|baby|child|resident)|(?:her|him|them)\b`;

const PATIENT_DECISION: readonly RegExp[] = [
  // "give 5 mg of haloperidol IM now", "start aspirin 600 mg daily", "rhowch 10 uned o inswlin"
  new RegExp(String.raw`\b(?:${ACT_EN})\b[^.!?\n]{0,60}?\b${DOSE_UNIT}`, 'i'),
  new RegExp(String.raw`\b(?:${ACT_CY})\b[^.!?\n]{0,60}?\b\d+(?:[.,]\d+)?\s?(?:mg|uned|unedau|ml|g)\b`, 'i'),
  // "double the dose", "stop the statin", "halve her warfarin"
  /\b(?:double|halve|increase|reduce|stop|withhold|omit)\s+(?:the|her|his|their|your\s+patient['’]s)\s+(?:dose|doses|dosage|statin|warfarin|insulin|medication|medicine|tablets?)\b/i,
  // "For your patient, refer her now", "for this patient, stop the statin"
  new RegExp(String.raw`\bfor\s+(?:${ONE_PATIENT_EN})\b[^.!?\n]{0,80}?\b(?:${ACT_EN})\b`, 'i'),
  new RegExp(String.raw`\b(?:i\s+would|you\s+should|you\s+must|please)\s+(?:${ACT_EN})\b[^.!?\n]{0,40}?\b(?:${ONE_PATIENT_EN})\b`, 'i'),
  new RegExp(String.raw`\b(?:i\s+gyfer\s+eich\s+claf|i['’]ch\s+claf|ar\s+gyfer\s+y\s+claf\s+hwn)\b[^.!?\n]{0,80}?\b(?:${ACT_CY})\b`, 'i'),
  // "Dylai eich claf ym mae 3 atal y statin nawr", "Dylech chi roi warfarin i Mrs Jones", "Rhaid iddi ddechrau…".
  new RegExp(String.raw`(?<![\p{L}])(?:${SHOULD_CY})\b[^.!?\n]{0,60}?(?:(?<![\p{L}])|(?=['’]))(?:${ONE_PATIENT_CY})(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:${ACT_CY})(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${SHOULD_CY})\b[^.!?\n]{0,40}?(?<![\p{L}])(?:${ACT_CY})(?![\p{L}])[^.!?\n]{0,60}?(?:\d+(?:[.,]\d+)?\s?(?:mg|uned|unedau|ml|g)\b|(?<![\p{L}])i\s+(?:${ONE_PATIENT_CY})(?![\p{L}]))`, 'iu'),
];

/** A patient's details asked for: a verb of giving, the details, and where to (to HALI: "here", "to me", "in this chat"). */
const GIVE = String.raw`paste|share|send|give|type|tell|upload|enter|provide|copy|gludwch|rhannwch|anfonwch|rhowch|teipiwch|dywedwch|dangoswch`;
const DETAILS = String.raw`full\s+name|name|nhs\s+number|date\s+of\s+birth|dob|address|postcode|notes|records?|hospital\s+number|pedigree|details|identifiers|r?h?if\s+(?:gig|ysbyty)|dd?yddiad\s+geni|enw\s+llawn|enw['’]r\s+claf|nodiadau|cofnodion|cyfeiriad|manylion`;
const TO_HALI = String.raw`here|below|to\s+me|with\s+me|in\s+(?:this|the)\s+chat|so\s+(?:that\s+)?i\s+can|yma|isod|i\s+mi|i\s+fi|ataf|ata\s+i|gyda\s+mi|yn\s+y\s+sgwrs\s+hon|yn\s+fan\s+hyn`;
// Asked of the learner straight: "tell me your patient's full name", "dywedwch wrtha i enw llawn eich claf".
const TO_HALI_FIRST = String.raw`me|to\s+me|wrtha\s+i|wrtho\s+i|i\s+mi|i\s+fi|ataf`;
const ASKS_FOR_DATA = new RegExp(
  String.raw`\b(?:${GIVE})\b[^.!?\n]{0,60}?\b(?:${DETAILS})\b[^.!?\n]{0,60}?\b(?:${TO_HALI})\b|\b(?:${GIVE})\s+(?:${TO_HALI_FIRST})\b[^.!?\n]{0,40}?\b(?:${DETAILS})\b`,
  'i',
);
/** Said as what not to do: "never paste a patient's name here", "peidiwch byth â rhannu…". */
const NOT_TO_DO = /\b(?:never|not|don['’]?t|do\s+not|avoid|without|remov\w*|peidiwch|byth|heb|nid|na)\b[^.!?\n]{0,25}$/i;

function asksForData(text: string): boolean {
  for (const match of text.matchAll(new RegExp(ASKS_FOR_DATA.source, 'gi'))) {
    if (!NOT_TO_DO.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}

/** An answer this long or longer is long enough for its language to be told (shorter ones are names, numbers, a line). */
const LANGUAGE_CHECKED_CHARS = 60;

/** Why a model answer may not be shown to a learner asking in `language`, or undefined when it may. */
export function unfitAnswer(answer: string, language: Language, { checkLanguage = true, sources }: { checkLanguage?: boolean; sources?: number } = {}): UnfitAnswer | undefined {
  const text = answer.replace(/\s+/g, ' ');
  if (PATIENT_DECISION.some((pattern) => pattern.test(text))) return 'patientDecision';
  if (asksForData(text)) return 'asksForPatientData';
  // Grounded in `sources` passages, an answer cites them by number: one that cites none of them, or a number it was not
  // given ("[7]" of three), says what its sources do not, and would be shown with theirs attached.
  if (sources !== undefined && sources > 0) {
    const cited = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (cited.length === 0 || cited.some((n) => n < 1 || n > sources)) return 'unsourced';
  }
  // Citations, links and code are no words of either language.
  const words = text.replace(/\[\d+\]|https?:\/\/\S+|`[^`]*`/g, ' ').trim();
  if (checkLanguage && words.length >= LANGUAGE_CHECKED_CHARS) {
    const written = detectLanguage(words);
    if (written !== undefined && written !== language) return 'otherLanguage';
  }
  return undefined;
}
