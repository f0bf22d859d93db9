import type { Language } from '../i18n';

/** Text authored in both languages. */
export type Bilingual = Readonly<Record<Language, string>>;
/** A list authored in both languages, entry for entry. */
export type BilingualList = Readonly<Record<Language, readonly string[]>>;

export interface Source {
  readonly title: string;
  readonly url: string;
}

/** Content is served in production only once a named reviewer has marked it reviewed. */
export interface Review {
  readonly status: 'draft' | 'reviewed';
  readonly reviewer?: string;
  readonly date?: string;
  /**
   * Workspace approvals exported by `npm run content:approvals`, each bound to the content hash it
   * approved: an edited item no longer matches and goes back to the review queue.
   */
  readonly approvals?: readonly FileApproval[];
}

/** One approval carried in a mentor file. `stage` names the case stage it approved. */
export interface FileApproval {
  readonly role: 'educator' | 'welsh-reviewer';
  readonly reviewer: string;
  readonly date: string;
  readonly hash: string;
  readonly stage?: string;
}

export const ROLES = ['nurse', 'midwife', 'doctor', 'pharmacist', 'allied-health-professional', 'healthcare-scientist', 'admin-management', 'student'] as const;
export type Role = (typeof ROLES)[number];
export const LEVELS = ['foundation', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export interface Explainer {
  readonly id: string;
  readonly topic: string;
  readonly question: Bilingual;
  readonly synonyms: readonly string[];
  /**
   * Optional: short questions as staff type them for what this explainer answers, in everyday words, in each
   * language (lists need not match entry for entry). Retrieval only, never shown; indexed like multi-word synonyms.
   */
  readonly askedAs?: Readonly<Record<'en' | 'cy', readonly string[]>>;
  readonly answer: Bilingual;
  /** Optional: the same answer said more simply, from its own content (no new claims), for "Explain more simply". */
  readonly simpler?: Bilingual;
  /** Optional: an example for a role, for "An example from my role". */
  readonly roleExamples?: readonly { readonly role: Role; readonly text: Bilingual }[];
  readonly sources: readonly Source[];
  readonly review: Review;
}

/** A two-minute lesson in a mentor's pathway. */
export interface Lesson {
  readonly id: string;
  readonly order: number;
  readonly title: Bilingual;
  readonly topic: string;
  readonly level: Level;
  /** Who it is written for; "all" means every role. */
  readonly roles: readonly (Role | 'all')[];
  readonly body: Bilingual;
  readonly keyPoints: BilingualList;
  readonly tryThis: Bilingual;
  readonly sources: readonly Source[];
  readonly review: Review;
}

export interface QuizOption {
  readonly id: string;
  readonly text: Bilingual;
  readonly correct: boolean;
  /** For a wrong option: the mistaken belief that leads someone to choose it. */
  readonly misconception?: Bilingual;
}

export interface QuizItem {
  readonly id: string;
  readonly lessonId: string;
  readonly stem: Bilingual;
  readonly options: readonly QuizOption[];
  readonly explanation: Bilingual;
  readonly sources: readonly Source[];
  readonly review: Review;
}

export interface CaseConcept {
  readonly id: string;
  readonly label: Bilingual;
  /** Words and phrases, in either language, that show a reply mentions the concept. */
  readonly synonyms: readonly string[];
  /** An open question that points the team towards the concept without giving it away. */
  readonly probe?: Bilingual;
}

/** A mistaken belief a team might voice at a stage, how to recognise it, and the authored correction. */
export interface CaseMisconception {
  readonly id: string;
  /** Phrases, in either language, that voice the mistaken belief. */
  readonly synonyms: readonly string[];
  readonly correction: Bilingual;
}

/**
 * An authored reply a stage's matching must handle: stored next to the stage so an educator can add
 * one without code, and run by `npm run content:check` and the case tests.
 */
export interface CaseReplyCheck {
  readonly lang: Language;
  readonly text: string;
  /** Concept ids the reply must earn (mustCredit) or must not earn (mustNotCredit). */
  readonly concepts: readonly string[];
  /** Misconception ids the reply must trigger (mustTrigger) or must not trigger (mustNotCredit). */
  readonly misconceptions: readonly string[];
}

/** Replies that must earn credit, replies that must trigger a misconception, and (negated) replies that must do neither. */
export interface CaseStageReplies {
  readonly mustCredit: readonly CaseReplyCheck[];
  readonly mustTrigger: readonly CaseReplyCheck[];
  readonly mustNotCredit: readonly CaseReplyCheck[];
}

export interface CaseStage {
  readonly id: string;
  readonly title: Bilingual;
  readonly reveal: Bilingual;
  readonly questions: BilingualList;
  readonly concepts: readonly CaseConcept[];
  readonly modelAnswer: Bilingual;
  readonly learningPoints: BilingualList;
  readonly hint: Bilingual;
  readonly misconceptions: readonly CaseMisconception[];
  readonly replies: CaseStageReplies;
}

/** An unfolding case a team works through together. */
export interface CaseStudy {
  readonly id: string;
  readonly title: Bilingual;
  readonly topic: string;
  readonly roles: readonly (Role | 'all')[];
  readonly summary: Bilingual;
  readonly stages: readonly CaseStage[];
  readonly sources: readonly Source[];
  /** Ids of the mentor's lessons to suggest to each participant when the case ends. */
  readonly relatedLessons: readonly string[];
  readonly review: Review;
}

/** One member of the digital faculty: loaded from `mentors/<id>/`, never branched on in code. */
/** Words staff use (`words`) for what the content says in other words (`means`): retrieval only (mentors/<id>/terms.json). */
export interface TermGroup {
  readonly means: readonly string[];
  readonly words: readonly string[];
  /** Everyday English expressions meaning the same as a whole ("carry the can"), matched word for word. */
  readonly phrases?: readonly string[];
}

export interface Mentor {
  readonly id: string;
  readonly name: string;
  readonly role: Bilingual;
  readonly persona: Bilingual;
  readonly topics: readonly string[];
  /** Each topic's name as a person would write it, in both languages. */
  readonly topicNames: Readonly<Record<string, Bilingual>>;
  readonly refuses: Bilingual;
  readonly accent: string;
  readonly languages: readonly Language[];
  /** The mentor that answers when no other mentor's content fits. */
  readonly isDefault: boolean;
  /** Months after which reviewed content is due for re-review (mentor.json `reviewPeriodMonths`). */
  readonly reviewPeriodMonths?: number;
  /**
   * Words (lower case, as typed) that put a question in this mentor's field though none of its content answers it (mentor.json
   * `fieldWords`): "what is NIPT?" is told there is no content yet by Gwen, with Gwen's suggestions, not by the default mentor.
   */
  readonly fieldWords?: readonly string[];
  readonly explainers: readonly Explainer[];
  /** The pathway, in order. */
  readonly lessons: readonly Lesson[];
  readonly quiz: readonly QuizItem[];
  readonly cases: readonly CaseStudy[];
  /** Retrieval terms (mentors/<id>/terms.json; optional, none when absent). */
  readonly terms?: readonly TermGroup[];
  /** Prompt names (relative to the mentors folder) by chain step, e.g. `{ answer: 'hali/prompts/answer' }`. */
  readonly prompts: Readonly<Record<string, string>>;
  /** The start (60 characters, lower-cased) of each instruction line of the mentor's prompts, so an answer that repeats them can be caught. */
  readonly promptLines: readonly string[];
}

/** A topic's name in `language`, as written in the mentor's topicNames. */
export function topicName(mentor: Mentor, topic: string, language: Language): string {
  return mentor.topicNames[topic]?.[language] ?? topic;
}
