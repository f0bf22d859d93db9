import type { TurnContext } from 'botbuilder';
import type { Memory } from '@microsoft/teams-ai';
import { OfflineMentorModel } from '../../bot/models/offline';

/** The offline mentor, which a test can hold at the model until it lets go: a turn in flight. */
export class HeldModel extends OfflineMentorModel {
  entered: Promise<void> = Promise.resolve();
  private enter: () => void = () => undefined;
  private gate: Promise<void> = Promise.resolve();
  release: () => void = () => undefined;

  constructor({ held = false }: { held?: boolean } = {}) {
    super();
    if (held) this.hold();
  }

  /** The next prompt waits at the model: `entered` resolves when it arrives, `release()` lets it go on. */
  hold(): void {
    this.entered = new Promise((resolve) => (this.enter = resolve));
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  override async completePrompt(context: TurnContext, memory: Memory) {
    this.enter();
    await this.gate;
    return super.completePrompt(context, memory);
  }
}
