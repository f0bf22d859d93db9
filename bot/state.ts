import type { Storage, TurnContext } from 'botbuilder';
import { TurnState, type DefaultConversationState, type DefaultTempState, type DefaultUserState } from '@microsoft/teams-ai';
import type { DocumentRef } from './store/documents';
import type { LearningEvent } from './store/events';
import { translator, type Language, type Translate } from './i18n';
import type { Grounding } from './models/offline';
import type { ModelTurn } from './models/turn';
import type { Learner, LearnerChange } from './learning/learner';
import type { LoadedLearner } from './learning/learner-repository';
import type { Explainer } from './mentors/types';
import type { NearestQuestion } from './mentors/faculty';

/** Per-turn facts set by beforeTurn and the routes; never persisted as such. */
export interface HaliTempState extends DefaultTempState {
  /** The learner as read at the start of the turn. */
  loaded: LoadedLearner;
  /** The learner with this turn's changes applied, for routes to read. */
  learner: Learner;
  /** This turn's changes; afterTurn writes them once (and re-applies them if another turn wrote first). */
  changes: LearnerChange[];
  /** Set when the learner's data was erased this turn: nothing about them may be written again. */
  erased?: boolean;
  /** When the turn began: a learner erased after this gets nothing written back by this turn. */
  startedAt: Date;
  /** Learning events of this turn, given to the log by afterTurn unless the learner was erased meanwhile. */
  events: PendingEvent[];
  /** Documents about the learner this turn wrote mid-turn (case contributions), removed if they were erased meanwhile. */
  written: DocumentRef[];
  /** Other writes about the learner (an unanswered question kept for educators), made by afterTurn unless they were erased meanwhile. */
  afterwards: (() => void)[];
  /** Set once the turn's learner writes have been made (store/learners commit, events): they are made at most once. */
  saved?: boolean;
  /** Set by afterTurn: resolves false when the learner was erased after the turn began (then state is not saved). */
  mayWrite?: () => Promise<boolean>;
  language: Language;
  t: Translate;
  mentorId?: string;
  grounding?: Grounding;
  /** With no answer, the questions offered instead ("did you mean"), chosen with the mentor. */
  offers?: readonly NearestQuestion[];
  /** Prompt variables for LLM mentors: numbered sources, language name and learner role. */
  sources?: string;
  languageName?: string;
  role?: string;
  /** What the route, model, stream, budget and telemetry share; use the functions in models/turn.ts. */
  modelTurn?: ModelTurn;
  /** What the mentor may know of the learner's learning: reviews due, weak topics, where they are. */
  learnerContext?: string;
  /** Set when this turn is a follow-up on an earlier answer, run through a follow-up prompt. */
  followUp?: FollowUpTurn;
  /** A follow-up prompt's variable: the mentor's own lessons and questions near the answer, the only ones it may recommend. */
  readingList?: string;
}

/** Per-conversation state kept by Teams AI (alongside the mentor's history). */
export interface HaliConversationState extends DefaultConversationState {
  /** The mentor this conversation was last talking to. */
  mentorId?: string;
  /** A model's recent answers, for the follow-up buttons on their cards (none offline: no transcript is kept). */
  answers?: FollowedAnswer[];
  /**
   * What the last answer's follow-ups build on, for a follow-up typed ("explain that more simply", "enghraifft plis"): ids of
   * content and a model answer's ref only, never the learner's words. Cleared when the mentor had no answer.
   */
  followable?: { readonly mentorId: string; readonly explainerId: string; readonly answerRef?: string; readonly language: Language };
}

/**
 * A model's answer that the follow-up buttons on its card refer to, by `ref`. The card carries only
 * the ref (never the learner's text); the question and answer stay in the conversation's state, which
 * with a model already holds the mentor's history, and is exported, erased and expired with it.
 */
export interface FollowedAnswer {
  readonly ref: string;
  readonly mentorId: string;
  /** The language the answer was given in (the question's, unless the learner chose one). */
  readonly language: Language;
  /** The question as the model saw it: patient identifiers already removed. */
  readonly question: string;
  /** The answer as the model wrote it, redacted and bounded. */
  readonly answer: string;
  /** The explainer the answer cited first: the offline follow-up's subject when the model cannot answer. */
  readonly explainerId: string;
}

/** The three follow-ups offered on an answer. */
export type FollowUpKind = 'simpler' | 'example' | 'readNext';

/** A follow-up turn: which follow-up, on which answer, about which explainer. */
export interface FollowUpTurn {
  readonly kind: FollowUpKind;
  readonly answer: FollowedAnswer;
  readonly explainer: Explainer;
}

/** A learning event waiting for the end of its turn. */
export interface PendingEvent {
  readonly learnerId: string;
  readonly event: LearningEvent;
  readonly key?: string;
}

/**
 * Teams AI's turn state, whose save writes the conversation and user state (the mentor's history)
 * only if the learner was not erased after the turn began: a turn in flight during "forget me" must
 * not put the transcript back. The check runs only when there is something to write.
 */
export class HaliTurnState extends TurnState<HaliConversationState, DefaultUserState, HaliTempState> {
  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    const mayWrite = this.isLoaded ? this.temp.mayWrite : undefined;
    if (!storage || !mayWrite) return super.save(context, storage);
    return super.save(context, {
      read: (keys) => storage.read(keys),
      write: async (changes) => {
        if (await mayWrite()) await storage.write(changes);
      },
      delete: (keys) => storage.delete(keys),
    });
  }
}

export function createTurnState(): HaliTurnState {
  return new HaliTurnState();
}

/** Records a learning event for this turn; afterTurn hands it to the log (ids and facts, never message text). */
/** A write about the learner that afterTurn makes only if they were not erased after the turn began. */
export function writeAfterTurn(state: HaliTurnState, write: () => void): void {
  state.temp.afterwards.push(write);
}

export function recordEvent(state: HaliTurnState, learnerId: string, event: LearningEvent, key?: string): void {
  state.temp.events.push({ learnerId, event, key });
}

/** Records a change to the learner for this turn and shows it to the rest of the turn at once. */
export function changeLearner(state: HaliTurnState, change: LearnerChange): void {
  state.temp.changes.push(change);
  state.temp.learner = change(state.temp.learner);
}

/**
 * Answers this turn in `language` unless the learner chose one: a Welsh question, or a button on a Welsh answer, from a Teams
 * client set to English is answered in Welsh.
 */
/**
 * The learner wrote in `language` (a Welsh command, a question whose language is clear): kept, while they have not chosen a
 * language, as what to write to them outside a turn (a nudge: writingLanguage in learning/learner.ts).
 */
export function rememberWritingIn(state: HaliTurnState, language: Language): void {
  if (state.temp.learner.language || state.temp.learner.preferences.writesIn === language) return;
  changeLearner(state, (l) => ({ ...l, preferences: { ...l.preferences, writesIn: language } }));
}

export function answerIn(state: HaliTurnState, language: Language | undefined): void {
  if (!language || state.temp.learner.language || language === state.temp.language) return;
  state.temp.language = language;
  state.temp.t = translator(language);
}
