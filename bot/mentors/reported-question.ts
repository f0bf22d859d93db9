import { english, welsh, welshAfterFy } from './self-description';

/**
 * A question asked on someone else's behalf ("my student asked me how ChatGPT works", "one of the HCAs asked
 * what a DPIA is", "a relative wants to know...", "gofynnodd fy myfyriwr..."): who asked is not what is asked.
 * Read as subject words, "student" or "HCAs" look like a subject the mentor lacks and it abstains, so
 * retrieval reads the question without the asker. "My patient asked ..." is read the same way: a question
 * about one patient is found before retrieval (safety/patient-specific.ts), from the text as written.
 */
const PEOPLE = String.raw`(?:${english}|colleague|relative|patient|family member|family|mum|mother|dad|father|daughter|son|wife|husband|partner|friend|boss|team|ward|student nurse|medical student|trainees?|mentee|preceptee|learner|carer|pal)`;
const WHO = String.raw`(?:(?:my|a|an|our|the|one of (?:the|my|our)|some of (?:the|my|our)|(?:a|the) patient['’]?s?|(?:a|the) (?:lady|man|woman)['’]?s?)\s+(?:[\p{L}\d-]+\s+){0,2}${PEOPLE}(?:s|es)?(?:\s+(?:on|in|from|at)\s+(?:the|my|our)\s+[\p{L}-]+)?)`;
const ASKED = String.raw`(?:asked(?:\s+me)?|asks(?:\s+me)?|was asking(?:\s+me)?|were asking(?:\s+me)?|is asking(?:\s+me)?|keeps asking(?:\s+me)?|keep asking(?:\s+me)?|wants to know|wanted to know|want to know|was wondering|were wondering|wondered|wants me to explain|asked me to explain)`;
// With plurals ("un o'r myfyrwyr") and a place ("nyrs ar y ward").
const WELSH_PEOPLE = String.raw`(?:(?:${welsh}|myfyrwyr|nyrsys|meddygon|cydweithiwr|cydweithwyr|perthynas|perthnasau|claf|cleifion|teulu|mam|tad|merch|mab|ffrind|staff)(?:\s+(?:ar|yn|o)\s+(?:y|yr)\s+[\p{L}-]+)?)`;
const WELSH_AFTER_FY = String.raw`(?:${welshAfterFy}|nghydweithiwr|nghydweithwyr|mherthynas|nghlaf|nheulu|mam|nhad|merch|mab|ffrind)`;
// Welsh has no indefinite article: "mae perthynas eisiau gwybod" is "a relative wants to know".
const WELSH_WHO = String.raw`(?:fy\s+${WELSH_AFTER_FY}|(?:y|yr|ein|un o['’]r|un o['’]n)\s+${WELSH_PEOPLE}|['’]r\s+${WELSH_PEOPLE}|${WELSH_PEOPLE})`;

const REPORTED: readonly RegExp[] = [
  // "my student asked me (if|whether|about)", "one of the HCAs asked", "a relative wants to know".
  // Not "asked for" or "asked to" ("the patient asked for a genetic test" is what happened), nor a tool asked ("a
  // pharmacist asked ChatGPT about..." is what is asked about).
  new RegExp(String.raw`\b${WHO}\s+${ASKED}(?!\s+(?:for|to|chatgpt|copilot|gemini|claude|the\s+ai|an?\s+ai|ai|it|the\s+chatbot|a\s+chatbot|the\s+tool)\b)(?:\s+(?:if|whether|about))?\b`, 'giu'),
  // "if a patient asks", "when a student asks me".
  new RegExp(String.raw`\b(?:if|when)\s+${WHO}\s+(?:asks|ask)(?:\s+me)?\b`, 'giu'),
  // Welsh: "gofynnodd fy myfyriwr (i mi)", "mae fy nghydweithiwr eisiau gwybod", "roedd y claf yn gofyn".
  new RegExp(String.raw`\b(?:gofynnodd|holodd)\s+${WELSH_WHO}(?:\s+(?:i\s+mi|i\s+fi|imi))?(?:\s+(?:os|a\s+yw|am))?\b`, 'giu'),
  new RegExp(String.raw`\b(?:mae|roedd|oedd)(?:\s+|(?=['’]r))${WELSH_WHO}\s+(?:eisiau\s+gwybod|isio\s+gwybod|yn\s+gofyn|wedi\s+gofyn|yn\s+holi|wedi\s+holi)(?:\s+(?:i\s+mi|i\s+fi))?\b`, 'giu'),
];

/** `text` without who asked on someone's behalf: "my student asked me how ChatGPT works" reads " how ChatGPT works". */
export function withoutReporter(text: string): string {
  return REPORTED.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
