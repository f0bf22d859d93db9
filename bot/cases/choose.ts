import type { Mentor, CaseStudy, Role } from '../mentors/types';
import { normalise } from './match';
import { isEnglishOrWelshWord, oneSlipApart } from '../i18n/request-asides';
import { unstretched, withoutEndPunctuation, withoutTeamsFormatting } from '../i18n/typed-text';

/** A case and the mentor who facilitates it. */
export interface CasePick {
  readonly mentor: Mentor;
  readonly study: CaseStudy;
}

export type CaseCommand = { readonly kind: 'start'; readonly topic?: string } | { readonly kind: 'end' };

const END_WORDS = new Set(['end', 'stop', 'finish', 'gorffen', 'diwedd', 'stopio']);
/** "case", "case lynch", "start a case about FH", "ask Gwen for a case", and the Welsh forms. */
const START = [
  /^(?:start\s+(?:a\s+)?)?case(?:\s+(?:study\s+)?(?:on|about)?\s*(.*))?$/iu,
  /^(?:please\s+)?ask\s+([\p{L}-]+)\s+for\s+a\s+case(?:\s+(?:on|about)?\s*(.*))?$/iu,
  /^(?:dechrau\s+)?achos(?:\s+(?:am|ar|ynghylch)?\s*(.*))?$/iu,
  /^gofyn(?:nwch)?\s+i\s+([\p{L}-]+)\s+am\s+achos(?:\s+(?:am|ar|ynghylch)?\s*(.*))?$/iu,
];
/** Longest topic read; anything longer is a sentence about cases, not a request for one. */
const MAX_TOPIC_WORDS = 5;

// A case asked for as people ask in a team ("Gwen, can we do a case?", "let's have a case on lynch please", "gawn ni achos plis"):
// the greeting, the address, the frame of the request and the thanks around "case" or "achos", each set aside.
const OPENER = /^(?:(?:hi|hey|hello|hiya|helo|haia|morning|bore\s+da|shwmae|ok|okay|reit|um|erm)\b(?:\s+there)?[\s,!]*)+/iu;
const EVERYONE = /^(?:@?hali|team|everyone|folks|guys|pawb|bawb)\b[\s,:!]*/iu;
const ASKING = String.raw`(?:(?:can|could|shall|may)\s+(?:we|i|you|u)\s+(?:please\s+)?(?:do|have|start|try|get|run|begin)|let['’]?s\s+(?:do|have|start|try)|(?:please\s+)?(?:give|get|find)\s+us|(?:we|i)['’]?d\s+like|(?:we|i)\s+(?:want|need|would\s+like)|how\s+about|what\s+about|time\s+for|(?:please\s+)?(?:do|run|begin|start)|(?:gawn|cawn|allwn|gallwn)\s+ni(?:\s+(?:wneud|gael|ddechrau))?|(?:dechreuwch|dechreua|rhowch|rho)(?:\s+i\s+ni)?|beth\s+am)`;
const ASKED = new RegExp(String.raw`^(?:([\p{L}-]+)[,:]?\s+)??${ASKING}\s+(?:(?:a|an|another|the|one|new|quick|short)\s+)*(?:([\p{L}-]+)\s+)?(case(?:\s+study)?|achos(?:\s+(?:arall|newydd))?)(?:\s+(?:on|about|for|ar|am|ynghylch)\s+(.+))?$`, 'iu');
/** A word before "case" that says what kind of case, not which ("a genomics case", "a teaching case"): no topic. */
const ANY_CASE = new Set(['genomics', 'genomic', 'genetics', 'genetic', 'teaching', 'practice', 'clinical', 'team', 'group', 'gwen', 'new', 'quick', 'short', 'good', 'fun', 'real', 'patient', 'study']);
const THANKED = /(?:[\s,]+(?:please|pls|plz|plis|plîs|thanks|thank\s+you|ta|cheers|diolch(?:\s+yn\s+fawr)?|os\s+gwelwch\s+yn\s+dda|x{1,4}))+$/iu;
const NOT_A_NAME = new Set(['please', 'pls', 'plz', 'plis', 'then', 'now', 'so']);

/** Longest message read for the words around a request: a longer one is never a request for a case. */
const MAX_ASKED_CHARS = 200;

/**
 * `text` without Teams' markup ("<p>case</p>", "&nbsp;"), emoji, end punctuation, or the greeting, address and thanks around a
 * request; "case" or "achos" typed with a slip ("caes", "csae", "achso") or held down ("caseee") as the word.
 */
