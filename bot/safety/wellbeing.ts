/**
 * Messages that are not questions to learn from but a person in trouble: thoughts of suicide or self-harm, a member of staff
 * not coping or being bullied, or a patient in danger right now. HALI is a learning assistant: it answers these with where
 * real help is (safety.crisis, safety.distress, safety.emergency), in the language written, and never with a search of its
 * content ("try asking about hallucination"). English and Welsh, as staff type them: lower case, no apostrophes, text-speak.
 */

export type Concern = 'crisis' | 'distress' | 'emergency' | 'harm';

const A = "['’]?";

/** Thoughts of suicide or self-harm, said of oneself. */
const CRISIS: readonly RegExp[] = [
  // "killing myself", "harming myself"; not an accident said in the past ("I cut myself on a needle", "I hurt myself lifting").
  /\b(?:kill|killing|harm|harming|hurting|cutting)\s+my\s?self\b/i,
  /\b(?:want|wanted|going|thinking|thought|feel\s+like|urge)\s+(?:to\s+|about\s+|of\s+)?(?:hurt|hurting|cut|cutting|harm|harming|kill|killing)\s+my\s?self\b/i,
  /\bend(?:ing)?\s+(?:it\s+all|my\s+life|things)\b/i,
  /\btake\s+my\s+(?:own\s+)?life\b/i,
  new RegExp(`\\b(?:i|im|i${A}m|i\\s+am|i\\s+just|i\\s+really)\\s+(?:want|wanna|wish)\\s+(?:to\\s+)?(?:die|be\\s+dead|disappear|not\\s+(?:be\\s+here|exist|wake\\s+up))\\b`, 'i'),
  new RegExp(`\\b(?:don${A}?t|do\\s+not|dont)\\s+want\\s+to\\s+(?:be\\s+here|live|exist|wake\\s+up)\\s*(?:any\\s?more|now)?\\b`, 'i'),
  /\bbetter\s+off\s+(?:dead|without\s+me)\b/i,
  /\bno\s+(?:point|reason)\s+(?:in\s+)?(?:living|going\s+on|being\s+alive|to\s+live)\b/i,
  new RegExp(`\\bcan${A}?t\\s+go\\s+on\\b`, 'i'),
  // Welsh: "lladd fy hun", "isio marw", "eisiau marw", "moyn marw", "hunanladdiad", "niweidio fy hun", "hunan-niweidio",
  // "ddim isio byw", "dim pwynt byw", "gorffen y cyfan", "rhoi diwedd ar fy mywyd".
  /\b(?:lladd|ladd|brifo|frifo|niweidio|anafu)\s+(?:fy\s+)?hun(?:an)?\b/i,
  /\bhunan[\s-]?(?:laddiad|niweid)/i,
  /\b(?:isio|eisiau|eisie|moyn|mofyn|am)\s+marw\b/i,
  /\b(?:ddim|dim)\s+(?:isio|eisiau|eisie|moyn|am)\s+(?:byw|bod\s+yma)\b/i,
  /\bdim\s+pwynt\s+(?:byw|mynd\s+ymlaen|cario\s+ymlaen)\b/i,
  /\b(?:gorffen|diweddu)\s+(?:y\s+cyfan|popeth|fy\s+mywyd)\b/i,
  /\bdiwedd\s+ar\s+fy\s+mywyd\b/i,
];

/** Suicide and self-harm named: the learner's own trouble, unless it is what they are learning about ("can AI predict suicide risk?"). */
const CRISIS_TOPIC = /\b(?:suicid(?:e|al)|self[\s-]?harm\w*|hunanladdiad|hunan[\s-]?niweid\w*)\b/i;
/** Someone else in trouble: a patient, whose care follows the local pathway. */
const ABOUT_A_PATIENT = /\b(?:patient|patients|pt|claf|cleifion|service\s+user|resident|client)\b/i;

