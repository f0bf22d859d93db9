import MiniSearch from 'minisearch';
import type { Explainer, Mentor } from './types';

/** One retrieved piece of mentor content with its relevance. */
export interface Passage {
  readonly mentorId: string;
  readonly explainer: Explainer;
  readonly score: number;
}

export interface Retriever {
  /** Passages that really address `query`, best first; empty when nothing does. */
  search(query: string, options?: { mentorId?: string; limit?: number }): Passage[];
  /** Index size, for /healthz and the closing figures. */
  readonly documentCount: number;
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
  const explainers = new Map<string, Explainer>();
  for (const mentor of mentors) {
    for (const explainer of mentor.explainers) {
      const id = `${mentor.id}:${explainer.id}`;
      explainers.set(id, explainer);
      index.add({
        id,
        mentorId: mentor.id,
        question: `${explainer.question.en} ${explainer.question.cy}`,
        synonyms: explainer.synonyms.join(' '),
        topic: explainer.topic,
        answer: `${explainer.answer.en} ${explainer.answer.cy}`,
      });
    }
  }
  return {
    documentCount: index.documentCount,
    search(query, options = {}) {
      const results = index.search(query, {
        boost: { question: 3, synonyms: 3, topic: 2, answer: 1 },
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        filter: options.mentorId ? (result) => result.mentorId === options.mentorId : undefined,
      });
      return results
        .filter((result) => Object.values(result.match).some((fields) => fields.some((f) => STRONG_FIELDS.has(f))))
        .slice(0, options.limit ?? 3)
        .map((result) => ({ mentorId: result.mentorId as string, explainer: explainers.get(result.id as string)!, score: result.score }));
    },
  };
}
