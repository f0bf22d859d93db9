import { isPatientSpecificRequest } from '../safety/patient-specific';
import { forEducators } from '../safety/asker';
import type { AggregateNote } from '../store/aggregates';
import { isoWeekOf, monthOf } from './contribution';

/** Where unanswered questions are kept: one scope per mentor and month, so a view reads only the months it shows. */
export function questionsScope(mentorId: string, month: string): string {
  return `${mentorId}|questions|${month}`;
}

export interface NoteSink {
  addNote(scope: string, note: AggregateNote, learnerId: string): void;
}

export const MAX_QUESTION_CHARS = 300;

/**
 * Keeps a question the mentor's content could not answer: redacted of patient identifiers and of what
 * the learner said about themself (name, ward, hospital: asker.ts), with its month, ISO week (so views can
 * hold it back: release.ts) and language but no time of day, role or name. The learner id is only the store's erasure tag. A request about a specific
 * patient is not kept at all.
 */
export function noteUnanswered(sink: NoteSink, mentorId: string, question: string, language: string, now: Date, learnerId: string): boolean {
  const text = (forEducators(question.slice(0, MAX_QUESTION_CHARS)) ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < 3 || isPatientSpecificRequest(text)) return false;
  sink.addNote(questionsScope(mentorId, monthOf(now)), { text, language, month: monthOf(now), week: isoWeekOf(now) }, learnerId);
  return true;
}

const STOP_WORDS = new Set(
  'a an the is are was were be to of in on for and or with what when how why who which can could should would do does did i me my we our it its this that there about from at by as into y yr a ac i o yn ar am beth sut pam pwy mae ydy oes gyda'.split(' '),
);

/** The content words of a question, lower-cased, with a crude plural "s" removed. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/** Jaccard similarity of two word sets (1 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface QuestionGroup {
  /** The group's first question, as the example shown. */
  readonly example: string;
  readonly count: number;
  readonly others: readonly string[];
}

/**
 * Groups questions whose content words overlap by at least `threshold` (Jaccard), greedily in the
 * order given, largest groups first. Enough for an educator scanning for missing explainers.
 */
export function groupQuestions(texts: readonly string[], threshold = 0.5): QuestionGroup[] {
  const groups: { words: Set<string>; texts: string[] }[] = [];
  for (const text of texts) {
    const words = contentWords(text);
    const home = groups.find((g) => jaccard(g.words, words) >= threshold);
    if (home) home.texts.push(text);
    else groups.push({ words, texts: [text] });
  }
  return groups
    .map((g) => ({ example: g.texts[0], count: g.texts.length, others: [...new Set(g.texts.slice(1))].slice(0, 5) }))
    .sort((a, b) => b.count - a.count);
}
