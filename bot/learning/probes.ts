import { createHash } from 'node:crypto';
import { State } from 'ts-fsrs';
import type { Mentor, QuizItem } from '../mentors/types';
import type { Learner, ReviewState } from './learner';

/**
 * Retention probes: a random sample of already-mastered items is asked again about 7 and 30 days
 * after the learner last got them right, in place of a normal review, at most once a week per
 * learner. A probe's answer is kept for the cohort's retention figures only: it never changes the
 * learner's schedule (the probed item keeps its review date; the review it displaced stays due).
 */
export const PROBE_WINDOWS = [
  { intervalDays: 7, fromDays: 7, toDays: 10 },
  { intervalDays: 30, fromDays: 30, toDays: 37 },
] as const;

/** Share of eligible items sampled: a random half, so probes measure retention without replacing practice. */
export const PROBE_SHARE = 0.5;
export const PROBE_GAP_DAYS = 7;
const DAY_MS = 86_400_000;

export interface ProbePick {
  readonly mentor: Mentor;
  readonly item: QuizItem;
  readonly intervalDays: number;
}

/** Mastered: answered right last time and in FSRS's review state (past the learning steps). */
export function isMastered(review: ReviewState): boolean {
  return review.lastCorrect === true && review.state === State.Review && !!review.lastReview;
}

/**
 * Whether this learner, item and interval fall in the sample: a hash, so the sample is random across
 * learners and items but the same on every evaluation (a retried turn picks the same probe).
 */
export function inSample(learnerId: string, itemId: string, intervalDays: number, share = PROBE_SHARE): boolean {
  const digest = createHash('sha256').update(`${learnerId}\u0000${itemId}\u0000${intervalDays}`).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000 < share;
}

/** Whether a probe may be asked now: none in the last week. */
export function probeAllowed(learner: Learner, now: Date): boolean {
  const last = learner.analytics?.lastProbeAt;
  return !last || now.getTime() - Date.parse(last) >= PROBE_GAP_DAYS * DAY_MS;
}

/** A probe to ask instead of a due review, or undefined (none eligible, sampled, or allowed this week). */
export function pickProbe(mentors: readonly Mentor[], learner: Learner, now: Date, share = PROBE_SHARE): ProbePick | undefined {
  if (!probeAllowed(learner, now)) return undefined;
  for (const [itemId, review] of Object.entries(learner.reviews)) {
    // Only items not yet due: a due item is a normal review, not a probe of retention.
    if (!isMastered(review) || Date.parse(review.due) <= now.getTime()) continue;
    const days = (now.getTime() - Date.parse(review.lastReview!)) / DAY_MS;
    const window = PROBE_WINDOWS.find((w) => days >= w.fromDays && days < w.toDays);
    if (!window || !inSample(learner.id, itemId, window.intervalDays, share)) continue;
    for (const mentor of mentors) {
      const item = mentor.quiz.find((q) => q.id === itemId);
      if (item) return { mentor, item, intervalDays: window.intervalDays };
    }
  }
  return undefined;
}
