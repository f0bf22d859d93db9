/**
 * What staff type to ask for a command, read as the command's own words. The routes match the command words of
 * commands.ts ("lesson", "pause until Friday", "fy nata"); people type "can I have a lesson please 📚", "@HALI pause",
 * "how am I doing?", "switch to Welsh", "what data do you hold about me?" or "dwi isio gwers". Each message is read
 * whole: the address, emoji, politeness and the frame of a request ("can you", "I'd like", "ga i", "dwi isio") are
 * set aside, and what is left is matched against the everyday ways each command is asked, in English and Welsh; a
 * greeting or the story of a working day before it ("just back from nights, ...") is set aside too (request-asides.ts).
 * Leave said with no date ("I'm on annual leave", "dwi ar wyliau") is an open pause, whose reply says how to resume. A request
 * with one slip in a long word that is no word of English or Welsh ("dellete my data", "stopiwch y neggeseuon") is read as meant.
 * A Welsh request gives the Welsh command word, so it is answered in Welsh (bot/turn.ts). Anything longer or
 * different stays a question for a mentor: "how do I delete patient data from ChatGPT?" is never "forget me".
 */
import {
  ANSWER_LETTER,
  OPTION_MEANT,
  TRY_AGAIN,
  AWAY,
  BYE,
  CHANGE_TIME,
  CPD,
  DONE,
  EXPLAIN_ANSWER,
  FORGET_ME,
  GREETING,
  KNOWN,
  HELP,
  LANGUAGE_COMMANDS,
  LESSON,
  LESSON_NUMBER,
  LESSON_PART,
  MY_DATA,
  MY_RECORD,
  NEVER_MIND,
  NEXT,
  OKAY,
  PATHWAY,
  PAUSE,
  PROGRESS,
  QUIZ,
  QUIZ_STOP,
  SAID_OF_A_FIELD,
  RESUME,
  SETTINGS,
  SETTINGS_SAID,
  SKIP_LESSON,
  SNOOZE,
  STOP,
  THANKS,
} from './commands';
import { isDateWord } from '../nudges/pause-phrase';
import { afterTheDay, fieldWordsRespelt, isEnglishOrWelshWord, misspeltCommand, oneSlipApart, respelt, withoutWhen } from './request-asides';
import { trimEnd, unstretched, withoutTeamsFormatting } from './typed-text';
import { inWelshAsked, negated } from './request-forms';
import { requestWords, saysOnly, wordSet as set, WHOLE_FIELD, type RequestWords } from './request-words';
import { SHORT_REPLY_PATTERNS, shortReply } from './short-replies';
import { settingsSaid } from './settings-phrasing';
import { roleSaid } from './role-phrasing';

/** The command patterns a canonical form must match (checked by test/unit/command-phrasing.test.ts). */
// LESSON_NUMBER before the request words, which read "lesson 2" as "lesson to", the next lesson (stop 54's probe).
export const COMMAND_PATTERNS: readonly RegExp[] = [GREETING, HELP, LESSON_NUMBER, LESSON, PATHWAY, QUIZ, NEXT, ANSWER_LETTER, OPTION_MEANT, TRY_AGAIN, DONE, SKIP_LESSON, KNOWN, QUIZ_STOP, EXPLAIN_ANSWER, LESSON_PART, PROGRESS, SETTINGS, SETTINGS_SAID, CHANGE_TIME, PAUSE, SNOOZE, AWAY, STOP, RESUME, MY_DATA, FORGET_ME, NEVER_MIND, MY_RECORD, CPD, THANKS, OKAY, BYE, ...LANGUAGE_COMMANDS.map(([pattern]) => pattern)];

