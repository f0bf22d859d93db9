import MiniSearch from 'minisearch';
import type { Bilingual, Mentor, Source } from './types';

/** One retrieved piece of mentor content (an explainer, or a lesson) with its relevance. */
export interface Passage {
  readonly mentorId: string;
  readonly kind: 'explainer' | 'lesson';
  readonly id: string;
  readonly title: Bilingual;
  /** What the offline mentor says from this passage. */
  readonly answer: Bilingual;
  readonly sources: readonly Source[];
  readonly score: number;
}

export interface Retriever {
  /** Passages that really address `query`, best first; empty when nothing does. */
  search(query: string, options?: { mentorId?: string; limit?: number }): Passage[];
  /** Passages indexed. */
  readonly documentCount: number;
  /** The serialised index's size, for the start-up log and the bench. */
  sizeBytes(): number;
}

interface IndexedDoc {
  id: string;
  mentorId: string;
  question: string;
  synonyms: string;
  topic: string;
  answer: string;
}

/** Fields where a match means the passage is about the query, not just mentioning a word of it. */
const STRONG_FIELDS = new Set(['question', 'synonyms', 'topic']);

// Words that carry no topic in a question, English and Welsh; without this "what is the weather"
// would match every "What is ...?" explainer.
const STOP_WORDS = new Set(
  (
    'a an and are as at be can could do does for from how i if in is it its me my of on or should the this to ' +
    'use using used what when where which who why will with would you your about tell explain please work ' +
    'a ac am ar beth bod dy ei eu fy gan gyda i mae nid o pam pryd sut y yn yr ydw ydy yw alla gallaf ' +
    'gall fi chi ni nhw hwn hon hyn hynny'
  ).split(/\s+/),
);

function processTerm(term: string): string | null {
  const cleaned = term.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}-]/gu, '');
  return cleaned.length < 2 || STOP_WORDS.has(cleaned) ? null : cleaned;
}

/** Builds an in-memory full-text index over every mentor's explainers, in both languages. */
export function createRetriever(mentors: readonly Mentor[]): Retriever {
  const index = new MiniSearch<IndexedDoc>({
    fields: ['question', 'synonyms', 'topic', 'answer'],
    storeFields: ['mentorId'],
    processTerm,
  });
  const passages = new Map<string, Omit<Passage, 'score'>>();
  const add = (doc: IndexedDoc, passage: Omit<Passage, 'score'>) => {
    passages.set(doc.id, passage);
    index.add(doc);
  };
  for (const mentor of mentors) {
    for (const e of mentor.explainers) {
      add(
        { id: `${mentor.id}:explainer:${e.id}`, mentorId: mentor.id, question: `${e.question.en} ${e.question.cy}`, synonyms: e.synonyms.join(' '), topic: e.topic, answer: `${e.answer.en} ${e.answer.cy}` },
        { mentorId: mentor.id, kind: 'explainer', id: e.id, title: e.question, answer: e.answer, sources: e.sources },
      );
    }
    for (const l of mentor.lessons) {
      // A lesson answers from its opening paragraph.
      const opening = { en: l.body.en.split(/\n\s*\n/)[0], cy: l.body.cy.split(/\n\s*\n/)[0] };
      add(
        // Only the title and topic say what a lesson is about; its body and key points are supporting text.
        { id: `${mentor.id}:lesson:${l.id}`, mentorId: mentor.id, question: `${l.title.en} ${l.title.cy}`, synonyms: '', topic: l.topic, answer: `${l.body.en} ${l.body.cy} ${l.keyPoints.en.join(' ')} ${l.keyPoints.cy.join(' ')}` },
        { mentorId: mentor.id, kind: 'lesson', id: l.id, title: l.title, answer: opening, sources: l.sources },
      );
    }
  }
  return {
    documentCount: index.documentCount,
    sizeBytes: () => Buffer.byteLength(JSON.stringify(index)),
    search(query, options = {}) {
      const run = (fuzzy: boolean) =>
        index
          .search(query, {
            boost: { question: 3, synonyms: 3, topic: 2, answer: 1 },
            prefix: (term) => term.length >= 4,
            // One or two typos is what staff make in a hurry; tried only when exact terms find nothing.
            fuzzy: fuzzy ? (term) => (term.length >= 6 ? 0.2 : false) : false,
            maxFuzzy: 2,
            filter: options.mentorId ? (result) => result.mentorId === options.mentorId : undefined,
          })
          .filter((result) => Object.values(result.match).some((fields) => fields.some((f) => STRONG_FIELDS.has(f))));
      const exact = run(false);
      const results = exact.length > 0 ? exact : run(true);
      return results.slice(0, options.limit ?? 3).map((result) => ({ ...passages.get(result.id as string)!, score: result.score }));
    },
  };
}
