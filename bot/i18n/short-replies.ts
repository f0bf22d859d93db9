/**
 * Short replies people type to what HALI just sent, read as the command the matching button or word is (command-phrasing.ts
 * calls this after the talk around a request is set aside): "snooze it" is the nudge's Snooze, "gohiria hi" its Welsh; "forget it"
 * and "anghofia fo" are "never mind". Each is
 * read whole, so a question that only contains the word ("is snooze fatigue a kind of automation bias?") stays a question.
 */

type ShortReply = readonly [RegExp, string | ((...groups: string[]) => string)];

/** A whole message that is one of `alternatives`. */
const rule = (...alternatives: string[]): RegExp => new RegExp(`^(?:${alternatives.join('|')})$`, 'u');

// The daily lesson, as people name it after "snooze".
const THE_LESSON = String.raw`(?:it|that|this|(?:the\s+|my\s+|this\s+|today['’]?s\s+|todays\s+)?(?:daily\s+)?(?:lesson|reminder|nudge|notification|message|one))`;
const FOR_AN_HOUR = String.raw`\s+(?:for\s+)?(?:an|1|one)\s*(?:hour|hr|h)`;
const TOMORROW = String.raw`(?:tomorrow|tmrw|tmrow|2moro)`;
const GOHIRIO = String.raw`(?:gohirio|gohiria|gohiriwch|snoozio|snŵzio|snwsio)(?:\s*['’]?r\s+(?:wers|gwers|neges|nodyn\s+atgoffa)|\s+(?:hi|fo|fe|e|o|hynna))?`;
// What is said before a letter given as an answer: "option", "I think it's", "I'll go with"; "ateb", "dw i'n meddwl mai" (north), "taw" (south).
const ANSWERED_EN = String.raw`(?:${[
  String.raw`option|answer|ans|opt|choice|letter|my\s+answer\s+is|the\s+answer\s+is|answer\s+is|is\s+it`,
  String.raw`i\s+think\s+(?:it['’]?s\s+|its\s+)?|i['’]?d\s+(?:say|go\s+(?:with|for))|i['’]?ll\s+(?:say|go\s+(?:with|for))|go\s+(?:with|for)|i\s+(?:pick|choose|chose|say)`,
].join('|')})`;
const ANSWERED_CY = String.raw`(?:${[
  String.raw`ateb|opsiwn|dewis|llythyren|yr\s+ateb\s+(?:yw|ydy|ydi)|fy\s+ateb\s+(?:i\s+)?(?:yw|ydy|ydi)|dewisa|dewisaf`,
  String.raw`(?:dw\s*i|dwi|rwy|rydw\s+i)\s*['’]?n\s+meddwl(?:\s+(?:mai|taw))?|meddwl\s+(?:mai|taw)|mai|taw`,
].join('|')})`;

/** English places, in fives: the word, then its figure ("second", "2nd"). */
const ORDINALS_EN = ['first', 'second', 'third', 'fourth', 'fifth', '1st', '2nd', '3rd', '4th', '5th'];
/** Welsh places, by the letter they name. */
const ORDINALS_CY: Readonly<Record<string, number>> = { cyntaf: 0, gyntaf: 0, cynta: 0, gynta: 0, ail: 1, trydydd: 2, drydydd: 2, pedwerydd: 3, bedwerydd: 3 };

const REPLIES: readonly ShortReply[] = [
  // The nudge's Snooze ("Atgoffa fi mewn awr" on the Welsh card), and tomorrow's skipped ahead of time.
  [
    rule(
      String.raw`(?:snooze|snoze|snoozz?e|snooz)(?:\s+${THE_LESSON})?${FOR_AN_HOUR}`,
      String.raw`remind\s+me\s+(?:in\s+(?:an|1|one)\s*(?:hour|hr)|in\s+a\s+(?:bit|while)|later)`,
      String.raw`(?:send|give)\s+(?:it|me\s+(?:it|a\s+lesson|the\s+lesson))\s+in\s+(?:an|1|one)\s*(?:hour|hr)`,
    ),
    'snooze 1 hour',
  ],
  [rule(String.raw`(?:snooze|snoze|snoozz?e|snooz)(?:\s+${THE_LESSON})?`, String.raw`not\s+(?:right\s+)?now`), 'snooze'],
  [
    rule(
      String.raw`(?:snooze|skip)\s+(?:${TOMORROW}['’]?s|${TOMORROW})(?:\s+(?:daily\s+)?(?:lesson|reminder|nudge|one))?`,
      String.raw`snooze\s+(?:the\s+|my\s+)?(?:daily\s+)?(?:lesson|reminder|nudge)\s+(?:for\s+)?${TOMORROW}`,
      String.raw`no\s+(?:daily\s+)?lesson\s+${TOMORROW}`,
      String.raw`not\s+${TOMORROW}`,
    ),
    'snooze tomorrow',
  ],
  [
    rule(
      String.raw`${GOHIRIO}\s+am\s+awr`,
      String.raw`(?:atgoffa|atgoffwch)\s+fi\s+(?:mewn\s+awr|(?:yn\s+)?nes\s+(?:ymlaen|mlaen)|wedyn|yn\s+hwyrach|hwyrach\s+(?:ymlaen|mlaen))`,
      String.raw`(?:anfon|anfonwch|danfon|hala)\s+(?:hi|e|fe|fo)\s+mewn\s+awr`,
    ),
    'gohirio awr',
  ],
  [rule(GOHIRIO, String.raw`(?:ddim|dim)\s+(?:rŵan|rwan|nawr)`, String.raw`nid\s+nawr`), 'gohirio'],
  [
    rule(
      String.raw`(?:gohirio|gohiria|gohiriwch)(?:\s+(?:gwers|y\s+wers|gwers\s+ddyddiol))?\s+(?:yfory|fory)`,
      String.raw`(?:gohirio|gohiria)\s+gwers\s+(?:yfory|fory)`,
      String.raw`dim\s+gwers\s+(?:yfory|fory)`,
      String.raw`ddim\s+(?:yfory|fory)`,
    ),
    'gohirio yfory',
  ],
  // Nothing after all: "never mind", "forget it" ("anghofia fo" in the north, "anghofia fe" in the south), never "forget me".
  [
    rule(
      String.raw`never\s*mind`,
      String.raw`nevermind`,
      String.raw`nvm`,
      String.raw`forget\s+(?:it|that|about\s+(?:it|that)|i\s+(?:asked|said\s+anything))`,
      String.raw`cancel(?:\s+(?:that|it|this))?`,
      String.raw`no\s*,?\s*cancel`,
      String.raw`scrap\s+(?:that|it)`,
      String.raw`ignore\s+(?:that|me|this|my\s+last(?:\s+message)?)`,
      String.raw`(?:it\s+)?(?:doesn['’]?t|does\s+not)\s+matter`,
      String.raw`don['’]?t\s+worry(?:\s+about\s+(?:it|that))?`,
      String.raw`no\s+worries`,
      String.raw`(?:oops,?\s+)?wrong\s+(?:chat|person|window)`,
      String.raw`oops`,
      String.raw`my\s+(?:mistake|bad)`,
    ),
    'never mind',
  ],
  [
    rule(
      String.raw`(?:anghofia|anghofiwch)\s+(?:fo|fe|e|o|hi|hynna|hwnna|hyn|am\s+y\s+peth|am\s+hynna|amdano|amdani)`,
      String.raw`(?:does\s+)?dim\s+ots`,
      String.raw`['’]?sdim\s+ots`,
      String.raw`dim\s+bwys`,
      String.raw`(?:paid|peidiwch)\s+(?:â|a|ag)\s+(?:phoeni|poeni)`,
      String.raw`canslo`,
      String.raw`canslwch`,
      String.raw`cansla`,
      String.raw`canslo\s+(?:hynna|hwnna|fo|fe)`,
      String.raw`(?:anwybydda|anwybyddwch)\s+(?:hynna|hwnna|fi)`,
      String.raw`wps`,
      String.raw`(?:wps,?\s+)?sgwrs\s+anghywir`,
    ),
    'dim ots',
  ],
  // On with what is open: the quiz, else the path ("next"); always a question, not the open one ("next question", "skip").
  [
    rule(
      String.raw`next\s+(?:question|q|qu|qn)`,
      String.raw`skip(?:\s+(?:this|that|it))?(?:\s+(?:one|question))?`,
      String.raw`skip\s+(?:the\s+)?question`,
      String.raw`pass`,
      String.raw`(?:a\s+)?different\s+question`,
    ),
    'next question',
  ],
  [
    rule(
      String.raw`next`,
      String.raw`nxt`,
      String.raw`nex`,
      String.raw`next\s+(?:one|bit|thing|step|card)`,
      String.raw`(?:the\s+)?next\s+one`,
      String.raw`go\s+on`,
      String.raw`carry\s+on`,
      String.raw`continue`,
      String.raw`keep\s+going`,
      String.raw`move\s+on`,
      String.raw`what['’]?s\s+next`,
      String.raw`whats\s+next`,
      String.raw`what\s+next`,
      String.raw`and\s+next`,
      String.raw`onwards`,
      String.raw`on\s+to\s+the\s+next(?:\s+one)?`,
    ),
    'next',
  ],
  [
    rule(
      String.raw`(?:y\s+)?cwestiwn\s+nesa(?:f)?`,
      String.raw`(?:sgipio|sgipia|hepgor|hepgora)(?:\s+(?:hwn|hwnna|hon|honna|hynna|y\s+cwestiwn|y\s+cwestiwn\s+(?:hwn|yma)))?`,
      String.raw`pasio`,
    ),
    'cwestiwn nesaf',
  ],
  [
    rule(
      String.raw`nesaf`,
      String.raw`nesa`,
      String.raw`(?:yr?\s+)?un\s+nesa(?:f)?`,
      String.raw`ymlaen`,
      String.raw`mlaen`,
      String.raw`(?:symud|mynd|cario)\s+(?:ymlaen|mlaen)`,
      String.raw`be(?:th)?\s+(?:sy\s+|sydd\s+)?nesa(?:f)?`,
      String.raw`ymlaen\s+[âa]\s+ni`,
    ),
    'nesaf',
  ],
  // A quiz answer by its letter: "option b", "(b)", "I think it's B", "the answer is c", "ateb b", "dw i'n meddwl mai b".
  [
    rule(
      String.raw`${ANSWERED_EN}\s*[:.)-]?\s*\(?([a-h])\)?`,
      String.raw`\(([a-h])\)`,
      String.raw`([a-h])\s*[.:)-]`,
      String.raw`([a-h])\s+i\s+think`,
    ),
    (...letters) => `answer ${letters.find(Boolean)}`,
  ],
  [
    rule(
      String.raw`${ANSWERED_CY}\s*[:.)-]?\s*\(?([a-h])\)?`,
      String.raw`([a-h])\s+(?:dw\s*i|dwi|rwy|rydw\s+i)\s*['’]?n\s+meddwl`,
    ),
    (...letters) => `ateb ${letters.find(Boolean)}`,
  ],
  // A quiz answer by its place: "the second one", "I'd go with the first option", "option 3", "yr ail un", "y trydydd". The card's
  // options are lettered in the order shown, so the second is B.
  [
    rule(
      String.raw`(?:${ANSWERED_EN}\s*)?(?:the\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+(?:one|option|answer|choice))?`,
      String.raw`(?:option|answer|choice|number|no\.?)\s*([1-8])`,
    ),
    (...places) => {
      const place = places.find(Boolean)!;
      return `answer ${'abcdefgh'[/^\d$/.test(place) ? Number(place) - 1 : ORDINALS_EN.indexOf(place) % 5]}`;
    },
  ],
  [
    rule(
      String.raw`(?:${ANSWERED_CY}(?:\s+|['’]r\s+))?(?:yr?\s+)?(?:un\s+)?(cyntaf|gyntaf|cynta|gynta)(?:\s+un)?`,
      String.raw`(?:${ANSWERED_CY}\s+yr\s+|${ANSWERED_CY}['’]r\s+|yr\s+)(ail)(?:\s+(?:un|opsiwn|ateb))?`,
      String.raw`(?:${ANSWERED_CY}\s+y\s+|${ANSWERED_CY}['’]r\s+|y\s+)(trydydd|drydydd|pedwerydd|bedwerydd)(?:\s+(?:un|opsiwn|ateb))?`,
      String.raw`(?:opsiwn|ateb|rhif)\s*([1-8])`,
    ),
    (...places) => {
      const place = places.find(Boolean)!;
      const index = /^\d$/.test(place) ? Number(place) - 1 : ORDINALS_CY[place];
      return `ateb ${'abcdefgh'[index]}`;
    },
  ],
  // A lesson read: its card's Done.
  [
    rule(
      String.raw`done`,
      String.raw`dne`,
      String.raw`donee`,
      String.raw`done\s+(?:it|that|now|reading(?:\s+it)?|with\s+(?:it|that|this|the\s+lesson|this\s+lesson))`,
      String.raw`all\s+done`,
      String.raw`(?:i['’]?m|im|i\s+am)\s+done`,
      String.raw`(?:i['’]?ve|ive|i\s+have)\s+(?:finished|done|read)(?:\s+(?:it|that|this|the\s+lesson|this\s+lesson))?`,
      String.raw`finished(?:\s+(?:it|that|reading(?:\s+it)?|the\s+lesson|this\s+lesson))?`,
      String.raw`read\s+it`,
      String.raw`lesson\s+(?:done|finished|complete|completed)`,
      String.raw`complete`,
      String.raw`completed`,
      String.raw`mark\s+(?:it\s+|this\s+|the\s+lesson\s+)?(?:as\s+)?(?:done|complete|read)`,
    ),
    'done',
  ],
  [
    rule(
      String.raw`(?:(?:dw\s*i|dwi|rydw\s+i|rwy['’]?n|rwyf)\s+)?(?:wedi|['’]?di)\s+(?:gorffen|darllen|neud|gwneud|cwblhau)(?:\s+(?:hi|hon|honna|y\s+wers))?`,
      String.raw`wedi['’]i\s+(?:gorffen|orffen|gwneud|neud|wneud|darllen|ddarllen)`,
      String.raw`gorffenais`,
      String.raw`gorffennais`,
      String.raw`gorffennes`,
      String.raw`dyna\s+ni`,
      String.raw`gwers\s+wedi\s+(?:gorffen|ei\s+gorffen|['’]i\s+gorffen)`,
    ),
    'wedi gorffen',
  ],
];

/** The patterns of the short replies, for the words they are made of (command-phrasing.ts reads a slip in one as that word). */
export const SHORT_REPLY_PATTERNS: readonly RegExp[] = REPLIES.map(([pattern]) => pattern);

/** The command a short reply asks for ("snooze it" is "snooze"), or undefined when `said` is none of them. */
export function shortReply(said: string): string | undefined {
  for (const [pattern, command] of REPLIES) {
    const match = pattern.exec(said);
    if (match) return typeof command === 'string' ? command : command(...match.slice(1));
  }
  return undefined;
}
