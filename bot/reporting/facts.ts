import type { Confidence } from '../store/learners';

/**
 * Learning worth reporting, as facts about the learner's record (ids and outcomes only: never what
 * anyone wrote, never a patient identifier). `changes.ts` finds them; `statements.ts` words them.
 */
export type LearningFact =
  | { readonly kind: 'lessonCompleted'; readonly mentorId: string; readonly lessonId: string }
  | { readonly kind: 'pathwayStarted'; readonly mentorId: string }
  | { readonly kind: 'pathwayCompleted'; readonly mentorId: string }
  | {
      readonly kind: 'itemAnswered';
      readonly mentorId: string;
      readonly itemId: string;
      readonly optionId: string;
      readonly correct: boolean;
      readonly confidence?: Confidence;
      /** Seconds from the question being issued to the answer, when known. */
      readonly seconds?: number;
      /** The question's one-time code: one answer, one statement. */
      readonly nonce: string;
    }
  | { readonly kind: 'topicMastered'; readonly mentorId: string; readonly topic: string }
  | { readonly kind: 'caseTakenPart'; readonly mentorId: string; readonly caseId: string; readonly thread: string; readonly finishedAt: string; readonly contributions: number }
  | { readonly kind: 'streakMilestone'; readonly days: number; readonly day: string };

export type FactKind = LearningFact['kind'];
