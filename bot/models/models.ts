/**
 * Model adapters at the edge, over Teams AI: the mentor model the settings call for (OpenAI or Azure
 * OpenAI behind the offline fallback, or the offline mentor alone), its capabilities (kind, offline,
 * streams), and the moderator the settings call for, failing closed.
 */
import type { TurnContext } from 'botbuilder';
import type { Agent } from 'node:https';
import { AI, AzureContentSafetyModerator, OpenAIModerator, OpenAIModel, type Memory, type Plan, type PredictedDoCommand, type TurnState, type Moderator, type PromptCompletionModel, type PromptFunctions, type PromptTemplate, type Tokenizer } from '@microsoft/teams-ai';
import type { PromptResponse } from '@microsoft/teams-ai/lib/types';
import type { Config } from '../config';
import { translator, type Language } from '../i18n';
import type { Logger } from '../log';
import { replyDeadlineOf } from '../turn-deadline';
import { COOL_DOWN_MS, ModelBreaker, THRESHOLD } from './breaker';
import { fetchRefusingFilteredAnswers, STOPPED_SHORT_MESSAGE } from './finish-reason';
import { unfitAnswer } from '../safety/model-answer';
import { answerAsShown } from './shown';
import { GROUNDING_KEY, OfflineMentorModel, type Grounding } from './offline';
import { setFellBack, setTokensUsed, modelTurnOf, type FallbackReason } from './turn';

/** How long a mentor waits for a model; Teams retries a message turn it thinks took over 15 s. */
export const MODEL_TIMEOUT_MS = 8_000;
/**
 * How long a moderation check (of the question, then of the answer) may take before the message counts as not checked:
 * both together, and the model's MODEL_TIMEOUT_MS, stay within the 15 s Teams waits for a turn.
 */
export const MODERATION_TIMEOUT_MS = 3_000;
/**
 * What a turn keeps, before its reply deadline, to send the offline answer when the model has not answered: a streamed answer's
 * last update may wait out the stream's 1.5 s spacing, then the final message needs a send slot and the connector's round trip.
 */
export const FALLBACK_RESERVE_MS = 3_500;

/** What a caller may ask of a mentor model, the one way to ask it. */
export interface ModelCapabilities {
  /** "offline", "openai" or "azure-openai" (reported by /healthz and telemetry). */
  readonly kind: string;
  /** True for the offline mentor: no language model, so no history, learner context or token budget. */
  readonly offline: boolean;
  /** True when the model can stream its answer as it is written (personal chat only). */
  readonly streams: boolean;
}

export type MentorModel = PromptCompletionModel & ModelCapabilities;

/**
 * A large language model with the offline mentor behind it: any error, 429 or timeout is answered
 * from the mentor's own content with a short note, so the learner is never left without a reply.
 */
export class FallbackModel implements MentorModel {
  readonly offline = false;

  constructor(
    readonly kind: string,
    private readonly primary: PromptCompletionModel,
    private readonly offlineMentor: OfflineMentorModel,
    private readonly log: Logger,
    private readonly timeoutMs = MODEL_TIMEOUT_MS,
    /** The same model asked to stream; used when the turn has an answer sink. */
    private readonly streaming?: OpenAIModel,
    private readonly breaker = new ModelBreaker(),
  ) {}

  get streams(): boolean {
    return this.streaming !== undefined;
  }

