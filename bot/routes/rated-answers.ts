import type { AppDeps } from '../deps';
import { redact } from '../safety/redact';
import { withoutAsker } from '../safety/asker';

/** An answer as sent, held in memory until it is rated or forgotten. */
export interface RecentAnswer {
  readonly mentorId: string;
  readonly language: 'en' | 'cy';
  readonly question: string;
  readonly answer: string;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
}

/** How many answers are held, and for how long: Teams shows feedback buttons on recent answers. */
export const RECENT_ANSWERS = { max: 2000, ttlMs: 24 * 3600_000 } as const;
const TEXT_LIMIT = 2000;

/**
 * Recent answers, in this process's memory only, so that a thumbs-down can keep the question and
 * answer for educators while nothing is stored for answers nobody rates (the offline mentor keeps
 * no transcript). Bounded in count, length and age; keyed by conversation and the answer's activity id.
 * A rating that reaches another instance, or comes after a restart, finds nothing and keeps nothing.
 *
 * What comes in is already free of patient identifiers: the question as the mentor read it (redacted when the turn began)
 * and the answer as shown (authored content, or a model's answer redacted as it arrived: models/shown.ts). It is redacted
 * again only when rated, on its way to educators: redacting every answer as it was sent, of which few are ever rated, was
 * a tenth of a turn's time (`npm run bench`).
 */
export class RecentAnswers {
  private readonly held = new Map<string, { at: number; answer: RecentAnswer }>();

  constructor(private readonly clock: () => Date) {}

  remember(conversationId: string, activityId: string, answer: RecentAnswer): void {
    const key = `${conversationId}\n${activityId}`;
    this.held.delete(key);
    this.held.set(key, { at: this.clock().getTime(), answer: { ...answer, question: answer.question.slice(0, TEXT_LIMIT), answer: answer.answer.slice(0, TEXT_LIMIT) } });
    // Oldest first in a Map: drop from the front past the bound.
    for (const oldest of this.held.keys()) {
      if (this.held.size <= RECENT_ANSWERS.max) break;
      this.held.delete(oldest);
    }
  }

  /** The answer, once: a second rating of the same answer keeps nothing more. */
  take(conversationId: string, activityId: string | undefined): RecentAnswer | undefined {
    if (!activityId) return undefined;
    const key = `${conversationId}\n${activityId}`;
    const found = this.held.get(key);
    this.held.delete(key);
    if (!found || this.clock().getTime() - found.at > RECENT_ANSWERS.ttlMs) return undefined;
    return { ...found.answer, question: redact(found.answer.question).text, answer: redact(found.answer.answer).text };
  }
}

/**
 * A thumbs-down on a held answer becomes a triage entry: question, answer, sources and the
 * (redacted) comment, without learner id, name or conversation, nor what the learner said about themself, kept RETENTION_DAYS.
 */
export async function keepRatedAnswer(answer: RecentAnswer | undefined, comment: string, { stores, clock }: AppDeps): Promise<boolean> {
  if (!answer) return false;
  // Educators read these: what the learner said about themself is taken out too (asker.ts), so a job and a ward cannot point to them.
  const question = withoutAsker(answer.question) ?? '';
  await stores.feedback.record({ mentorId: answer.mentorId, at: clock().toISOString(), language: answer.language, question, answer: answer.answer, sources: answer.sources, comment: withoutAsker(comment) ?? '' });
  return true;
}
