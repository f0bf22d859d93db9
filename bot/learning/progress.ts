import type { Mentor } from '../mentors/types';
import { CONFIDENCES, type Learner } from './learner';
import { dueCount } from './quiz';
import { goalProgress, streakShown, type GoalProgress } from './daily-goal';
import { pathwayFor } from './pathway';
import { currentStreak, freezesLeft } from './streak';
import { endOfLocalDay } from './zoned-time';

/**
 * Lessons the learner finished (pressed Done, or took the quiz from the lesson's card), out of their role's pathway, as the
 * lesson card counts them ("Lesson 1 of 13" for a doctor); a lesson done from another role's pathway counts in both. Questions
 * answered from "quiz" alone finish no lesson: the path, the next lesson and today's goal count the same.
 */
function lessonsDone(learner: Learner, mentor: Mentor): { done: number; total: number } {
  const marked = new Set(learner.progress.lessonsDone[mentor.id] ?? []);
  const pathway = new Set(pathwayFor(mentor, learner.profile.role).map((lesson) => lesson.id));
  const done = mentor.lessons.filter((l) => marked.has(l.id));
  return { done: done.length, total: pathway.size + done.filter((l) => !pathway.has(l.id)).length };
}

export interface Progress {
  /** False when the learner turned their streak and daily goal off: the card leaves them out. */
  readonly streakShown: boolean;
  readonly streak: number;
  readonly longestStreak: number;
  /** Freezes still banked to cover missed days. */
  readonly freezes: number;
  /** Today's daily goal and how far the learner is. */
  readonly goal: GoalProgress;
  readonly lessons: readonly { readonly mentor: Mentor; readonly done: number; readonly total: number }[];
  /** Per topic: items whose last answer was right, out of the topic's items. */
  readonly mastery: readonly { readonly mentor: Mentor; readonly topic: string; readonly mastered: number; readonly total: number }[];
  /** Questions due for review by the end of the learner's local day. */
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
    streakShown: streakShown(learner),
    streak: currentStreak(learner.streak, now, learner.preferences.timeZone),
    longestStreak: learner.streak.longest,
    freezes: freezesLeft(learner.streak, now, learner.preferences.timeZone),
    goal: goalProgress(learner, now),
    lessons: mentors.filter((m) => m.lessons.length > 0).map((mentor) => ({ mentor, ...lessonsDone(learner, mentor) })),
    mastery,
    // Due before the end of the learner's day, as the quiz said ("comes back today").
    due: dueCount(mentors, learner, endOfLocalDay(now, learner.preferences.timeZone)),
    calibration: ([...CONFIDENCES, 'unstated'] as const).map((confidence) => ({ confidence, answered: learner.calibration?.[confidence]?.answered ?? 0, correct: learner.calibration?.[confidence]?.correct ?? 0 })).filter((c) => c.answered > 0),
  };
}