  async completePrompt(context: TurnContext, memory: Memory, functions: PromptFunctions, tokenizer: Tokenizer, template: PromptTemplate): Promise<PromptResponse<string>> {
    const turn = modelTurnOf(memory);
    if (turn?.offlineOnly) return this.answerOffline(context, memory, 'model.budget');
    // Nothing in the mentor's content answers the question: the mentor says so, as it does offline, and the model is not asked
    // (outside testing: "the best football team in Wales" got the model's answer, labelled AI learning content).
    const grounding = memory.getValue(GROUNDING_KEY) as Grounding | undefined;
    if (grounding?.question && grounding.passages.length === 0) return this.offlineMentor.completePrompt(context, memory);
    const started = Date.now();
    // The model has until its own timeout or, in a paced turn, until the offline answer would no longer reach Teams in time.
    const deadline = replyDeadlineOf(context);
    const timeoutMs = deadline === undefined ? this.timeoutMs : Math.min(this.timeoutMs, deadline - FALLBACK_RESERVE_MS - started);
    if (timeoutMs <= 0) {
      this.log.warn('model.fallback', { activityId: context.activity.id, model: this.kind, status: 'error', reason: 'no time left in the turn', ms: 0 });
      return this.answerOffline(context, memory, 'model.late');
    }
    // The model has failed again and again: it is not asked until the breaker's cool-down ends (breaker.ts).
    if (!this.breaker.allows()) return this.answerOffline(context, memory, 'model.unavailable');
    const sink = turn?.sink;
    const streaming = sink ? this.streaming : undefined;
    const forward = (from: TurnContext, _memory: Memory, chunk: { delta?: { content?: string | null } }) => {
      if (from === context && chunk.delta?.content) sink!.push(chunk.delta.content);
    };
    streaming?.events.on('chunkReceived', forward);
    let timer: NodeJS.Timeout | undefined;
    let late = false;
    const timedOut = new Promise<PromptResponse<string>>((resolve) => {
      timer = setTimeout(() => {
        late = true;
        resolve({ status: 'error', error: new Error(`no answer within ${timeoutMs} ms`) });
      }, timeoutMs);
    });
    const result = await Promise.race([
      (streaming ?? this.primary).completePrompt(context, memory, functions, tokenizer, template).catch((error: Error): PromptResponse<string> => ({ status: 'error', error })),
      timedOut,
    ]).finally(() => {
      clearTimeout(timer);
      // Words still arriving after a timeout belong to an answer that is no longer wanted.
      streaming?.events.off('chunkReceived', forward);
    });
    if (result.status === 'success' && result.message?.content?.trim()) {
      // Tokens for the budget: the prompt as the model received it, and the answer (shown or not, it was paid for).
      const prompt = await template.prompt.renderAsMessages(context, memory, functions, tokenizer, template.config.completion.max_input_tokens);
      const tokens = prompt.length + tokenizer.encode(result.message.content).length;
      setTokensUsed(memory, tokens);
      // The service answered, so it is up, whether or not what it wrote may be shown (safety/model-answer.ts).
      this.breaker.succeeded();
      const unfit = unfitAnswer(result.message.content, grounding?.language ?? 'en', { checkLanguage: grounding !== undefined, sources: grounding?.passages.length });
      if (unfit) {
        this.log.warn('model.unfit', { activityId: context.activity.id, model: this.kind, reason: unfit, ms: Date.now() - started, tokens });
        return this.answerOffline(context, memory, 'model.unfit');
      }
      this.log.info('model.completed', { activityId: context.activity.id, model: this.kind, ms: Date.now() - started, tokens, streamed: streaming !== undefined });
      return { ...result, message: { ...result.message, content: answerAsShown(result.message.content) } };
    }
    this.log.warn('model.fallback', { activityId: context.activity.id, model: this.kind, status: result.status, reason: result.error?.message ?? 'empty answer', ms: Date.now() - started });
    // A request refused for what it asked (a content filter, a prompt too long, an answer cut short) shows the service is up:
    // counted as a failure, one learner's questions would take the model away from everyone.
    if (refusedForWhatWasAsked(result)) this.breaker.succeeded();
    else if (this.breaker.failed()) this.log.warn('model.breaker_opened', { model: this.kind, failures: THRESHOLD, coolDownMs: COOL_DOWN_MS });
    return this.answerOffline(context, memory, result.status === 'rate_limited' ? 'model.busy' : late ? 'model.late' : 'model.unavailable');
  }

  private async answerOffline(context: TurnContext, memory: Memory, why: FallbackReason): Promise<PromptResponse<string>> {
    setFellBack(memory, why);
    const fallback = await this.offlineMentor.completePrompt(context, memory);
    const language = ((memory.getValue(GROUNDING_KEY) as Grounding | undefined)?.language ?? 'en') as Language;
    return { ...fallback, message: { ...fallback.message!, content: `${translator(language)(why)}\n\n${fallback.message!.content}` } };
  }
}

/** A failure caused by the request itself: HTTP 400, 413 or 422 (content filter, context length), or an answer stopped short. */
function refusedForWhatWasAsked(result: PromptResponse<string>): boolean {
  const message = result.error?.message ?? '';
  return result.status === 'too_long' || /error status of (?:400|413|422)\b/.test(message) || STOPPED_SHORT_MESSAGE.test(message);
}

/**
 * The mentor model the settings call for: OpenAI, Azure OpenAI, or the offline mentor. `httpAgent`
 * exists for tests that talk to a local server with a self-signed certificate.
 */
