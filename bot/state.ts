import { TurnState, type DefaultConversationState, type DefaultTempState, type DefaultUserState } from '@microsoft/teams-ai';
import type { Language, Translate } from './i18n';
import type { Grounding } from './mentors/offline-model';
import type { Learner } from './store/learners';

/** Per-turn facts set by beforeTurn and the routes; never persisted. */
export interface HaliTempState extends DefaultTempState {
  learner: Learner;
  /** Set when a route changed the learner; afterTurn writes it once. */
  learnerChanged: boolean;
  language: Language;
  t: Translate;
  mentorId?: string;
  grounding?: Grounding;
  /** Prompt variables for LLM mentors: numbered sources, language name and learner role. */
  sources?: string;
  languageName?: string;
  role?: string;
}

export type HaliTurnState = TurnState<DefaultConversationState, DefaultUserState, HaliTempState>;

export function createTurnState(): HaliTurnState {
  return new TurnState<DefaultConversationState, DefaultUserState, HaliTempState>();
}
