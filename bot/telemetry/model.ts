import type { TurnContext } from 'botbuilder';
import type { Memory, PromptCompletionModel, PromptFunctions, PromptTemplate, Tokenizer } from '@microsoft/teams-ai';
import type { PromptResponse } from '@microsoft/teams-ai/lib/types';
import type { Telemetry } from './telemetry';

/**
 * A mentor model with a span and metrics around each call: the model kind, whether the model or the
 * offline mentor answered, tokens and time. The prompt and the answer are never recorded.
 */
export class TracedModel implements PromptCompletionModel {
  constructor(
    private readonly inner: PromptCompletionModel & { readonly kind: string },
    private readonly telemetry: Telemetry,
  ) {}

  get kind(): string {
    return this.inner.kind;
  }

  completePrompt(context: TurnContext, memory: Memory, functions: PromptFunctions, tokenizer: Tokenizer, template: PromptTemplate): Promise<PromptResponse<string>> {
    return this.telemetry.traced('hali.model', { 'hali.model.kind': this.kind }, async (span) => {
      const started = performance.now();
      const tokensBefore = tokensIn(memory);
      const result = await this.inner.completePrompt(context, memory, functions, tokenizer, template);
      // FallbackModel sets temp.tokensUsed only when the language model itself answered.
      const tokens = Math.max(0, tokensIn(memory) - tokensBefore);
      const answeredBy = tokens > 0 ? 'model' : 'offline';
      span.set({ 'hali.model.answered_by': answeredBy, 'hali.model.tokens': tokens, 'hali.model.status': result.status });
      this.telemetry.modelCall({ model: this.kind, answeredBy, tokens, ms: performance.now() - started });
      return result;
    });
  }
}

function tokensIn(memory: Memory): number {
  const value = memory.getValue('temp.tokensUsed');
  return typeof value === 'number' ? value : 0;
}
