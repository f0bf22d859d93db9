import type { Mentor } from '../mentors/types';
import { CONFIDENCES, type Learner } from './learner';
import { dueCount } from './quiz';
import { currentStreak } from './streak';

export interface Progress {
  readonly streak: number;
  readonly longestStreak: number;
  readonly lessons: readonly { readonly mentor: Mentor; readonly done: number; readonly total: number }[];
  /** Per topic: items whose last answer was right, out of the topic's items. */
  readonly mastery: readonly { readonly mentor: Mentor; readonly topic: string; readonly mastered: number; readonly total: number }[];
  readonly due: number;
  readonly calibration: readonly { readonly confidence: 'unsure' | 'fairly' | 'sure' | 'unstated'; readonly answered: number; readonly correct: number }[];
}

/** A learner's progress at `now`, computed from their record and the faculty's content. */
export function progressOf(learner: Learner, mentors: readonly Mentor[], now: Date): Progress {
  const mastery: Progress['mastery'][number][] = [];
  for (const mentor of mentors) {
    const topicOfLesson = new Map(mentor.lessons.map((l) => [l.id, l.topic]));
    const byTopic = new Map<string, { mastered: number; total: number; answered: number }>();
    for (const item of mentor.quiz) {
      const topic = topicOfLesson.get(item.lessonId) ?? 'other';
      const entry = byTopic.get(topic) ?? { mastered: 0, total: 0, answered: 0 };
      entry.total++;
      const review = learner.reviews[item.id];
      if (review) entry.answered++;
      if (review?.lastCorrect) entry.mastered++;
      byTopic.set(topic, entry);
    }
    for (const [topic, entry] of byTopic) if (entry.answered > 0) mastery.push({ mentor, topic, mastered: entry.mastered, total: entry.total });
  }
  return {
    streak: currentStreak(learner.streak, now, learner.preferences.timeZone),
    longestStreak: learner.streak.longest,
    lessons: mentors.filter((m) => m.lessons.length > 0).map((mentor) => ({ mentor, done: (learner.progress.lessonsDone[mentor.id] ?? []).filter((id) => mentor.lessons.some((l) => l.id === id)).length, total: mentor.lessons.length })),
    mastery,
    due: dueCount(mentors, learner, now),
    calibration: ([...CONFIDENCES, 'unstated'] as const).map((confidence) => ({ confidence, answered: learner.calibration?.[confidence]?.answered ?? 0, correct: learner.calibration?.[confidence]?.correct ?? 0 })).filter((c) => c.answered > 0),
  };
}
