import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Confidence, ReviewState } from './learner';

const scheduler = fsrs();

/**
 * How an answer grades for FSRS. A wrong answer is "Again" (it comes back soon); a right answer the
 * learner was unsure of is "Hard", so it is scheduled sooner than one they were sure of ("Easy").
 */
export function gradeFor(correct: boolean, confidence: Confidence | undefined): Grade {
  if (!correct) return Rating.Again;
  if (confidence === 'unsure') return Rating.Hard;
  if (confidence === 'sure') return Rating.Easy;
  return Rating.Good;
}

function toCard(state: ReviewState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    last_review: state.lastReview ? new Date(state.lastReview) : undefined,
  };
}

/** The item's next review state after an answer at `now`. */
export function scheduleReview(previous: ReviewState | undefined, correct: boolean, confidence: Confidence | undefined, now: Date): ReviewState {
  const card = scheduler.next(previous ? toCard(previous) : createEmptyCard(now), now, gradeFor(correct, confidence)).card;
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review?.toISOString(),
    lastCorrect: correct,
    ...(confidence ? { lastConfidence: confidence } : {}),
  };
}

/** Item ids whose review is due at `now`, most overdue first. */
export function dueItems(reviews: Readonly<Record<string, ReviewState>>, now: Date): string[] {
  return Object.entries(reviews)
    .filter(([, r]) => new Date(r.due) <= now)
    .sort(([, a], [, b]) => new Date(a.due).getTime() - new Date(b.due).getTime())
    .map(([id]) => id);
}
