import type { Faculty } from '../mentors/faculty';
import type { Lesson, Mentor } from '../mentors/types';

/** A whole field, not a subject in it ("lesson on genomics", "gwers ar AI"): the next lesson of that field's mentor. */
export const WHOLE_FIELD = /^(?:ai|a\.i\.|artificial intelligence|deallusrwydd artiffisial|genomics|genomic medicine|genetics|genomeg|geneteg|dna)$/i;

/**
 * The lesson on what the learner named ("lesson on pharmacogenomics", "gwers am ganser", "quiz me on consent"): a lesson
 * retrieval finds among its first passages, else the lesson on the topic of the first passage it finds. Undefined when the words
 * name a mentor or a whole field, or nothing taught.
 */
export function lessonOn(faculty: Faculty, named: string): { mentor: Mentor; lesson: Lesson } | undefined {
  if (faculty.mentors.some((m) => m.name.toLowerCase() === named.toLowerCase()) || WHOLE_FIELD.test(named)) return undefined;
  const found = faculty.retriever.search(named, { limit: 3 });
  const lessonFound = found.find((p) => p.kind === 'lesson');
  for (const passage of lessonFound ? [lessonFound] : found) {
    const mentor = faculty.get(passage.mentorId);
    const lesson = mentor?.lessons.find((l) => l.id === passage.id) ?? mentor?.lessons.find((l) => l.topic === passage.topic);
    if (mentor && lesson) return { mentor, lesson };
  }
  return undefined;
}
