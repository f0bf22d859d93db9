import type { TurnContext } from 'botbuilder';
import type { Memory, PromptFunctions, PromptTemplate, Tokenizer } from '@microsoft/teams-ai';
import type { PromptResponse } from '@microsoft/teams-ai/lib/types';
import type { MentorModel } from '../models/models';
import { tokensUsedIn } from '../models/turn';
import type { Telemetry } from './telemetry';

/**
 * A mentor model with a span and metrics around each call: the model kind, whether the model or the
 * offline mentor answered, tokens and time. The prompt and the answer are never recorded.
 */
export class TracedModel implements MentorModel {
  constructor(
    private readonly inner: MentorModel,
    private readonly telemetry: Telemetry,
  ) {}

  get kind(): string {
    return this.inner.kind;
  }

  get offline(): boolean {
    return this.inner.offline;
  }

  get streams(): boolean {
    return this.inner.streams;
  }

  completePrompt(context: TurnContext, memory: Memory, functions: PromptFunctions, tokenizer: Tokenizer, template: PromptTemplate): Promise<PromptResponse<string>> {
    return this.telemetry.traced('hali.model', { 'hali.model.kind': this.kind }, async (span) => {
      const started = performance.now();
      const tokensBefore = tokensUsedIn(memory);
      const result = await this.inner.completePrompt(context, memory, functions, tokenizer, template);
      // FallbackModel records tokens only when the language model itself answered.
      const tokens = Math.max(0, tokensUsedIn(memory) - tokensBefore);
      const answeredBy = tokens > 0 ? 'model' : 'offline';
      span.set({ 'hali.model.answered_by': answeredBy, 'hali.model.tokens': tokens, 'hali.model.status': result.status });
      this.telemetry.modelCall({ model: this.kind, answeredBy, tokens, ms: performance.now() - started });
      return result;
    });
  }
}