// Emoji, their joiners and variation selectors, skin tones and the tag letters of a flag (🏴󠁧󠁢󠁷󠁬󠁳󠁿).
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u{e0020}-\u{e007f}]/gu;
const PLEASE = String.raw`please|pls|plz|plis|plîs|plse|kindly|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]?n\s+dda`;
// The frame of a request, before what is asked for.
const FRAMES: readonly RegExp[] = [
  new RegExp(String.raw`^(?:${PLEASE})[\s,]+`),
  /^@\s*hali\b[\s,:]*/,
  /^(?:ok|okay|so|um|erm|sorry|sori|reit|ym|oc[eê])[\s,]+|^right,\s*/,
  // HALI addressed by name ("HALI thanks x", "Hali dileu fy nata plis"), before the thanks at the end is set aside.
  /^hali[\s,:!–-]+(?=\S)/,
  /^i['’]?ve\s+(?:only\s+)?got\s+(?:\d+|a\s+few|two|five|ten)\s+(?:mins?|minutes)[\s,]+(?:so\s+)?/,
  // When it suits ("when you get a chance, a quiz please", "if it's not too much trouble could I have a lesson").
  /^(?:when(?:ever)?\s+you\s+(?:get|have)\s+a\s+(?:chance|sec|second|minute|moment)|if\s+(?:it\s+is|it['’]?s)\s+not\s+too\s+much\s+trouble|if\s+you\s+(?:can|could|don['’]?t\s+mind))[\s,]+/,
  /^(?:can|could)\s+we\s+(?:please\s+)?/,
  /^(?:is\s+it\s+(?:ok|okay|alright|all\s+right)\s+if\s+i\s+(?:have|get|do|take|start)|would\s+you\s+mind\s+(?:giving|sending|showing)\s+me|would\s+it\s+be\s+possible\s+to\s+(?:have|get|see))\s+/,
  /^(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+)?/,
  /^(?:can|could|may)\s+i\s+(?:(?:please|possibly|just)\s+)*(?:have|get|see|do|take|start)\s+/,
  /^(?:is\s+there\s+)?any\s+chance\s+(?:of|i\s+(?:could|can)\s+(?:have|get|do))\s+/,
  /^i['’]?d\s+(?:really\s+)?like(?:\s+to(?:\s+(?:have|get|see|do|take|start|make))?)?\s+/,
  /^i\s+would\s+(?:really\s+|very\s+much\s+)?like(?:\s+to(?:\s+(?:have|get|see|do|take|start|make))?)?\s+/,
  /^i\s+(?:really\s+)?(?:want|need)(?:\s+to(?:\s+(?:have|get|see|do|take|start|make))?)?\s+/,
  /^(?:give|send|show|get)\s+me\s+/,
  /^let['’]?s\s+(?:have|do|get|start)\s+/,
  /^(?:a\s+)?(?:ga|gaf)\s+i\s+|^gai\s+|^(?:g?alla|g?allaf|fedra|fedrai)\s+i\s+/,
  // "allech chi roi gwis i mi?", "wnei di roi gwers i mi?", "fyddech chi cystal â rhoi gwers i mi?": the noun after "roi" is mutated.
  /^(?:a\s+)?(?:allech|allwch|allet|alli|elli|gelli|fedri|fedrwch|fedrech|wnei|wnewch|newch|nei)\s+(?:chi|ti|di)\s+(?:roi|rhoi|ddangos|dangos)\s+/,
  /^(?:(?:wyt\s+)?ti|(?:ydych\s+)?chi)['’]?n\s+gallu\s+(?:rhoi|roi|dangos)\s+|^oes\s+modd\s+(?:i\s+mi\s+)?(?:cael|gael)\s+/,
  /^(?:a\s+)?(?:fyddech|fyddet|byddech|fasech|fasat)\s+(?:chi|ti|di)\s+(?:cystal|mor\s+garedig)\s+(?:[aâ]|ag)\s+(?:rhoi|roi|dangos)\s+/,
  /^(?:isio|eisiau|moyn|angen)\s+/,
  /^(?:tyrd|dere|tyrd\s+yma)\s+(?:[aâ]|ag)\s+/,
  /^(?:a\s+)?(?:\d+|two|five|ten)[\s-]*min(?:ute)?s?\s+(?=(?:[\p{L}-]+\s+){0,3}lesson|lesson)/u,
  /^(?:dw\s*i|dwi|rydw\s+i|rwy['’]?n)\s*(?:isio|eisiau|moyn|angen|am\s+gael|'?n\s+moyn)\s+/,
  /^hoffwn\s+(?:i\s+)?(?:gael\s+)?/,
  // "(dwi isio) gwneud cwis", "try the quiz", "do today's lesson": the doing of a lesson or quiz is the asking for it.
  /^(?:gwneud|wneud|neud|cael|gael|try|do|take|start|have)\s+(?=(?:the\s+|a\s+|an\s+|y\s+|today['’]?s\s+|todays\s+|my\s+)?(?:quiz|lesson|cwis|gwis|gwers|wers)\b)/,
  /^(?:go\s+on(?:\s+then)?|(?:i\s+)?fancy|(?:i['’]?m\s+|im\s+)?ready\s+for|giz|gis|gizza|gimme|give\s+us)[\s,]+/,
  /^(?:rho|rhowch|dangos|dangoswch)\s+(?:i\s+mi\s+|i\s+fi\s+)?/,
];
// A thanks ("ta", "diolch yn fawr"), a kiss ("diolch x"), a "please, HALI" and the Welsh "then" ("iawn te") end a message and change nothing; "now" after
// "not" is what is said ("not now"), and "ta ta" is a goodbye.
const TRAILING = new RegExp(String.raw`(?<!\b(?:not|dim|ddim|nid|ta))[\s,]+(?:(?:${PLEASE})[\s,]+hali|${PLEASE}|diolch(?:\s+(?:yn\s+fawr(?:\s+iawn)?|o\s+galon))?|thanks(?:\s+(?:so|very)\s+much)?|thank\s+(?:you|u)(?:\s+(?:so|very)\s+much)?|many\s+thanks|cheers|ta|thx|ty|i\s+mi|i\s+fi|now|then|instead|today|heddiw|nawr|rwan|rŵan|x+|te|if\s+(?:that['’]?s|thats|it['’]?s|its)\s+(?:ok|okay|alright|all\s+right)\??)$`);
// "a lesson", "today's lesson", "a quick quiz": the words before a lesson or a quiz that change nothing.
const ARTICLES = /^(?:a|an|the|some|another|one|quick|short|today['’]?s|todays|daily|new|little|wee)\s+(?=(?:(?:a|an|the|some|another|one|quick|short|today['’]?s|todays|daily|new|little|wee)\s+)*(?:lessons?|quiz|quizz)\b)/;
// "gwers fach", "cwis arall", "gwers newydd", "gwers ddwy funud": said of the lesson or quiz, never its field.
const PLAIN_WELSH = /^(gwers|cwis)\s+(?:fach|bach|newydd|arall|sydyn|fer|fyr|gyflym|gyntaf|(?:o\s+)?(?:dd?wy|dau|2)\s*(?:funud|munud|mun))$/;
// "quiz me on something", "lesson about anything": no field named.
const ON_ANYTHING = /^(quiz(?:\s+me)?|lesson|test\s+me|teach\s+me)\s+(?:on|about)\s+(?:something|anything|sth|smth|whatever|owt)(?:\s+random)?$/;
// After "ga i" or "rho", a Welsh noun is softly mutated: "ga i wers?", "ga i gwis?".
const UNMUTATED: ReadonlyArray<[RegExp, string]> = [
  [/^wers\b/, 'gwers'],
  [/^gwis\b/, 'cwis'],
  [/^gwestiwn\b/, 'cwestiwn'],
  [/^osodiadau\b/, 'gosodiadau'],
  // Whose the lesson or quiz is, mutated as Welsh does after it ("fy ngwers", "dy wers di", "dy gwis", "fy nghwis", "eich cwis"),
  // and the pronoun said again after a possessive ("fy nghynnydd i", "agor fy ngosodiadau i").
  [/^(?:fy|dy|eich|ein)\s+(?:ngwers|wers|gwers)(?:\s+ddyddiol)?(?:\s+(?:i|di|chi|ni))?$/, 'gwers'],
  [/^(?:fy|dy|eich|ein)\s+(?:nghwis|gwis|cwis)(?:\s+(?:i|di|chi|ni))?$/, 'cwis'],
  [/^((?:\p{L}+\s+)?fy\s+\p{L}+)\s+i$/u, '$1'],
];

/** A few words naming what a lesson or quiz is on ("AI", "machine learning", "Gwen"): never a sentence. */
const NOT_NAMED = String.raw`(?!(?:quiz|quizz|questions?|lessons?|cwis|gwis|cwestiwn|gwestiwn|cwestiynau|gwers|gwersi)\b)`;
const FIELD = String.raw`(${NOT_NAMED}[\p{L}][\p{L}-]*(?:\s+${NOT_NAMED}[\p{L}][\p{L}-]*){0,2})`;
// Openers that make "X question" a question of the learner's own, not a quiz on X.
const NOT_A_FIELD_OPENER = /^(?:no|not|first|last|previous|next|this|that|any|some|more|few|two|three|quick|one|a|another|random|silly|stupid|daft|dumb|simple|general|urgent|clinical|work|weird|odd|strange|serious|easy|hard|big|small|follow[\s-]?up|genuine|real|honest|cheeky|my|your)$/;

// Words no field is named with: what is done ("delete that last question"), said of it ("the lesson on consent was good") or whose.
const NOT_A_FIELD_WORD = new RegExp(`^(?:${SAID_OF_A_FIELD}|do|last|delete|remove|stop|pause|snooze|hold|cancel|skip|reschedule|repeat|my|your|his|her|their|our|me|you|it|i|we|next|previous|first|what|ive|try)$`);
/** What a lesson or quiz is asked on, without an article ("a genomics quiz question"); undefined when it names no field. */
const field = (words: string): string | undefined => {
  const named = words.replace(/^(?:a|an|the)\s+/, '');
  return named.split(/\s+/).some((word) => NOT_A_FIELD_WORD.test(word)) ? undefined : named;
};
const on = (command: string, words: string) => {
  const named = field(words);
  return named === undefined ? undefined : `${command} ${named}`;
};

type Rewrite = readonly [RegExp, string | ((...groups: string[]) => string | undefined)];

const rule = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'u');

const UNTIL_OR_FOR = String.raw`(?:until|till|til|for)\s+`;
/** `command` with how long, when every word after "until", "for", "tan" or "am" says a date. */
const dated = (command: string, tail: string): string | undefined => (requestWords(tail).slice(1).every(isDateWord) ? `${command} ${tail}` : undefined);
// Away from work, in the words staff use ("annual leave", "AL", "off sick", "out of office", "ar wyliau", "bant").
const LEAVE = String.raw`(?:(?:i['’]?m|im|i\s+am)\s+)?(?:currently\s+)?(?:(?:off\s+)?on\s+(?:my\s+)?(?:(?:annual|study|sick|maternity|mat|paternity|pat|parental|adoption|compassionate|special|unpaid)\s+)?leave|on\s+al|(?:off\s+)?on\s+(?:holiday|holidays|hols|vacation)|off\s+sick|off\s+work|signed\s+off(?:\s+sick)?|away|out\s+of\s+(?:the\s+)?office|ooo)`;
const LEAVE_NOW = String.raw`(?:\s+(?:at\s+the\s+moment|atm|right\s+now|now|currently|for\s+now|for\s+a\s+(?:bit|while)|this\s+week|today))?`;
/** "…, so no lessons please" after leave said: the pause the leave already asks for. */
const NO_LESSONS_PLEASE = String.raw`(?:[\s,.;-]+(?:so\s+|and\s+)?(?:no|don['’]?t\s+send(?:\s+me)?|hold\s+off(?:\s+on)?)\s+(?:the\s+|my\s+|any\s+)?(?:daily\s+)?(?:lessons?|nudges?|reminders?|messages?)(?:\s+(?:please|pls|thanks|ta))?)?`;
const NO_LESSONS_PLEASE_CY = String.raw`(?:[\s,.;-]+(?:felly\s+)?(?:dim|dim\s+angen)\s+(?:gwersi|gwers|negeseuon)(?:\s+(?:plis|diolch))?)?`;
const LEAVE_CY = String.raw`(?:(?:(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf)(?:['’]n|\s+yn)?\s+)?ar\s+(?:fy\s+)?(?:wyliau|gwyliau|wylia|gwylia|wylie|gwylie|absenoldeb(?:\s+(?:mamolaeth|tadolaeth|salwch|astudio|blynyddol|rhiant))?|gyfnod\s+(?:mamolaeth|tadolaeth))|(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf)(?:['’]n|\s+yn)?\s+(?:i\s+ffwrdd|bant|s[aâ]l|off\s+sick|on\s+leave|away))`;
const LEAVE_NOW_CY = String.raw`(?:\s+(?:ar\s+hyn\s+o\s+bryd|rwan|rŵan|nawr|heddiw|yr\s+wythnos\s+(?:hon|yma)))?`;
// Back at work ("back at work now", "back from mat leave, start again please").
const BACK_FROM = String.raw`(?:\s+(?:at|to|in)\s+work|\s+from\s+(?:my\s+|the\s+)?(?:(?:annual|study|sick|maternity|mat|paternity|pat|parental)\s+)?(?:leave|holiday|holidays|hols|vacation|sick|course|al))`;
const START_AGAIN = String.raw`(?:[,\s]+(?:so\s+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:${PLEASE}\s+)?(?:start|turn|switch)\s+(?:(?:them|it|(?:the\s+|my\s+)?lessons?|sending\s+(?:them|(?:the\s+)?lessons?))\s+)?(?:again|back\s+on|on\s+again))`;

/** A thanks, with the name or a word of praise with it ("brill thanks", "diolch hali"). */
const THANKED: readonly Rewrite[] = [
  [rule(String.raw`(?:thanks|thank\s+you|thank\s+u|cheers|ta|thx)(?:\s+(?:so|very)\s+much)?(?:\s+hali)?(?:[\s,]+(?:that\s+(?:was|is)|that['’]s|it\s+was|really)\s+(?:really\s+|very\s+|so\s+|super\s+)?(?:helpful|useful|great|brilliant|perfect|lovely|good))?|(?:lovely|great|brill|brilliant|perfect|cheers|ok|okay|awesome|fab|fabulous)[,\s]+(?:thanks|thank\s+you|thank\s+u|ta)|(?:thanks|thank\s+you|many\s+thanks)(?:\s+(?:so|very)\s+much)?[,\s]+(?:much\s+appreciated|very\s+useful|really\s+useful|that\s+helps|helpful)|(?:that['’]?s\s+|it['’]?s\s+)?(?:much|really|very\s+much)\s+appreciated|appreciate\s+(?:it|that)|ta\s+very\s+much`), 'thanks'],
  [rule(String.raw`(?:oc[eê]|ok|iawn|lyfli|grêt|gret|gwych|ffab|perffaith)[,\s]+diolch(?:\s+(?:yn\s+fawr|o\s+galon))?|diolch(?:\s+(?:yn\s+fawr(?:\s+iawn)?|o\s+galon))?\s+hali|diolch\s+(?:hali\s+)?(?:am\s+(?:hynna|hwnna|y\s+wers))`), 'diolch'],
];

/**
 * A thanks that closes the conversation, or the close alone ("thanks, that's all for now", "diolch yn fawr, dyna'r cyfan", "dyna i
 * gyd am rwan"): read before the talk is set aside, which takes "now" and "rwan" off the end, and never searched for ("cyfan" is
 * in "genom cyfan").
 */
const CLOSED: readonly Rewrite[] = [
  [rule(String.raw`(?:thanks|thank\s+you|thank\s+u|cheers|ta|thx|many\s+thanks)(?:\s+(?:so|very)\s+much)?(?:\s+hali)?[,.!\s]+(?:that['’]?s|thats|that\s+is)\s+(?:all|everything|it|me\s+done)(?:\s+(?:for\s+now|for\s+today|i\s+needed))?|(?:that['’]?s|thats)\s+(?:all|everything|it)(?:\s+for\s+now)?[,.!\s]+(?:thanks|thank\s+you|cheers|ta)`), 'thanks'],
  [rule(String.raw`diolch(?:\s+(?:yn\s+fawr(?:\s+iawn)?|o\s+galon|hali))?[,.!\s]+(?:dyna['’]?r\s+(?:cyfan|cwbl|cwbwl|unig\s+beth)|dyna\s+(?:i\s+gyd|ni|fo|fe|hi|'?r\s+cyfan)|dim\s+byd\s+arall)(?:\s+(?:am\s+(?:rwan|rŵan|nawr|heddiw)))?|dyna['’]?r\s+(?:cyfan|cwbl)[,.!\s]+diolch(?:\s+(?:yn\s+fawr(?:\s+iawn)?|o\s+galon))?`), 'diolch'],
  [rule(String.raw`(?:that['’]?s|thats|that\s+is)\s+(?:all|everything)(?:\s+(?:for\s+now|for\s+today|i\s+needed))?`), 'thanks'],
  [rule(String.raw`(?:dyna['’]?r\s+(?:cyfan|cwbl|cwbwl)|dyna\s+i\s+gyd|dim\s+byd\s+arall)(?:\s+(?:am\s+(?:rwan|rŵan|nawr|heddiw)))?`), 'diolch'],
];

/** Everyday ways of asking each command, read after the frame is set aside, in English and Welsh. */
const REWRITES: readonly Rewrite[] = [
  // Greetings, with the name or "there" after them.
  [rule(String.raw`(?:(?:good|gd)\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|hi\s+there|hello\s+there|hey\s+there|hiya|heya|hey|hi|hello|yo|howdy)(?:\s+(?:hali|there|all|everyone|team))?`), 'hi'],
  [rule(String.raw`(?:hi|hello|hiya|hey|good\s+(?:morning|afternoon|evening))(?:\s+hali)?[,!.]?\s+(?:i['’]?m\s+new(?:\s+here|\s+to\s+(?:this|hali))?|(?:just\s+)?(?:getting\s+started|trying\s+(?:this|you|it)\s+out|starting\s+out)|my\s+(?:manager|educator|team\s+lead)\s+(?:asked|told)\s+me\s+to\s+(?:try|use)\s+(?:this|you|it|hali)|first\s+time(?:\s+here|\s+using\s+(?:this|you|hali))?|new\s+here)`), 'hi'],
  [rule(String.raw`(?:helo|hylo|hei|haia|sut\s+mae|s['’]?mae|shwmae|shmae|shw\s+mae|sumae|su['’]?mae|p['’]?nawn\s+da|prynhawn\s+da|bore\s+da|noswaith\s+dda)(?:\s+['’]?na)?(?:\s+(?:hali|bawb|pawb))?`), 'helo'],
  // Help.
  [rule(String.raw`help(?:\s+me)?|helpp+|hlep|halp|instructions|how\s+to\s+use(?:\s+(?:this|hali|you|it))?|(?:(?:what\s+are|show(?:\s+me)?|list)\s+)?(?:the\s+|your\s+|all\s+(?:the\s+)?)?commands|how\s+do\s+i\s+use\s+(?:this(?:\s+bot)?|you|hali|it)|how\s+does\s+(?:this|it|hali)(?:\s+bot)?\s+work|what\s+(?:else\s+)?(?:can|do)\s+(?:you|u)\s+do|wh?at\s+can\s+u\s+do|tell\s+me\s+what\s+(?:you|u)\s+(?:can\s+)?do|what\s+can\s+i\s+(?:ask|do)(?:\s+you|\s+here)?|what\s+are\s+my\s+options(?:\s+here)?|wh?at\s+can\s+(?:this|it|the\s+bot|this\s+bot)\s+do|what\s+is\s+this\s+(?:bot\s+)?for|what\s+are\s+you\s+for|(?:(?:i['’]?m|im|i\s+am)\s+)?(?:a\s+bit\s+|so\s+|totally\s+)?(?:lost|confused|stuck)(?:[,\s]+(?:what\s+do\s+i\s+do(?:\s+now)?|help))?|what\s+do\s+i\s+do(?:\s+(?:now|here|next|with\s+(?:this|you|it)))?`), 'help'],
  [rule(String.raw`helpu|help(?:a|wch)(?:\s+(?:fi|ni))?|be(?:th)?\s+(?:fedri|elli|alli|galli|allwch|fedrwch|gallwch)\s+(?:di|chi)\s+(?:ei\s+)?(?:neud|wneud|gwneud)|be(?:th)?\s+(?:wyt\s+)?ti['’]?n\s+gallu\s+(?:ei\s+)?(?:neud|wneud|gwneud)|sut\s+mae\s+(?:hwn|hyn|hwnna)\s+yn\s+gweithio|sut\s+ma\s+(?:hwn|hyn)\s+yn\s+gweithio|be(?:th)?\s+(?:g?allaf?|fedra(?:i|f)?)\s+i\s+(?:ei\s+)?(?:neud|wneud|gwneud|ofyn)|(?:dw\s*i|dwi|rydw\s+i)(?:['’]n|\s+yn)?\s+ar\s+goll`), 'cymorth'],
  // Progress.
  [rule(String.raw`how\s+am\s+i\s+doing|how['’]?m\s+i\s+doing|how\s+(?:am\s+i|i['’]?m)\s+getting\s+on(?:\s+with\s+(?:it(?:\s+all)?|everything|(?:my\s+|the\s+)?(?:lessons|learning|quizzes)))?|how['’]?s\s+my\s+(?:progress|streak|score)|(?:show\s+)?my\s+progress|progres|progess|progresss|my\s+stats|stats|my\s+streak|what['’]?s\s+my\s+streak|my\s+score|(?:my\s+)?dashboard|how\s+far\s+(?:have\s+i|i['’]?ve)\s+got|where\s+am\s+i\s+up\s+to|progress\s+report|how\s+many\s+(?:lessons|quizzes|quizes|questions)\s+(?:have\s+i|i['’]?ve)\s+(?:done|got\s+right|answered|completed|had)`), 'progress'],
  // Reviews due, which the progress card counts and its "Quiz me" starts with ("what's due for review", "any reviews due today", "show
  // my reviews"): not a question for the mentors (stop 52's probe).
  [rule(String.raw`what['’]?s\s+due(?:\s+(?:for\s+(?:review|revision)|today|to\s+review))?|what\s+is\s+due(?:\s+(?:for\s+review|today))?|(?:(?:are\s+there|have\s+i\s+got|do\s+i\s+have|any)\s+)?(?:any\s+)?(?:reviews?|revision|questions?)\s+due(?:\s+(?:for\s+review|today|now))?|(?:show|see|check)(?:\s+me)?\s+my\s+(?:reviews?|review\s+(?:list|schedule|queue))|my\s+(?:reviews?|review\s+(?:list|schedule|queue))|what\s+(?:do\s+i\s+need|have\s+i\s+got|should\s+i)\s+to\s+(?:review|revise)(?:\s+today)?|what\s+should\s+i\s+(?:review|revise)(?:\s+today)?`), 'progress'],
  [rule(String.raw`(?:be(?:th)?\s+sy['’]?n\s+(?:aros|ddyledus)(?:\s+(?:am|i['’]w|ar\s+gyfer)\s+(?:adolygiad|adolygu|ei\s+adolygu))?|(?:oes\s+(?:gen\s+i|gennyf|gennai)\s+)?(?:unrhyw\s+)?(?:adolygiadau|gwestiynau|cwestiynau)\s+(?:yn\s+aros|i['’]w\s+hadolygu|ar\s+gyfer\s+adolygu)(?:\s+heddiw)?|(?:dangos\s+)?fy\s+adolygiadau|be(?:th)?\s+ddylwn\s+i\s+(?:ei\s+)?adolygu(?:\s+heddiw)?)`), 'cynnydd'],
  // "what have I done so far", "what lessons have I completed", "show me what I've done": what the learner has done, with nothing after
  // it ("what have I done wrong?" stays a question).
  [rule(String.raw`(?:show\s+me\s+)?what(?:\s+(?:lessons|quizzes|quizes))?(?:\s+(?:have\s+i|i['’]?ve|ive|i\s+have)|['’]?ve\s+i)\s+(?:done|completed|finished|learnt|learned|covered)(?:\s+(?:so\s+far|to\s+date|already|yet|with\s+(?:you|hali)))?`), 'progress'],
  [rule(String.raw`be(?:th)?(?:\s+(?:o\s+)?(?:wersi|gwisiau))?\s+(?:dw\s*i|dwi|ydw\s+i|rydw\s+i|rwy['’]?n|rwyf)\s+(?:wedi|['’]?di)(?:['’]?i)?\s+(?:ei\s+)?(?:wneud|neud|gwneud|ddysgu|dysgu|gwblhau|cwblhau|orffen|gorffen)(?:\s+(?:hyd\s+yma|hyd\s+yn\s+hyn|yn\s+barod|hyd\s+yn\s+hyn\s+efo\s+ti))?`), 'cynnydd'],
  [rule(String.raw`fy\s+cynnydd|cynnydd|dangos\s+fy\s+nghynnydd|fy\s+nghynnydd|sut\s+(?:dw\s*i|dwi|ydw\s+i|rydw\s+i)(?:['’]?\s?n|\s+yn)\s+(?:gwneud|neud|dod\s+(?:yn\s+)?['’]?y?mlaen)|fy\s+sg[oô]r|fy\s+ystadegau|faint\s+o\s+(?:wersi|gwestiynau|gwisiau)\s+(?:dw\s*i|dwi|ydw\s+i|rydw\s+i)\s+(?:wedi|['’]?di)\s+(?:neud|gwneud|wneud|gael\s+yn\s+iawn|ateb|gael\s+yn\s+gywir)`), 'cynnydd'],
  // Settings, and just the time of the daily lesson.
  [rule(String.raw`my\s+settings|setings|settngs|setting|change\s+(?:my\s+)?settings|(?:account|notification|my)\s+settings|(?:change|update|edit)\s+my\s+(?:role|preferences|profile|job(?:\s+title)?|details)|set\s*up|my\s+preferences`), 'settings'],
  [rule(String.raw`(?:newid|agor|dangos)\s+(?:y\s+|fy\s+)?(?:gosodiadau|ngosodiadau)|fy\s+ngosodiadau|gosodiada|newid\s+fy\s+r[oô]l|fy\s+newisiadau`), 'gosodiadau'],
  [rule(String.raw`(?:change|set|move|chnage|chang|reschedule)\s+(?:the\s+|my\s+)?(?:(?:daily\s+)?(?:lesson|lessons|reminder|nudge)\s+)?time|change\s+the\s+time\s+of\s+(?:my|the)\s+(?:daily\s+)?lessons?|reschedule\s+(?:my|the)\s+(?:daily\s+)?lessons?|(?:a\s+)?different\s+time|(?:send|set|move|change|get|have)\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?\s+(?:time\s+)?(?:to|at|for)\s+[\p{L}\d:. ]{1,20}|(?:my\s+)?(?:daily\s+)?lessons?\s+(?:at\s+[\d:. apm]{1,10}|later|earlier)(?:\s+in\s+the\s+day)?`), 'change my time'],
  // When the lesson comes, said with the time wanted ("remind me at 13:00", "change my lesson time to half past seven", "anfon fy
  // ngwers am 8yh", "gwersi am 7:30 plis", "gaf i'r wers am 7:30?"): the time card, set to that time (bot/turn.ts).
  [rule(String.raw`(?:remind|message|nudge|ping)\s+me\s+at\s+[\p{L}\d:. ]{1,30}|(?:change|set|move)\s+(?:the\s+|my\s+)?(?:(?:daily\s+)?(?:lesson|lessons|reminder|nudge)\s+)?time\s+(?:to|for)\s+[\p{L}\d:. ]{1,40}`), 'change my time'],
  [rule(String.raw`(?:anfon|anfonwch|anfona|newid|newidiwch|symud|symudwch|gosod|gosodwch)\s+(?:fy\s+|y\s+|yr\s+)?(?:ngwers|gwers|wers|gwersi|ngwersi|negeseuon|amser|nodyn\s+atgoffa|nodiadau\s+atgoffa)(?:\s+ddyddiol)?(?:\s+(?:i\s+mi|ata\s+i))?\s+(?:am|i|erbyn)\s+[\p{L}\d:. ]{1,30}|(?:y\s+)?(?:gwersi|wersi)(?:\s+dyddiol)?\s+am\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:yb|yh|y\s+bore|yr\s+hwyr))?|(?:ga\s*i|gaf\s+i|cha\s*i)\s*['’]?r\s+wers\s+am\s+[\p{L}\d:. ]{1,30}`), 'newid yr amser'],
  // Stopping the messages, in everyday Welsh ("dim mwy o negeseuon plis", "dwi ddim isio gwersi dyddiol"), as "no more messages" is.
  [rule(String.raw`dim\s+mwy\s+o\s+(?:negeseuon|wersi|gwersi)|dim\s+negeseuon(?:\s+dyddiol)?|(?:dwi|dw\s+i|dydw\s+i|fi)\s+ddim\s+(?:isio|eisiau|eisie|moyn)(?:['’]?r|\s+y|\s+dy|\s+eich)?\s+(?:gwersi|negeseuon)(?:\s+dyddiol)?(?:\s+(?:rhagor|mwy))?`), 'stopio'],
  // "quiz me" and "hi" as said in Welsh: "cwisia fi", "hola fi"; "su mae", "shw mae".
  [rule(String.raw`cwisia\s+fi|cwisiwch\s+fi|hola\s+fi|holwch\s+fi|profa\s+fi|profwch\s+fi`), 'cwis'],
  [rule(String.raw`su\s+mae|s['’]mae|shw\s+mae|shwmai|shw\s+mai`), 'helo'],
  // The language, which the settings card sets ("change language", "newid iaith").
  [rule(String.raw`(?:change|switch|set|choose)\s+(?:my\s+|the\s+)?language|language(?:\s+settings?)?`), 'settings'],
  [rule(String.raw`(?:newid|dewis)\s+(?:yr\s+|fy\s+)?iaith|iaith`), 'gosodiadau'],
  // "time for a lesson", "amser am wers": a lesson now, not a change to when it comes.
  [rule(String.raw`(?:it['’]?s\s+)?time\s+for\s+(?:a\s+|my\s+|the\s+|today['’]?s\s+)?lesson|lesson\s+time`), 'lesson'],
  [rule(String.raw`(?:it['’]?s\s+)?time\s+for\s+(?:a\s+|my\s+|the\s+)?quiz`), 'quiz'],
  [rule(String.raw`(?:mae['’]?n\s+)?amser\s+(?:am|i)\s+(?:wers|gwers|y\s+wers)`), 'gwers'],
  [rule(String.raw`(?:mae['’]?n\s+)?amser\s+(?:am|i)\s+(?:gwis|cwis|y\s+cwis)`), 'cwis'],
  [rule(String.raw`newid\s+(?:yr\s+)?(?:amser|amsar)(?:\s+(?:y\s+wers|fy\s+ngwers(?:\s+ddyddiol)?|y\s+gwersi))?|amser\s+(?:y\s+)?gwers|(?:y\s+)?gwers(?:\s+ddyddiol)?\s+am\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|yb|yh|y\s+bore|yn\s+y\s+bore|y\s+prynhawn|yn\s+y\s+prynhawn|yr\s+hwyr))?`), 'newid yr amser'],
  // A pause: open, or for a while ("pause 1 week").
  [rule(String.raw`(?:pause|paws|pasue|puase)(?:\s+(?:my|the|all))?(?:\s+(?:daily\s+)?(?:lessons?|nudges?|notifications?|reminders?|messages?))?|(?:hold|put)\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?(?:\s+on\s+hold)?|(?:take\s+)?a\s+break\s+from\s+(?:the\s+)?lessons?|no\s+lessons?\s+for(?:\s+(?:now|a\s+bit|a\s+while))?|stop\s+(?:sending\s+)?(?:me\s+)?lessons?\s+for\s+(?:a\s+bit|a\s+while|now)`), 'pause'],
  [rule(String.raw`pause\s+(\d{1,3}|a|an|one|two|three|four)\s+(days?|weeks?|wks?)`), (count, unit) => `pause for ${count} ${unit.replace(/^wks?$/, 'weeks')}`],
  // "pause it till friday", "no lessons til next monday", "dim gwersi tan ddydd Llun": as long as the date words say, else nothing.
  [rule(String.raw`(?:pause|paws)\s+(?:it|them|everything|all(?:\s+of\s+(?:it|them))?|the\s+lot)\s+(${UNTIL_OR_FOR}.+)`), (tail) => dated('pause', tail)],
  [rule(String.raw`no\s+(?:more\s+)?(?:daily\s+)?(?:lessons?|messages?|reminders?|nudges?)\s+(${UNTIL_OR_FOR}.+)`), (tail) => dated('pause', tail)],
  [rule(String.raw`dim\s+(?:mwy\s+o\s+)?(?:gwersi|wersi|gwers|negeseuon)\s+((?:tan|am)\s+.+)`), (tail) => dated('saib', tail)],
  [rule(String.raw`(?:rho|rhowch|cymryd)\s+saib(?:\s+(?:ar|i)\s+(?:y|fy)\s+gwersi)?|oedi['’]?r\s+gwersi|seib|dim\s+gwersi(?:\s+am(?:\s+(?:rwan|rŵan|nawr|y\s+tro|sbel))?)?|saib\s+(?:ar|i)\s+(?:y|fy)\s+gwersi`), 'saib'],
  // Stopping the daily lessons (a pause with no end, as "stop" is).
  [rule(String.raw`unsub|unsubscribe\s+me|stop\s+(?:sending|messaging|texting|nudging|pinging)\s+me(?:\s+(?:the\s+)?(?:daily\s+)?(?:lessons?|messages?|these|reminders?|notifications?))?|stop\s+(?:the|my|all|these|your)\s+(?:daily\s+)?(?:lessons?|messages?|notifications?|reminders?|nudges?)|(?:turn|switch)\s+off\s+(?:the\s+|my\s+|all\s+|these\s+)?(?:daily\s+)?(?:lessons?|notifications?|reminders?|nudges?|messages?|things?)|(?:turn|switch)\s+(?:the\s+|my\s+|all\s+|these\s+)?(?:daily\s+)?(?:lessons?|notifications?|reminders?|nudges?|messages?|things?)\s+off|no\s+more\s+(?:daily\s+)?(?:lessons?|messages?|reminders?|notifications?)|opt\s+out\s+of\s+(?:the\s+)?(?:daily\s+)?(?:lessons?|messages?|reminders?)|cancel\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?|i\s+don['’]?t\s+want\s+(?:these|any\s+more|the\s+daily|daily)\s+(?:messages?|lessons?)(?:\s+any\s*more)?|opt\s+(?:me\s+)?out(?:\s+of\s+(?:this|these|it|hali))?|i\s+don['’]?t\s+want\s+(?:these|them|this)\s+(?:any\s*more|no\s+more)`), 'stop'],
  [rule(String.raw`stopia|stopiwch|stopiwch\s+y\s+gwersi|stopio['’]?r\s+gwersi|dim\s+mwy\s+o\s+wersi|(?:peidiwch|paid)\s+(?:ag?|â)\s+anfon\s+(?:y\s+|mwy\s+o\s+)?(?:gwersi|wersi|negeseuon)|dad-?danysgrifio|diffodd\s+(?:y\s+|fy\s+)?(?:gwersi|negeseuon)`), 'stopio'],
  // Leave said with no date ("I'm on annual leave", "off sick at the moment", "dwi ar wyliau"): paused until the learner is
  // back, and the reply says how to resume. With a date ("on leave till weds"), as long as it says. Leave that starts later
  // ("I'm off on mat leave from next week", "away next week") is left a question: a pause starts today.
  [rule(String.raw`${LEAVE}${LEAVE_NOW}${NO_LESSONS_PLEASE}`), 'pause'],
  [rule(String.raw`(?:${LEAVE}|off)\s+(${UNTIL_OR_FOR}.+)`), (tail) => dated("I'm on leave", tail)],
  [rule(String.raw`${LEAVE_CY}${LEAVE_NOW_CY}${NO_LESSONS_PLEASE_CY}`), 'saib'],
  [rule(String.raw`${LEAVE_CY}\s+((?:tan|am)\s+.+)`), (tail) => dated('dwi ar wyliau', tail)],
  // Back on.
  [rule(String.raw`un-?pause|resme|resum|resume\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?|restart\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?|start\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?\s+again|turn\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?\s+back\s+on|turn\s+on\s+(?:my\s+|the\s+)?(?:daily\s+)?lessons?|lessons?\s+back\s+on|i['’]?m\s+back(?:\s+from\s+(?:annual\s+|study\s+)?leave)?|back\s+from\s+(?:annual\s+|study\s+)?leave`), 'resume'],
  [rule(String.raw`(?:(?:i['’]?m|im|i\s+am)\s+(?:just\s+)?back(?:${BACK_FROM})?|(?:just\s+)?back${BACK_FROM})(?:\s+(?:now|today))?(?:${START_AGAIN})?|(?:just\s+)?back(?:\s+now)?${START_AGAIN}|start\s+sending\s+(?:them|it|(?:the\s+|my\s+)?(?:daily\s+)?(?:lessons?|messages?))\s+again`), 'resume'],
  [rule(String.raw`ail[\s-]ddechrau|ailgychwyn|dechrau\s+eto|dechrau['’]?r\s+gwersi\s+eto|(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf)(?:['’]n|\s+yn)?\s+(?:n?[oô]l|nol|back)(?:\s+(?:o|o['’]r)\s+(?:wyliau|gwyliau|absenoldeb|gwrs|cwrs|leave))?(?:\s+(?:yn\s+y\s+gwaith|yn\s+gwaith))?|gwersi\s+ymlaen|(?:trowch|tro)['’]?\s*(?:y|r)?\s*gwersi\s+ymlaen`), 'ailddechrau'],
  // A lesson, on a field or from a mentor by name.
  // The lessons there are ("what topics do you cover", "list the lessons", "what can Gwen teach me", "pa wersi sydd ar gael"): the
  // path card, which lists them with where the learner is. Stop 53's probe found each told "I do not have trusted content".
  [rule(String.raw`(?:what|which)\s+(?:topics|subjects|things)\s+(?:do\s+you|does\s+hali|can\s+you|are\s+there|have\s+you\s+got|do\s+you\s+have)(?:\s+(?:cover|teach|do|offer|got|have))?(?:\s+on\s+here)?|what\s+(?:do|can)\s+you\s+teach(?:\s+me)?|what\s+(?:can|could)\s+i\s+learn(?:\s+(?:here|about|on\s+here))?`), 'help'],
  [rule(String.raw`(?:what|which)\s+lessons\s+(?:do\s+you|does\s+hali|can\s+you|are\s+there|have\s+you\s+got|do\s+you\s+have)(?:\s+(?:cover|teach|do|offer|got|have))?(?:\s+on\s+here)?|(?:list|show\s+me|see)\s+(?:all\s+)?(?:the\s+|your\s+|my\s+)?lessons|all\s+(?:the\s+)?lessons|(?:any|are\s+there\s+any)\s+new\s+lessons|what\s+lessons\s+(?:are\s+there|have\s+you\s+got|do\s+you\s+have)`), 'path'],
  [rule(String.raw`what\s+(?:can|does|do)\s+(\p{L}+)\s+(?:teach|cover)(?:\s+me)?|(?:list|show\s+me)\s+(\p{L}+)['’]?s\s+lessons`), (one, two) => `path ${one ?? two}`],
  [rule(String.raw`pa\s+(?:wersi|bynciau|destunau)\s+(?:sydd|sy|sy['’]?n)(?:\s+(?:ar\s+gael|gen\s+ti|gennych|i['’]w\s+cael))?|rhestr\s+(?:o['’]?r|y)\s+gwersi|(?:dangos|rhestru)\s+(?:yr?\s+|y\s+)?gwersi|(?:oes|oes\s+na)\s+(?:gwersi|wersi)\s+newydd|beth\s+(?:wyt\s+ti['’]n|ydych\s+chi['’]n)\s+(?:ei\s+)?ddysgu`), 'llwybr'],
  // The role asked to change ("can I change my role", "my role is wrong", "newid fy rôl"): the settings card, where it is chosen.
  [rule(String.raw`(?:can|could|how\s+do)\s+i\s+(?:change|update|fix|edit)\s+my\s+(?:role|job(?:\s+title)?|profession)|(?:change|update|fix|edit)\s+my\s+(?:role|job(?:\s+title)?|profession)|(?:my\s+)?(?:role|job(?:\s+title)?)\s+is\s+wrong|wrong\s+role|(?:newid|diweddaru|cywiro)\s+fy\s+(?:rôl|rol|swydd)|(?:mae\s+)?fy\s+(?:rôl|rol|swydd)\s+yn\s+anghywir`), 'settings'],
  // What the settings card sets, asked for in words of its own: the daily goal, the time zone, days off in general, how often
  // ("set my goal to 3 questions a day", "change my time zone", "I'm in Spain this week", "no lessons on my days off", "fewer
  // messages please"). Stop 54's probe found each told "I do not have trusted content"; the card says what can change.
  [rule(String.raw`(?:set|change|switch|update|edit|make)\s+(?:my\s+|the\s+)?(?:daily\s+|weekly\s+)?goal(?:\s+to\s+[\p{L}\d\s]{1,40})?|(?:i\s+(?:want|would\s+like|['’]?d\s+like)\s+)?(?:a|my)\s+(?:different|new|smaller|bigger|weekly|easier|harder)\s+goal|my\s+(?:daily\s+)?goal|(?:change|set|update|fix)\s+(?:my\s+|the\s+)?time\s*zone|(?:wrong|my)\s+time\s*zone|time\s*zone(?:\s+settings?)?|(?:i['’]?m|i\s+am)\s+(?:in|working\s+in|abroad\s+in|over\s+in)\s+(?:spain|france|portugal|ireland|scotland|the\s+us|america|australia|canada|germany|italy|greece|dubai|india|new\s+zealand|another\s+time\s*zone|a\s+different\s+time\s*zone)(?:\s+(?:this|next)\s+week|\s+at\s+the\s+moment|\s+for\s+a\s+(?:week|bit|while))?|(?:i\s+)?(?:don['’]?t|do\s+not)\s+want\s+lessons\s+on\s+my\s+days\s+off|no\s+(?:lessons?|messages?)\s+on\s+my\s+days\s+off|(?:fewer|less)\s+(?:messages?|lessons?|reminders?|nudges?)|(?:remind|message|nudge)\s+me\s+less(?:\s+often)?|not\s+every\s+day|(?:only\s+)?(?:a\s+few|(?:two|three|2|3)\s+(?:times|days))\s+a\s+week|(?:two|three|2|3|more)\s+(?:lessons?|messages?)\s+(?:a|per|each)\s+day`), 'settings'],
  [rule(String.raw`(?:newid|gosod)\s+(?:fy\s+|y\s+)?(?:nod|nôd)(?:\s+dyddiol)?|(?:newid|gosod)\s+(?:fy\s+|y\s+)?(?:cylchfa\s+amser|parth\s+amser)|dim\s+gwersi\s+ar\s+fy\s+nyddiau\s+(?:i\s+)?(?:i\s+ffwrdd|rhydd)|llai\s+o\s+(?:negeseuon|wersi|nodiadau\s+atgoffa)`), 'gosodiadau'],
  // The streak and daily goal turned off or on ("turn off the streak", "I don't care about streaks", "hide my streak", "no daily goal
  // please", "diffodd y rhediad", "show my streak"): the settings card with its toggle set, for the learner to save. Stop 54 found
  // each told "I do not have trusted content"; not everyone wants to be counted, and a shift worker's streak can feel like a chore.
  [rule(String.raw`(?:please\s+)?(?:turn|switch|shut|swtich)\s+off\s+(?:my\s+|the\s+)?(?:daily\s+)?(?:streaks?|goals?|streaks?\s+and\s+(?:daily\s+)?goals?)(?:\s+(?:off|please|thanks))*|(?:please\s+)?(?:turn|switch)\s+(?:my\s+|the\s+)?(?:daily\s+)?(?:streaks?|goals?)(?:\s+and\s+(?:daily\s+)?goals?)?\s+off(?:\s+please)?|(?:hide|remove|disable|stop\s+(?:showing|counting|tracking))\s+(?:my\s+|the\s+)?(?:daily\s+)?(?:streaks?|goals?)(?:\s+and\s+(?:daily\s+)?goals?)?(?:\s+please)?|(?:no|without)\s+(?:more\s+)?(?:streaks?|daily\s+goals?|goals?\s+or\s+streaks?|streaks?\s+or\s+goals?)(?:\s+please|\s+thanks)?|(?:i\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:care\s+about|want|need|like)\s+(?:a\s+|the\s+|my\s+|any\s+)?(?:daily\s+)?(?:streaks?|goals?)(?:\s+(?:thanks|please|tbh))?|streaks?\s+(?:stress\s+me\s+out|are\s+stressful|make\s+me\s+anxious)|(?:i\s+)?hate\s+(?:the\s+)?streaks?`), 'settings streak off'],
  [rule(String.raw`(?:please\s+)?(?:turn|switch)\s+(?:on\s+(?:my\s+|the\s+)?(?:daily\s+)?(?:streaks?|goals?)(?:\s+again)?|(?:my\s+|the\s+)?(?:daily\s+)?(?:streaks?|goals?)\s+(?:back\s+)?on(?:\s+again)?)(?:\s+please)?|(?:bring\s+back|unhide)\s+(?:my\s+|the\s+)?(?:daily\s+)?(?:streaks?|goals?)(?:\s+and\s+(?:daily\s+)?goals?)?(?:\s+please)?|i\s+want\s+(?:my\s+|the\s+)?streaks?\s+back|show\s+(?:my\s+|the\s+)?streaks?\s+again`), 'settings streak on'],
  [rule(String.raw`(?:plis\s+)?(?:diffodd|diffoddwch|cuddio|cuddiwch|tynnu|stopio\s+cyfri)(?:\s+(?:y|fy)\s+|['’]r\s+|\s+)(?:rhediad|rhediadau|nod\s+dyddiol|nod)(?:\s+(?:plis|diolch))?|(?:dim|heb)\s+(?:rhediad|rhediadau|nod\s+dyddiol)(?:\s+(?:plis|diolch))?|(?:dw\s*i|dwi|dydw\s+i)\s+ddim\s+(?:isio|eisiau|moyn|angen)(?:\s+(?:y|fy)\s+|['’]r\s+|\s+)(?:rhediad|rhediadau|nod\s+dyddiol|nod)`), 'gosodiadau rhediad i ffwrdd'],
  [rule(String.raw`(?:plis\s+)?(?:troi|trowch)\s+(?:fy\s+|y\s+)?(?:rhediad|nod\s+dyddiol)\s+(?:yn\s+[oô]l\s+)?ymlaen(?:\s+(?:eto|plis))*|(?:dangos|dangoswch)\s+(?:fy\s+)?(?:rhediad|nod\s+dyddiol)\s+eto(?:\s+plis)?`), 'gosodiadau rhediad ymlaen'],
  // Whether the streak survived a day missed ("did I lose my streak", "I missed yesterday, did my streak reset"): the progress card,
  // which shows the streak and the freezes that keep it.
  [rule(String.raw`(?:(?:i\s+)?missed\s+(?:yesterday|a\s+day|a\s+few\s+days|the\s+weekend)[,\s]+)?(?:did|have|has)\s+(?:i\s+lost|i\s+lose|my\s+streak\s+(?:reset|gone|broken|ended|been\s+(?:reset|broken)))\s*(?:my\s+streak)?|(?:is|has)\s+my\s+streak\s+(?:gone|broken|reset|safe|ok|okay)|what\s+happens\s+to\s+my\s+streak(?:\s+(?:if|when)\s+i\s+miss\s+a\s+day)?|how\s+do\s+(?:streak\s+)?freezes\s+work|streak\s+freezes?`), 'progress'],
  // The score asked for ("how many did I get right", "what's my score"): the progress card.
  [rule(String.raw`how\s+many\s+(?:questions\s+)?(?:have\s+i|did\s+i)\s+(?:got|get|gotten|answered)\s+(?:right|correct)|how\s+many\s+(?:have\s+i|did\s+i)\s+get\s+right|my\s+(?:quiz\s+)?(?:score|scores|results)|sawl\s+(?:un|cwestiwn)\s+(?:ges|gefais|wnes)\s+i['’]?n?\s+(?:gywir|iawn)`), 'progress'],
  // Where to begin, or two minutes to fill ("where do I start", "what should I learn first", "give me something quick",
  // "beth ddylwn i ddysgu nesa", "lle dw i'n dechra"): the next lesson on the learner's path. Stop 53's probe found each told
  // "I do not have trusted content".
  [rule(String.raw`(?:so\s+|ok\s+|okay\s+)?(?:where\s+(?:do|should|can)\s+i\s+(?:start|begin)|where\s+to\s+(?:start|begin)|what\s+(?:should|do|shall)\s+i\s+(?:learn|do|study|start\s+with)\s+(?:first|next)|what\s+(?:should|do|shall)\s+i\s+start\s+with|what\s+(?:should|do|shall)\s+i\s+learn(?:\s+today)?|(?:give|teach|show)\s+me\s+(?:something|sth)\s+(?:quick|short)|(?:something|sth)\s+(?:quick|short)(?:\s+(?:to\s+(?:learn|read)|please|pls))*)`), 'lesson'],
  [rule(String.raw`(?:be|beth)\s+(?:ddylwn|ddylen|dyliwn)\s+i\s+(?:ei\s+)?(?:ddysgu|wneud|neud)\s+(?:nesa|nesaf|gynta|gyntaf|heddiw)|(?:ble|lle)\s+(?:dw\s*i|dwi|ydw\s+i|ddylwn\s+i)(?:['’]n|\s+yn)?\s+(?:dechrau|dechra|cychwyn|ddechrau|ddechra)|(?:rhywbeth|rywbeth|rwbeth)\s+(?:byr|sydyn|cyflym)(?:\s+(?:plis|i\s+(?:mi|fi)))*`), 'gwers'],
  [rule(String.raw`(?:i\s+)?missed\s+(?:this\s+morning['’]?s|this\s+mornings|today['’]?s|todays|yesterday['’]?s|yesterdays|my|the|a)\s+(?:daily\s+)?lesson(?:[,\s]+(?:can|could)\s+i\s+(?:have|get|do|see)\s+it(?:\s+now)?)?`), 'lesson'],
  [rule(String.raw`(?:dw\s*i|dwi)\s+(?:wedi|['’]?di)\s+colli\s+(?:y\s+wers|fy\s+ngwers|gwers)(?:\s+ddyddiol)?`), 'gwers'],
  [rule(String.raw`lessn|lesosn|leson|lesson|lessons|start\s+(?:a\s+|my\s+|the\s+)?lesson|my\s+(?:daily\s+)?lesson|(?:teach|show)\s+me\s+(?:something|anything|sth|smth|summat)(?:\s+new)?|(?:to\s+)?learn\s+something(?:\s+new)?|(?:something|anything|sth|smth|summat)\s+(?:new\s+)?(?:to\s+(?:learn|read|study)|new)|(?:what['’]?s|whats|what\s+is)\s+(?:today['’]?s|todays|my|the)\s+(?:daily\s+)?lesson(?:\s+today)?`), 'lesson'],
  [rule(String.raw`(?:teach\s+me\s+(?:about\s+|on\s+)?|lesson\s*[:–-]\s*|lesson\s+(?:on|about|from|with)\s+)${FIELD}`), (named) => on('lesson on', named)],
  [rule(String.raw`dysga\s+fi\s+(?:am|ar)\s+${FIELD}`), (named) => on('gwers ar', named)],
  [rule(String.raw`(?:dysga|dysgwch)(?:\s+(?:fi|i\s+mi|i\s+fi))?(?:\s+(?:rywbeth|rhywbeth|rwbeth|rhwbeth)(?:\s+newydd)?(?:\s+i\s+(?:mi|fi))?)?|d?dysgu\s+(?:rhywbeth|rywbeth|rwbeth|rhwbeth)(?:\s+newydd)?|gwers\s+nesa|gwersi|fy\s+ngwers(?:\s+ddyddiol)?`), 'gwers'],
  [rule(String.raw`gwers\s+(?:ar|am|gan|gyda)\s+${FIELD}|gwers\s+${FIELD}`), (named) => on('gwers ar', named)],
  // A quiz, on a field or from a mentor by name.
  [rule(String.raw`quizz|qiuz|quiz|quizes|quizzes|quiz\s+me|quiz\s+time|do\s+a\s+quiz|test\s+me|test\s+my\s+knowledge|test\s+myself|(?:give|ask)\s+me\s+a\s+question|(?:give|ask)\s+me\s+(?:a\s+few|some|a\s+couple\s+of|more|(?:\d|two|three|five)\s+)\s*(?:quiz\s+)?questions|(?:a\s+few|some|a\s+couple\s+of)\s+(?:quiz\s+)?questions|(?:have\s+)?(?:you|u)\s+got\s+(?:a|any)\s+(?:quiz|quizzes)(?:\s+for\s+me)?|(?:got\s+)?any\s+(?:quiz|quizzes)(?:\s+for\s+me)?|a\s+question|(?:a\s+)?practice\s+questions?|quiz\s+question|hit\s+me\s+with\s+a\s+(?:question|quiz)|question\s+time|quiz\s+me\s+please|skip(?:\s+(?:this|that)(?:\s+(?:one|question))?)?|next\s+question|another\s+(?:question|one)|one\s+more(?:\s+question)?|more\s+questions`), 'quiz'],
  // Done with questions for now: no command, so an acknowledgement, never a pause of the daily lesson.
  [rule(String.raw`(?:stop|end|quit|exit|finish|cancel)\s+(?:the\s+|this\s+|my\s+)?(?:quiz|questions?)(?:\s+(?:now|for\s+now|for\s+today|for))?|no\s+more\s+questions(?:\s+(?:now|for\s+now|for\s+today|for))?|enough\s+questions|that['’]?s\s+enough(?:\s+questions)?(?:\s+for(?:\s+(?:now|today))?)?|i['’]?m\s+done\s+with\s+(?:the\s+|this\s+)?(?:quiz|questions)`), 'stop quiz'],
  [rule(String.raw`digon\s+o\s+gwestiynau|dim\s+mwy\s+o\s+gwestiynau|stopio['’]?r\s+cwis|stopio\s+cwis|gorffen\s+y\s+cwis|digon\s+am\s+(?:rwan|rŵan|nawr|heddiw)`), "stopio'r cwis"],
  // The open lesson passed over ("skip this lesson", "a different lesson", "gwers arall"), or said to be known already ("I already
  // know this", "too easy", "dw i'n gwybod hyn yn barod"): the next one on the path, the open one left not done (carry-on.ts).
  // Stop 53's probe found each told "I do not have trusted content".
  [rule(String.raw`(?:(?:can|could|may)\s+i\s+(?:please\s+|just\s+)?)?skip\s+(?:this|the|that)\s+(?:lesson|one\s+lesson)|skip\s+(?:to\s+)?(?:the\s+)?next\s+lesson|skip\s+lesson|(?:a\s+)?different\s+lesson|another\s+lesson|(?:a\s+)?new\s+lesson|something\s+else(?:\s+please)?|(?:a\s+)?different\s+one|pass\s+on\s+this\s+(?:one|lesson)`), 'skip lesson'],
  [rule(String.raw`(?:hepgor|hepgora|hepgorwch|neidio(?:\s+dros)?|sgipio|skipio)\s+(?:y\s+wers(?:\s+(?:hon|yma))?|hon|hwn|hon\s+na)|gwers\s+(?:arall|wahanol|newydd)|(?:rhywbeth|rywbeth|rwbeth)\s+arall(?:\s+plis)?`), 'hepgor y wers'],
  [rule(String.raw`(?:but\s+|oh\s+|hmm+\s+|well\s+)?i\s+(?:already\s+)?know\s+(?:this|that|all\s+(?:this|that)|this\s+(?:one|stuff|lesson)|that\s+(?:one|stuff))(?:\s+(?:one|stuff|already|already\s+thanks))?|i\s+know\s+(?:this|that)\s+(?:one\s+)?already|(?:this|that|it)\s+is\s+(?:way\s+|far\s+|a\s+bit\s+|much\s+)?too\s+(?:easy|basic)|(?:that['’]?s|this['’]?s|it['’]?s|thats|its)\s+(?:way\s+|far\s+|a\s+bit\s+|much\s+)?too\s+(?:easy|basic)|(?:too|way\s+too|a\s+bit\s+too)\s+(?:easy|basic)|(?:i['’]?ve|ive|i\s+have)\s+(?:already\s+)?(?:done|read|seen|covered|had)\s+(?:this|that)(?:\s+(?:one|lesson))?(?:\s+(?:already|before))?|already\s+(?:know|done|read|seen)\s+(?:this|that)(?:\s+(?:one|lesson))?|(?:can\s+i\s+have\s+|give\s+me\s+)?(?:a\s+)?(?:harder|more\s+advanced|more\s+challenging|tougher)\s+(?:one|lesson)|(?:something|anything)\s+(?:harder|more\s+advanced|more\s+challenging)`), 'i know this'],
  [rule(String.raw`(?:dw\s*i|dwi|rydw\s+i|rwy|wi)(?:['’]n|\s+yn)?\s+(?:gwybod|gwbod|gwbo)\s+(?:hyn|hwn|hynny|hon|hyn\s+i\s+gyd)(?:\s+yn\s+barod)?|(?:mae\s+(?:hon|hwn|hyn)|ma\s+(?:hon|hwn|hyn)|mae['’]?n|ma['’]?n)\s+rhy\s+(?:hawdd|syml)|rhy\s+(?:hawdd|syml)|(?:dw\s*i|dwi)\s+(?:wedi|['’]?di)\s+(?:gwneud|neud|darllen|gweld)\s+(?:hon|hwn|hyn)(?:\s+(?:yn\s+barod|o['’]r\s+blaen))?`), "dw i'n gwybod hyn"],
  // A few minutes to fill, or anything to learn ("I have 5 minutes", "I've only got 2 mins before handover", "surprise me", "random
  // fact", "mae gen i bum munud"): the next lesson on the path.
  [rule(String.raw`(?:i['’]?ve|ive|i\s+have|i['’]?ve\s+got|i\s+got|i\s+have\s+got|got|i\s+(?:only|just)\s+(?:have|got|have\s+got)|only\s+(?:have|got))\s+(?:only\s+|just\s+)?(?:got\s+)?(?:\d{1,2}|a\s+few|a\s+couple\s+of|two|three|five|ten|fifteen|2|5)\s*(?:mins?|minutes)(?:\s+(?:to\s+spare|spare|free|now|before\s+(?:my\s+)?(?:break|handover|shift|clinic|the\s+next\s+patient)))?(?:[,\s]+(?:what\s+(?:can|should)\s+i\s+(?:learn|do)|teach\s+me\s+something|any\s+ideas))?|surprise\s+me|random\s+(?:fact|lesson|topic)|(?:tell|teach)\s+me\s+something\s+(?:interesting|useful|cool)|something\s+interesting|(?:help\s+me\s+)?(?:learn|study)\s+something|more\s+lessons?|(?:before|till|until)\s+(?:my\s+)?(?:break|handover|shift|clinic|the\s+next\s+patient|ward\s+round)`), 'lesson'],
  [rule(String.raw`(?:mae\s+)?(?:gen|gyda|gennai|genna|gen\s+i|gyda\s+fi)\s*(?:i\s+)?(?:\d{1,2}|ddwy|dwy|bum|bump|pum|deg|ychydig\s+o)\s+(?:munud|funud|munudau|funudau)(?:\s+(?:sbâr|sbar|rŵan|rwan|nawr|cyn\s+y\s+shifft))?|synna\s+fi|(?:rhywbeth|rywbeth)\s+diddorol`), 'gwers'],
  // What the learner got wrong: asked to see, the progress card (its reviews due); asked to go over, a quiz, which brings due reviews first.
  [rule(String.raw`(?:what|which)\s+(?:questions?\s+|ones\s+)?(?:did|have)\s+i\s+(?:get|got|gotten|answer(?:ed)?)\s+wrong|(?:show|see|list|check)(?:\s+me)?\s+my\s+(?:mistakes|wrong\s+answers|errors)|my\s+(?:mistakes|wrong\s+answers)|where\s+(?:did|do)\s+i\s+go\s+wrong`), 'progress'],
  [rule(String.raw`(?:review|revise|go\s+over|redo|re-?do|practi[cs]e|retry|retake)\s+(?:my\s+mistakes|my\s+wrong\s+answers|the\s+(?:ones|questions)\s+i\s+(?:got|get|had)\s+wrong|what\s+i\s+got\s+wrong|my\s+weak\s+(?:spots|areas|topics))`), 'quiz'],
  [rule(String.raw`be(?:th)?\s+(?:ges|gefais|gafodd|wnes)\s+i['’]?n?\s+(?:anghywir|anghwir|yn\s+anghywir)|fy\s+(?:nghamgymeriadau|atebion\s+anghywir)`), 'cynnydd'],
  [rule(String.raw`(?:adolygu|ailwneud|ymarfer)\s+fy\s+(?:nghamgymeriadau|atebion\s+anghywir)`), 'cwis'],
  // Someone checking HALI is there ("is anyone there?", "are you still there", "wyt ti yna?"): greeted.
  [rule(String.raw`(?:is\s+)?(?:any\s*one|anybody|some\s*one|somebody)\s+(?:there|here|home|about|around)|(?:are\s+)?(?:you|u)\s+(?:still\s+)?there|hello+\s+(?:hello+|any\s*one|anybody)|hel+o{2,}|are\s+you\s+(?:awake|alive|on)`), 'hi'],
  [rule(String.raw`(?:oes\s+)?(?:rhywun|rywun)\s+(?:yna|yma|na)|(?:wyt|ydych)\s+(?:ti|chi)\s+(?:dal\s+)?(?:yna|yma|na)`), 'helo'],
  [rule(String.raw`(?:test|quiz)\s+me\s+on\s+(?:what|everything)\s+(?:i['’]?ve|ive|i\s+have)\s+(?:learnt|learned|done|covered|had)(?:\s+so\s+far)?`), 'quiz'],
  [rule(String.raw`(?:test|quiz)\s+me\s+(?:on|about|in)\s+${FIELD}|quiz\s*[:–-]\s*${FIELD}|(?:quiz|(?:a\s+)?(?:quiz\s+)?questions?)\s+(?:on|about|from|with)\s+${FIELD}`), (...named) => on('quiz on', named.find((words) => words !== undefined)!)],
  [rule(String.raw`cwestiwn(?:au)?\s+cwis|oes\s+(?:gen|gyda|gennych|gynnoch)\s+(?:ti|chi)\s+(?:gwis|cwis|gwestiwn|cwestiwn)(?:\s+i\s+(?:mi|fi))?|profa\s+fi|profwch\s+fi|holi\s+fi|holwch\s+fi|gofyn(?:na)?\s+(?:cwestiwn|gwestiwn)(?:\s+i\s+(?:mi|fi))?|cwestiwn|cwis\s+i\s+fi`), 'cwis'],
  [rule(String.raw`(?:profa|profwch|holi|holwch)\s+fi\s+(?:ar|am)\s+${FIELD}|cwis\s+(?:ar|am|gan|gyda)\s+${FIELD}|cwis\s+${FIELD}|cwestiwn\s+(?:ar|am\s+)?${FIELD}`), (...named) => on('cwis ar', named.find((words) => words !== undefined)!)],
  // CPD said in full.
  [rule(String.raw`(?:my\s+)?continuing\s+professional\s+development(?:\s+(?:summary|hours|record|log))?`), 'cpd'],
  [rule(String.raw`(?:fy\s+)?(?:oriau\s+)?datblygiad\s+proffesiynol\s+parhaus`), 'dpp'],
  // The language.
  [rule(String.raw`(?:switch|change|swap|set)\s+(?:the\s+)?(?:language\s+)?(?:to|into)\s+welsh|language\s*:?\s*welsh|welsh\s+language|(?:i['’]?d\s+|i\s+would\s+)?prefer\s+(?:to\s+use\s+|to\s+speak\s+)?welsh(?:\s+if\s+possible)?|(?:reply|answer|respond|talk|speak)\s+(?:to\s+me\s+)?in\s+welsh`), 'welsh'],
  [rule(String.raw`iaith\s*:?\s*cymraeg|newid\s+(?:yr\s+iaith\s+)?i['’]?r?\s+gymraeg|newid\s+i\s+gymraeg|yn\s+gymraeg|gymraeg|siarad\s+cymraeg|cymraeg`), 'cymraeg'],
  [rule(String.raw`(?:switch|change|swap|set)\s+(?:the\s+)?(?:language\s+)?(?:to|into|back\s+to)\s+english|language\s*:?\s*english|english\s+language|prefer\s+(?:to\s+use\s+)?english|(?:reply|answer|respond|talk|speak)\s+(?:to\s+me\s+)?in\s+english|(?:(?:we\s+)?do\s+)?(?:this|it)\s+in\s+english|i\s+don['’]?t\s+(?:speak|understand|read)\s+welsh`), 'english'],
  [rule(String.raw`iaith\s*:?\s*saesneg|newid\s+(?:yr\s+iaith\s+)?i['’]?r?\s+saesneg|siarad\s+saesneg|saesneg`), 'saesneg'],
  // A copy of what HALI holds.
  [rule(String.raw`what\s+(?:data|info|information|details|records?|personal\s+data)\s+do\s+(?:you|u)\s+(?:hold|have|keep|store|collect)(?:\s+(?:on|about)\s+me)?|what\s+do\s+(?:you|u)\s+(?:hold|have|keep|store|know)\s+(?:on|about)\s+me|(?:to\s+)?(?:make\s+)?(?:a\s+)?(?:data\s+)?subject\s+access\s+request(?:\s+under\s+(?:the\s+)?gdpr)?|data\s+export|export\s+(?:my\s+)?data|(?:a\s+)?copy\s+of\s+my\s+(?:personal\s+)?(?:data|information|info|records?)|gdpr\s+request(?:\s+for\s+my\s+data)?|my\s+(?:personal\s+)?(?:data|info|information)|(?:see|view)\s+my\s+data`), 'my data'],
  [rule(String.raw`fy\s+data|fy\s+nata(?:\s+i)?|copi\s+o\s+fy\s+nata|cais\s+(?:am\s+)?(?:fynediad\s+at\s+(?:ddata|wybodaeth)|gwrthrych\s+am\s+wybodaeth)|be(?:th)?\s+(?:sydd|sy)\s+(?:gennych|gen\s+ti|gyda\s+chi|gyda\s+ti)\s+amdana\s*(?:i|f)|pa\s+(?:ddata|wybodaeth|fanylion)\s+(?:sydd|sy)\s+(?:gennych|gen\s+ti|gyda\s+chi)(?:\s+amdanaf|\s+amdana\s+i)?|be(?:th)?\s+(?:wyt\s+)?ti['’]?n\s+(?:ei\s+)?g?wybod\s+amdana\s*(?:i|f)`), 'fy nata'],
  // Erasure: these ask for the confirmation card, which deletes nothing until its button is pressed.
  [rule(String.raw`delete\s+everything(?:\s+(?:you\s+(?:hold|have|know|keep)\s+(?:about|on)\s+me|about\s+me))?|(?:to\s+)?(?:exercise\s+my\s+)?right\s+to\s+(?:erasure|be\s+forgotten)|(?:remove|wipe|clear|erase|delete)\s+(?:all\s+(?:of\s+)?)?my\s+(?:data|details|information|info|records?)|gdpr\s+(?:delete|erase|erasure)(?:\s+my\s+data)?|delete\s+me|forgetme|fogret\s+me|forget\s+about\s+me|delete\s+my\s+(?:account|profile)`), 'forget me'],
  [rule(String.raw`dileu\s+popeth|dil[eë]u\s+fy\s+nata(?:\s+i)?\s+i\s+gyd|hawl\s+i\s+(?:ddileu|gael\s+fy\s+anghofio|gael\s+fy\s+nileu)|(?:dileu|dilea|dil[eë]wch|clirio)\s+(?:fy\s+|y\s+)?(?:ngwybodaeth|manylion|nghofnodion|wybodaeth\s+amdana\s*(?:i|f))(?:\s+i)?(?:\s+i\s+gyd)?|dileu\s+fy\s+nghyfrif|clirio\s+fy\s+nata|dil[eë]u\s+fi`), 'anghofia fi'],
  // Thanks, okay and goodbye, with the name after them.
  ...THANKED,
  [rule(String.raw`nice\s+one|grand|great\s+stuff|lol\s+ok|ok\s+lol|ok\s+cool|cool\s+cool|sweet|brill|kk|ace|sound|sorted|fab|awesome|good|gotcha|understood|will\s+do|okey\s+dokey|okie\s+dokie|oki\s+doki|okey|okie|oki|(?:that['’]?s\s+)?fine|sounds\s+(?:good|great|fab|lovely|grand|fine|like\s+a\s+plan)|ok\s+then`), 'ok'],
  [rule(String.raw`gret|grêt\s+diolch|iawn\s+diolch|champion|ffab|oc[eê]|ocei|iawn\s+ta|swnio['’]n\s+dda`), 'iawn'],
  [rule(String.raw`ttyl|later|laters|ta\s+ra|tara|ta-ra|speak\s+soon|catch\s+you\s+later|bye\s+hali|goodbye\s+hali|night\s+night`), 'bye'],
  [rule(String.raw`wela\s+i\s+(?:di|chi)|hwyl\s+hali|ta\s+ta|nos\s+da\s+hali`), 'hwyl'],
];

/**
 * A short request in words of its own ("can the daily lesson come at 8am instead", "isio stopio'r gwersi dyddiol",
 * "wipe everything you have on me"): read by what it names, not its wording. It asks for a command when every word is one
 * of that command's words or the talk around any request ("can", "please", "me", "dwi isio"), and it has the words the
 * command needs: something done ("pause", "delete") to what it is done to ("the daily lesson", "my data"). A word of
 * any other kind ("patient", "ChatGPT", "ward") makes it a question for a mentor.
 */
interface Slots extends RequestWords {
  readonly command: string;
  /** The command's Welsh words, for a request made in Welsh. */
  readonly cy: string;
  /** Words that say this request is not it ("I don't speak Welsh" is no request for Welsh). */
  readonly not?: ReadonlySet<string>;
}

// The talk around any request, in English and Welsh.
const TALK = set(
  'please pls plz plis plse kindly thanks thank you ta thx cheers diolch can could would will u i im ive id me my the a an to of with and or so just now then again some lol ok okay sorry hali ' +
    'ga gaf fi mi fy ti chi ni y yr r n i dwi dw dwin isio eisiau moyn angen plis ata arna fe fo yn o efo gyda wnei wnewch allet allech',
);
// "the daily thing": what staff call the daily lesson when they do not know its name.
const LESSONS = 'lesson lessons daily one ones messages message reminders reminder nudges nudge notifications notification thing things gwers wers gwersi wersi ddyddiol dyddiol negeseuon neges';
const CLOCK = /^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm)?|am|pm|noon|midday|oclock|gloch|bore|pnawn|prynhawn|hanner|dydd|nos|hwyr|tua|around|about|like|half|quarter|past|lunchtime|lunch|morning|afternoon|evening|tonight)$/;
// The parts of the day a lesson can be sent at ("send it at lunchtime", "in the evening").
const DAY_PARTS = 'lunchtime lunch morning afternoon evening noon midday bore pnawn prynhawn nos';
// Words only a Welsh request has: it gets the command's Welsh words, and so a Welsh answer.
const WELSH = set(
  'ga gaf fi mi fy dwi dw dwin isio eisiau moyn angen plis ata arna efo gyda gwers wers gwersi wersi ddyddiol dyddiol negeseuon saib seib seibiant oedi dal stopio stopia stopiwch stopior stopiar dechraur diffodd paid peidiwch rhagor mwy ' +
    'ailddechrau ailddechra ailgychwyn ymlaen mlaen trowch dechrau eto amser newid symud anfon hwyrach cynt saesneg nata dileu dilea dilëwch dilewch ddileu sychu anghofia anghofio anghofiwch popeth bopeth amdana amdanaf ' +
    'cynnydd nghynnydd sgor sgôr ystadegau gosodiadau osodiadau dewisiadau opsiynau gorchmynion helpa helpu dewislen cwis gwis cwestiwn dysga gweld gen gennych sy sydd dangos agor ble mae yw beth tan nes wythnos dydd ddydd fory yfory ' +
    'llwybr dysgu cofnod nghofnod hanes hyfforddiant oriau dpp crynodeb lle alla',
);
const SLOTS: readonly Slots[] = [
  { command: 'forget me', cy: 'anghofia fi', needs: [set('delete deleted erase erased wipe wiped remove removed forget clear cleared dileu dilea dilëwch dilewch ddileu sychu anghofia anghofio anghofiwch'), set('me my fy amdana amdanaf arna everything popeth bopeth account cyfrif nghyfrif data nata')], also: set('all data nata stuff everything about you have got keep hold on i chi isio sy sydd gen gennych ti right be forgotten account of popeth bopeth amdanaf gyd') },
  { command: 'my data', cy: 'fy nata', needs: [set('data nata info information stored details records export allforio copi gopi copy')], also: set('show everything youve stored about what have got you on keep hold copy of all the like get see view download gweld sy sydd gen gennych ti arna amdana amdanaf held holding have collect kept') },
  { command: 'pause', cy: 'saib', needs: [set('pause paws snooze saib seib oedi')], not: set('unpause resume restart back'), also: set(LESSONS + ' off on for now bit while until till til say tell the rho rhoi rhowch ar am tro nes bydda byddai deud dweud ddeud from o for hold') },
  // "hold on" and "a break" alone are no pause: these need the lessons named.
  { command: 'pause', cy: 'saib', needs: [set('hold break seibiant dal'), set(LESSONS)], also: set(LESSONS + ' off on for now bit while until till til the from o am tro') },
  // "don't send me any more lessons" too.
  { command: 'stop', cy: 'stopio', needs: [set('stop stopio stopia stopiwch stopior stopiar unsubscribe unsub cancel end diffodd paid peidiwch rhagor dont opt'), set(LESSONS + ' subscription messaging sending receiving getting every day bob')], also: set(LESSONS + ' want any more anymore from out of send sending messaging receiving getting these every day subscription turn switch anfon bob dydd rhagor mwy o ddim isior') },
  { command: 'resume', cy: 'ailddechrau', needs: [set('resume restart ailddechrau ailddechra ailddechraur ailgychwyn carry unpause ymlaen mlaen back'), set(LESSONS)], also: set(LESSONS + ' on again back sending have turn switch start eto yn ol ôl trowch tro dechrau â') },
  { command: 'change my time', cy: 'newid yr amser', needs: [set('time amser'), set('set change newid symud move different')], also: set(LESSONS + ' to i at for the my y yr fy what when come comes arrive arrives get') },
  { command: 'change my time', cy: 'newid yr amser', needs: [set('time amser when arrive arrives come comes earlier later hwyrach cynt move symud send anfon set change newid delivery different'), set(LESSONS + ' delivery')], also: set(LESSONS + ' at to i for instead too early late on nights in the day change set move send time amser am yn delivery arrive arrives come y wers gwers ddyddiol newid lle') },
  // "8am is too early for me, can it come later", "send it at lunchtime": when, said of "it".
  { command: 'change my time', cy: 'newid yr amser', needs: [set('earlier later hwyrach cynt'), set('come comes arrive arrives send anfon dod ddod')], also: set(LESSONS + ' it them is too early late for can could you at in the on instead e hi yn') },
  { command: 'change my time', cy: 'newid yr amser', needs: [set('send anfon come comes arrive arrives'), set(DAY_PARTS)], also: set(LESSONS + ' it them at in the on instead yn y') },
  { command: 'english', cy: 'saesneg', needs: [set('english saesneg')], also: set('back to go in speak use reply answer please set language change switch iaith newid siarad defnyddio bopeth yn ol ôl i r im a learner sorry sori welsh isnt not good enough dont speak cymraeg fy mod') },
  { command: 'cymraeg', cy: 'cymraeg', needs: [set('welsh cymraeg gymraeg')], also: set('can we do this in set language change switch to speak use siarad siarada defnyddio efo fi newid iaith i yn bopeth please prefer reply answer'), not: set('dont not isnt sorry english saesneg learner') },
  { command: 'progress', cy: 'cynnydd', needs: [set('progress cynnydd nghynnydd score sgor sgôr stats statistics ystadegau streak rhediad')], also: set('what whats hows is my check show how am doing see be di n mae sut fy dangos gweld') },
  // "need my cpd for my NMC revalidation", "fy oriau DPP": the CPD summary.
  { command: 'cpd', cy: 'dpp', needs: [set('cpd dpp')], also: set('show see view get need got have how many hours hour log summary certificate record records total for revalidation nmc hcpc gmc gphc my oriau crynodeb dangos gweld faint o sydd gen cofnod nghofnod') },
  // "training record please", "my learning history", "dangos fy nghofnod dysgu": the learning record.
  { command: 'my record', cy: 'fy nghofnod', needs: [set('record records history transcript cofnod nghofnod hanes'), set('learning training dysgu hyfforddiant my fy')], also: set('show see view get full whole of dangos gweld fy') },
  // "where am i on the pathway", "what's my learning path", "dangos y pathway": the learner's pathway.
  { command: 'path', cy: 'llwybr', needs: [set('path pathway llwybr'), set('my fy learning dysgu i dwi show dangos card y')], also: set('where whats what is am on the y ble mae dw ydw ar be beth yw see view open agor gweld card cerdyn') },
  { command: 'settings', cy: 'gosodiadau', needs: [set('settings setting preferences prefs gosodiadau osodiadau dewisiadau')], also: set('open where are the edit manage menu show change update see dangos y agor ble mae r newid') },
  { command: 'help', cy: 'cymorth', needs: [set('help helpa helpu options opsiynau commands gorchmynion instructions menu dewislen')], also: set('what are the here show list this bot for is how use do i lost beth be yw di r y sut ddefnyddio hwn ma efo dont know ddim siwr sure with') },
  { command: 'quiz', cy: 'cwis', needs: [set('quiz quizz cwis gwis')], also: set('question cwestiwn time hit give ask a quick short fach') },
  { command: 'lesson', cy: 'gwers', needs: [set('lesson gwers wers teach dysga')], also: set('2 two min mins minute minutes quick mini short something any will do new fancy got on break fach newydd rywbeth rhywbeth') },
];

const HOW_LONG = set('until till til tan for am');

function bySlots(said: string): string | undefined {
  const words = requestWords(said, { clock: true });
  if (words.length === 0 || words.length > 14) return undefined;
  for (const slots of SLOTS) {
    if (slots.not && words.some((w) => slots.not!.has(w))) continue;
    const timed = slots.command === 'change my time' || slots.command === 'pause';
    // A stop with a date ("stop sending the lessons till monday", "stopia'r negeseuon tan dydd Llun") is a pause for that long.
    const stopUntil = slots.command === 'stop' && !saysOnly(words, slots, TALK);
    if (!saysOnly(words, slots, TALK, timed || stopUntil ? (w) => CLOCK.test(w) || isDateWord(w) || HOW_LONG.has(w) : undefined)) continue;
    const welsh = words.some((w) => WELSH.has(w));
    if (slots.command !== 'pause' && !stopUntil) return welsh ? slots.cy : slots.command;
    // How long, when it is said in date words ("for a week", "until Mon", "am wythnos", "tan ddydd Llun"); else open ("until I say").
    const tail = /\b((?:until|till|til|tan|for|am)\s+[^,;:?]+?)$/.exec(said)?.[1];
    const dated = tail !== undefined && requestWords(tail).slice(1).every(isDateWord);
    const pause = welsh ? 'saib' : 'pause';
    if (stopUntil) return dated ? `${pause} ${tail}` : undefined;
    return dated ? `${pause} ${tail}` : pause;
  }
  return undefined;
}

/** "genomics lesson", "AI quiz": read after the requests above and bySlots ("snooze the daily lesson" is a pause). */
const NAMED_FIRST: readonly Rewrite[] = [
  [rule(String.raw`${FIELD}\s+lesson`), (named) => (opensNoField(named) ? undefined : on('lesson on', named))],
  [rule(String.raw`${FIELD}\s+(?:quiz|quizz|questions?|quiz\s+questions?)`), (named) => (opensNoField(named) ? undefined : on('quiz on', named))],
];

// "not a lesson", "no quiz yet": a first word that says no, and no field is named.
const opensNoField = (named: string) => NOT_A_FIELD_OPENER.test(named) || /^(?:no|not|never|none|dont|don['’]t)$/.test(named.split(' ')[0]);

function rewritten(said: string, rewrites: readonly Rewrite[]): string | undefined {
  for (const [pattern, to] of rewrites) {
    const match = pattern.exec(said);
    if (!match) continue;
    const command = typeof to === 'string' ? to : to(...match.slice(1));
    if (command !== undefined) return command;
  }
  return undefined;
}

function setAside(text: string): string {
  let said = text;
  for (let pass = 0; pass < 3; pass++) {
    const before = said;
    // The thanks at the end first: "go on pls" is "go on", not a frame "go on" before "pls".
    said = said.replace(TRAILING, '');
    for (const frame of FRAMES) said = said.replace(frame, '');
    said = said.replace(TRAILING, '').replace(ARTICLES, '');
    for (const [mutated, radical] of UNMUTATED) said = said.replace(mutated, radical);
    said = withoutWhen(said).replace(PLAIN_WELSH, '$1').replace(ON_ANYTHING, '$1');
    if (said === before) break;
  }
  return said;
}

const ENGLISH_THANKS = THANKED.slice(0, 1);
const GREETED = /^(?:hi|hey|hello|hiya|helo|haia|morning|bore\s+da|shwmae|shmae)(?:\s+(?:there|hali))?[\s,!]+/;
const KISSED = /[\s,]+x{1,4}$/;
const PLEASE_AT_END = new RegExp(String.raw`[\s,]+(?:${PLEASE})$`);
const AGAIN_TOMORROW = String.raw`[\s,]+(?:start|send)\s+(?:it\s+|them\s+)?again\s+(?:tomorrow|tmrw)`;
// "no lesson today", "not today", "skip today" (the nudge's own "Not today"), "snooze for today", "dim gwers heddiw", "dim heddiw".
// "snooze till morning", "gohirio tan fory": nothing more today either, and the next one as ever (not an open pause).
const TILL_MORNING = String.raw`snooze\s+(?:it\s+)?(?:until|till|til)\s+(?:the\s+)?(?:morning|tomorrow(?:\s+morning)?|tmrw)|(?:gohirio|gohiria)\s+(?:hi\s+|fo\s+|fe\s+)?tan\s+(?:y\s+bore|fory|yfory)(?:\s+bore)?`;
const NO_LESSON_TODAY = new RegExp(String.raw`^(?:no\s+(?:lessons?|gwersi?)\s+(?:today|heddiw)|(?:not|skip|snooze)\s+(?:it\s+)?(?:for\s+)?today|dim\s+(?:gwersi?\s+)?heddiw|(?:gohirio|gohiria)\s+(?:am\s+)?heddiw|${TILL_MORNING})(?:[\s,]+(?:${PLEASE}|ta|thanks|thank\s+you|cheers|diolch(?:\s+yn\s+fawr)?|x+))*(?:${AGAIN_TOMORROW})?$`);

/**
 * An English thanks said with a word that alone is an okay ("brill thanks"), read before the thanks is set aside as politeness
 * ("iawn diolch" stays an okay, as "ok thanks" was always a thanks); and
 * "no lesson today please, start again tomorrow", a pause through today, read before "today" is.
 */
function thankedOrNotToday(plain: string, typed: string): string | undefined {
  if (COMMAND_PATTERNS.some((pattern) => pattern.test(plain))) return undefined;
  const unaddressed = plain.replace(GREETED, '').replace(/^@\s*hali\b[\s,:]*|^(?:ok|okay|um|hali)[\s,]+/g, '').replace(PLEASE_AT_END, '').replace(KISSED, '');
  // A thanks after a greeting ("hi thanks", "bore da, diolch yn fawr x"): the thanks, not the greeting left when it is set aside.
  const thanks = unaddressed.replace(TRAILING, '').replace(TRAILING, '');
  const greetedThanks = THANKS.test(thanks) && (unaddressed !== plain || thanks !== plain) ? thanks : undefined;
  const thanked = greetedThanks ?? rewritten(unaddressed, ENGLISH_THANKS) ?? rewritten(unaddressed, CLOSED);
  if (thanked !== undefined || /\?\s*$/.test(typed)) return thanked;
  const notToday = NO_LESSON_TODAY.exec(plain);
  return notToday ? (/heddiw|gohiri/.test(notToday[0]) ? 'saib am ddiwrnod' : 'pause for a day') : undefined;
}

// The words that name a whole field ("genomics", "artificial intelligence", "geneteg"), as the lesson and quiz routes read them.
const FIELD_WORDS: ReadonlySet<string> = new Set((WHOLE_FIELD.source.match(/\p{L}{5,}/gu) ?? []).map((word) => word.toLowerCase()));
/** A lesson or quiz asked on a field with a slip in its name ("quiz me on genommics", "lesson on artifical intelligence"), spelt right. */
function fieldRespelt(command: string): string | undefined {
  for (const pattern of [LESSON, QUIZ]) {
    const match = pattern.exec(command);
    if (!match?.[1]) continue;
    const meant = fieldWordsRespelt(match[1], FIELD_WORDS, isWord);
    return meant === undefined ? undefined : command.replace(match[1], meant);
  }
  return undefined;
}

/**
 * The command `text` asks for, as the routes read it ("lesson on machine learning", "pause for 1 weeks", "fy nata"), or
 * undefined when it asks for none of them or already says it in a command's own words. Read in personal chat only: in a
 * group chat or channel people @mention HALI for a case discussion, where "stop" or "thanks" belong to the case.
 */
export function commandOf(text: string): string | undefined {
  // Teams markup ("<p>quiz</p>", "&nbsp;", a second "<at>HALI</at>") and letters held down ("quizzzz") go first; when only they
  // changed, the command's own words, which the route would not read as they came.
  const typed = asTyped(text);
  const read = readCommand(typed);
  if (read !== undefined || typed === text.trim()) return read;
  return COMMAND_PATTERNS.some((pattern) => pattern.test(typed)) ? typed : undefined;
}

const isWordOrAsked = (word: string) => isWord(word) || requestVocabulary().has(word);
/** `text` as it was typed, without Teams' markup, line breaks or letters held down. */
const asTyped = (text: string) => unstretched(withoutTeamsFormatting(text.normalize('NFC')).replace(/\s+/g, ' ').trim(), isWordOrAsked);

const END_OF_REQUEST = /[\s!.?,:;…]/u;
function readCommand(typed: string): string | undefined {
  if (typed.length === 0 || typed.length > 120) return undefined;
  const plain = trimEnd(typed.replace(EMOJI, ' ').toLowerCase().replace(/\s+/g, ' '), (char) => END_OF_REQUEST.test(char)).trim();
  if (plain.length === 0 || negated(plain)) return undefined;
  const early = thankedOrNotToday(plain, typed);
  if (early !== undefined) return early;
  const said = setAside(plain.replace(/\bw\/\s*/g, 'with '));
  if (said.length === 0) return undefined;
  const inWelsh = inWelshAsked(plain, afterGreeting);
  if (inWelsh !== undefined) return inWelsh;
  // Addressed by name with no greeting or @ ("Hali give me a quiz on genomics please", "Hali rho gwis i mi").
  const named = /^(?:hali|gwen)[\s,:!–-]+(.+)$/u.exec(said)?.[1];
  if (named) return readCommand(named) ?? (COMMAND_PATTERNS.some((pattern) => pattern.test(named)) ? named : undefined);
  // With the talk around it set aside, a command's own words ("pause for 2 days pls" is "pause for 2 days", which the pause
  // route reads); nothing to read when only case, emoji or end punctuation went and the route reads it as typed ("Help!").
  if (COMMAND_PATTERNS.some((pattern) => pattern.test(said))) {
    if (said === plain && COMMAND_PATTERNS.some((pattern) => pattern.test(typed))) return fieldRespelt(said);
    return fieldRespelt(said) ?? said;
  }
  // A greeting before a command ("morning snooze" is "morning, snooze": the nudge's Snooze), before its words are read as one
  // request (where "morning" would be when a pause ends).
  const read =
    shortReply(said) ?? shortReply(plain) ?? askedIn(afterGreeting(said), AFTER_A_GREETING) ?? settingsSaid(said) ?? askedIn(afterIntroduction(said), AFTER_A_GREETING) ?? roleSaid(said) ??
    rewritten(said, REWRITES) ?? bySlots(said) ?? rewritten(said, NAMED_FIRST) ?? misspeltCommand(said);
  return read ?? askedIn(afterTheDay(said), AFTER_THE_DAY) ?? readRespelt(said);
}

/** Where a learner's job, said first, ends and a request may start: a comma or stop, a dash, "and", "so" ("felly", "ac"). */
const INTRODUCTION_END = /\s*[,;:.!]\s*|\s+[-–]\s+|\s+(?:and|so|felly|ac)\s+/gu;
/**
 * What is asked after the learner says what they do ("i'm a nurse on a surgical ward, what can you do" asks "what can you do",
 * "dw i'n fferyllydd - gwers plis" asks for a lesson): read as a request only when it is one. Stop 52's probe: a new learner's first
 * "Hi HALI, I'm a nurse on a surgical ward, what can you do?" was told HALI had no content for it. A question after the job ("I'm
 * a nurse, what is AI?") stays a question, whose role mentors/self-description.ts reads.
 */
// Read before the job alone is (roleSaid), whose place after the job ("on ward 7 - give me a lesson") would take the request in.
function afterIntroduction(said: string): string | undefined {
  for (const end of said.matchAll(INTRODUCTION_END)) {
    if (end.index < 4 || end.index > 90) continue;
    if (roleSaid(said.slice(0, end.index)) !== undefined) return said.slice(end.index + end[0].length) || undefined;
  }
  return undefined;
}

/**
 * Every word the requests above are made of, four letters or more: what a slip in a long word is read as ("lesons",
 * "neggeseuon", "dellete"). Taken from the rules themselves, so a word added to a request is spelt right with it.
 */
let vocabulary: ReadonlySet<string> | undefined;
function requestVocabulary(): ReadonlySet<string> {
  if (vocabulary) return vocabulary;
  const slotWords = [...SLOTS.flatMap(({ needs, also }) => [...needs.flatMap((need) => [...need]), ...(also ?? [])]), ...TALK];
  const patterns = [...COMMAND_PATTERNS, ...REWRITES.map(([pattern]) => pattern), ...FRAMES, ...SHORT_REPLY_PATTERNS];
  const ruleWords = patterns.flatMap((pattern) => pattern.source.match(/\p{L}{4,}/gu) ?? []);
  const words = new Set([...slotWords, ...ruleWords].filter((word) => word.length >= 4 && word === word.toLowerCase()));
  // The slips a rule reads whole ("leson", "resme") are no words to respell to: "can I do my leson now" is "lesson".
  const slips = [...words].filter((word) => !slotWords.includes(word) && !isWord(word) && [...words].some((other) => isWord(other) && oneSlipApart(word, other)));
  return (vocabulary = new Set([...words].filter((word) => !slips.includes(word))));
}
const isWord = isEnglishOrWelshWord;

// The short words that name a request, for a slip in one ("hepl", "quz", "gwiss", "thnk you"): the help card's and the thanks.
const HEADS = ['help', 'quiz', 'cwis', 'gwis', 'gwers', 'wers', 'lesson', 'thank', 'thanks', 'you', 'stop', 'saib', 'data', 'nata'];

/**
 * A request with a slip in a word ("stop the daily remindrs", "dileu fy nata i gyd" typed "dielu"), read as it is meant. A slip
 * in a short word ("hepl", "quz me", "thnk you") is read so only in a request of a few words that names no field: "quic question
 * about consent" is a quick question, not a quiz on "question about consent".
 */
function readRespelt(said: string): string | undefined {
  const asCommand = (meant: string | undefined) => (meant === undefined ? undefined : readCommand(meant) ?? (COMMAND_PATTERNS.some((pattern) => pattern.test(meant)) ? meant : undefined));
  const long = asCommand(respelt(said, requestVocabulary(), isWord));
  if (long !== undefined || said.split(' ').length > SHORT_REQUEST_WORDS) return long;
  const short = asCommand(respelt(said, requestVocabulary(), isWord, HEADS));
  return short === undefined || [LESSON, QUIZ].some((pattern) => pattern.exec(short)?.[1] !== undefined) ? undefined : short;
}
const SHORT_REQUEST_WORDS = 3;

// After a greeting, any request ("hi could I please have today's lesson"); after the story of a day, what fits in it.
const AFTER_A_GREETING = COMMAND_PATTERNS;
const AFTER_THE_DAY = [LESSON, QUIZ, PAUSE, AWAY, STOP, RESUME, CHANGE_TIME];
const GREETING_WORDS = String.raw`hi|hello|hiya|hey|helo|haia|hei|morning|good\s+(?:morning|afternoon|evening)|bore\s+da|prynhawn\s+da|p['’]?nawn\s+da|noswaith\s+dda|shwmae|shmae`;
const GREETED_FIRST = new RegExp(String.raw`^(?:${GREETING_WORDS})(?:\s+(?:hali|there))?[\s,!:–-]+(.+)$`, 'u');
const afterGreeting = (said: string) => GREETED_FIRST.exec(said)?.[1];

/** What `rest` asks for, when it is one of `kinds`. */
function askedIn(rest: string | undefined, kinds: readonly RegExp[]): string | undefined {
  if (rest === undefined) return undefined;
  const asked = readCommand(rest) ?? rest;
  return kinds.some((pattern) => pattern.test(asked)) ? asked : undefined;
}