export async function createMentorModel(config: Config, log: Logger, options: { httpAgent?: Agent } = {}): Promise<MentorModel> {
  const offline = new OfflineMentorModel();
  // One attempt per turn: the turn's time is better spent on the offline answer than on retries.
  // An answer a content filter cut short fails rather than being shown as whole (finish-reason.ts).
  const clientOptions = { timeout: config.modelTimeoutMs, maxRetries: 0, fetch: fetchRefusingFilteredAnswers, ...(options.httpAgent ? { httpAgent: options.httpAgent } : {}) };
  // Teams AI's OpenAIModel streams or not for its whole life, so a streaming twin serves personal chats.
  const withFallback = (kind: string, build: (stream: boolean) => OpenAIModel) =>
    new FallbackModel(kind, build(false), offline, log, config.modelTimeoutMs, config.streamAnswers ? build(true) : undefined);
  if (config.azureOpenai.endpoint && config.azureOpenai.deployment) {
    const azureADTokenProvider = config.azureOpenai.apiKey ? undefined : await entraTokenProvider();
    return withFallback('azure-openai', (stream) => new OpenAIModel({
      azureEndpoint: config.azureOpenai.endpoint!,
      azureDefaultDeployment: config.azureOpenai.deployment!,
      azureApiKey: config.azureOpenai.apiKey,
      azureADTokenProvider,
      azureApiVersion: '2024-10-21',
      useSystemMessages: true,
      stream,
      clientOptions,
    }));
  }
  if (config.openai.apiKey) {
    return withFallback('openai', (stream) => new OpenAIModel({ apiKey: config.openai.apiKey!, endpoint: config.openai.baseUrl, defaultModel: config.openai.model, useSystemMessages: true, stream, clientOptions }));
  }
  return offline;
}

async function entraTokenProvider(): Promise<() => Promise<string>> {
  const { DefaultAzureCredential, getBearerTokenProvider } = await import('@azure/identity');
  return getBearerTokenProvider(new DefaultAzureCredential(), 'https://cognitiveservices.azure.com/.default');
}

/** The moderator the settings call for, if any, failing closed when its service cannot be reached. */
export function createModerator<TState extends TurnState>(config: Config): Moderator<TState> | undefined {
  const { moderation, openai } = config;
  if (moderation.kind === 'openai' && openai.apiKey) {
    // The moderation client adds /v1/moderations itself.
    return new FailClosedModerator(new OpenAIModerator<TState>({ apiKey: openai.apiKey, endpoint: openai.baseUrl?.replace(/\/v1\/?$/, ''), moderate: 'both' }));
  }
  if (moderation.kind === 'azure' && moderation.endpoint && moderation.key) {
    return new FailClosedModerator(new AzureContentSafetyModerator<TState>({ apiKey: moderation.key, endpoint: moderation.endpoint, apiVersion: '2023-10-01', moderate: 'both' }));
  }
  return undefined;
}

/** What a moderator asks for when it could not check a message: the "could not check" reply. */
export const MODERATION_UNAVAILABLE: Plan = { type: 'plan', commands: [{ type: 'DO', action: AI.HttpErrorActionName, parameters: { moderation: 'unavailable' } } as PredictedDoCommand] };

/**
 * Teams AI's moderators answer a rate limit with a request for the HttpError action but throw on
 * any other failure, which would look like a fault in HALI. Both become the same request here, so a
 * message that could not be checked is never answered, and is never mistaken for a bug.
 */
export class FailClosedModerator<TState extends TurnState> implements Moderator<TState> {
  constructor(
    private readonly inner: Moderator<TState>,
    private readonly timeoutMs = MODERATION_TIMEOUT_MS,
  ) {}

  async reviewInput(context: TurnContext, state: TState): Promise<Plan | undefined> {
    return this.checked(this.inner.reviewInput(context, state));
  }

  async reviewOutput(context: TurnContext, state: TState, plan: Plan): Promise<Plan> {
    return this.checked(this.inner.reviewOutput(context, state, plan));
  }

  /**
   * A check that has not answered within its time is a check that could not be made: a moderation service that hangs
   * (outside testing: no answer at all, for every learner, and Teams' retry dropped as a duplicate) gets the same reply
   * as one that is down. Teams AI's moderators take no abort signal: the request is left to its client's own timeout.
   */
  private checked<T>(review: Promise<T>): Promise<T | Plan> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Plan>((resolve) => {
      timer = setTimeout(() => resolve(MODERATION_UNAVAILABLE), this.timeoutMs);
    });
    return Promise.race([review.catch(() => MODERATION_UNAVAILABLE), late]).finally(() => clearTimeout(timer));
  }
}
