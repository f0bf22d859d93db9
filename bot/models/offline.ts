import type { TurnContext } from 'botbuilder';
import type { Memory, PromptCompletionModel } from '@microsoft/teams-ai';
import type { PromptResponse } from '@microsoft/teams-ai/lib/types';
import type { Language } from '../i18n';
import type { Source } from '../mentors/types';
import { setAuthored } from './turn';

/**
 * What the mentor route puts in `temp.grounding` before the planner runs: the same facts the
 * LLM prompt receives as {{$temp.sources}}, in structured form.
 */
export interface Grounding {
  readonly language: Language;
  readonly passages: readonly {
    readonly answer: string;
    readonly sources: readonly Source[];
    readonly review?: 'draft' | 'reviewed';
    /** The answer is the authors' simpler version, given because the learner asked for it simply. */
    readonly simplified?: boolean;
    /** The content the passage came from, for follow-ups on the answer. */
    readonly from?: { readonly mentorId: string; readonly kind: 'explainer' | 'lesson'; readonly id: string };
    /** It answers a second topic the question asked about: the offline mentor answers it too, after the first. */
    readonly secondTopic?: boolean;
  }[];
  /** Said when no passage answers the question. */
  readonly noAnswer: string;
  /**
   * A learner's question, which a model answers only from the passages: with none, the mentor says it has no answer and the
   * model is not asked. A case discussion's grounding has no passages (the case is in the prompt) and is answered by the model.
   */
  readonly question?: boolean;
}

export const GROUNDING_KEY = 'temp.grounding';

/**
 * The embedded mentor model used when no LLM is configured. It answers from the retrieved mentor
 * content only, cites it, and says plainly when the content has no answer. It sits behind the same
 * ActionPlanner as an LLM, so everything around it (prompt choice, history, reply) is shared.
 */
export class OfflineMentorModel implements PromptCompletionModel {
  readonly kind = 'offline';
  readonly offline = true;
  readonly streams = false;

  async completePrompt(_context: TurnContext, memory: Memory): Promise<PromptResponse<string>> {
    const grounding = memory.getValue(GROUNDING_KEY) as Grounding | undefined;
    const best = grounding?.passages[0];
    // Authored content, not generated: the answer card says so instead of carrying the AI label.
    setAuthored(memory, best ? (best.review ?? 'draft') : 'abstained');
    if (!grounding || !best) {
      return { status: 'success', message: { role: 'assistant', content: grounding?.noAnswer ?? '' } };
    }
    // Sources are numbered by passage, as in the LLM prompt, so "[1]" means the first passage. A question on two topics
    // ("what is a VUS and what is consent for genetic testing") is answered on both, each with its own source.
    const second = grounding.passages.findIndex((p, i) => i > 0 && p.secondTopic);
    const also = second > 0 ? `\n\n${grounding.passages[second].answer} [${second + 1}]` : '';
    if (second > 0 && grounding.passages[second].review !== 'reviewed') setAuthored(memory, 'draft');
    return { status: 'success', message: { role: 'assistant', content: `${best.answer} [1]${also}` } };
  }
}
