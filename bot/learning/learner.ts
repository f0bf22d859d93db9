/**
 * The learner: the one record HALI keeps about a person (types), what a new learner starts with
 * (defaults: weekdays, the daily lesson), how older stored records are brought up to date
 * (migrations), and small changes every feature shares. Persistence is `learner-repository.ts`
 * over `bot/store/`; the rules applied before every save live there too.
 */
import type { Language } from '../i18n';
import type { Role } from '../mentors/types';
import type { Confidence, OutboxEntry, VivaAssignment } from './learning-records';

export const LEARNER_SCHEMA_VERSION = 3;

/** Where to reach a learner proactively (nudges): the parts of a Teams conversation reference HALI needs. */
export interface ConversationRef {
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId?: string;
  readonly userId: string;
  readonly botId: string;
}

/** ISO weekdays, 1 = Monday ... 7 = Sunday. */
export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

/** The daily micro-lesson as the learner chose it. */
export interface NudgePreferences {
  readonly enabled: boolean;
  /** Local time, HH:MM. */
  readonly time: string;
  /** ISO weekdays to nudge on; absent means Monday to Friday. */
  readonly days?: readonly number[];
  /** No nudge between these local times (HH:MM); an end before the start spans midnight (night shifts). */
  readonly quietHours?: { readonly start: string; readonly end: string };
  /** Paused: through the local date `until` (YYYY-MM-DD), or until resumed when it is absent. */
  readonly paused?: { readonly until?: string };
  /** When the learner last chose these themselves (absent: still HALI's default). */
  readonly chosenAt?: string;
}

/** A new learner's daily lesson until they change it: on, weekdays at 09:00 in their time zone. */
export const DEFAULT_NUDGES: NudgePreferences = { enabled: true, time: '09:00', days: WEEKDAYS };

/** Where the learner's nudges stand; `nextAt` is also the document's indexed due instant. */
export interface NudgeState {
  /** The next instant a nudge is due (ISO), recomputed on every write of the learner; absent: none planned. */
  readonly nextAt?: string;
  /** The last local date a daily nudge was sent or settled (a day is never nudged twice). */
  readonly lastDay?: string;
  /** A snoozed nudge comes back at this instant. */
  readonly snoozeUntil?: string;
  /** The local date of the nudge that was snoozed: the snooze counts as that day's, even when it comes back after midnight. */
  readonly snoozeFor?: string;
  /** A local date whose daily nudge the learner skipped ahead of time ("snooze" with no nudge out, "snooze tomorrow"); "resume" clears it. */
  readonly skipDay?: string;
  /** When the tenant's send plan put the nudge due at `sendFor` (a busy time): the planned instant (ISO). */
  readonly sendAt?: string;
  readonly sendFor?: string;
  /** Teams answered 403/404 (app removed, user gone): no nudges until the learner messages again. */
  readonly unreachable?: { readonly since: string; readonly status: number };
}

/** A daily goal: one lesson, or three questions. */
export type DailyGoal = 'lesson' | 'questions';
export const DAILY_GOALS: readonly DailyGoal[] = ['lesson', 'questions'];

/** Lessons finished and questions answered on one local day; `acknowledged`: the goal HALI said was met. */
export interface DailyTally {
  readonly day: string;
  readonly lessons: number;
  readonly questions: number;
  readonly acknowledged?: DailyGoal;
}

/** How sure a learner said they were before answering. */
export type { Confidence, VivaAssignment };
export const CONFIDENCES: readonly Confidence[] = ['unsure', 'fairly', 'sure'];

/** One quiz item's spaced-repetition state (FSRS card fields, dates as ISO strings) and its last answer. */
export interface ReviewState {
  readonly lastCorrect?: boolean;
  readonly lastConfidence?: Confidence;
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: number;
  readonly lastReview?: string;
}

/** A case discussion a learner took part in, as kept on their own record. */
export interface CaseParticipation {
  readonly caseId: string;
  readonly mentorId: string;
  /** The thread it ran in, so the same discussion is never credited twice. */
  readonly thread: string;
  readonly finishedAt: string;
  readonly contributions: number;
  /** Concepts the team covered, and the stage concepts it did not. */
  readonly conceptsCovered: readonly string[];
  readonly conceptsMissed: readonly string[];
  /** Lessons suggested and saved to the learner's "read later" list. */
  readonly lessonsSuggested: readonly string[];
}

/**
 * Cohort-count bookkeeping: marks (e.g. "active with Gwen") already counted this month and ever, the
 * ISO week last counted per mentor, and the last retention probe. Erased with the learner.
 */
