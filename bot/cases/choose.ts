import type { Mentor, CaseStudy, Role } from '../mentors/types';
import { normalise } from './match';

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

/** The case command in `text`, with the mentor it names (if any), or undefined if it is not one. */
export function parseCaseCommand(text: string): (CaseCommand & { mentorName?: string }) | undefined {
  const trimmed = text.trim().replace(/[\s!.?]+$/u, '');
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
      return { pick, score: wanted.filter((w) => forms(w).some(known)).length };
    });
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    return best.score > 0 ? best.pick : undefined;
  }
  const suited = cases.filter((c) => !role || c.study.roles.includes(role) || c.study.roles.includes('all'));
  const pool = suited.length > 0 ? suited : cases;
  const hash = [...seed].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return pool[hash % pool.length];
}
