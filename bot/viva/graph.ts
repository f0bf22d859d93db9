import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Context,
  type Middleware,
  type PageCollection,
  type ShouldRetry,
} from '@microsoft/microsoft-graph-client';
import { retryAfterMs } from '../retry-after';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TokenCredential } from '@azure/identity';
import type { VivaContent } from './catalogue';

/** An assignment (or self-initiated record) from Viva Learning, as HALI needs it. */
export interface VivaCourseActivity {
  readonly id: string;
  readonly kind: 'assignment' | 'selfInitiated';
  readonly learningContentId: string;
  readonly learnerUserId: string;
  readonly status?: string;
  readonly assignmentType?: 'required' | 'recommended' | string;
  /** Due date and time (its zone as Graph gives it). */
  readonly due?: { readonly dateTime: string; readonly timeZone: string };
}

export interface VivaGraphOptions {
  readonly credential: TokenCredential;
  /** Graph's root, e.g. https://graph.microsoft.com (a loopback stand-in in tests). */
  readonly baseUrl: string;
  /** One request, its body read included, ends after this long (REQUEST_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /** A response body larger than this is refused unread (MAX_RESPONSE_BYTES). */
  readonly maxResponseBytes?: number;
  /** Pages one listing follows at most (MAX_PAGES). */
  readonly maxPages?: number;
}

/** Graph answers in well under a second; a request still open after this is hung, and is ended. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** HALI's own catalogue and one learner's course activities are a few hundred kilobytes at most, a page far less. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Pages of one listing: HALI publishes about a hundred items, and Graph pages them by tens at least. */
export const MAX_PAGES = 100;
/**
 * The client waits out a Retry-After up to this long itself; a longer one is passed back, so the outbox pauses Viva
 * Learning alone (the LRS keeps sending) and says so in the log, rather than the request sleeping for up to three minutes.
 */
export const MAX_RETRY_WAIT_SECONDS = 5;

/** A listing Graph never finished: its next page repeats one already read, or there are more pages than MAX_PAGES. */
export class GraphPagingError extends Error {
  constructor(readonly reason: 'repeated_page' | 'too_many_pages', readonly pages: number) {
    super(`Graph paging stopped (${reason}) after ${pages} pages`);
    this.name = 'GraphPagingError';
  }
}

/**
 * Graph answered with success but not with what was asked for (a proxy's or gateway's page, a body that is no JSON object): the
 * request is failed and tried again later, never read as "nothing there".
 */
export class GraphUnexpectedAnswer extends Error {
  constructor(what: string) {
    super(`Graph answered without ${what}`);
    this.name = 'GraphUnexpectedAnswer';
  }
}

/**
 * Graph's own 404: its JSON error names what was not found (the client copies its code). A 404 page from a gateway or proxy
 * on the way carries no such code, and says nothing about whether the record is there.
 */
export const isGraphNotFound = (error: unknown): boolean => {
  const { statusCode, code } = (error ?? {}) as { statusCode?: number; code?: unknown };
  return statusCode === 404 && typeof code === 'string' && code !== '';
};

/** A request Graph did not answer in time, or answered with more than HALI will read. */
export class GraphResponseError extends Error {
  constructor(readonly reason: 'timeout' | 'too_large') {
    super(reason === 'timeout' ? 'Graph did not answer in time' : 'Graph answered with more than HALI reads');
    // The Graph client passes a middleware's error on as a GraphError whose code is this name.
    this.name = reason === 'timeout' ? 'GraphTimeout' : 'GraphResponseTooLarge';
  }
}

/**
 * Bounds each request the Graph client sends: ended after `timeoutMs` (connecting, waiting and reading the body alike),
 * and refused once its body passes `maxBytes`, read in chunks so a huge answer is never held whole.
 */
