import type { Activity, TurnContext } from 'botbuilder';
import { escapeCardText } from '../../cards/escape';
import { outcomeUnknown, statusOf } from '../connector-client';
import type { Logger } from '../log';
import { answerAsShown } from '../models/shown';
import type { AnswerSink } from '../models/turn';
import { PROMPT_LINE_LENGTH, repeatsInstructions } from '../safety/prompt-leak';

/**
 * Teams asks bots to buffer a model's tokens for 1.5 to 2 seconds between streaming updates, and
 * throttles bots that update faster.
 */
export const STREAM_INTERVAL_MS = 1500;

export interface AnswerStreamOptions {
  /** Shown while the mentor reads its sources ("HALI is checking the sources…"). */
  readonly informative: string;
  /** The mentor's instruction lines (lower-cased): an answer that repeats one is never shown. */
  readonly promptLines: readonly string[];
  /** How many numbered sources the answer may cite; `[n]` markers within range stay citations. */
  readonly sourceCount: number;
  readonly intervalMs?: number;
  readonly log: Logger;
}

type Phase = 'open' | 'failed' | 'cancelled' | 'done';

/**
 * One streamed answer in a personal chat, over Teams' streaming protocol: an informative update, then
 * typing activities carrying the answer so far, then the final message (which replaces the streamed
 * text, and alone carries the card, citations, AI label and feedback buttons).
 *
 * Model text is untrusted while it streams as much as after: it is escaped like card text, and the
 * last 60 characters are held back, so an answer that starts repeating the mentor's instructions is
 * caught (the leak check matches 60-character lines) before any of the repeated line is shown.
 * When Teams refuses streaming, the answer is sent as an ordinary card; when the learner presses Stop,
 * nothing more is sent. A final message that reached Teams but got no answer (a reset, a timeout) may be
 * in the chat already: the streamed message is then updated in place to the final content (the id Teams
 * gave the stream is the message's), never sent again as a second card.
 */
export class AnswerStream implements AnswerSink {
  private raw = '';
  private shown = '';
  private sequence = 0;
  private streamId?: string;
  private phase: Phase = 'open';
  private closing = false;
  private leaked = false;
  /** The last failed request reached Teams, but no answer came back: Teams may have taken it. */
  private uncertain = false;
  private queue: Promise<void> = Promise.resolve();
  private updateQueued = false;
  private lastSentAt = 0;
  private readonly intervalMs: number;

  constructor(
    private readonly context: TurnContext,
    private readonly options: AnswerStreamOptions,
  ) {
    this.intervalMs = options.intervalMs ?? STREAM_INTERVAL_MS;
  }

  /** Starts the stream with the informative update. */
  start(): void {
    this.enqueue(() => this.send('typing', this.options.informative, 'informative'));
  }

  push(text: string): void {
    if (this.closing || this.phase !== 'open') return;
    this.raw += text;
    if (this.updateQueued) return;
    this.updateQueued = true;
    this.enqueue(async () => {
      await this.paced();
      this.updateQueued = false;
      await this.update();
    });
  }

  /** The streamed message's id (Teams keeps it for the final message), once the first chunk was accepted. */
  get id(): string | undefined {
    return this.streamId;
  }

  /**
   * Ends the stream with `final` (the answer's text, card and entities). `fallback` sends the answer
   * as an ordinary message instead, when Teams would not take the stream.
   */
  async finish(final: Partial<Activity>, fallback: () => Promise<void>): Promise<void> {
    this.closing = true;
    await this.queue;
    if (this.phase === 'cancelled') return;
    if (this.phase !== 'open' || !this.streamId) {
      this.phase = 'done';
      return fallback();
    }
    await this.paced();
    const info = { streamId: this.streamId, streamType: 'final' };
    const sent = await this.deliver({
      ...final,
      type: 'message',
      textFormat: 'markdown',
      entities: [{ type: 'streaminfo', ...info }, ...(final.entities ?? [])],
      channelData: { ...final.channelData, ...info },
    });
    const failed = (this.phase as Phase) === 'failed';
    this.phase = 'done';
    if (sent || !failed) return;
    // The final message reached Teams but its answer was lost: Teams may show it already, so a new card could show the
    // answer twice. The streamed message is set to the final content in place instead, which is the same whether or not
    // the final message was taken; only a refusal of that update (the message is not there) sends the answer anew.
    if (this.uncertain) {
      if (await this.updateInPlace(final)) return;
      if (this.uncertain) return;
    }
    await fallback();
  }

