import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { acceptedUnreadable, probablyTaken, retryAfterOf, tuneConnectorClient } from './connector-client';
import type { TenantRateLimiter } from './nudges/limiter';
import { setReplyDeadline } from './turn-deadline';

/**
 * Replies to Teams go through the same per-tenant pacing as nudges. When an administrator installs
 * HALI for a whole organisation, Teams sends a burst of install events and the welcome replies meet
 * the tenant's rate limit: each reply takes a slot from the tenant's limiter (shared with the nudge
 * sweep), a 429 is waited out for its Retry-After (and tells the limiter, which pauses the tenant when
 * many arrive at once), 502/503/504 are retried, and a card Teams finds too large (413) goes once more as
 * its words in plain text. A message whose outcome is unknown (Teams got the request, its answer never came) counts as
 * delivered: see `probablyDelivered`. Everything stays inside the turn's deadline, so
 * a turn ends well inside Teams' 15 s whatever the connector does; past it the send fails, the turn
 * fails, and its activity marker is freed so that Teams' retry is answered.
 */
export interface ReplyPacingOptions {
  readonly limiter: TenantRateLimiter;
  /** How long after the turn starts its last send may end (Teams retries a turn after 15 s). */
  readonly deadlineMs?: number;
  /** The longest one request to the connector may take. */
  readonly requestTimeoutMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const REPLY_DEADLINE_MS = 12_000;
export const REPLY_REQUEST_TIMEOUT_MS = 5_000;
const RETRYABLE = new Set([429, 502, 503, 504]);
/** Activities that never reach the connector: the invoke answer rides on the HTTP response. */
export const LOCAL_TYPES: ReadonlySet<string> = new Set(['invokeResponse', 'delay', 'trace']);

/** Thrown when a reply could not be delivered within the turn's deadline. */
export class ReplyNotDelivered extends Error {
  readonly code = 'reply_not_delivered';
  /** Teams asked for a pause (429) longer than the turn had left: another send now would break it. */
  constructor(
    message: string,
    readonly throttled = false,
  ) {
    super(message);
  }
}

/** Installs pacing, retries and time bounds on every send of this turn. */
export function paceReplies(context: TurnContext, tenant: string, options: ReplyPacingOptions): void {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = now() + (options.deadlineMs ?? REPLY_DEADLINE_MS);
  setReplyDeadline(context, deadline);
  const remaining = () => deadline - now();
  const requestTimeout = () => Math.min(options.requestTimeoutMs ?? REPLY_REQUEST_TIMEOUT_MS, Math.max(1, remaining()));
  tuneConnectorClient(context, requestTimeout);

  context.onSendActivities(async function pacedSend(_context, activities: Partial<Activity>[], next: () => Promise<ResourceResponse[]>) {
    if (activities.every((a) => LOCAL_TYPES.has(a.type ?? ''))) return next();
    let shortened = false;
    for (let attempt = 1; ; attempt++) {
      await withinDeadline(options.limiter.acquire(tenant), remaining());
      try {
        return await next();
      } catch (error) {
        const { statusCode } = error as { statusCode?: number };
        // Teams took the activity (2xx) and only its answer could not be read: it is in the chat, and another send
        // (or the apology the failure would bring) would be a second message. Its id is unknown.
        if (acceptedUnreadable(error)) return activities.map(() => ({ id: '' }));
        if (probablyDelivered(error, activities, context.activity.serviceUrl)) {
          noteOutcomeUnknown(context);
          return activities.map(() => ({ id: '' }));
        }
        // Too large for Teams: the same words once more as plain text, without the card around them, rather than an apology.
        if (statusCode === 413 && !shortened && shortenInPlace(activities)) {
          shortened = true;
          continue;
        }
        if (statusCode === undefined || !RETRYABLE.has(statusCode)) throw error;
        const retryAfter = retryAfterOf(error);
        if (statusCode === 429) options.limiter.throttled(tenant, retryAfter ?? 1000);
        const wait = Math.max(retryAfter ?? 0, 250 * 2 ** (attempt - 1));
        if (wait >= remaining()) throw new ReplyNotDelivered(`Teams answered ${statusCode} and the turn has no time left to retry.`, statusCode === 429);
        await sleep(wait);
      }
    }
  });
}

/**
 * Whether a failed send of messages is taken as delivered: the request reached Teams but no answer came back (the connection
 * broke after the body was sent, or a connector that is up answered slower than the request may wait: connector-client.ts
 * `probablyTaken`). Teams may show it, and the connector has no way to send it again safely: a new message is a POST whose
 * id Teams gives in the answer that was lost (only an update, a PUT, names the message, and it needs that id), and there is
 * no idempotency key. Sent again it may show twice; with an apology after it the learner is told it failed beside the card,
 * and the turn (a quiz answer, a lesson's Done) went unrecorded. So it counts as sent: no apology, the turn recorded, Teams
 * not asked to redeliver. A streamed answer's parts are left to the stream (answer-stream.ts), which updates in place.
 */
function probablyDelivered(error: unknown, activities: Partial<Activity>[], serviceUrl: string | undefined): boolean {
  return probablyTaken(error, serviceUrl) && activities.every((a) => a.type === 'message' && !a.entities?.some((e) => e.type === 'streaminfo'));
}

/** Where a turn keeps how many of its messages were taken as delivered without an answer (the HTTP layer logs it). */
export const OUTCOME_UNKNOWN = Symbol('hali.replyOutcomeUnknown');

function noteOutcomeUnknown(context: TurnContext): void {
  context.turnState.set(OUTCOME_UNKNOWN, ((context.turnState.get(OUTCOME_UNKNOWN) as number | undefined) ?? 0) + 1);
}

/** The most text a shortened reply keeps: far inside Teams' limit (about 100 KB for a whole message). */
export const SHORTENED_REPLY_CHARS = 12_000;

/**
 * Makes each message carrying a card into its text alone (the card's text blocks and facts in order, actions left out,
 * at most SHORTENED_REPLY_CHARS): the card's own words, so in the language it was written in. The AI label stays on
 * what a model wrote; its citations go (the sources' names are in the text). False when no message had a card.
 */
export function shortenInPlace(activities: Partial<Activity>[]): boolean {
  let changed = false;
  for (const activity of activities) {
    if (activity.type !== 'message' || !activity.attachments?.length) continue;
    const words = [activity.text ?? '', ...activity.attachments.flatMap((a) => cardWords(a.content))].filter((w) => w.trim() !== '');
    const text = words.join('\n\n');
    activity.text = text.length > SHORTENED_REPLY_CHARS ? `${text.slice(0, SHORTENED_REPLY_CHARS - 1)}…` : text;
    activity.textFormat = 'markdown';
    activity.attachments = [];
    activity.entities = activity.entities?.map((e) => {
      const { citation: _dropped, ...label } = e as typeof e & { citation?: unknown };
      return label;
    });
    changed = true;
  }
  return changed;
}

/** The words a card shows, in order: text blocks, text runs, and facts as "title: value". */
function cardWords(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardWords);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  if ((element.type === 'TextBlock' || element.type === 'TextRun') && typeof element.text === 'string') return [element.text];
  if (element.type === 'FactSet' && Array.isArray(element.facts)) {
    return [(element.facts as { title?: unknown; value?: unknown }[]).map((f) => `${String(f.title ?? '')}: ${String(f.value ?? '')}`).join('\n')];
  }
  return Object.entries(element).flatMap(([key, value]) => (key === 'actions' || key === 'selectAction' || key === 'fallback' ? [] : cardWords(value)));
}

/** Waits for `work` only while the turn has time; a slot further away than that fails the send now. */
async function withinDeadline(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, ms))));
  const outcome = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (outcome === 'late') throw new ReplyNotDelivered('The tenant has no free send slot before the turn must end.');
}