class BoundedRequest implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly timeoutMs: number,
    private readonly maxBytes: number,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  /** The caller's own signal, if any, per request: a retry (RetryHandler runs this again) gets a fresh timeout beside it, not the last one's. */
  private readonly callerSignals = new WeakMap<Context, AbortSignal | null>();

  async execute(context: Context): Promise<void> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    if (!this.callerSignals.has(context)) this.callerSignals.set(context, context.options?.signal ?? null);
    const given = this.callerSignals.get(context);
    context.options = { ...context.options, signal: given ? AbortSignal.any([given, timeout]) : timeout };
    try {
      await this.next!.execute(context);
      const response = context.response;
      if (!response?.body) return;
      const declared = Number(response.headers.get('Content-Length') ?? '0');
      if (declared > this.maxBytes) {
        await response.body.cancel().catch(() => undefined);
        throw new GraphResponseError('too_large');
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > this.maxBytes) throw new GraphResponseError('too_large');
        chunks.push(chunk);
      }
      const body = size === 0 ? null : Buffer.concat(chunks);
      context.response = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      if (timeout.aborted && !(error instanceof GraphResponseError)) throw new GraphResponseError('timeout');
      throw error;
    }
  }
}

/**
 * Viva Learning's provider APIs through the Microsoft Graph client library (v1.0): the client adds
 * the app's token from an @azure/identity credential and retries 429/503 honouring a short Retry-After
 * (its RetryHandler; a longer one comes back as the error, MAX_RETRY_WAIT_SECONDS); each request is
 * bounded in time and size (BoundedRequest); paging follows @odata.nextLink, MAX_PAGES at most and never
 * a page twice.
 */
export class VivaGraph {
  private readonly client: Client;
  private readonly maxPages: number;

  constructor(options: VivaGraphOptions) {
    const base = new URL(options.baseUrl);
    this.maxPages = options.maxPages ?? MAX_PAGES;
    // The library's default chain (MiddlewareFactory.getDefaultMiddlewareChain), with the retry's wait bounded and each
    // request bounded, just before it is sent.
    const shortWaitsOnly: ShouldRetry = (_delay, _attempt, _request, _options, response) => (retryAfterMs(response.headers.get('Retry-After')) ?? 0) <= MAX_RETRY_WAIT_SECONDS * 1000;
    const chain: Middleware[] = [
      new AuthenticationHandler(new TokenCredentialAuthenticationProvider(options.credential, { scopes: ['https://graph.microsoft.com/.default'] })),
      new RetryHandler(new RetryHandlerOptions(undefined, undefined, shortWaitsOnly)),
      new RedirectHandler(),
      new TelemetryHandler(),
      new BoundedRequest(options.timeoutMs ?? REQUEST_TIMEOUT_MS, options.maxResponseBytes ?? MAX_RESPONSE_BYTES),
      new HTTPMessageHandler(),
    ];
    chain.reduce((first, next) => (first.setNext!(next), next));
    this.client = Client.initWithMiddleware({
      middleware: chain[0],
      baseUrl: `${base.origin}/`,
      defaultVersion: 'v1.0',
      customHosts: new Set([base.hostname]),
    });
  }

  /** Registers HALI as a learning provider (an administrator's delegated call, per the Graph docs); returns its registration id. */
  async registerProvider(provider: { displayName: string; logoUrl: string; loginWebUrl?: string }): Promise<string> {
    const created = await this.client.api('/employeeExperience/learningProviders').post({
      displayName: provider.displayName,
      squareLogoWebUrlForDarkTheme: provider.logoUrl,
      longLogoWebUrlForDarkTheme: provider.logoUrl,
      squareLogoWebUrlForLightTheme: provider.logoUrl,
      longLogoWebUrlForLightTheme: provider.logoUrl,
      ...(provider.loginWebUrl ? { loginWebUrl: provider.loginWebUrl } : {}),
      isCourseActivitySyncEnabled: true,
    });
    return (created as { id: string }).id;
  }

  /** Creates or replaces one catalogue item by its external id; returns Viva's content id. */
  async publish(providerId: string, content: VivaContent): Promise<string> {
    const { externalId, ...body } = content;
    const path = `/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningContents(externalId='${encodeURIComponent(externalId.replace(/'/g, "''"))}')`;
    const saved = (await this.client.api(path).patch({ externalId, ...body })) as { id: string };
    return saved.id;
  }

