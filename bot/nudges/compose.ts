import type { NudgeContent } from '../../cards/render-nudge';
import { nextLesson } from '../learning/pathway';
import { pickProbe } from '../learning/probes';
import { nextQuizItem } from '../learning/quiz';
import type { Faculty } from '../mentors/faculty';
import type { Learner, LearnerChange } from '../learning/learner';

/**
 * What today's nudge carries: a due review question if there is one (answerable in the card), else
 * the next lesson with the learner's current mentor, else with any mentor; undefined when the
 * learner has done everything and nothing is due.
 */
export function composeNudge(faculty: Faculty, learner: Learner, now: Date, nonce: string): NudgeContent | undefined {
  const mentor = faculty.forLearner(learner.currentMentor);
  // Due reviews come first (nextQuizItem offers them before anything new).
  const pick = nextQuizItem(faculty.mentors, mentor, learner, now);
  if (pick?.reason === 'review') {
    // A retention probe sampled for this week takes the place of the due review.
    const probe = pickProbe(faculty.mentors, learner, now);
    if (probe) return { kind: 'review', mentor: probe.mentor, item: probe.item, nonce, probe: { intervalDays: probe.intervalDays } };
    return { kind: 'review', mentor: pick.mentor, item: pick.item, nonce };
  }
  for (const candidate of [mentor, ...faculty.mentors.filter((m) => m !== mentor)]) {
    const next = nextLesson(candidate, learner.profile.role, learner.progress.lessonsDone[candidate.id] ?? []);
    if (next) return { kind: 'lesson', mentor: candidate, lesson: next.lesson };
  }
  return undefined;
}

/** The question a review nudge issues: only an answer carrying its one-time code counts. */
export function issuedByNudge(content: Extract<NudgeContent, { kind: 'review' }>, now: Date): LearnerChange {
  const { probe } = content;
  return (learner) => ({
    ...learner,
    pendingQuiz: { itemId: content.item.id, mentorId: content.mentor.id, nonce: content.nonce, issuedAt: now.toISOString(), via: 'nudge', ...(probe ? { probe } : {}) },
    ...(probe ? { analytics: { month: '', seen: [], ever: [], ...learner.analytics, lastProbeAt: now.toISOString() } } : {}),
  });
}
