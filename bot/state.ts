import { TurnState, type DefaultConversationState, type DefaultTempState, type DefaultUserState } from '@microsoft/teams-ai';
import type { Language, Translate } from './i18n';
import type { Grounding } from './models/offline';
import type { ModelTurn } from './models/turn';
import type { Learner, LearnerChange } from './learning/learner';
import type { LoadedLearner } from './learning/learner-repository';

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
  language: Language;
  t: Translate;
  mentorId?: string;
  grounding?: Grounding;
  /** Prompt variables for LLM mentors: numbered sources, language name and learner role. */
  sources?: string;
  languageName?: string;
  role?: string;
  /** What the route, model, stream, budget and telemetry share; use the functions in models/turn.ts. */
  modelTurn?: ModelTurn;
  /** What the mentor may know of the learner's learning: reviews due, weak topics, where they are. */
  learnerContext?: string;
}

/** Per-conversation state kept by Teams AI (alongside the mentor's history). */
export interface HaliConversationState extends DefaultConversationState {
  /** The mentor this conversation was last talking to. */
  mentorId?: string;
}

export type HaliTurnState = TurnState<HaliConversationState, DefaultUserState, HaliTempState>;

export function createTurnState(): HaliTurnState {
  return new TurnState<HaliConversationState, DefaultUserState, HaliTempState>();
}

/** Records a change to the learner for this turn and shows it to the rest of the turn at once. */
export function changeLearner(state: HaliTurnState, change: LearnerChange): void {
  state.temp.changes.push(change);
  state.temp.learner = change(state.temp.learner);
}