  /** Every item HALI has published, as external id → Viva content id (all pages). */
  async contentIds(providerId: string): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    await this.eachItem(`/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningContents`, (item: { id: string; externalId: string }) => {
      ids.set(item.externalId, item.id);
    });
    return ids;
  }

  /** Records a lesson finished on HALI's own initiative as completed in Viva Learning. */
  async reportSelfInitiated(providerId: string, activity: { learnerUserId: string; learningContentId: string; externalId: string; completedAt: string }): Promise<void> {
    await this.client.api(`/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningCourseActivities`).post({
      '@odata.type': '#microsoft.graph.learningSelfInitiatedCourse',
      learnerUserId: activity.learnerUserId,
      learningContentId: activity.learningContentId,
      externalcourseActivityId: activity.externalId,
      completionPercentage: 100,
      status: 'completed',
      startedDateTime: activity.completedAt,
      completedDateTime: activity.completedAt,
    });
  }

  /**
   * Deletes the self-initiated completion HALI reported under `externalId` (after the learner said "forget me"): found by the
   * provider's external id, deleted by its id. False when there is none (never made, or already gone).
   */
  async withdrawSelfInitiated(providerId: string, externalId: string): Promise<boolean> {
    const provider = `/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningCourseActivities`;
    let found: unknown;
    try {
      found = await this.client.api(`${provider}(externalCourseActivityId='${encodeURIComponent(externalId.replace(/'/g, "''"))}')`).get();
    } catch (error) {
      if (isGraphNotFound(error)) return false;
      throw error;
    }
    // Found, it is a course activity with an id; anything else (an HTML page with status 200, an empty body) is no answer.
    const activity = found as { id?: unknown; '@odata.type'?: unknown } | null;
    if (typeof activity !== 'object' || activity === null || Array.isArray(activity) || typeof activity.id !== 'string' || activity.id === '') {
      throw new GraphUnexpectedAnswer('the course activity looked up');
    }
    if (activity['@odata.type'] === '#microsoft.graph.learningAssignment') return false;
    try {
      await this.client.api(`${provider}/${encodeURIComponent(activity.id)}`).delete();
    } catch (error) {
      if (isGraphNotFound(error)) return false;
      throw error;
    }
    return true;
  }

  /** Marks an assignment completed, so the manager who assigned it sees it done. */
  async completeAssignment(providerId: string, courseActivityId: string, completedAt: string): Promise<void> {
    await this.client.api(`/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningCourseActivities/${encodeURIComponent(courseActivityId)}`).patch({
      '@odata.type': '#microsoft.graph.learningAssignment',
      completionPercentage: 100,
      status: 'completed',
      completedDateTime: completedAt,
    });
  }

  /** A learner's course activities (assignments and self-initiated), every page. */
  async activitiesOf(learnerUserId: string): Promise<VivaCourseActivity[]> {
    const found: VivaCourseActivity[] = [];
    await this.eachItem(`/users/${encodeURIComponent(learnerUserId)}/employeeExperience/learningCourseActivities`, (item: Record<string, any>) => {
      found.push({
        id: item.id,
        kind: item['@odata.type'] === '#microsoft.graph.learningAssignment' ? 'assignment' : 'selfInitiated',
        learningContentId: item.learningContentId,
        learnerUserId: item.learnerUserId,
        status: item.status,
        assignmentType: item.assignmentType,
        due: item.dueDateTime ?? undefined,
      });
    });
    return found;
  }

  /** Every item of a listing, page by page; throws GraphPagingError rather than follow a page twice or past maxPages. */
  private async eachItem<T>(path: string, each: (item: T) => void): Promise<void> {
    const seen = new Set<string>();
    let page = (await this.client.api(path).get()) as PageCollection;
    for (let pages = 1; ; pages++) {
      for (const item of page.value as T[]) each(item);
      const next = page['@odata.nextLink'];
      if (!next) return;
      if (seen.has(next)) throw new GraphPagingError('repeated_page', pages);
      if (pages >= this.maxPages) throw new GraphPagingError('too_many_pages', pages);
      seen.add(next);
      page = (await this.client.api(next).get()) as PageCollection;
    }
  }
}