export interface AnalyticsMarks {
  readonly month: string;
  readonly seen: readonly string[];
  readonly ever: readonly string[];
  readonly weeks?: Readonly<Record<string, string>>;
  readonly lastProbeAt?: string;
  /** Per mentor: first answers to its items, for the discrimination sums (bot/analytics/rest-score.ts). */
  readonly rest?: Readonly<Record<string, RestRecord>>;
}

/** One learner's first answers to one mentor's items, as their rest scores need them. */
export interface RestRecord {
  /** The cell ("role|language") holding this learner's discrimination pairs. */
  readonly cell: string;
  /** The month `thisMonth` belongs to. */
  readonly month: string;
  /** Item id → 1 if the first answer was right, 0 if wrong. */
  readonly firsts: Readonly<Record<string, 0 | 1>>;
  /** Items first answered in `month`. */
  readonly thisMonth: readonly string[];
}

/** Everything HALI keeps about one learner, in one document in the learner's own partition. */
export interface Learner {
  readonly id: string;
  readonly tenantId?: string;
  readonly schemaVersion: number;
  readonly language?: Language;
  /** `email`: the work email, kept only where the organisation names learners by it in learning records (XAPI_ACTOR=mbox). */
  readonly profile: { readonly role?: Role; readonly email?: string };
  readonly preferences: {
    readonly timeZone?: string;
    /** The language of the learner's Teams client, as their last message said: what a nudge is written in until they choose one. */
    readonly teamsLanguage?: Language;
    /** The language the learner last wrote to HALI in, where it was clear, while they have not chosen one: it outranks teamsLanguage. */
    readonly writesIn?: Language;
    /** The daily micro-lesson: whether wanted, when, and when not. */
    readonly nudges?: NudgePreferences;
    /** False when the learner turned off reporting to their organisation's learning record (absent: on). */
    readonly reporting?: boolean;
    /** The daily goal the learner chose (absent: one lesson). */
    readonly dailyGoal?: DailyGoal;
    /**
     * False when the learner asked not to see their streak and daily goal (absent: shown). They are still counted, so turned back
     * on they are true; only what HALI shows the learner changes.
     */
    readonly showStreak?: boolean;
  };
  readonly progress: { readonly lessonsDone: Readonly<Record<string, readonly string[]>>; readonly saved: readonly string[] };
  /** FSRS state per quiz item id. */
  readonly reviews: Readonly<Record<string, ReviewState>>;
  /** Days in a row with learning; `freezes` cover missed days (earned one per `towardFreeze` reaching 7). */
  readonly streak: { readonly current: number; readonly longest: number; readonly lastDay?: string; readonly freezes?: number; readonly towardFreeze?: number };
  /** What the learner did on their local day `day`, for the daily goal. */
  readonly today?: DailyTally;
  /** The mentor the learner last learned with; "lesson" continues with them. */
  readonly currentMentor?: string;
  /** The personal chat, for proactive messages. */
  readonly conversationRef?: ConversationRef;
  readonly nudge?: NudgeState;
  /** Conversations the learner has talked to HALI in (most recent last), so erasure finds their state. */
  readonly conversations: readonly string[];
  /** The quiz question last issued: only an answer carrying its one-time code counts. */
  readonly pendingQuiz?: {
    readonly itemId: string;
    readonly mentorId: string;
    readonly nonce: string;
    readonly issuedAt: string;
    /** Issued by the daily nudge (answered in the card). */
    readonly via?: 'nudge';
    /** The language its card was written in (absent: issued by a nudge, in the learner's writing language): a letter typed answers in it. */
    readonly language?: Language;
    /** A retention probe: its answer is counted for retention only and changes no schedule. */
    readonly probe?: { readonly intervalDays: number };
  };
  /** The last answer given, so a replayed or double-clicked answer shows the same result and counts once. */
  readonly lastAnswer?: {
    readonly nonce: string;
    readonly itemId: string;
    readonly mentorId: string;
    readonly optionId: string;
    readonly correct: boolean;
    readonly confidence?: Confidence;
    /** When it was given (absent on answers from before this was kept): "next" soon after goes on with the quiz. */
    readonly at?: string;
  };
  /**
   * The lessons whose cards were sent to the learner (in chat, a follow-up or a daily nudge), per mentor: only a lesson sent
   * counts as done when a card's Done or its quiz says so, so a card made up by hand credits nothing (nor a learning record).
   */
  readonly lessonsSent?: Readonly<Record<string, readonly string[]>>;
  /** The lesson card last shown in chat and not yet done: "done" and "next" typed act on it as its Done button would. */
  readonly openLesson?: { readonly mentorId: string; readonly lessonId: string; readonly shownAt: string };
  /** Answers per stated confidence, and how many were right: "confidence vs accuracy". */
  readonly calibration?: Readonly<Partial<Record<Confidence | 'unstated', { readonly answered: number; readonly correct: number }>>>;
  /** Model tokens used on the learner's behalf on one local day, for the daily budget. */
  readonly tokens?: { readonly day: string; readonly used: number };
  /** Team case discussions the learner took part in (most recent last). */
  readonly cases?: readonly CaseParticipation[];
  /** Lessons assigned to the learner in Viva Learning (read before their nudge), required first. */
  readonly viva?: { readonly assignments: readonly VivaAssignment[]; readonly syncedAt: string };
  /** Learning records waiting to be sent (xAPI statements, Viva Learning completions), oldest first. */
  readonly outbox?: readonly OutboxEntry[];
  /** Which cohort counts already include this learner (so each is counted once), and when they were last probed. */
  readonly analytics?: AnalyticsMarks;
  /** A "forget me" awaiting confirmation: the one-time code its button must carry. */
  readonly pendingErasure?: { readonly nonce: string; readonly expiresAt: string };
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A change to a learner, re-applied on top of the latest version if another turn wrote first. */
export type LearnerChange = (learner: Learner) => Learner;

/**
 * A rule applied before every save, after the changes: it sees the stored version (`before`) and
 * the changed one, so what it adds (outbox entries) commits in the same write as what caused it.
 */
export type LearnerRule = (before: Learner, after: Learner, now: Date) => Learner;

export const MAX_REMEMBERED_CONVERSATIONS = 20;

/** Migrations by the version they upgrade from. Each takes a stored document one version forward. */
const MIGRATIONS: Record<number, (doc: Record<string, any>) => Record<string, any>> = {
  // Version 1 (the first release) held only id, tenantId, language and timestamps.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    profile: doc.profile ?? {},
    preferences: doc.preferences ?? {},
    progress: doc.progress ?? { lessonsDone: {}, saved: [] },
    reviews: doc.reviews ?? {},
    streak: doc.streak ?? { current: 0, longest: 0 },
    conversations: doc.conversations ?? [],
  }),
  // Version 3 added the nudge schedule. Learners from before keep the daily-lesson choice they made
  // (absent means never asked, so off): only learners who meet HALI from now on get the default.
  2: (doc) => ({ ...doc, schemaVersion: 3 }),
};

