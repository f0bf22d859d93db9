import { GraphError } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../log';
import type { RecordSink, SendItem, SinkResult } from '../reporting/sink';
import { lessonExternalId } from './catalogue';
import { GraphPagingError, GraphUnexpectedAnswer, type VivaGraph } from './graph';
import { retryAfterMs } from '../retry-after';
import { writingLanguage } from '../learning/learner';

export const SIGN_IN_HINT = 'Check VIVA_CLIENT_ID, VIVA_CLIENT_SECRET and VIVA_TENANT_ID against the app registration in Entra ID.';

/**
 * Entra ID refused HALI's sign-in (wrong secret, unknown app, bad scope): @azure/identity's error, as
 * the Graph client passes it on (a GraphError without a status whose message carries the AADSTS code).
 */
export function signInFailure(error: unknown): string | undefined {
  const { name, message } = (error ?? {}) as { name?: string; message?: unknown };
  const text = String(message ?? '');
  if (signInUnavailable(error)) return undefined;
  const failed = name === 'AuthenticationError' || name === 'AuthenticationRequiredError' || name === 'CredentialUnavailableError' || /AADSTS\d+|invalid_client|unauthorized_client|invalid_scope/.test(text);
  return failed ? text.slice(0, 300) : undefined;
}

/**
 * Entra ID could not sign HALI in for now (OAuth's "temporarily_unavailable" or "server_error", AADSTS90033 "a transient
 * error"): nothing to fix in the settings, and the send is tried again later like any other failure.
 */
export function signInUnavailable(error: unknown): boolean {
  const { message, body } = (error ?? {}) as { message?: unknown; body?: unknown };
  return /temporarily_unavailable|server_error|AADSTS90033\b/.test(`${String(message ?? '')} ${String(body ?? '')}`);
}

const statusOf = (error: unknown) => (error instanceof GraphError ? error.statusCode : (error as { statusCode?: number }).statusCode);

/** Errors HALI's own bounds raise (graph.ts, index.ts), by the name the Graph client passes on as the error's code. */
const BOUNDED: Readonly<Record<string, string>> = { GraphTimeout: 'timeout', GraphResponseTooLarge: 'response_too_large', TokenTimeout: 'sign_in_timeout' };

/** Why a send failed, for the log and the pause: a status, one of HALI's bounds, or unreachable. */
function failureReason(error: unknown): string {
  if (error instanceof GraphPagingError) return `paging_${error.reason}`;
  if (error instanceof GraphUnexpectedAnswer) return 'unexpected_answer';
  if (signInUnavailable(error)) return 'sign_in_unavailable';
  const { code, name } = (error ?? {}) as { code?: string; name?: string };
  const bounded = BOUNDED[code ?? ''] ?? BOUNDED[name ?? ''];
  if (bounded) return bounded;
  const status = statusOf(error);
  // A success whose body is not JSON: the Graph client passes the parse error on as a GraphError with the success status.
  if (status !== undefined && status >= 200 && status < 300) return 'malformed_answer';
  return status && status > 0 ? `http_${status}` : 'unreachable';
}

/**
 * A completion whose lesson Viva Learning does not list yet waits this long for the catalogue to be published (at start
 * and daily, and a publish can fail while Graph is down); after it, the lesson is taken to be gone and the record refused.
 */
export const CONTENT_WAIT_MS = 3 * 24 * 3_600_000;
/** The catalogue's ids are read again for a lesson they lack at most this often. */
export const CONTENT_IDS_REREAD_MS = 10 * 60_000;

/** The catalogue does not list a lesson yet: the record waits, and Viva Learning is tried again later. */
class NotPublishedYet extends Error {
  constructor() {
    super('lesson not in the Viva Learning catalogue yet');
  }
}

/**
 * Viva Learning as a destination for finished lessons: an assigned lesson completes its assignment
 * (so the assigner sees it done); any other lesson becomes a self-initiated completion. The Graph
 * client has already retried throttling; what still fails is a value to retry later.
 */
export class VivaSink implements RecordSink {
  readonly to = 'viva' as const;
  private contentIds?: Map<string, string>;
  private contentIdsReadAt = 0;

  constructor(
    private readonly graph: VivaGraph,
    private readonly providerId: string,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async send(items: readonly SendItem[]): Promise<SinkResult> {
    const refused = new Set<string>();
    try {
      for (const item of items) {
        if (!(await this.sendOne(item))) refused.add(item.entry.id);
      }
      return { ok: true, refused };
    } catch (error) {
      const status = statusOf(error);
      const signIn = signInFailure(error);
      if (signIn) {
        this.log.error('viva.sign_in_failed', { hint: SIGN_IN_HINT, reason: signIn });
        return { ok: false, reason: 'sign_in_failed' };
      }
      if (status === 403) this.log.error('viva.forbidden', { hint: 'Grant the Graph application permissions named in the README, with admin consent.' });
      if (error instanceof NotPublishedYet) return { ok: false, reason: 'not_published_yet', retryAfterMs: CONTENT_IDS_REREAD_MS };
      if (error instanceof GraphPagingError) this.log.warn('viva.paging_stopped', { reason: error.reason, pages: error.pages });
      // A Retry-After longer than the client waits out itself (graph.ts): the outbox pauses Viva Learning for as long.
      const waitMs = error instanceof GraphError ? retryAfterMs(error.headers?.get('Retry-After')) : undefined;
      return { ok: false, reason: failureReason(error), ...(waitMs ? { retryAfterMs: waitMs } : {}) };
    }
  }

  /** False when Viva Learning cannot take this record (content not published, learner unknown). */
  private async sendOne({ entry, learner }: SendItem): Promise<boolean> {
    if (entry.withdrawal) {
      // After "forget me": done whether it was there to delete or not.
      const withdrawn = await this.graph.withdrawSelfInitiated(this.providerId, entry.withdrawal.externalId);
      this.log.info('viva.withdrawn', { found: withdrawn });
      return true;
    }
    const completion = entry.completion;
    if (!completion || !learner) return false;
    const externalId = lessonExternalId(completion.mentorId, completion.lessonId, writingLanguage(learner));
    // Read when a completion first needs them (withdrawals do not), and again for one published since (the daily publish adds
    // lessons), at most every CONTENT_IDS_REREAD_MS.
    const now = this.clock().getTime();
    if (!this.contentIds || (!this.contentIds.has(externalId) && now - this.contentIdsReadAt >= CONTENT_IDS_REREAD_MS)) {
      this.contentIds = await this.graph.contentIds(this.providerId);
      this.contentIdsReadAt = now;
    }
    const contentId = this.contentIds.get(externalId);
    if (!contentId) {
      // Not published yet (a publish that failed, or today's has not run): waited for, then refused.
      if (now - new Date(entry.at).getTime() < CONTENT_WAIT_MS) throw new NotPublishedYet();
      return false;
    }
    const assignment = learner.viva?.assignments.find((a) => a.mentorId === completion.mentorId && a.lessonId === completion.lessonId);
    try {
      if (assignment) await this.graph.completeAssignment(this.providerId, assignment.courseActivityId, completion.completedAt);
      else await this.graph.reportSelfInitiated(this.providerId, { learnerUserId: learner.id, learningContentId: contentId, externalId: entry.id, completedAt: completion.completedAt });
      return true;
    } catch (error) {
      const status = statusOf(error);
      // 409: this completion is already there (a resend after a crash): done.
      if (status === 409) return true;
      if (status === 400 || status === 404) return false;
      throw error;
    }
  }
}
