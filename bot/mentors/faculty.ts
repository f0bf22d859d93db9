import { createRetriever, type Passage, type Retriever } from './retrieval';
import type { Mentor } from './types';

/** The digital faculty: every loaded mentor, its content index, and how a question finds its mentor. */
export interface Faculty {
  readonly mentors: readonly Mentor[];
  readonly defaultMentor: Mentor;
  readonly retriever: Retriever;
  get(id: string): Mentor | undefined;
  /** Chooses the mentor whose content best answers `question` (the default mentor when none does). */
  choose(question: string): { mentor: Mentor; passages: Passage[] };
}

export function createFaculty(loaded: readonly Mentor[]): Faculty {
  // The default mentor fronts the faculty: listed first wherever mentors are shown.
  const mentors = [...loaded].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const defaultMentor = mentors.find((m) => m.isDefault) ?? mentors[0];
  const retriever = createRetriever(mentors);
  return {
    mentors,
    defaultMentor,
    retriever,
    get: (id) => byId.get(id),
    choose(question) {
      const found = retriever.search(question, { limit: 12 });
      const mentor = (found[0] && byId.get(found[0].mentorId)) || defaultMentor;
      return { mentor, passages: found.filter((p) => p.mentorId === mentor.id).slice(0, 3) };
    },
  };
}
