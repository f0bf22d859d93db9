/**
 * What HALI records about learning to send elsewhere, as types shared by the learner (whose document
 * carries the outbox) and the reporting module (which fills and drains it): learning facts, xAPI
 * statements as queued, outbox entries and Viva Learning assignments.
 */
import type { Language } from '../i18n';
import type { Role } from '../mentors/types';

/** How sure a learner said they were before answering. */
export type Confidence = 'unsure' | 'fairly' | 'sure';

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

export type LanguageMap = Readonly<Record<string, string>>;

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: { readonly type: string; readonly name: LanguageMap; readonly interactionType?: string; readonly correctResponsesPattern?: readonly string[] };
}

/** An xAPI statement as HALI queues it: everything but the actor, which is chosen when it is sent. */
export interface QueuedStatement {
  readonly id: string;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity | { readonly objectType: 'StatementRef'; readonly id: string };
  readonly result?: Readonly<Record<string, unknown>>;
  readonly context?: Readonly<Record<string, unknown>>;
  readonly timestamp: string;
  /** Set only on statements HALI makes in its own name (voiding after erasure). */
  readonly actor?: Readonly<Record<string, unknown>>;
}

/** Where a queued record goes: the organisation's learning record store, or Viva Learning. */
export type Destination = 'lrs' | 'viva';

/** A lesson finished in HALI, for Viva Learning's course activity. */
export interface VivaCompletion {
  readonly mentorId: string;
  readonly lessonId: string;
  readonly completedAt: string;
}

/**
 * One record waiting to go out, kept inside the learner's own document: it is written in the same
 * commit as the learning that caused it, so a crash between that write and the send loses nothing.
 */
export interface OutboxEntry {
  /** The statement id (a deterministic UUID): the LRS ignores a resend. */
  readonly id: string;
  readonly to: Destination;
  /** When it was queued (ISO): the statement's timestamp. */
  readonly at: string;
  /**
   * For the LRS: the fact and the learner's language and role when it happened; the statement is worded
   * from them when sent (a fact is a tenth of a statement's size, and the learner's document is read
   * and written on every turn).
   */
  readonly fact?: LearningFact;
  readonly as?: { readonly language?: Language; readonly role?: Role };
  /** A statement complete in itself (voids after erasure, which belong to no learner). */
  readonly statement?: QueuedStatement;
  readonly completion?: VivaCompletion;
  /**
   * For Viva Learning after "forget me": a self-initiated completion HALI reported (by the external id it gave it) to delete.
   * It belongs to no learner any more, like a void; it carries only that id.
   */
  readonly withdrawal?: { readonly externalId: string };
}

/** A HALI lesson a manager or educator assigned in Viva Learning. */
export interface VivaAssignment {
  readonly courseActivityId: string;
  readonly mentorId: string;
  readonly lessonId: string;
  readonly required: boolean;
  /** Due date (ISO date-time, UTC) when one was set. */
  readonly due?: string;
}
