import type { TurnContext } from 'botbuilder';
import type { Memory, PromptCompletionModel } from '@microsoft/teams-ai';
import type { PromptResponse } from '@microsoft/teams-ai/lib/types';
import type { Language } from '../i18n';
import type { Source } from './types';

/**
 * What the mentor route puts in `temp.grounding` before the planner runs: the same facts the
 * LLM prompt receives as {{$temp.sources}}, in structured form.
 */
export interface Grounding {
  readonly language: Language;
  readonly passages: readonly { readonly answer: string; readonly sources: readonly Source[]; readonly review?: 'draft' | 'reviewed' }[];
  /** Said when no passage answers the question. */
  readonly noAnswer: string;
}

export const GROUNDING_KEY = 'temp.grounding';

/**
 * Set by the offline mentor when it answers: the answer is authored content, not generated, so it
 * is labelled with the content's review status instead of "AI generated". Absent after a model's answer.
 */
export const AUTHORED_KEY = 'temp.authored';
export type Authored = 'reviewed' | 'draft' | 'abstained';

/**
 * The embedded mentor model used when no LLM is configured. It answers from the retrieved mentor
 * content only, cites it, and says plainly when the content has no answer. It sits behind the same
 * ActionPlanner as an LLM, so everything around it (prompt choice, history, reply) is shared.
 */
export class OfflineMentorModel implements PromptCompletionModel {
  readonly kind = 'offline';

  async completePrompt(_context: TurnContext, memory: Memory): Promise<PromptResponse<string>> {
    const grounding = memory.getValue(GROUNDING_KEY) as Grounding | undefined;
    const best = grounding?.passages[0];
    memory.setValue(AUTHORED_KEY, (best ? (best.review ?? 'draft') : 'abstained') satisfies Authored);
    if (!grounding || !best) {
      return { status: 'success', message: { role: 'assistant', content: grounding?.noAnswer ?? '' } };
    }
    // Sources are numbered by passage, as in the LLM prompt, so "[1]" means the first passage.
    return { status: 'success', message: { role: 'assistant', content: `${best.answer} [1]` } };
  }
}
