import type { Language } from '../i18n';
import { topicName, type Mentor } from '../mentors/types';
import type { Learner } from './learner';
import { nextLesson } from './pathway';
import { progressOf } from './progress';

/**
 * A short, factual description of a learner's learning for a mentor's prompt: reviews due, weak
 * topics and the next lesson with this mentor. Topic names and lesson titles are in the learner's
 * language, so a Welsh answer has no English label to repeat. Nothing personal.
 */
export function describeLearning(learner: Learner, mentors: readonly Mentor[], mentor: Mentor, now: Date, language: Language): string {
  const progress = progressOf(learner, mentors, now);
  const parts: string[] = [];
  parts.push(progress.due > 0 ? `${progress.due} quiz question(s) due for review` : 'no reviews due');
  const weak = progress.mastery.filter((m) => m.total > 0 && m.mastered / m.total < 0.5).map((m) => topicName(m.mentor, m.topic, language));
  if (weak.length > 0) parts.push(`weaker topics: ${[...new Set(weak)].join(', ')}`);
  const next = nextLesson(mentor, learner.profile.role, learner.progress.lessonsDone[mentor.id] ?? []);
  parts.push(next ? `next lesson with ${mentor.name}: "${next.lesson.title[language]}" (${next.position} of ${next.total})` : `all of ${mentor.name}'s lessons done`);
  return `${parts.join('; ')}.`;
}
