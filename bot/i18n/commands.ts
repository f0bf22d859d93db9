/**
 * The typed command words, in English and Welsh, in one place: the patterns the routes match and the
 * word the help card shows for each. (Case commands, which read a topic and a mentor's name, are
 * parsed in bot/cases/choose.ts; the help card's word for them is here.)
 */
import type { Language } from './index';

export const GREETING = /^(hi|hello|hey|hiya|start|helo|shwmae|sumae|su’mae|su'mae|bore da|prynhawn da)[\s!.]*$/i;
export const HELP = /^(help|cymorth|help me|\?)[\s!.?]*$/i;
export const LESSON = /^(?:next lesson|lesson|gwers nesaf|gwers)(?:\s+(?:with\s+|gyda\s+)?([\p{L}-]+))?[\s!.?]*$/iu;
/**
 * One lesson by its id ("lesson hali-what-is-ai"): what Viva Learning's deep link types into HALI's
 * chat, so Start opens exactly the lesson picked there. An id always has a hyphen; a mentor's name never.
 */
export const LESSON_BY_ID = /^(?:lesson|gwers)\s+([a-z0-9]+(?:-[a-z0-9]+)+)[\s!.?]*$/i;
/** The learner's pathway with a mentor ("path HALI" / "llwybr HALI"): Viva Learning's pathway deep link. */
export const PATHWAY = /^(?:my path|path|pathway|fy llwybr|llwybr)(?:\s+(?:with\s+|gyda\s+)?([\p{L}-]+))?[\s!.?]*$/iu;
export const QUIZ = /^(?:quiz|quiz me|cwis|cwis i mi)(?:\s+(?:with\s+|gyda\s+)?([\p{L}-]+))?[\s!.?]*$/iu;
export const PROGRESS = /^(progress|my progress|cynnydd|fy nghynnydd)[\s!.?]*$/i;
export const SETTINGS = /^(settings|preferences|gosodiadau|dewisiadau)[\s!.?]*$/i;
export const PAUSE = /^(?:pause|saib|oedi)(?:\s+(?:daily lessons?|lessons?|nudges?|reminders?|notifications?|gwersi|y gwersi|nodiadau atgoffa))?(?:\s+((?:until|till|til|tan|for|am)\s+.{1,40}?))?[\s!.?]*$/i;
/** What people type to stop messages ("stop", "unsubscribe", "stop reminders", "stopio"): a pause, in personal chat only (in a case thread "stop" ends the case). */
export const STOP = /^(?:stop|stopio|unsubscribe|mute)(?:\s+(?:daily lessons?|lessons?|nudges?|reminders?|notifications?|messages?|gwersi|y gwersi|negeseuon|nodiadau atgoffa))?[\s!.?]*$/i;
export const RESUME = /^(?:resume|ailddechrau|parhau)(?:\s+(?:daily lessons?|lessons?|nudges?|gwersi|y gwersi))?[\s!.?]*$/i;
export const MY_DATA = /^(my data|export my data|show my data|download my data|fy nata|fy nata i|fy nhata|allforio fy nata|lawrlwytho fy nata)[\s!.?]*$/i;
export const FORGET_ME = /^(forget me|delete my data|delete all my data|erase my data|delete my account|anghofia fi|anghofiwch fi|dileu fy nata|dilëwch fy nata|dilewch fy nata|dilea fy nata)(?: i)?[\s!.?]*$/i;
export const MY_RECORD = /^(my record|my learning record|fy nghofnod|fy nghofnod dysgu)[\s!.?]*$/i;
/** "cpd", "cpd 90", "cpd 2026-01-01 2026-03-31" (and "dpp" in Welsh); other words after "cpd" are a question for a mentor. */
export const CPD = /^(?:cpd summary|crynodeb dpp|cpd|dpp)(?:\s+([\d./-]+(?:\s+[\d./-]+)?))?[\s!.?]*$/i;
/**
 * A thanks or an acknowledgement, and a goodbye, typed alone: answered in a line, not searched for as a question.
 * The Welsh words are listed apart so that a learner who has not chosen a language is answered in Welsh.
 */
export const THANKS = /^(?:(thanks|thank you|thank you so much|thanks a lot|many thanks|thank u|thx|ty|cheers|ta)|(diolch|diolch yn fawr|diolch o galon|diolch yn fawr iawn))[\s!.]*$/iu;
export const OKAY = /^(?:(ok|okay|k|cool|nice|great|brilliant|perfect|lovely|got it|noted|(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})+)|(iawn|gwych|grêt|perffaith|da iawn))[\s!.]*$/iu;
export const BYE = /^(?:(bye|goodbye|bye for now|see you|see ya|cya|good night|night)|(hwyl|hwyl fawr|hwyl am y tro|nos da))[\s!.]*$/i;
/** Typed commands that switch language, in either language. */
export const LANGUAGE_COMMANDS: ReadonlyArray<[RegExp, Language]> = [
  [/^(cymraeg|welsh|yn gymraeg)[\s!.]*$/i, 'cy'],
  [/^(english|saesneg|yn saesneg)[\s!.]*$/i, 'en'],
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