/** A member of staff not coping, burnt out or bullied, said of themselves. */
const DISTRESS: readonly RegExp[] = [
  new RegExp(`\\b(?:i|i${A}m|im|i\\s+am|i\\s+just|i\\s+really|i\\s+honestly)\\s+(?:can${A}?t|cannot|cant|am\\s+not|${A}m\\s+not|not|struggling\\s+to)\\s+(?:cope|coping|take\\s+(?:it|this|any\\s?more)|do\\s+this\\s+any\\s?more|keep\\s+going)\\b`, 'i'),
  // Said of oneself, not of a patient ("how do I support a patient who is not coping" is a question).
  new RegExp(`(?:^|[.!?]\\s*)(?:honestly\\s+|just\\s+|really\\s+)?(?:can${A}?t|cannot)\\s+cope\\b`, 'i'),
  new RegExp(`\\bcan${A}?t\\s+cope\\s+(?:any\\s?more|with\\s+(?:work|this|it|everything|the\\s+job|my\\s+job|life))\\b`, 'i'),
  // Also after another feeling ("I'm stressed and overwhelmed", "I feel tired and hopeless").
  new RegExp(`\\b(?:i${A}m|im|i\\s+am|i\\s+feel|feeling)\\s+(?:so\\s+|really\\s+|completely\\s+|totally\\s+)?(?:[a-z]+\\s+(?:and|&)\\s+(?:so\\s+|really\\s+)?)?(?:burn[te]d?\\s+out|broken|overwhelmed|desperate|hopeless|worthless|at\\s+breaking\\s+point|at\\s+the\\s+end\\s+of\\s+my\\s+tether)\\b`, 'i'),
  // Stress said strongly of oneself ("I'm so stressed", "I'm stressed out", "totally stressed at work"); not "I'm stressed about my exam, what is…"
  // said plainly, which asks a question.
  new RegExp(`\\b(?:i${A}m|im|i\\s+am|i\\s+feel|feeling)\\s+(?:(?:so|really|very|completely|totally|incredibly|massively|super)\\s+stressed|stressed\\s+out|stressed\\s+(?:at|with)\\s+(?:work|everything))\\b`, 'i'),
  new RegExp(`\\b(?:i${A}m|im|i\\s+am|i${A}ve\\s+been|ive\\s+been|i\\s+have\\s+been|being)\\s+(?:being\\s+)?bullied\\b`, 'i'),
  /\b(?:bullying|bullies|harassing|harasses)\s+me\b/i,
  /\b(?:i['’]?m\s+having|i\s+(?:keep\s+)?(?:having|getting|get|have)|i['’]?ve\s+been\s+having)\s+panic\s+attacks?\b/i,
  /\bcrying\s+(?:at|in|after|before)\s+(?:work|every\s+shift|the\s+toilets?)\b/i,
  // Welsh: "ddim yn gallu ymdopi", "methu ymdopi", "methu côpio", "cael fy mwlio", "yn fy mwlio", "wedi llosgi allan",
  // "dan ormod o straen", "wedi torri".
  /\b(?:ddim\s+yn\s+gallu|methu(?:\s+a)?|ffaelu)\s+(?:ymdopi|c[oô]pio|dal\s+ati|cario\s+mlaen|cario\s+ymlaen)\b/i,
  /\b(?:cael\s+fy\s+mwlio|yn\s+fy\s+mwlio|bwlio\s+fi|fy\s+mwlio)\b/i,
  /\bwedi\s+llosgi\s+(?:allan|mas)\b/i,
  /\b(?:dan|o\s+dan)\s+ormod\s+o\s+(?:straen|bwysau)\b/i,
  // "wedi fy llethu", "cael fy llethu" (overwhelmed), "dan gymaint o straen", "dan lot o straen".
  /\b(?:wedi\s+(?:cael\s+)?fy|cael\s+fy)\s+llethu\b/i,
  /\b(?:dan|o\s+dan)\s+(?:gymaint|lot|lwyth)\s+o\s+(?:straen|bwysau)\b/i,
  // Needing someone to talk to, said alone ("I need to talk to someone", "I've got no one to talk to"); not "I need to talk to
  // someone about procurement", which is a request. Welsh: "mae angen i mi siarad efo rhywun", "does gen i neb i siarad efo".
  new RegExp(`^(?:i\\s+|i${A}ve\\s+|ive\\s+)?(?:really\\s+|just\\s+|honestly\\s+)?(?:need|got\\s+to|have\\s+to)\\s+(?:to\\s+)?(?:talk|speak)\\s+to\\s+(?:someone|somebody|anyone|a\\s+person)(?:\\s+(?:now|please|right\\s+now|urgently|today|asap))?[\\s.!]*$|^(?:i\\s+)?(?:really\\s+|just\\s+)?need\\s+(?:someone|somebody)\\s+to\\s+talk\\s+to\\b`, 'i'),
  new RegExp(`\\b(?:i${A}ve\\s+got|ive\\s+got|i\\s+have|i${A}ve|i\\s+got|there${A}s|theres|there\\s+is)\\s+(?:no\\s?one|nobody|no\\s+body)\\s+(?:to\\s+talk\\s+to|i\\s+can\\s+talk\\s+to)\\b`, 'i'),
  /^(?:mae\s+)?(?:angen|isio|eisiau)\s+(?:i\s+mi\s+|i\s+fi\s+)?(?:siarad|sgwrsio)\s+(?:efo|hefo|gyda|â|a)\s+(?:rhywun|rywun)(?:\s+(?:nawr|rŵan|rwan|plis))?[\s.!]*$/i,
  /\bneb\s+i\s+(?:siarad|sgwrsio)\s+(?:efo|hefo|gyda|â|a)(?:\s|$)/i,
];

