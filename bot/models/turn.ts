/**
 * The one typed per-turn context the mentor route, the model wrapper, the answer stream, the token
 * budget and telemetry share. It lives in the turn's memory (Teams AI passes memory, not our state,
 * to a model), but is only ever read and written through these functions, never by a string path.
 */

/** Where a streaming model's words go as they arrive. */
export interface AnswerSink {
  push(text: string): void;
}

/** Turn memory as Teams AI's `Memory` offers it (the turn state implements it). */
export interface TurnMemory {
  getValue(path: string): unknown;
  setValue(path: string, value: unknown): void;
}

/** An offline answer's origin: the mentor's reviewed or draft content, or no answer at all. */
export type Authored = 'reviewed' | 'draft' | 'abstained';

export interface ModelTurn {
  /** The learner's daily token budget is spent: the mentor answers from its own content. */
  readonly offlineOnly: boolean;
  /** Where the answer streams to; absent, the model answers in one piece. */
  sink?: AnswerSink;
  /** Tokens the language model used this turn (prompt and answer); 0 when it did not answer. */
  tokensUsed: number;
  /** Set when the offline mentor answered: authored content is labelled with its review status, not as AI-generated. */
  authored?: Authored;
  /** Why the language model did not answer (the note the learner reads), when it fell back to the offline mentor. */
  fellBack?: FallbackReason;
  /** The prompt this turn runs instead of the mentor's answer prompt (a follow-up's), by name. */
  prompt?: string;
}

/** The note said when the model could not answer: busy (429), unavailable (an error or a refusal), late (no answer in time), or the day's budget spent. */
export type FallbackReason = 'model.busy' | 'model.unavailable' | 'model.late' | 'model.budget' | 'model.unfit';

const PATH = 'temp.modelTurn';

/** Starts the turn's model context: nothing used yet, and no stream. */
export function beginModelTurn(memory: TurnMemory, offlineOnly: boolean): ModelTurn {
  const turn: ModelTurn = { offlineOnly, tokensUsed: 0 };
  memory.setValue(PATH, turn);
  return turn;
}

/** The turn's model context, if the route began one. */
export function modelTurnOf(memory: TurnMemory): ModelTurn | undefined {
  return memory.getValue(PATH) as ModelTurn | undefined;
}

/** Sends the model's words to `sink` as they arrive. */
export function streamTo(memory: TurnMemory, sink: AnswerSink): void {
  const turn = modelTurnOf(memory) ?? beginModelTurn(memory, false);
  turn.sink = sink;
}

/** Records the tokens the language model used to answer (called by the model wrapper). */
export function setTokensUsed(memory: TurnMemory, tokens: number): void {
  const turn = modelTurnOf(memory) ?? beginModelTurn(memory, false);
  turn.tokensUsed = tokens;
}

/** Tokens the language model has used so far this turn. */
export function tokensUsedIn(memory: TurnMemory): number {
  return modelTurnOf(memory)?.tokensUsed ?? 0;
}

/** Records that the offline mentor answered from authored content, or had no answer (called by the offline model). */
export function setAuthored(memory: TurnMemory, authored: Authored): void {
  const turn = modelTurnOf(memory) ?? beginModelTurn(memory, false);
  turn.authored = authored;
}

/** Whether this turn's answer is authored content (and its review status), or undefined for a model's answer. */
export function authoredIn(memory: TurnMemory): Authored | undefined {
  return modelTurnOf(memory)?.authored;
}

/** Records why the language model did not answer this turn (called by the model wrapper). */
export function setFellBack(memory: TurnMemory, why: FallbackReason): void {
  const turn = modelTurnOf(memory) ?? beginModelTurn(memory, false);
  turn.fellBack = why;
}

/** Why the language model did not answer this turn, if it did not. */
export function fellBackIn(memory: TurnMemory): FallbackReason | undefined {
  return modelTurnOf(memory)?.fellBack;
}

/** Runs `prompt` (a prompt name) this turn instead of the mentor's answer prompt. */
export function usePrompt(memory: TurnMemory, prompt: string): void {
  const turn = modelTurnOf(memory) ?? beginModelTurn(memory, false);
  turn.prompt = prompt;
}

/** The prompt this turn runs instead of the mentor's answer prompt, if any. */
export function promptOf(memory: TurnMemory): string | undefined {
  return modelTurnOf(memory)?.prompt;
}