function aside(text: string): string {
  if (text.length > MAX_ASKED_CHARS) return withoutEndPunctuation(text.trim());
  const plain = caseRespelt(unstretched(withoutTeamsFormatting(text).replace(/\s+/g, ' '), isWord));
  const unasked = withoutEndPunctuation(plain.replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ').trim()).replace(OPENER, '').replace(EVERYONE, '').replace(THANKED, '');
  return withoutEndPunctuation(unasked);
}

const isWord = isEnglishOrWelshWord;
const CASE_WORDS = ['case', 'achos'];
/**
 * `text` with a word one slip from "case" or "achos" that is no English or Welsh word ("caes", "acse", "achso") spelt so; not
 * one that only adds to its end ("caser", "achosion"), which is more likely another word.
 */
const caseRespelt = (text: string) =>
  text.replace(/\p{L}{3,6}/gu, (word) => {
    const lower = word.toLowerCase();
    if (CASE_WORDS.includes(lower) || isWord(lower)) return word;
    return CASE_WORDS.find((meant) => oneSlipApart(lower, meant) && !lower.startsWith(meant)) ?? word;
  });

// A mentor or colleague addressed with a comma before the request alone or on a topic ("Gwen, case", "Sam: start a case on lynch").
const ADDRESSED = /^([\p{L}-]+)[,:]\s+((?:(?:start|dechrau)\s+(?:a\s+)?)?(?:case|achos)(?:\s+(?:on|about|am|ar|ynghylch)\s+.+)?)$/iu;

/** A case asked for in a sentence, as the plain command with the mentor addressed (a name HALI may not know: a colleague's). */
function askedForCase(plain: string): (CaseCommand & { mentorName?: string; addressed?: true }) | undefined {
  const match = ASKED.exec(plain);
  if (!match) return undefined;
  const [, name, before, kind, after] = match;
  // "a lynch case" names its topic before "case"; "a genomics case" names none.
  const topic = after ?? (before && !ANY_CASE.has(before.toLowerCase()) ? before : undefined);
  // Put as a request ("can we do a case on lynch?"), a question mark asks for the case.
  if (topic && topic.split(/\s+/).length > MAX_TOPIC_WORDS) return undefined;
  const welsh = /^achos/i.test(kind);
  const command = parseCaseCommand(`${welsh ? 'achos' : 'case'}${topic ? ` ${welsh ? 'am' : 'about'} ${topic}` : ''}`);
  if (!command || !name || NOT_A_NAME.has(name.toLowerCase())) return command;
  return { ...command, mentorName: name, addressed: true };
}

/**
 * The case command in `text`, with the mentor it names (if any), or undefined if it is not one. A mentor addressed before a
 * request ("Gwen can we do a case") is `addressed`: an unknown name there is a colleague's, not a mentor HALI lacks.
 */
export function parseCaseCommand(text: string): (CaseCommand & { mentorName?: string; addressed?: true }) | undefined {
  const trimmed = aside(text);
  const asked = askedForCase(trimmed);
  if (asked) return asked;
  const addressed = ADDRESSED.exec(trimmed);
  if (addressed && !NOT_A_NAME.has(addressed[1].toLowerCase())) {
    const command = startOrEnd(addressed[2], text);
    if (command && command.mentorName === undefined) return { ...command, mentorName: addressed[1], addressed: true };
  }
  return startOrEnd(trimmed, text);
}

function startOrEnd(trimmed: string, text: string): (CaseCommand & { mentorName?: string }) | undefined {
  for (const [index, pattern] of START.entries()) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const named = index % 2 === 1;
    const mentorName = named ? match[1] : undefined;
    const topic = (named ? match[2] : match[1])?.trim();
    // "case studies about AI?" is a question for a mentor, not a request for a case.
    if (topic && (topic.split(/\s+/).length > MAX_TOPIC_WORDS || text.includes('?'))) return undefined;
    if (topic && END_WORDS.has(topic.toLowerCase())) return { kind: 'end', mentorName };
    return { kind: 'start', topic: topic || undefined, mentorName };
  }
  return undefined;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'and', 'of', 'on', 'in', 'for', 'with', 'about', 'case', 'gwen', 'y', 'yr', 'am', 'ar', 'achos', 'a', 'ac']);
const words = (text: string) => normalise(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w));

/** Welsh initial mutations, undone: "golesterol" is "colesterol", "nghanser" is "canser". */
const UNMUTATE: [RegExp, string][] = [[/^ngh/, 'c'], [/^mh/, 'p'], [/^nh/, 't'], [/^ng/, 'g'], [/^ch/, 'c'], [/^ph/, 'p'], [/^th/, 't'], [/^dd/, 'd'], [/^g/, 'c'], [/^b/, 'p'], [/^d/, 't'], [/^f/, 'b'], [/^f/, 'm'], [/^l/, 'll'], [/^r/, 'rh'], [/^m/, 'b'], [/^/, 'g']];
const forms = (word: string) => [word, ...UNMUTATE.filter(([from]) => from.test(word)).map(([from, to]) => word.replace(from, to))];

/** The words a case answers to: its id, titles, topic and its stages' ids ("fh", "cyp", "lynch"). */
function keywords(study: CaseStudy): Set<string> {
  return new Set([study.id, study.title.en, study.title.cy, study.topic, ...study.stages.map((s) => s.id)].flatMap(words));
}

/** Every case of the faculty, with its mentor, in the faculty's order. */
export function allCases(mentors: readonly Mentor[], mentor?: Mentor): CasePick[] {
  return (mentor ? [mentor] : mentors).flatMap((m) => m.cases.map((study) => ({ mentor: m, study })));
}

/**
 * The case for a topic: the one whose keywords share the most words with it (undefined when none
 * shares any). Without a topic, one suited to the requester's role, varied by `seed` so that
 * different threads get different cases.
 */
export function chooseCase(cases: readonly CasePick[], topic: string | undefined, role: Role | undefined, seed: string): CasePick | undefined {
  if (cases.length === 0) return undefined;
  if (topic) {
    const wanted = words(topic);
    const scored = cases.map((pick) => {
      const keys = keywords(pick.study);
      const known = (w: string) => keys.has(w) || [...keys].some((k) => k.startsWith(w) && w.length >= 4);
      // A topic typed with a slip that is no word ("lyncch", "colesterol") names the case it is one slip from.
      const slipped = (w: string) => w.length >= 5 && !isWord(w) && [...keys].some((k) => k.length >= 5 && oneSlipApart(w, k));
      return { pick, score: wanted.filter((w) => forms(w).some(known) || slipped(w)).length };
    });
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    return best.score > 0 ? best.pick : undefined;
  }
  const suited = cases.filter((c) => !role || c.study.roles.includes(role) || c.study.roles.includes('all'));
  const pool = suited.length > 0 ? suited : cases;
  const hash = [...seed].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return pool[hash % pool.length];
}
