/**
 * Short replies people type to what HALI just sent, read as the command the matching button or word is (command-phrasing.ts
 * calls this after the talk around a request is set aside): "snooze it" is the nudge's Snooze, "gohiria hi" its Welsh; "forget it"
 * and "anghofia fo" are "never mind". Each is
 * read whole, so a question that only contains the word ("is snooze fatigue a kind of automation bias?") stays a question.
 */

type ShortReply = readonly [RegExp, string | ((...groups: string[]) => string)];

const rule = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'u');

// The daily lesson, as people name it after "snooze".
const THE_LESSON = String.raw`(?:it|that|this|(?:the\s+|my\s+|this\s+|today['’]?s\s+|todays\s+)?(?:daily\s+)?(?:lesson|reminder|nudge|notification|message|one))`;
const FOR_AN_HOUR = String.raw`(?:\s+(?:for\s+)?(?:an|1|one)\s*(?:hour|hr|h))?`;
const TOMORROW = String.raw`(?:tomorrow|tmrw|tmrow|2moro)`;

const REPLIES: readonly ShortReply[] = [
  // The nudge's Snooze ("Atgoffa fi mewn awr" on the Welsh card), and tomorrow's skipped ahead of time.
  [rule(String.raw`(?:snooze|snoze|snoozz?e|snooz)(?:\s+${THE_LESSON})?${FOR_AN_HOUR}|remind\s+me\s+(?:later|in\s+(?:an|1|one)\s*(?:hour|hr)|in\s+a\s+(?:bit|while))|not\s+(?:right\s+)?now`), 'snooze'],
  [rule(String.raw`(?:snooze|skip)\s+(?:${TOMORROW}['’]?s|${TOMORROW})(?:\s+(?:daily\s+)?(?:lesson|reminder|nudge|one))?|snooze\s+(?:the\s+|my\s+)?(?:daily\s+)?(?:lesson|reminder|nudge)\s+(?:for\s+)?${TOMORROW}|no\s+(?:daily\s+)?lesson\s+${TOMORROW}|not\s+${TOMORROW}`), 'snooze tomorrow'],
  [rule(String.raw`(?:gohirio|gohiria|gohiriwch|snoozio|snŵzio|snwsio)(?:\s*['’]?r\s+(?:wers|gwers|neges|nodyn\s+atgoffa)|\s+(?:hi|fo|fe|e|o|hynna))?(?:\s+am\s+awr)?|(?:atgoffa|atgoffwch)\s+fi\s+(?:mewn\s+awr|(?:yn\s+)?nes\s+(?:ymlaen|mlaen)|wedyn|yn\s+hwyrach|hwyrach\s+(?:ymlaen|mlaen))|(?:ddim|dim)\s+(?:rŵan|rwan|nawr)|nid\s+nawr`), 'gohirio'],
  [rule(String.raw`(?:gohirio|gohiria|gohiriwch)(?:\s+(?:gwers|y\s+wers|gwers\s+ddyddiol))?\s+(?:yfory|fory)|(?:gohirio|gohiria)\s+gwers\s+(?:yfory|fory)|dim\s+gwers\s+(?:yfory|fory)|ddim\s+(?:yfory|fory)`), 'gohirio yfory'],
  // Nothing after all: "never mind", "forget it" ("anghofia fo" in the north, "anghofia fe" in the south), never "forget me".
  [rule(String.raw`never\s*mind|nevermind|nvm|forget\s+(?:it|that|about\s+(?:it|that)|i\s+(?:asked|said\s+anything))|cancel(?:\s+(?:that|it|this))?|no\s*,?\s*cancel|scrap\s+(?:that|it)|ignore\s+(?:that|me|this|my\s+last(?:\s+message)?)|(?:it\s+)?(?:doesn['’]?t|does\s+not)\s+matter|don['’]?t\s+worry(?:\s+about\s+(?:it|that))?|no\s+worries|(?:oops,?\s+)?wrong\s+(?:chat|person|window)|oops|my\s+(?:mistake|bad)`), 'never mind'],
  [rule(String.raw`(?:anghofia|anghofiwch)\s+(?:fo|fe|e|o|hi|hynna|hwnna|hyn|am\s+y\s+peth|am\s+hynna|amdano|amdani)|(?:does\s+)?dim\s+ots|['’]?sdim\s+ots|dim\s+bwys|(?:paid|peidiwch)\s+(?:â|a|ag)\s+(?:phoeni|poeni)|canslo|canslwch|cansla|canslo\s+(?:hynna|hwnna|fo|fe)|(?:anwybydda|anwybyddwch)\s+(?:hynna|hwnna|fi)|wps|(?:wps,?\s+)?sgwrs\s+anghywir`), 'dim ots'],
  // On with what is open: the quiz, else the path ("next"); always a question, not the open one ("next question", "skip").
  [rule(String.raw`next\s+(?:question|q|qu|qn)|skip(?:\s+(?:this|that|it))?(?:\s+(?:one|question))?|skip\s+(?:the\s+)?question|pass|(?:a\s+)?different\s+question`), 'next question'],
  [rule(String.raw`next|nxt|nex|next\s+(?:one|bit|thing|step|card)|(?:the\s+)?next\s+one|go\s+on|carry\s+on|continue|keep\s+going|move\s+on|what['’]?s\s+next|whats\s+next|what\s+next|and\s+next|onwards|on\s+to\s+the\s+next(?:\s+one)?`), 'next'],
  [rule(String.raw`(?:y\s+)?cwestiwn\s+nesa(?:f)?|(?:sgipio|sgipia|hepgor|hepgora)(?:\s+(?:hwn|hwnna|hon|honna|hynna|y\s+cwestiwn|y\s+cwestiwn\s+(?:hwn|yma)))?|pasio`), 'cwestiwn nesaf'],
  [rule(String.raw`nesaf|nesa|(?:yr?\s+)?un\s+nesa(?:f)?|ymlaen|mlaen|(?:symud|mynd|cario)\s+(?:ymlaen|mlaen)|be(?:th)?\s+(?:sy\s+|sydd\s+)?nesa(?:f)?|ymlaen\s+[âa]\s+ni`), 'nesaf'],
  // A quiz answer by its letter: "option b", "(b)", "I think it's B", "the answer is c", "ateb b", "dw i'n meddwl mai b" (north), "taw b" (south).
  [rule(String.raw`(?:option|answer|ans|opt|choice|letter|my\s+answer\s+is|the\s+answer\s+is|answer\s+is|i\s+think\s+(?:it['’]?s\s+|its\s+)?|i['’]?d\s+(?:say|go\s+(?:with|for))|i['’]?ll\s+(?:say|go\s+(?:with|for))|go\s+(?:with|for)|i\s+(?:pick|choose|chose|say)|is\s+it)\s*[:.)-]?\s*\(?([a-h])\)?|\(([a-h])\)|([a-h])\s*[.:)-]|([a-h])\s+i\s+think`), (...letters) => `answer ${letters.find(Boolean)}`],
  [rule(String.raw`(?:ateb|opsiwn|dewis|llythyren|yr\s+ateb\s+(?:yw|ydy|ydi)|fy\s+ateb\s+(?:i\s+)?(?:yw|ydy|ydi)|(?:dw\s*i|dwi|rwy|rydw\s+i)\s*['’]?n\s+meddwl(?:\s+(?:mai|taw))?|meddwl\s+(?:mai|taw)|(?:mai|taw)|dewisa|dewisaf)\s*[:.)-]?\s*\(?([a-h])\)?|([a-h])\s+(?:dw\s*i|dwi|rwy|rydw\s+i)\s*['’]?n\s+meddwl`), (...letters) => `ateb ${letters.find(Boolean)}`],
  // A lesson read: its card's Done.
  [rule(String.raw`done|dne|donee|done\s+(?:it|that|now|reading(?:\s+it)?|with\s+(?:it|that|this|the\s+lesson|this\s+lesson))|all\s+done|(?:i['’]?m|im|i\s+am)\s+done|(?:i['’]?ve|ive|i\s+have)\s+(?:finished|done|read)(?:\s+(?:it|that|this|the\s+lesson|this\s+lesson))?|finished(?:\s+(?:it|that|reading(?:\s+it)?|the\s+lesson|this\s+lesson))?|read\s+it|lesson\s+(?:done|finished|complete|completed)|complete|completed|mark\s+(?:it\s+|this\s+|the\s+lesson\s+)?(?:as\s+)?(?:done|complete|read)`), 'done'],
  [rule(String.raw`(?:(?:dw\s*i|dwi|rydw\s+i|rwy['’]?n|rwyf)\s+)?(?:wedi|['’]?di)\s+(?:gorffen|darllen|neud|gwneud|cwblhau)(?:\s+(?:hi|hon|honna|y\s+wers))?|wedi['’]i\s+(?:gorffen|orffen|gwneud|neud|wneud|darllen|ddarllen)|gorffenais|gorffennais|gorffennes|dyna\s+ni|gwers\s+wedi\s+(?:gorffen|ei\s+gorffen|['’]i\s+gorffen)`), 'wedi gorffen'],
];

/** The command a short reply asks for ("snooze it" is "snooze"), or undefined when `said` is none of them. */
export function shortReply(said: string): string | undefined {
  for (const [pattern, command] of REPLIES) {
    const match = pattern.exec(said);
    if (match) return typeof command === 'string' ? command : command(...match.slice(1));
  }
  return undefined;
}
