/**
 * When the language model keeps failing (down, refusing every key, rate-limited), each learner would wait out its timeout
 * before the offline answer. After THRESHOLD failures in a row the model is not asked for COOL_DOWN_MS: mentors answer from
 * their content at once, with the same note. Then one turn tries the model again: an answer closes the breaker, a failure
 * opens it for another cool-down. Per process, as the failures it counts are.
 */
export const THRESHOLD = 3;
export const COOL_DOWN_MS = 30_000;

export class ModelBreaker {
  private failures = 0;
  private openUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether to ask the model this turn; after a cool-down, the first turn to ask is the one trial. */
  allows(): boolean {
    if (this.failures < THRESHOLD) return true;
    if (this.now() < this.openUntil) return false;
    // The trial: other turns wait for its outcome, and a trial that never reports back ends with the next cool-down.
    this.openUntil = this.now() + COOL_DOWN_MS;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  /** Records a failure; true when it opens the breaker. */
  failed(): boolean {
    this.failures++;
    if (this.failures < THRESHOLD) return false;
    this.openUntil = this.now() + COOL_DOWN_MS;
    return this.failures === THRESHOLD;
  }
}
