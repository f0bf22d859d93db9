import type { Faculty } from '../mentors/faculty';
import type { Lesson, Mentor } from '../mentors/types';
import { WHOLE_FIELD } from '../i18n/request-words';


/** What the words after "lesson" or "quiz" name: a lesson, a subject some mentor teaches with no lesson of its own, a whole field or mentor, or nothing taught. */
export type Named = { readonly kind: 'lesson'; readonly mentor: Mentor; readonly lesson: Lesson } | { readonly kind: 'taught'; readonly mentor: Mentor } | { readonly kind: 'field' } | { readonly kind: 'untaught' };

/**
 * What the learner named ("lesson on pharmacogenomics", "gwers am ganser", "quiz me on consent", "lesson on cardiology"), with
 * one search: a lesson retrieval finds among its first passages, else the lesson on the topic of the first passage it finds,
 * else that passage's mentor. A mentor's name or a whole field ("genomics") is the field's; a subject nothing answers is untaught.
 */
export function lessonNamed(faculty: Faculty, named: string): Named {
  if (faculty.named(named) || WHOLE_FIELD.test(named)) return { kind: 'field' };
  const found = faculty.retriever.search(named, { limit: 3 });
  const lessonFound = found.find((p) => p.kind === 'lesson');
  for (const passage of lessonFound ? [lessonFound] : found) {
    const mentor = faculty.get(passage.mentorId);
    const lesson = mentor?.lessons.find((l) => l.id === passage.id) ?? mentor?.lessons.find((l) => l.topic === passage.topic);
    if (mentor && lesson) return { kind: 'lesson', mentor, lesson };
  }
  const mentor = found[0] && faculty.get(found[0].mentorId);
  return mentor ? { kind: 'taught', mentor } : { kind: 'untaught' };
}