/** Brings a stored learner document up to the current schema. */
export function migrateLearner(doc: Record<string, any>): Learner {
  let current = doc;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 1;
  if (version > LEARNER_SCHEMA_VERSION) {
    throw new Error(`Learner ${doc.id} has schema ${version}, newer than this HALI understands (${LEARNER_SCHEMA_VERSION}).`);
  }
  while (version < LEARNER_SCHEMA_VERSION) {
    current = MIGRATIONS[version](current);
    version = current.schemaVersion;
  }
  return current as Learner;
}

/** A new learner record as of `now`. */
export function newLearner(id: string, tenantId: string | undefined, now: Date): Learner {
  const stamp = now.toISOString();
  return {
    id,
    tenantId,
    schemaVersion: LEARNER_SCHEMA_VERSION,
    profile: {},
    preferences: { nudges: DEFAULT_NUDGES },
    progress: { lessonsDone: {}, saved: [] },
    reviews: {},
    streak: { current: 0, longest: 0 },
    conversations: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Records `conversationId` as one the learner used, keeping the most recent few. */
export function rememberConversation(conversationId: string): LearnerChange {
  return (learner) =>
    learner.conversations.at(-1) === conversationId
      ? learner
      : { ...learner, conversations: [...learner.conversations.filter((c) => c !== conversationId), conversationId].slice(-MAX_REMEMBERED_CONVERSATIONS) };
}

export function sameConversationRef(a: ConversationRef | undefined, b: ConversationRef): boolean {
  return !!a && a.serviceUrl === b.serviceUrl && a.conversationId === b.conversationId && a.userId === b.userId && a.botId === b.botId && a.tenantId === b.tenantId;
}

/**
 * The language to write to a learner in when no message of theirs is being answered (a nudge, a learning record): theirs if
 * they chose one, else the one they last wrote to HALI in, else their Teams client's.
 */
export function writingLanguage(learner: Learner): Language {
  return learner.language ?? learner.preferences.writesIn ?? learner.preferences.teamsLanguage ?? 'en';
}
