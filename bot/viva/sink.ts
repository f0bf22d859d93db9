import { GraphError } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../log';
import type { RecordSink, SendItem, SinkResult } from '../reporting/sink';
import { lessonExternalId } from './catalogue';
import type { VivaGraph } from './graph';
import { writingLanguage } from '../learning/learner';

export const SIGN_IN_HINT = 'Check VIVA_CLIENT_ID, VIVA_CLIENT_SECRET and VIVA_TENANT_ID against the app registration in Entra ID.';

/**
 * Entra ID refused HALI's sign-in (wrong secret, unknown app, bad scope): @azure/identity's error, as
 * the Graph client passes it on (a GraphError without a status whose message carries the AADSTS code).
 */
export function signInFailure(error: unknown): string | undefined {
  const { name, message } = (error ?? {}) as { name?: string; message?: unknown };
  const text = String(message ?? '');
  const failed = name === 'AuthenticationError' || name === 'AuthenticationRequiredError' || name === 'CredentialUnavailableError' || /AADSTS\d+|invalid_client|unauthorized_client|invalid_scope/.test(text);
  return failed ? text.slice(0, 300) : undefined;
}

const statusOf = (error: unknown) => (error instanceof GraphError ? error.statusCode : (error as { statusCode?: number }).statusCode);

/**
 * Viva Learning as a destination for finished lessons: an assigned lesson completes its assignment
 * (so the assigner sees it done); any other lesson becomes a self-initiated completion. The Graph
 * client has already retried throttling; what still fails is a value to retry later.
 */
export class VivaSink implements RecordSink {
  readonly to = 'viva' as const;
  private contentIds?: Map<string, string>;

  constructor(
    private readonly graph: VivaGraph,
    private readonly providerId: string,
    private readonly log: Logger,
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
      return { ok: false, reason: status && status > 0 ? `http_${status}` : 'unreachable' };
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
    // Read when a completion first needs them (withdrawals do not), and again once for one published since (the daily publish adds lessons).
    if (!this.contentIds?.has(externalId)) this.contentIds = await this.graph.contentIds(this.providerId);
    const contentId = this.contentIds?.get(externalId);
    if (!contentId) return false;
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