  /** The whole answer as the final message's text: escaped, its citation markers kept. */
  finalText(answer: string): string {
    return this.render(answer);
  }

  /** Stops the stream without a final message (the turn ended another way). */
  abandon(): void {
    this.closing = true;
    if (this.phase === 'open') this.phase = 'done';
  }

  private async update(): Promise<void> {
    if (this.phase !== 'open' || this.leaked) return;
    if (repeatsInstructions(this.raw, this.options.promptLines)) {
      this.leaked = true;
      return;
    }
    // Identifiers the model writes never show, even for a moment; the held-back tail keeps a half-written one out of view.
    const text = this.render(heldBack(answerAsShown(this.raw)));
    // Teams rejects an update that does not continue the text already shown.
    if (text.length <= this.shown.length || !text.startsWith(this.shown)) return;
    if (await this.send('typing', text, 'streaming')) this.shown = text;
  }

  /** Markdown escaped like card text, and HTML made inert: Teams renders tags such as <a> and <img> in message text. */
  private render(raw: string): string {
    const inert = raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return escapeCardText(inert).replace(/\\\[(\d{1,2})\\\](?!\()/g, (marker, n: string) => (Number(n) >= 1 && Number(n) <= this.options.sourceCount ? `[${n}]` : marker));
  }

  private async send(type: 'typing', text: string, streamType: 'informative' | 'streaming'): Promise<boolean> {
    const info = { streamType, streamSequence: ++this.sequence, ...(this.streamId ? { streamId: this.streamId } : {}) };
    // botbuilder drops an outgoing activity's id, so the stream id travels in the entity and channel data.
    return this.deliver({ type, text, textFormat: 'markdown', entities: [{ type: 'streaminfo', ...info }], channelData: info });
  }

  private async deliver(activity: Partial<Activity>): Promise<boolean> {
    try {
      const response = await this.context.sendActivity(activity);
      this.lastSentAt = Date.now();
      this.streamId ??= response?.id;
      return true;
    } catch (error) {
      const message = (error as Error).message ?? '';
      this.phase = /cancel/i.test(message) ? 'cancelled' : 'failed';
      this.uncertain = outcomeUnknown(error);
      this.options.log.warn('stream.stopped', { activityId: this.context.activity.id, reason: this.phase, status: statusOf(error) ?? null, outcomeUnknown: this.uncertain });
      return false;
    }
  }

  /** The streamed message updated to the final content (without the stream's markers: the update is no part of the stream). */
  private async updateInPlace(final: Partial<Activity>): Promise<boolean> {
    try {
      await this.context.updateActivity({ ...final, id: this.streamId, type: 'message', textFormat: 'markdown' });
      return true;
    } catch (error) {
      this.uncertain = outcomeUnknown(error);
      this.options.log.warn('stream.update_failed', { activityId: this.context.activity.id, status: statusOf(error) ?? null, outcomeUnknown: this.uncertain });
      return false;
    }
  }

  private enqueue(step: () => Promise<unknown>): void {
    this.queue = this.queue.then(step).then(() => undefined);
  }

  private async paced(): Promise<void> {
    const wait = this.lastSentAt + this.intervalMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** The text that may be shown: all but the last line's worth, cut at a word boundary. */
function heldBack(raw: string): string {
  const limit = raw.length - PROMPT_LINE_LENGTH;
  if (limit <= 0) return '';
  const cut = raw.lastIndexOf(' ', limit);
  return cut > 0 ? raw.slice(0, cut) : '';
}
