/**
 * The typed command words, in English and Welsh, in one place: the patterns the routes match and the
 * word the help card shows for each. (Case commands, which read a topic and a mentor's name, are
 * parsed in bot/cases/choose.ts; the help card's word for them is here.)
 */
import type { Language } from './index';

export const GREETING = /^(hi|hello|hey|hiya|start|helo|shwmae|sumae|su’mae|su'mae|bore da|prynhawn da)[\s!.]*$/i;
/** "help", and the ways people ask what HALI is and does ("what can you do?", "who are you?", "beth alli di wneud?"). */
export const HELP = /^(help|cymorth|help me|helpa fi|\?|menu|commands|options|dewislen|gorchmynion|what can you do|what do you do|what can i ask(?: you)?|who are you|how does this work|how do i use (?:this|you|hali)|beth alli di (?:ei )?wneud|beth allwch chi (?:ei )?wneud|beth wyt ti['’]n (?:ei )?wneud|pwy wyt ti|pwy ydych chi|sut mae hwn yn gweithio)[\s!.?]*$/i;
/**
 * Words said of a lesson or quiz rather than naming its field ("lesson on consent was good"): a field of up to three words stops before
 * one. "lesson done" names no field either: it is the lesson card's Done (DONE).
 */
export const SAID_OF_A_FIELD = 'was|were|is|are|be|been|has|have|had|did|does|good|great|bad|nice|really|very|so|too|and|but|that|this';
export const LESSON = new RegExp(String.raw`^(?:next lesson|lesson|gwers nesaf|gwers)(?:\s+(?:(?:with|gyda|on|about|ar|am|from|gan)\s+)?(?!(?:done|finished|complete|completed)[\s!.?]*$)([\p{L}-]+(?:\s+(?!(?:${SAID_OF_A_FIELD})\b)[\p{L}-]+){0,2}))?[\s!.?]*$`, 'iu');
/**
 * One lesson by its id ("lesson hali-what-is-ai"): what Viva Learning's deep link types into HALI's
 * chat, so Start opens exactly the lesson picked there. An id always has a hyphen; a mentor's name never.
 */
export const LESSON_BY_ID = /^(?:lesson|gwers)\s+([a-z0-9]+(?:-[a-z0-9]+)+)[\s!.?]*$/i;
/** The learner's pathway with a mentor ("path HALI" / "llwybr HALI"): Viva Learning's pathway deep link. */
/**
 * A lesson by its number on the path, as cards show it ("Lesson 3 of 12"): "lesson 5", "go back to lesson 3", "start again from
 * lesson 1", "lesson 2 with Gwen", "gwers 4", "dos i wers 3", "agor gwers 2 gyda Gwen".
 */
export const LESSON_NUMBER = /^(?:(?:(?:go|take\s+me|jump|skip|back)\s+(?:back\s+)?to|open|show\s+me|give\s+me|start|do|redo|repeat|read|(?:start\s+(?:again|over)|restart)\s+(?:from|at|with)|(?:dos|ewch|cer|cerwch|mynd)\s+(?:n[oô]l\s+)?i|agor|agorwch|dangos|rho|rhowch|ailadrodd|ail-?wneud)\s+)?(?:the\s+)?(?:lesson|gwers|wers)\s+(?:number\s+|no\.?\s*|rhif\s+)?(\d{1,2})(?:\s+(?:with|gyda|of|from|gan|efo|hefo)\s+(\p{L}+))?(?:\s+(?:again|please|pls|eto|plis))*[\s!.?]*$/iu;
/** Not knowing, said alone ("I don't know", "no idea", "not sure", "dim syniad", "dwi'm yn gwbod", "sai'n siŵr"): to a quiz question, most likely. */
export const DONT_KNOW = /^(?:(?:hmm+|erm+|um+|sorry|honestly|no)[\s,]+)*(?:(?:i\s+)?(?:really\s+|honestly\s+|genuinely\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:know|knw|kno)(?:\s+(?:the\s+answer|this\s+one|that\s+one|this|that))?|dunno|idk|no\s+(?:idea|clue)|not\s+(?:a\s+)?clue|(?:i\s+)?(?:have|ha(?:ve)?n['’]?t|havent)\s+(?:no|got\s+no|got\s+a|a)\s+(?:idea|clue)|(?:i['’]?m\s+|im\s+|i\s+am\s+)?not\s+sure|(?:dw\s*i|dwi|rydw\s+i|sa\s*i|sai)(?:['’]?m|\s+ddim|['’]n)?\s*(?:yn\s+)?(?:gwybod|gwbod|gwbo|siŵr|siwr)|dim\s+(?:syniad|clem|clue)|(?:ddim|dim)\s+yn\s+(?:siŵr|siwr|gwybod|gwbod))(?:[\s,]+(?:sorry|sori|tbh|to\s+be\s+honest|really))*[\s!.?]*$/iu;
export const PATHWAY = /^(?:my path|path|pathway|fy llwybr|llwybr)(?:\s+(?:with\s+|gyda\s+)?([\p{L}-]+))?[\s!.?]*$/iu;
/**
 * "quiz", "quiz Gwen", "quiz me on genomics", "quiz on machine learning", "cwis ar eneteg": a mentor by name or by its field in up to
 * three words (Faculty.forLearner). "quiz me" is tried before "quiz", so "me" is never read as a field.
 */
export const QUIZ = new RegExp(String.raw`^(?:quiz me|quiz|cwis i mi|cwis)(?:\s+(?:(?:with|gyda|on|about|ar|am|from|gan)\s+)?([\p{L}-]+(?:\s+(?!(?:${SAID_OF_A_FIELD})\b)[\p{L}-]+){0,2}))?[\s!.?]*$`, 'iu');
/**
 * "next" / "nesaf" in personal chat: on with the quiz (a question open, or one just answered) or else the learner's path; "next
 * question" / "cwestiwn nesaf" always a question, not the open one. (In a case thread "next" reveals the next stage: cases/requests.ts.)
 */
export const NEXT = /^(?:next(?:\s+(question))?|nesaf|(cwestiwn)\s+nesaf)[\s!.?]*$/i;
/** A quiz answer typed as its letter ("B", "b)", "answer b", "ateb b"): the open question's option with that letter on its card. */
export const ANSWER_LETTER = /^(?:(answer|ateb)\s+)?([a-h])\)?[\s!.?]*$/i;
/**
 * An open question's option that what was typed points to ("check it against the BNF?"), asked about rather than answered with
 * (learning/typed-option.ts; bot/turn.ts puts these words in place of what was typed): "option meant b" / "opsiwn dan sylw b".
 */
export const OPTION_MEANT = /^(?:option meant|opsiwn dan sylw)\s+([a-h])$/i;
/** "skip lesson" / "hepgor y wers": the open lesson card passed over for the next one on the path; it stays not done. */
export const SKIP_LESSON = /^(?:skip lesson|hepgor y wers)[\s!.?]*$/i;
/** "I know this" / "dw i'n gwybod hyn": said of the open lesson card, the next one on the path; of a question, on with the quiz. */
export const KNOWN = /^(?:i know this|dw i['’]n gwybod hyn)[\s!.?]*$/i;
/**
 * A part of the open lesson card, typed: its key points, the whole lesson, its sources, or saving it ("lesson key points" /
 * "pwyntiau'r wers", "lesson read more" / "mwy o'r wers", "lesson sources" / "ffynonellau'r wers", "save lesson" / "cadw'r wers").
 * bot/turn.ts reads the everyday forms ("what are the key points", "read more", "show sources", "save this for later") as these
 * while a lesson card is open.
 */
export const LESSON_PART = /^(?:(lesson key points|pwyntiau['’]r wers)|(lesson read more|mwy o['’]r wers)|(lesson sources|ffynonellau['’]r wers)|(save lesson|cadw['’]r wers))[\s!.?]*$/i;
/** The everyday forms of LESSON_PART, English then Welsh, each with the part it asks for. */
export const LESSON_PART_SAID: readonly (readonly [RegExp, 'points' | 'more' | 'sources' | 'save', 'en' | 'cy'])[] = [
  [/^(?:(?:what\s+are|show\s+me|give\s+me|just)\s+)?(?:the\s+)?(?:key|main)\s+(?:points|takeaways|messages)(?:\s+(?:again|please|pls))*|(?:summari[sz]e|sum\s+up)\s+(?:this|this\s+lesson|it)|tl;?dr|too\s+long[,\s]+didn['’]?t\s+read|(?:give\s+me\s+)?the\s+short\s+version[\s?!.]*$/iu, 'points', 'en'],
  [/^(?:(?:can\s+i|let\s+me|i\s+want\s+to|i['’]?d\s+like\s+to)\s+)?(?:read|see|show\s+me)\s+(?:more|the\s+(?:whole|full|rest\s+of\s+the)\s+(?:lesson|thing|text)|it\s+all|all\s+of\s+it)|(?:show\s+me\s+)?more\s+(?:detail|details|of\s+(?:this|the\s+lesson))|the\s+(?:whole|full)\s+(?:lesson|text)|expand(?:\s+(?:this|it))?[\s?!.]*$/iu, 'more', 'en'],
  [/^(?:(?:show|give|list)\s+(?:me\s+)?)?(?:the\s+|your\s+)?(?:sources|references|refs)(?:\s+(?:for\s+(?:this|this\s+lesson|that)|please|pls))*|where\s+(?:is|does)\s+(?:this|that|the\s+lesson)\s+(?:from|come\s+from)|(?:what\s+are|which\s+are)\s+the\s+(?:sources|references)[\s?!.]*$/iu, 'sources', 'en'],
  [/^(?:(?:can\s+(?:i|you)|could\s+(?:i|you)|please|pls)\s+)*(?:save|bookmark|keep)\s+(?:this|this\s+lesson|this\s+one|it|the\s+lesson)(?:\s+(?:for\s+later|for\s+another\s+time|til|till|until\s+later))?(?:\s+(?:please|pls))*|(?:save|read)\s+(?:it\s+)?(?:for\s+)?later|remind\s+me\s+(?:about\s+)?(?:this|it)\s+later[\s?!.]*$/iu, 'save', 'en'],
  [/^(?:(?:be(?:th)?\s+(?:yw|ydy|di)\s+)?(?:y\s+)?pwyntiau\s+(?:allweddol|pwysig)|crynhoi(?:['’]r\s+wers|\s+hyn)?|y\s+fersiwn\s+fer)[\s?!.]*$/iu, 'points', 'cy'],
  [/^(?:darllen\s+mwy|(?:dangos\s+)?(?:y\s+)?wers\s+(?:gyfan|i\s+gyd)|mwy\s+o\s+fanylion)[\s?!.]*$/iu, 'more', 'cy'],
  [/^(?:(?:dangos\s+)?(?:y\s+|dy\s+)?ffynonellau|cyfeiriadau|o\s+ble\s+mae\s+(?:hyn|hwn)\s+yn\s+dod)[\s?!.]*$/iu, 'sources', 'cy'],
  [/^(?:cadw|cadwa|cadwch)\s+(?:hon|hwn|hyn|y\s+wers)(?:\s+(?:am\s+nes\s+ymlaen|i\s+wedyn|plis))*[\s?!.]*$/iu, 'save', 'cy'],
];
/**
 * Asked straight after a quiz answer to have it again ("can I try again", "let me have another go", "I got that wrong, can I retry",
 * "ga i drio eto"): bot/turn.ts reads it as "try again" / "trio eto", and HALI says when the question comes back and why not now.
 */
export const TRY_AGAIN_ASKED = /^(?:(?:oh\s+no|oops|damn|argh|drat|i\s+got\s+(?:that|it)\s+wrong|got\s+(?:that|it)\s+wrong|wrong\s+again)[\s,.!]+)*(?:(?:can|could|may)\s+i\s+)?(?:please\s+)?(?:let\s+me\s+)?(?:try\s+(?:that|it|this|again|that\s+again|it\s+again|this\s+again|once\s+more)(?:\s+again)?|(?:have|give\s+me)\s+(?:another|one\s+more)\s+(?:go|try|attempt|shot)(?:\s+at\s+(?:it|that|this))?|(?:another|one\s+more)\s+(?:go|try|attempt)|retry|redo\s+(?:it|that|this)|(?:ga|gaf|alla)\s+i\s+(?:drio|trio|gynnig)\s+(?:eto|unwaith\s+eto)|(?:trio|drio)\s+eto|cynnig\s+arall)(?:\s+please|\s+plis)?[\s?!.]*$/iu;
/** "try again" / "trio eto" (TRY_AGAIN_ASKED after an answer): when the question comes back, and why not straight away. */
export const TRY_AGAIN = /^(?:try again|trio eto)$/i;
/** "explain answer" / "esbonio'r ateb": the last quiz answer's right option and why (bot/turn.ts reads "why?" after one as this). */
export const EXPLAIN_ANSWER = /^(?:explain answer|esbonio['’]r ateb)[\s!.?]*$/i;
/**
 * Asked straight after a quiz answer, what it asks is why ("why is that wrong?", "what's the right answer", "explain", "I don't
 * get it", "pam bod hynna'n anghywir?", "beth oedd yr ateb cywir"): bot/turn.ts reads it as EXPLAIN_ANSWER then.
 */
export const WHY_ANSWERED = new RegExp(
  String.raw`^(?:(?:but|so|ok|okay|hmm+|sorry|wait|huh|sori|ond|o)[\s,!]+)*(?:why(?:\s+(?:is|was|isn['’]?t|wasn['’]?t|s)\s+(?:that|it|mine|my\s+answer|(?:option\s+)?[a-h]|the\s+answer|the\s+other\s+one)(?:\s+(?:wrong|right|incorrect|correct|not\s+right|better|the\s+(?:right|correct|best)\s+(?:one|answer)))?)?|why\s+not(?:\s+(?:option\s+)?[a-h])?|(?:can\s+you\s+|could\s+you\s+|please\s+)?explain(?:\s+(?:that|it|this|why|the\s+answer|the\s+right\s+answer|more\s+simply|more|again|please))*|what(?:['’]s|\s+is|\s+was)\s+the\s+(?:right|correct|best)\s+(?:answer|one)|which\s+(?:one\s+)?(?:was|is)\s+(?:right|correct)|i\s+(?:still\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:understand|get)(?:\s+(?:why|it|that|this))?|how\s+come|i\s+thought\s+it\s+was\s+(?:option\s+)?[a-h]|i\s+disagree|really)[\s?!.]*$`
    + String.raw`|^(?:(?:ond|o|sori)[\s,!]+)*(?:pam(?:\s+(?:bod|fod|mae|oedd|ma)\s+(?:hynna|hwnna|o|e|fy\s+ateb|hwn)\s*(?:['’]n|\s+yn)?\s*(?:anghywir|gywir|rong|iawn))?|pam\s+ddim(?:\s+[a-h])?|esbonia(?:\s+(?:hynna|pam|plis))*|esboniwch(?:\s+(?:hynna|pam|plis))*|be(?:th)?\s+(?:oedd|ydy|yw|di)(?:\s+yr|['’]r|\s+['’]?r)\s+ateb\s+(?:cywir|iawn)|pa\s+un\s+oedd\s+(?:yn\s+)?(?:gywir|iawn)|(?:dw\s*i|dwi)\s+ddim\s+yn\s+(?:deall|dallt)(?:\s+(?:pam|hynna))?)[\s?!.]*$`,
  'iu',
);
/** "stop quiz" / "stopio'r cwis": the quiz over for now; the daily lesson is left as it is. */
export const QUIZ_STOP = /^(?:stop quiz|stopio['’]r cwis)[\s!.?]*$/i;
/** "done" / "wedi gorffen" typed after a lesson card: its Done. */
export const DONE = /^(?:done|wedi gorffen)[\s!.?]*$/i;
export const PROGRESS = /^(progress|my progress|cynnydd|fy nghynnydd)[\s!.?]*$/i;
export const SETTINGS = /^(settings|preferences|gosodiadau|dewisiadau)[\s!.?]*$/i;
/**
 * Settings said in words, with what was said to fill in on the card for the learner to confirm: the days of the daily lesson
 * ("settings days 1,2,3,4,5", "settings days without 5"), quiet hours ("settings quiet 22:00-07:00"), the role ("settings role
 * nurse"; "settings role" for a job that is none of the roles), and in Welsh "gosodiadau dyddiau …", "gosodiadau oriau tawel …",
 * "gosodiadau rôl …" (i18n/settings-phrasing.ts and role-phrasing.ts read them from everyday words).
 */
export const SETTINGS_SAID = /^(?:settings|gosodiadau)\s+(?:(?:days|dyddiau)\s+((?:without|heb)\s+)?([1-7](?:,[1-7])*)|(?:quiet|oriau tawel)\s+((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d)|(role|r[oô]l)(?:\s+([a-z-]+))?|(?:streak|rhediad)\s+(on|off|ymlaen|i ffwrdd))[\s!.?]*$/i;
/** Just the time of the daily lesson ("change my time", "newid yr amser"): the time card, not the whole settings card. */
export const CHANGE_TIME = /^(?:(?:change|set|move)\s+(?:my\s+|the\s+)?(?:(?:daily\s+)?(?:lesson|nudge|reminder)\s+)?time|newid\s+(?:yr\s+amser|fy\s+amser|amser\s+(?:y|fy)\s+wers|amser\s+y\s+gwersi))(?:\s+(\d{2}:\d{2}))?[\s!.?]*$/i;
export const PAUSE = /^(?:pause|saib|oedi)(?:\s+(?:daily lessons?|lessons?|nudges?|reminders?|notifications?|gwersi|y gwersi|nodiadau atgoffa))?(?:\s+((?:until|till|til|tan|for|am)\s+[^?:,;]{1,40}?))?[\s!.?]*$/i;
/** Leave or days away said as it is ("I'm on leave until Monday", "dw i ar wyliau am wythnos"): a pause for that long, in personal chat. */
export const AWAY = /^(?:i['’]?m|i am)\s+(?:on\s+(?:annual\s+|study\s+|maternity\s+|paternity\s+)?leave|on holiday|off|away|off sick|on a course)\s+((?:until|till|til|for)\s+[^?:,;]{1,40}?)[\s!.?]*$|^(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf)(?:['’]n|\s+yn)?\s+(?:ar\s+wyliau|ar\s+absenoldeb|i\s+ffwrdd|bant|ar\s+gwrs)\s+((?:tan|am)\s+[^?:,;]{1,40}?)[\s!.?]*$/i;
/**
 * Shifts or time away said with no span HALI can pause for ("I'm on nights this week", "working lates all week", "I'm on annual
 * leave next week", "I'm off tomorrow", "dw i ar shifft nos wythnos yma", "dw i ar wyliau wythnos nesa"), alone or with "so no
 * lessons please": when the next lesson comes and the ways to move it, in personal chat. Outside testing found each told "I do
 * not have trusted content". A span ("on leave until Monday", "for a week") is AWAY, a pause.
 */
const SHIFT_OPENER = String.raw`(?:(?:hi|hiya|hello|fyi|just so you know|heads up|btw|helo|haia)[\s,!.-]+)?`;
const SHIFT = String.raw`(?:(?:a (?:run|block|stretch|set) of |a week of |my )?(?:nights?|night shifts?|nightshifts?|lates|late shifts?|earl(?:y|ies|ys)|early shifts?|long days|twilights?|a new rota|on ?call))`;
const AWAY_NOW = String.raw`(?:(?:i['’]?m|i am|im)\s+(?:on\s+(?:annual\s+|study\s+|maternity\s+|paternity\s+|sick\s+)?leave|on holiday|off sick|on a course|off work|not working|not in work))`;
/** "I'm off" and "I'm away" alone may be a goodbye: a day off needs when ("I'm off tomorrow"). */
const OFF_WHEN = String.raw`(?:(?:i['’]?m|i am|im)\s+(?:off|away))`;
const WEEKDAY_NAME = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const SHIFT_WHEN = String.raw`(?:this week|next week|tonight|tomorrow|tmrw|all week|this weekend|next weekend|for a bit|for a while|from (?:${WEEKDAY_NAME}|tomorrow)|(?:on |this |next )?${WEEKDAY_NAME}|at the moment|at the mo|atm|now|soon|again)`;
const NO_LESSONS = String.raw`(?:[\s,.;-]+(?:so\s+|and\s+)?(?:no|don['’]?t send(?: me)?|hold off(?: on)?|pause)\s+(?:the\s+|my\s+|any\s+)?(?:daily\s+)?(?:lessons?|nudges?|reminders?|messages?)(?:\s+(?:please|pls|thanks|ta))?)?[\s!.]*$`;
const WELSH_AWAY = String.raw`(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf|dw i['’]n|dwi['’]n)\s+(?:ar\s+(?:shifft(?:iau)?\s+nos|shifft(?:iau)?\s+hwyr|shifft(?:iau)?\s+gynnar|nosweithiau|nos|wyliau|absenoldeb|gwyliau blynyddol)|yn\s+gweithio\s+(?:nosweithiau|shifftiau\s+nos|nos|shifft\s+nos)|gweithio\s+(?:nosweithiau|shifftiau\s+nos|nos)|i\s+ffwrdd|bant|ddim\s+yn\s+gweithio)`;
const WELSH_WHEN = String.raw`(?:wythnos\s+yma|yr\s+wythnos\s+hon|wythnos\s+hon|wythnos\s+nesa|wythnos\s+nesaf|heno|fory|yfory|drwy['’]r\s+wythnos|penwythnos\s+yma|penwythnos\s+nesa|ar\s+hyn\s+o\s+bryd|rŵan|rwan|nawr)`;
const WELSH_NO_LESSONS = String.raw`(?:[\s,.;-]+(?:felly\s+)?(?:dim|dim\s+angen)\s+(?:gwersi|gwers|negeseuon)(?:\s+(?:plis|diolch))?)?[\s!.]*$`;
/**
 * Of SHIFT_SAID, leave that is now ("fyi I'm on annual leave", "hi, off sick at the moment, so no lessons please", "helo, dw i ar
 * wyliau"): the open pause leave said alone already is (command-phrasing.ts), greeted or not.
 */
export const LEAVE_SAID_NOW = new RegExp(
  String.raw`^${SHIFT_OPENER}${AWAY_NOW}(?:\s+(?:this week|today|at the moment|at the mo|atm|now|right now|for now|currently))?${NO_LESSONS}`
    + String.raw`|^${SHIFT_OPENER}(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf|dw i['’]n|dwi['’]n)\s+(?:ar\s+(?:wyliau|absenoldeb|gwyliau blynyddol)|i\s+ffwrdd|bant|ddim\s+yn\s+gweithio)(?:\s+(?:wythnos\s+yma|yr\s+wythnos\s+hon|heddiw|ar\s+hyn\s+o\s+bryd|rŵan|rwan|nawr))?${WELSH_NO_LESSONS}`,
  'iu',
);
export const SHIFT_SAID = new RegExp(
  // A shift said of oneself ("I'm on nights", "working lates this week"), or named with when ("nights this week"); time away said now.
  String.raw`^${SHIFT_OPENER}(?:(?:(?:i['’]?m|i am|im)\s+(?:on|doing|working|starting|back on)|on|doing|working|starting)\s+${SHIFT}(?:\s+${SHIFT_WHEN})?|${SHIFT}\s+${SHIFT_WHEN}|${AWAY_NOW}(?:\s+${SHIFT_WHEN})?|${OFF_WHEN}\s+(?!now\b)${SHIFT_WHEN}|(?:i['’]?m|i am|im)\s+on[\s-]?call(?:\s+${SHIFT_WHEN})?)${NO_LESSONS}`
    + String.raw`|^${SHIFT_OPENER}${WELSH_AWAY}(?:\s+${WELSH_WHEN})?${WELSH_NO_LESSONS}`,
  'iu',
);
/** What people type to stop messages ("stop", "unsubscribe", "stop reminders", "stopio"): a pause, in personal chat only (in a case thread "stop" ends the case). */
export const STOP = /^(?:stop|stopio|unsubscribe|mute)(?:\s+(?:daily lessons?|lessons?|nudges?|reminders?|notifications?|messages?|gwersi|y gwersi|negeseuon|nodiadau atgoffa))?[\s!.?]*$/i;
/**
 * The nudge's "Snooze" typed ("snooze", "gohirio": the Welsh card's button is "Atgoffa fi mewn awr"): snoozes today's nudge for an
 * hour as the button does, or skips the next one when no nudge is out; "snooze 1 hour" / "gohirio awr" ("remind me in an hour")
 * brings a lesson in an hour even then, as the button would; "snooze tomorrow" / "gohirio yfory" skips tomorrow's.
 */
export const SNOOZE = /^(?:snooze|gohirio)(?:\s+(tomorrow|yfory)|\s+(1 hour|awr))?[\s!.?]*$/i;
/** "never mind", "cancel", "dim ots" typed alone: nothing to do (or a pending "forget me" not done), said kindly. */
export const NEVER_MIND = /^(?:never mind|cancel|dim ots|canslo)[\s!.?]*$/i;
export const RESUME = /^(?:resume|ailddechrau|parhau)(?:\s+(?:daily lessons?|lessons?|nudges?|gwersi|y gwersi))?[\s!.?]*$/i;
export const MY_DATA = /^(my data|export my data|show my data|download my data|fy nata|fy nata i|fy nhata|allforio fy nata|lawrlwytho fy nata)[\s!.?]*$/i;
export const FORGET_ME = /^(forget me|delete my data|delete all my data|erase my data|delete my account|anghofia fi|anghofiwch fi|dileu fy nata|dilëwch fy nata|dilewch fy nata|dilea fy nata)(?: i)?[\s!.?]*$/i;
export const MY_RECORD = /^(my record|my learning record|fy nghofnod|fy nghofnod dysgu)[\s!.?]*$/i;
/** "cpd", "cpd 90", "cpd 2026-01-01 2026-03-31" (and "dpp" in Welsh); other words after "cpd" are a question for a mentor. */
export const CPD = /^(?:cpd summary|crynodeb dpp|cpd|dpp)(?:\s+([\d./-]+(?:\s+[\d./-]+)?))?[\s!.?]*$/i;
/** A thanks, an acknowledgement or a goodbye typed alone: answered in a line, not searched for as a question. */
export const THANKS = /^(?:thanks|thank you|thankyou|thank you so much|thanks a lot|many thanks|thank u|thx|thx u|ty|cheers|ta|diolch|diolch yn fawr|diolch o galon|diolch yn fawr iawn)[\s!.]*$/iu;
export const OKAY = /^(?:ok|okay|k|cool|nice|great|brilliant|perfect|lovely|got it|noted|(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier}|\s)+|iawn|gwych|grêt|perffaith|da iawn)[\s!.]*$/iu;
/**
 * Asked what HALI is ("are you a real person?", "are you ChatGPT?", "who made you?", "wyt ti'n berson go iawn?"): it
 * says plainly that it is software, where its answers come from, and that it never sees patient records.
 */
export const ABOUT_ME = /^(?:are you (?:a |an )?(?:real |actual )?(?:person|human|bot|robot|machine|ai|chat ?gpt|copilot|computer|program)|are you real|am i (?:talking|speaking|chatting) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot|ai|computer)|is this (?:a )?(?:real person|human|bot|robot|ai)|what are you|who (?:made|built|created|invented|designed|programmed|wrote|owns|runs) (?:you|hali)|(?:what|which) (?:ai|llm|language model|model|gpt|chatbot|bot|version)(?: model)? (?:are you|is this|do you use|are you (?:using|running on|based on|built on)|(?:is|powers) (?:hali|this))|(?:are you|is (?:this|hali)) (?:using|running on|based on|built on|powered by) (?:chat ?gpt|gpt(?:-?\d\w*)?|openai|copilot|an? (?:llm|language model|ai model))|what(?:['’]s| is) your name|(?:are you|is hali) better than (?:chat ?gpt|copilot|gemini|google)|be(?:th)? (?:yw|ydy|di) dy enw|pa (?:fodel|model)(?: AI)? (?:wyt ti|ydych chi)(?:['’]n| yn) (?:ei )?ddefnyddio|(?:wyt|ydy|ydych) (?:ti|chi)['’]?n (?:berson(?: go iawn)?|ddynol|robot|fot|AI|gyfrifiadur|chat ?gpt|copilot|rhaglen)|ai person (?:wyt|ydy) ti|beth wyt ti|pwy (?:wnaeth|a wnaeth|sydd wedi|nath) (?:dy|eich) (?:greu|gwneud|wneud|adeiladu)(?: (?:di|chi))?|pwy greodd (?:di|ti|chi|hali))[\s!.?]*$/iu;
/** "how are you?", "you ok?", "sut wyt ti?", "shwt i ti?", "sut dach chi?" typed alone. */
export const HOW_ARE_YOU = /^(?:(?:hi|hello|hey|helo|haia)[\s,!]+)?(?:how are (?:you|u|ya)(?: (?:today|doing))?|how(?:['’]s| is) it going|how are things|(?:are )?you ok(?:ay)?|u ok|sut wyt ti|sut (?:ydych|dach|dych|ych) chi|shwt (?:wyt|i|y) ti|shwt (?:y|ych) chi|sut (?:mae['’]?|ma['’]?) hi(?: heddiw)?|ti['’]n iawn|wyt ti['’]n iawn)[\s!.?]*$/iu;
/**
 * Frustration or abuse aimed at HALI, typed alone ("you stupid bot", "this is useless", "ffwcia bant"): an apology and a way on,
 * never a search of the content.
 */
export const FRUSTRATED = /^(?:(?:you|u|ur|you['’]re|youre|you are) (?:a |an |so |such a |absolutely |bloody |fucking |totally )?(?:stupid|useless|rubbish|crap|shit|dumb|thick|pointless|idiot|moron|awful|terrible|hopeless|pathetic|twat|prat)(?: bot| app| thing| machine)?|(?:stupid|useless|rubbish|crap|shit|dumb|pointless|hopeless|bloody|fucking) (?:bot|app|thing|machine|hali|system)|(?:this|that|it) (?:is |['’]s |was )?(?:so |absolutely |completely |totally |bloody |fucking )?(?:useless|rubbish|crap|shit|pointless|stupid|hopeless)|f+u+c+k+ (?:off|you|this)|(?:piss|sod|bugger) off|shut up|ffwcia (?:bant|off|o ?ma|o ?fan ?hyn)|cer (?:o ?ma|i grafu)|twpsyn|ti['’]n (?:dwp|dwl|anobeithiol|da i ddim)|(?:mae hwn|mae hyn) ?(?:yn )?(?:dda i ddim|anobeithiol|yn wastraff amser|rybish))[\s!.?]*$/iu;
/**
 * Telling HALI an answer was wrong, typed alone ("this answer was wrong", "that's out of date", "mae'r ateb yn anghywir"): thanks and
 * the thumbs-down that takes it to the educators, never a search of the content (stop 52's probe: "this answer was wrong" got the
 * prompt-writing explainer, "wrong answer" the hallucination one).
 */
const ANSWER_WRONG_EN = String.raw`(?:(?:this|that|the|your|ur|that\s+last|the\s+last|your\s+last)\s+(?:answer|reply|response|info|information|one)\s+(?:is|was|['’]s|seems|looks|sounds)?\s*(?:(?:so|completely|totally|just|a\s+bit|partly|all)\s+)?|(?:that|this|it)\s*(?:['’]s|\s+is|\s+was|s)\s+(?:(?:so|completely|totally|just|a\s+bit|partly)\s+)?|(?:you(?:['’]re|\s+are)?|u\s+r|ur|youre)\s+(?:(?:so|completely|totally|just)\s+)?)(?:wrong|incorrect|not\s+right|not\s+correct|inaccurate|out\s+of\s+date|outdated|misleading|not\s+true|false|mistaken)|(?:wrong|incorrect|bad|inaccurate|outdated|out\s+of\s+date)\s+(?:answer|info|information|reply)|(?:you|u)\s+got\s+(?:that|it|this)\s+wrong|(?:there['’]?s|there\s+is)\s+(?:a\s+)?(?:mistake|an\s+error|error)\s+in\s+(?:that|this|the|your)\s+(?:answer|reply)`;
const ANSWER_WRONG_CY = String.raw`(?:mae['’]?r\s+ateb(?:\s+(?:hwnna|hwn|yna|'na))?\s+yn\s+|ma['’]?r\s+ateb(?:\s+(?:hwnna|hwn|'na))?\s*['’]?n\s+|(?:mae\s+)?(?:hynna|hwnna|hyn)\s*['’]?n\s+|ti['’]?n\s+|(?:dach|dych|ydych)\s+chi['’]?n\s+)(?:anghywir|rong|ddim\s+yn\s+gywir|ddim\s+yn\s+iawn|hen|hen\s+ffasiwn|gamarweiniol|gamgymeriad)|(?:ateb|atebion)\s+(?:anghywir|rong|hen\s+ffasiwn)|(?:mae\s+)?(?:camgymeriad|gwall)\s+yn\s+(?:yr\s+ateb|hwnna|hynna)`;
export const ANSWER_WRONG = new RegExp(String.raw`^(?:${ANSWER_WRONG_EN}|${ANSWER_WRONG_CY})[\s!.?]*$`, 'iu');
/** The Welsh of ANSWER_WRONG, typed alone: a Welsh command (WELSH_COMMAND). */
const ANSWER_WRONG_WELSH = new RegExp(String.raw`^(?:${ANSWER_WRONG_CY})[\s!.?]*$`, 'iu');
/**
 * Telling HALI an answer helped, typed alone ("that was really useful", "great answer thanks", "very helpful", "roedd hynna'n
 * ddefnyddiol iawn"): thanks and what to do next, never a search of the content (stop 55's probe: "that was
 * really useful" was told "I do not have trusted content").
 */
const ANSWER_PRAISED_EN = String.raw`(?:(?:oh\s+|wow\s+|ok\s+|okay\s+)?(?:that|this|it|that\s+answer|this\s+answer|the\s+answer|your\s+answer)\s*(?:['’]s|\s+is|\s+was|s|\s+has\s+been)\s+(?:really\s+|very\s+|so\s+|super\s+|actually\s+|quite\s+|dead\s+|brilliantly\s+)?(?:useful|helpful|good|great|brilliant|excellent|clear|perfect|spot\s+on|interesting|handy|amazing|fab|fantastic|ace|lovely)|(?:really\s+|very\s+|so\s+|super\s+)?(?:useful|helpful|good|great|brilliant|excellent|clear|perfect|interesting|handy)(?:\s+(?:answer|one|stuff|info|reply|explanation|thanks|thank\s+you|cheers))*|(?:great|good|brilliant|excellent|perfect|lovely|nice)\s+(?:answer|one|explanation|stuff|reply)|(?:i\s+)?(?:love|loved|liked|like)\s+(?:this|that|it)|(?:that|this)\s+helps|(?:that|this)\s+helped(?:\s+(?:a\s+lot|loads|me))?|(?:makes|made)\s+sense(?:\s+now)?|(?:that|this|it)\s+(?:makes|made)\s+(?:a\s+lot\s+of\s+|more\s+)?sense(?:\s+now)?|got\s+it(?:\s+now)?|(?:i\s+)?(?:learned|learnt)\s+something(?:\s+new)?(?:\s+today)?)(?:[\s,!.]+(?:thanks|thank\s+you|thank\s+u|cheers|ta|x+|:\)|🙂|😊|👍))*`;
const ANSWER_PRAISED_CY = String.raw`(?:(?:roedd|oedd|mae|ma)\s+(?:hynna|hwnna|hyn|hwn|yr\s+ateb|['’]r\s+ateb)\s*(?:['’]n|\s+yn)\s+(?:ddefnyddiol|help\s+mawr|glir|wych|dda|ardderchog|grêt|gret|berffaith)(?:\s+(?:iawn|dros\s+ben))?|(?:defnyddiol|gwych|grêt|gret|ardderchog|perffaith)(?:\s+iawn)?|ateb\s+(?:da|gwych|grêt|gret|defnyddiol)|(?:mae\s+hynna['’]?n|ma\s+hynna['’]?n)\s+gwneud\s+synnwyr)(?:[\s,!.]+(?:diolch(?:\s+yn\s+fawr)?|diolch\s+o\s+galon|x+))*`;
export const ANSWER_PRAISED = new RegExp(String.raw`^(?:${ANSWER_PRAISED_EN}|${ANSWER_PRAISED_CY})[\s!.]*$`, 'iu');
const ANSWER_PRAISED_WELSH = new RegExp(String.raw`^(?:${ANSWER_PRAISED_CY})[\s!.]*$`, 'iu');
export const BYE = /^(?:bye|goodbye|bye for now|see you|see ya|cya|good night|night|hwyl|hwyl fawr|hwyl am y tro|nos da)[\s!.]*$/i;
/**
 * A command typed in Welsh ("gwers", "cymorth", "saib tan ddydd Gwener", "achos lynch", "Gwen gawn ni achos"), or a Welsh thanks or goodbye
 * typed alone ("diolch", "hwyl fawr"): a learner who has not chosen a language is answered in Welsh, whatever language their Teams is in, as a Welsh question is (bot/turn.ts).
 */
const WELSH_COMMAND_WORDS = /^(?:helo|shwmae|sumae|sut wyt ti|sut (?:ydych|dach|dych) chi|shwt|ffwcia|twpsyn|ti['’]n (?:dwp|dwl|anobeithiol|da i ddim)|su['’]mae|bore da|prynhawn da|cymorth|helpa fi|dewislen|gorchmynion|gwers|cwis|cynnydd|fy nghynnydd|gosodiadau|dewisiadau|saib|oedi|gohirio|dim ots|canslo|nesaf|cwestiwn nesaf|ateb [a-h]|wedi gorffen|hepgor y wers|esbonio['’]r ateb|trio eto|pwyntiau['’]r wers|mwy o['’]r wers|ffynonellau['’]r wers|cadw['’]r wers|dw i['’]n gwybod hyn|ailddechrau|parhau|fy nata|fy nhata|allforio fy nata|lawrlwytho fy nata|anghofia fi|anghofiwch fi|dileu fy nata|dil[eë]wch fy nata|dilea fy nata|fy nghofnod|crynodeb dpp|dpp|fy llwybr|llwybr|achos|dechreuwch achos|stopio|newid yr amser|newid fy amser|newid amser|beth alli di|beth allwch chi|pwy wyt ti|pwy ydych chi|sut mae hwn|(?:wyt ti|ydych chi)['’]?n (?:berson|robot|fot|ddynol|gyfrifiadur|chat ?gpt|copilot)|beth wyt ti|pwy greodd|pa (?:fodel|model)|be(?:th)? (?:yw|ydy|di) dy enw|ydy \p{L}+ yn berson|pwy wnaeth dy|(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf)(?:['’]n|\s+yn)?\s+(?:ar\s+wyliau|ar\s+absenoldeb|i\s+ffwrdd|bant|ar\s+gwrs))(?![\p{L}])|^(?:\p{L}+,?\s+)?(?:gawn|cawn|allwn) ni(?![\p{L}])|^(?:diolch(?: yn fawr(?: iawn)?| o galon)?|hwyl(?: fawr| am y tro)?|nos da|iawn|gwych|grêt|perffaith|da iawn)[\s!.]*$/iu;
export const WELSH_COMMAND = new RegExp(`${WELSH_COMMAND_WORDS.source}|${ANSWER_WRONG_WELSH.source}|${ANSWER_PRAISED_WELSH.source}`, 'iu');
/** Typed commands that switch language, in either language. */
export const LANGUAGE_COMMANDS: ReadonlyArray<[RegExp, Language]> = [
  [/^(cymraeg|welsh|yn gymraeg|in welsh|welsh please|in welsh please|siarad cymraeg|cymraeg os gwelwch yn dda|cymraeg plis|can you speak welsh|can we speak welsh|wyt ti['’]n siarad cymraeg|ydych chi['’]n siarad cymraeg)[\s!.?]*$/i, 'cy'],
  [/^(english|saesneg|yn saesneg|in english|english please|in english please|speak english|siarad saesneg)[\s!.?]*$/i, 'en'],
];

/** The commands the help card lists, in its order. */
export type HelpCommand = 'hi' | 'lesson' | 'quiz' | 'progress' | 'settings' | 'case' | 'caseThread' | 'pause' | 'resume' | 'help' | 'language' | 'myData' | 'forget' | 'record' | 'cpd';

/** The word the help card shows for each command, per language; each matches its pattern above. */
export const COMMAND_WORDS: Readonly<Record<HelpCommand, Readonly<Record<Language, string>>>> = {
  hi: { en: 'hi', cy: 'helo' },
  lesson: { en: 'lesson', cy: 'gwers' },
  quiz: { en: 'quiz', cy: 'cwis' },
  progress: { en: 'progress', cy: 'cynnydd' },
  settings: { en: 'settings', cy: 'gosodiadau' },
  case: { en: 'case', cy: 'achos' },
  // Requests inside a running case's thread, recognised by bot/cases/requests.ts.
  caseThread: { en: 'summary · hint · next · end', cy: 'crynodeb · awgrym · nesaf · gorffen' },
  pause: { en: 'pause', cy: 'saib' },
  resume: { en: 'resume', cy: 'ailddechrau' },
  help: { en: 'help', cy: 'cymorth' },
  language: { en: 'Cymraeg / English', cy: 'Cymraeg / English' },
  myData: { en: 'my data', cy: 'fy nata' },
  forget: { en: 'forget me', cy: 'anghofia fi' },
  record: { en: 'my record', cy: 'fy nghofnod' },
  cpd: { en: 'cpd', cy: 'dpp' },
};