/** A patient in danger now: an event, said as it happens (with "help", "now", "what do I do", or a short message). */
const EVENT = /\b(?:(?:not|isn['’]?t|stopped|no(?:t)?\s+longer)\s+breathing|collapsed|collapsing|unresponsive|cardiac\s+arrest|arrested|arresting|in\s+arrest|no\s+pulse|choking|anaphyla(?:xis|ctic)|fitting|seizing|having\s+a\s+(?:fit|seizure|stroke|heart\s+attack)|bleeding\s+(?:heavily|out|everywhere)|overdosed?|(?:wedi\s+)?(?:llewygu|llewyg)|ddim\s+yn\s+anadlu|wedi\s+stopio\s+anadlu|ataliad\s+(?:y\s+galon|cardiaidd)|tagu|ffitio|trawiad)\b/i;
const URGENT = /!|\b(?:help|helpwch|help\s+fi|now|right\s+now|urgent(?:ly)?|quick(?:ly)?|asap|what\s+do\s+i\s+do|what\s+should\s+i\s+do\s+now|be\s+(?:dw\s*i|dwi|ddylwn\s+i)\s+(?:fod\s+i\s+)?(?:yn\s+)?(?:ei\s+)?(?:neud|wneud|gwneud)|nawr|rwan|rŵan|brys|yn\s+gyflym)\b/i;
/** Learning about an event ("can AI predict cardiac arrest?", "how does the deterioration algorithm spot sepsis"), not one happening. */
const ABOUT_AI_OR_LEARNING = /\b(?:ai|a\.i\.|algorithm|algorithms|model|models|predict\w*|detect\w*|tool|tools|software|app|chatgpt|copilot|system|early\s+warning|news2?|lesson|quiz|learn\w*|teach\w*|train\w*|course|simulation|scenario|case\s+study|genetic\w*|genomic\w*|gene|genes|inherit\w*|variant|rhagfynegi|algorithm|meddalwedd|gwers|cwis|dysgu|hyfforddi\w*|efelychiad|genetig|genomig)\b/i;
const SHORT_WORDS = 10;
/** Who it is happening to, or that it is happening: a short message needs one ("patient collapsed", "claf wedi llewygu"; not "cardiac arrest team"). */
const HAPPENING = /\b(?:patient|pt|claf|someone|somebody|he|she|they|man|woman|lady|gentleman|baby|child|kid|relative|visitor|colleague|mum|dad|is|has|just|wedi|mae|ma|rhywun|dyn|dynes|babi|plentyn)\b/i;

/**
 * An amount asked for that would kill or harm ("how many paracetamol would kill someone", "lethal dose of insulin", "how much
 * does it take to overdose", "faint o dabledi fyddai'n lladd"): HALI gives no such figure, and says where help is in case the
 * asker is at risk, or a patient is. Stop 54's probe: the first was told "I do not have trusted content".
 */
const HARM_ASKED: readonly RegExp[] = [
  /\bhow\s+(?:many|much)\s+(?:[\p{L}\d-]+\s+){0,4}(?:would|will|does\s+it\s+take\s+to|do\s+you\s+need\s+to|to|could|can|it\s+takes\s+to)\s+(?:kill|overdose|od)\b/iu,
  /\b(?:lethal|fatal|deadly)\s+(?:dose|doses|amount|quantity|number)\b/i,
  /\b(?:what|which)\s+(?:dose|amount)\s+(?:of\s+[\p{L}-]+\s+)?(?:is|would\s+be|will\s+be)\s+(?:lethal|fatal|deadly|enough\s+to\s+kill)\b/iu,
  /\b(?:how\s+(?:to|do\s+(?:i|you))|best\s+way\s+to|easiest\s+way\s+to)\s+(?:overdose|od)\b/i,
  /\bfaint\s+o\s+(?:[\p{L}-]+\s+){0,3}(?:fyddai['’]?n|fydd\s+yn|sy['’]?n|i)\s+(?:lladd|ladd)\b/iu,
  /\bdos\s+(?:angheuol|marwol)\b/i,
];

/** The concern a message raises, if any: crisis outranks distress, and both outrank a patient emergency. */
export function concernIn(text: string): Concern | undefined {
  const message = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!message) return undefined;
  if (CRISIS.some((pattern) => pattern.test(message))) return 'crisis';
  if (CRISIS_TOPIC.test(message) && !ABOUT_AI_OR_LEARNING.test(message)) return ABOUT_A_PATIENT.test(message) ? 'emergency' : 'crisis';
  if (HARM_ASKED.some((pattern) => pattern.test(message))) return 'harm';
  if (DISTRESS.some((pattern) => pattern.test(message))) return 'distress';
  const words = message.split(' ').length;
  if (EVENT.test(message) && !ABOUT_AI_OR_LEARNING.test(message) && (URGENT.test(message) || (words <= SHORT_WORDS && HAPPENING.test(message)))) return 'emergency';
  return undefined;
}
