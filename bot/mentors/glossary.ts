import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual, Mentor } from './types';
import { FieldReader, type ContentProblems } from './validate';

/** One entry of mentors/glossary.json: the English term, the Welsh term to use, and the Welsh forms not to. */
export interface GlossaryTerm {
  readonly en: string;
  /** Other English forms that count as this term ("variants", "genetic variant"). */
  readonly enAlso: readonly string[];
  readonly cy: string;
  /** Welsh forms that must not appear in Welsh text: wrong terms, calques, missed mutations. */
  readonly rejected: readonly string[];
  /** Where the preferred Welsh term comes from (TermCymru, the Welsh Language Commissioner), when one exists. */
  readonly source?: { readonly title: string; readonly url: string };
}

const FILE = 'glossary.json';

/** Reads and checks mentors/glossary.json; a missing file is an empty glossary plus an error. */
export function readGlossary(mentorsDir: string, problems: ContentProblems): GlossaryTerm[] {
  const file = join(mentorsDir, FILE);
  if (!existsSync(file)) {
    problems.error(`mentors/${FILE}`, '(file)', 'is missing; create it with a "terms" list');
    return [];
  }
  let raw: { terms?: unknown };
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.error(`mentors/${FILE}`, '(file)', `is not valid JSON (${(error as Error).message}); fix the syntax`);
    return [];
  }
  return new FieldReader(`mentors/${FILE}`, raw as Record<string, unknown>, problems).list('terms').map(readTerm);
}

function readTerm(r: FieldReader): GlossaryTerm {
  const source = r.raw('source');
  let checked: GlossaryTerm['source'];
  if (source !== null && source !== undefined) {
    const { title, url } = source as { title?: unknown; url?: unknown };
    if (typeof title !== 'string' || typeof url !== 'string' || !url.startsWith('https://')) r.fail('source', 'must be { "title", "url" } (https) or null when no terminology source exists');
    else checked = { title, url };
  }
  return { en: r.string('en'), enAlso: r.optionalStrings('enAlso'), cy: r.string('cy'), rejected: Array.isArray(r.raw('rejected')) && (r.raw('rejected') as unknown[]).length === 0 ? [] : r.strings('rejected'), ...(checked ? { source: checked } : {}) };
}

/** Lower-cased, with curly apostrophes made plain, so "Amrywiad" and "amrywiad" are the same. */
const fold = (text: string) => text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(phrase)).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');

/** Every learner-facing text of a mentor in one language, with where it is (synonyms and authored replies are matching data, not text). */
export function mentorTexts(mentor: Mentor, lang: 'en' | 'cy'): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, ...texts: (Bilingual | undefined)[]) => texts.forEach((t) => t && out.push({ where, text: t[lang] }));
  const list = (where: string, items: Readonly<Record<'en' | 'cy', readonly string[]>>) => items[lang].forEach((text) => out.push({ where, text }));
  add(`mentors/${mentor.id}/mentor.json`, mentor.role, mentor.persona, mentor.refuses);
  for (const e of mentor.explainers) add(`mentors/${mentor.id}/explainers.json ${e.id}`, e.question, e.answer);
  for (const l of mentor.lessons) {
    add(`mentors/${mentor.id}/lessons.json ${l.id}`, l.title, l.body, l.tryThis);
    list(`mentors/${mentor.id}/lessons.json ${l.id}`, l.keyPoints);
  }
  for (const q of mentor.quiz) {
    add(`mentors/${mentor.id}/quiz.json ${q.id}`, q.stem, q.explanation, ...q.options.flatMap((o) => [o.text, o.misconception]));
  }
  for (const c of mentor.cases) {
    const where = `mentors/${mentor.id}/cases.json ${c.id}`;
    add(where, c.title, c.summary);
    for (const s of c.stages) {
      add(`${where} stage ${s.id}`, s.title, s.reveal, s.modelAnswer, s.hint, ...s.concepts.flatMap((k) => [k.label, k.probe]), ...s.misconceptions.map((m) => m.correction));
      list(`${where} stage ${s.id}`, s.questions);
      list(`${where} stage ${s.id}`, s.learningPoints);
    }
  }
  return out;
}

/** Fails on any rejected Welsh form in a mentor's Welsh text, naming the place and the term to use. */
export function lintRejectedWelsh(mentors: readonly Mentor[], glossary: readonly GlossaryTerm[], problems: ContentProblems): void {
  const rules = glossary.flatMap((term) => term.rejected.map((rejected) => ({ term, rejected, pattern: wordPattern(rejected) })));
  for (const mentor of mentors) {
    for (const { where, text } of mentorTexts(mentor, 'cy')) {
      const folded = fold(text);
      for (const rule of rules) if (rule.pattern.test(folded)) problems.error(where, 'cy', `uses "${rule.rejected}", which mentors/glossary.json rejects for "${rule.term.en}"; write "${rule.term.cy}"`);
    }
  }
}

/**
 * Reports the terms a mentor declares (its topics and explainer synonyms) that another mentor's
 * English text also uses but the glossary does not cover: shared terms are where two mentors drift
 * into two Welsh renderings.
 */
export function unglossedSharedTerms(mentors: readonly Mentor[], glossary: readonly GlossaryTerm[]): { term: string; mentors: string[] }[] {
  const covered = new Set(glossary.flatMap((t) => [t.en, ...t.enAlso].map(fold)));
  const english = new Map(mentors.map((m) => [m.id, fold(mentorTexts(m, 'en').map((t) => t.text).join('\n'))]));
  const found = new Map<string, Set<string>>();
  for (const mentor of mentors) {
    for (const term of new Set([...mentor.topics, ...mentor.explainers.flatMap((e) => e.synonyms)].map(fold))) {
      if (covered.has(term) || term.length < 3) continue;
      const pattern = wordPattern(term);
      const users = mentors.filter((m) => pattern.test(english.get(m.id) ?? '')).map((m) => m.id);
      if (users.length > 1) found.set(term, new Set([...(found.get(term) ?? []), ...users]));
    }
  }
  return [...found].map(([term, users]) => ({ term, mentors: [...users].sort() })).sort((a, b) => a.term.localeCompare(b.term));
}
