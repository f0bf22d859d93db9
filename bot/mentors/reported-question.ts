import { english, welsh, welshAfterFy } from './self-description';

/**
 * A question asked on someone else's behalf ("my student asked me how ChatGPT works", "one of the HCAs asked
 * what a DPIA is", "a relative wants to know...", "gofynnodd fy myfyriwr..."): who asked is not what is asked.
 * Read as subject words, "student" or "HCAs" look like a subject the mentor lacks and it abstains, so
 * retrieval reads the question without the asker. "My patient asked ..." is read the same way: a question
 * about one patient is found before retrieval (safety/patient-specific.ts), from the text as written.
 */
// Where they work: "on the ward", "in our team", "on nights".
const PLACE = String.raw`(?:\s+(?:on|in|from|at)\s+(?:(?:the|my|our)\s+)?[\p{L}-]+)?`;
const PEOPLE = String.raw`(?:${english}|band\s*\d(?:\.\d)?|colleague|relative|patient|lady|gentleman|gent|man|woman|chap|family member|family|mum|mother|dad|father|parent|daughter|son|wife|husband|partner|other half|better half|hubby|missus|boyfriend|girlfriend|fianc[eé]e?|sister|brother|aunt|auntie|uncle|nan|gran|grandma|grandad|neighbour|flatmate|housemate|friend|boss|team|ward|student nurse|medical student|trainees?|mentee|preceptee|learner|carer|pal)`;
// Named, or the name redacted: "a lady called [name removed]".
const CALLED = String.raw`(?:,?\s+(?:called|named)\s+(?:\[name removed\]|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),?)?`;
const WHO = String.raw`(?:(?:my|a|an|our|the|one of (?:the|my|our)|some of (?:the|my|our)|(?:a|the) patient['’]?s?|(?:a|the) (?:lady|man|woman)['’]?s?)\s+(?:[\p{L}\d-]+\s+){0,2}${PEOPLE}(?:s|es)?${CALLED}${PLACE})`;
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

/**
 * A claim heard from someone and brought to be checked ("my colleague reckons ChatGPT looks things up online", "someone
 * told me a VUS means you have the condition - is that true?", "dywedodd rhywun wrtha i fod…"): who said it, and the ask
 * to check it ("is that true", "true or false", "ydy hynny'n wir"), are not what is asked; the claim is. Read as subject
 * words, "physio" or "true" look like a subject the mentor lacks, and "fact" names the passage whose answer uses it.
 */
const SAID = String.raw`(?:thinks|thought|reckons|reckoned|says|said|keeps saying|keep saying|kept saying|keeps telling me|keep telling me|told me|tells me|told us|tells us|believes|believed|is convinced|was convinced|claims|claimed|swears|insists|insisted|mentioned|reckon|think|say|believe)`;
const SOMEONE = String.raw`(?:someone|somebody|some people|people|everyone|everybody|they|a friend|my mate|a mate|my friend|a lot of people|loads of people)`;
const WELSH_SOMEONE = String.raw`(?:rhywun|pobl|pawb|rhai pobl|ffrind|fy ffrind)`;
const CLAIMED: readonly RegExp[] = [
  // "my colleague reckons (that)", "a physio on my team thinks", "someone told me (that)", "people say".
  // Not asked why they say it ("why do people think AI is always right" asks about trusting AI).
  new RegExp(String.raw`(?<!\b(?:why|how|when)\s+(?:do|does|did|would|should|will|can)\s+)\b(?:${WHO}|${SOMEONE}${PLACE})\s+${SAID}(?:\s+(?:me|us))?(?:\s+that)?\b`, 'giu'),
  // "I've heard (that)", "I read that", "I was told (that)", "apparently", "rumour has it".
  new RegExp(String.raw`^\s*(?:heard|read)\s+(?:somewhere\s+)?that\b|\b(?:i\s*(?:['’]ve|\s+have)?\s+(?:heard|read|been told|seen)\s+that|i\s+(?:heard|read)\s+(?:somewhere\s+)?that|i\s+was\s+told(?:\s+that)?|apparently|rumour\s+has\s+it(?:\s+that)?|word\s+(?:is|on the ward is)(?:\s+that)?)\b`, 'giu'),
  // A lone "true?", "fact?", "myth?" or "right?" after the claim: the ask to check it, not a subject ("fact" would be "fact check").
  /(?:^|(?<=[.,;:!?-]\s*))\s*(?:true|fact|myth|right|correct|legit|really|gwir|ffaith|chwedl|cywir)\s*\?+\s*$/giu,
  // "is that true?", "is this right", "true or false?", "or is that a myth", "fact or fiction".
  new RegExp(String.raw`\b(?:(?:or\s+)?(?:is|was)\s+(?:that|this|it|he|she|they)\s+(?:actually\s+|really\s+)?(?:true|right|correct|accurate|a myth|an urban myth|nonsense|rubbish)|true or (?:false|not)|fact or (?:fiction|myth)|myth or (?:fact|truth)|are (?:they|we) right|is (?:that|this|it) so(?=\s*[?.!]*\s*$)|surely (?:that|this|it)(?:['’]s|\s+is)(?:\s+not|n['’]?t)\s+(?:right|true|correct)|(?:that|this|it) can['’]?t be (?:right|true))\b`, 'giu'),
  // Welsh: "mae fy nghydweithiwr yn meddwl (bod)", "dywedodd rhywun wrtha i (fod)", "clywais i (fod)", "ydy hynny'n wir?".
  new RegExp(String.raw`(?<!\b(?:pam|sut|pryd)\s+)\b(?:mae|roedd|oedd)(?:\s+|(?=['’]r))(?:${WELSH_WHO}|${WELSH_SOMEONE})\s+yn\s+(?:meddwl|credu|dweud|honni|mynnu|sôn)(?:\s+(?:wrtha\s+i|wrthon\s+ni))?(?:\s+(?:bod|fod|y|mai|nad))?\b`, 'giu'),
  new RegExp(String.raw`\b(?:dywedodd|meddai|honnodd)\s+(?:${WELSH_WHO}|${WELSH_SOMEONE})(?:\s+(?:wrtha\s+i|wrthyf|wrthon\s+ni))?(?:\s+(?:bod|fod|y|mai|nad))?\b`, 'giu'),
  new RegExp(String.raw`\b(?:clywais|clywes|glywais|glywes|darllenais|darllenes|ddarllenais)(?:\s+i)?(?:\s+(?:yn\s+rhywle\s+)?(?:bod|fod|y|mai|nad))?\b|\b(?:yn\s+ôl\s+pob\s+sôn|mae\s+sôn)(?:\s+(?:bod|fod|y|mai))?\b`, 'giu'),
  new RegExp(String.raw`\b(?:(?:ydy|ydi|yw|oes)\s+(?:hynny|hyn|hynna|hwnna|hwn)(?:['’]n|\s+yn)\s+(?:wir|gywir|iawn)|gwir\s+neu\s+(?:gau|anwir|beidio)|ffaith\s+neu\s+chwedl|ydy\s+hynny['’]n\s+chwedl)\b`, 'giu'),
];

const REPORTERS = [...REPORTED, ...CLAIMED];

/** `text` without who asked on someone's behalf, or who said what it checks: "my student asked me how ChatGPT works" reads " how ChatGPT works". */
export function withoutReporter(text: string): string {
  return REPORTERS.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
