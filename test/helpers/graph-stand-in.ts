import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { LOCAL_TLS } from './cosmos';
import type { TokenCheck } from './entra-token';

/**
 * Microsoft Graph v1.0's Viva Learning provider endpoints on loopback, as the Graph docs describe
 * them: register a provider (201), create-or-replace learningContents by externalId (202), list them
 * with @odata.nextLink paging, course activities (self-initiated 201, 409 for a repeated external
 * id; assignments listed per user, PATCHed to completed 204). A bearer token issued for Graph by the
 * token endpoint (`checkToken`, the Entra stand-in's check) is required: missing, unknown or expired
 * gets 401. Every `throttleEvery`-th request gets 429 with Retry-After.
 */
export interface GraphStandIn {
  readonly url: string;
  readonly providers: Map<string, Record<string, any>>;
  /** learningContents by Viva id. */
  readonly contents: Map<string, Record<string, any>>;
  /** Course activities by id. */
  readonly activities: Map<string, Record<string, any>>;
  readonly counts: { requests: number; throttled: number; unauthorised: number };
  /** Why each refused token was refused, in order. */
  readonly refusedTokens: TokenCheck[];
  pageSize: number;
  throttleEvery: number;
  /** What Graph does instead of answering a request, while set: see GraphFault. */
  fault?: (method: string, path: string) => GraphFault | undefined;
  /** A manager assigns the content with `externalId` to a learner (returns the course activity id). */
  assign(learnerUserId: string, externalId: string, assignmentType: 'required' | 'recommended', due?: string): string;
  close(): Promise<void>;
}

/**
 * A Graph that misbehaves: never answers ('hang'), does what was asked but its answer never arrives ('answerLost'), answers a
 * status with a Retry-After, pages back to the page just read ('loopNext'), sends a body of `mb` megabytes, chunked, with no
 * length given, or a page from something on the way ('page': a proxy's HTML with status 200, a gateway's 404).
 */
export type GraphFault =
  | 'hang'
  | 'answerLost'
  | 'loopNext'
  | { readonly status: number; readonly retryAfter?: string }
  | { readonly hugeMb: number }
  | { readonly page: { readonly status: number; readonly body: string } };

/** Where a request whose answer is lost writes its answer: nowhere. */
const NOWHERE = { writeHead: () => NOWHERE, setHeader: () => undefined, write: () => true, end: () => undefined } as unknown as ServerResponse;

const PROVIDER_FIELDS = ['displayName', 'squareLogoWebUrlForDarkTheme', 'longLogoWebUrlForDarkTheme', 'squareLogoWebUrlForLightTheme', 'longLogoWebUrlForLightTheme'];

export async function startGraph(options: { checkToken: (authorization: string | undefined) => TokenCheck }): Promise<GraphStandIn> {
  let base = '';
  const graph = {
    providers: new Map<string, Record<string, any>>(),
    contents: new Map<string, Record<string, any>>(),
    activities: new Map<string, Record<string, any>>(),
    counts: { requests: 0, throttled: 0, unauthorised: 0 },
    refusedTokens: [] as TokenCheck[],
    pageSize: 10,
    throttleEvery: 0,
    fault: undefined as GraphStandIn['fault'],
  };
  const answer = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, code: string, message: string) => answer(res, status, { error: { code, message } });

  const page = (res: ServerResponse, url: URL, items: Record<string, any>[]) => {
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const slice = items.slice(skip, skip + graph.pageSize);
    const next = skip + graph.pageSize < items.length ? `${base}${url.pathname}?$skiptoken=${skip + graph.pageSize}` : undefined;
    answer(res, 200, { value: slice, ...(next ? { '@odata.nextLink': next } : {}) });
  };

  const routes: [string, RegExp, (req: IncomingMessage, res: ServerResponse, m: RegExpExecArray, body: any, url: URL) => void][] = [
    ['POST', /^\/v1\.0\/employeeExperience\/learningProviders$/, (_q, res, _m, body) => {
      const missing = PROVIDER_FIELDS.filter((f) => typeof body?.[f] !== 'string' || !body[f]);
      if (missing.length) return error(res, 400, 'BadRequest', `missing ${missing.join(', ')}`);
      const provider = { ...body, id: randomUUID() };
      graph.providers.set(provider.id, provider);
      answer(res, 201, provider);
    }],
    ['PATCH', /^\/v1\.0\/employeeExperience\/learningProviders\/([^/]+)\/learningContents\(externalId='(.+)'\)$/, (_q, res, m, body) => {
      if (!graph.providers.has(m[1])) return error(res, 404, 'NotFound', 'provider not registered');
      const externalId = decodeURIComponent(m[2]).replace(/''/g, "'");
      for (const field of ['title', 'contentWebUrl', 'languageTag']) if (typeof body?.[field] !== 'string' || !body[field]) return error(res, 400, 'BadRequest', `${field} is required`);
      const existing = [...graph.contents.values()].find((c) => c.providerId === m[1] && c.externalId === externalId);
      const content = { ...body, externalId, providerId: m[1], id: existing?.id ?? randomUUID() };
      graph.contents.set(content.id, content);
      answer(res, 202, content);
    }],
    ['GET', /^\/v1\.0\/employeeExperience\/learningProviders\/([^/]+)\/learningContents$/, (_q, res, m, _b, url) => {
      page(res, url, [...graph.contents.values()].filter((c) => c.providerId === m[1]));
    }],
    ['POST', /^\/v1\.0\/employeeExperience\/learningProviders\/([^/]+)\/learningCourseActivities$/, (_q, res, m, body) => {
      if (!graph.providers.get(m[1])?.isCourseActivitySyncEnabled) return error(res, 403, 'Forbidden', 'course activity sync is not enabled for this provider');
      if (body?.['@odata.type'] !== '#microsoft.graph.learningSelfInitiatedCourse' && body?.['@odata.type'] !== '#microsoft.graph.learningAssignment') return error(res, 400, 'BadRequest', '@odata.type is required');
      if (!graph.contents.has(body.learningContentId)) return error(res, 404, 'NotFound', 'learning content not found');
      if (!body.learnerUserId) return error(res, 400, 'BadRequest', 'learnerUserId is required');
      if (body.externalcourseActivityId && [...graph.activities.values()].some((a) => a.externalcourseActivityId === body.externalcourseActivityId)) return error(res, 409, 'Conflict', 'course activity exists');
      const activity = { ...body, id: randomUUID(), providerId: m[1] };
      graph.activities.set(activity.id, activity);
      answer(res, 201, activity);
    }],
    ['PATCH', /^\/v1\.0\/employeeExperience\/learningProviders\/([^/]+)\/learningCourseActivities\/([^/]+)$/, (_q, res, m, body) => {
      const activity = graph.activities.get(decodeURIComponent(m[2]));
      if (!activity) return error(res, 404, 'NotFound', 'course activity not found');
      Object.assign(activity, body);
      answer(res, 204);
    }],
    ['GET', /^\/v1\.0\/employeeExperience\/learningProviders\/([^/]+)\/learningCourseActivities\(externalCourseActivityId='(.+)'\)$/, (_q, res, m) => {
      const externalId = decodeURIComponent(m[2]).replace(/''/g, "'");
      const activity = [...graph.activities.values()].find((a) => a.providerId === m[1] && a.externalcourseActivityId === externalId);
      return activity ? answer(res, 200, activity) : error(res, 404, 'NotFound', 'course activity not found');
    }],
    ['DELETE', /^\/v1\.0\/employeeExperience\/learningProviders\/([^/]+)\/learningCourseActivities\/([^/(]+)$/, (_q, res, m) => {
      const id = decodeURIComponent(m[2]);
      const activity = graph.activities.get(id);
      if (!activity || activity.providerId !== m[1]) return error(res, 404, 'NotFound', 'course activity not found');
      graph.activities.delete(id);
      answer(res, 204);
    }],
    ['GET', /^\/v1\.0\/users\/([^/]+)\/employeeExperience\/learningCourseActivities$/, (_q, res, m, _b, url) => {
      page(res, url, [...graph.activities.values()].filter((a) => a.learnerUserId === decodeURIComponent(m[1])));
    }],
  ];

  // HTTPS, as Graph is: the Graph client sends its token only to https hosts (a self-signed loopback certificate).
  const server = createServer(LOCAL_TLS, async (req, res) => {
    graph.counts.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const fault = graph.fault?.(req.method ?? 'GET', decodeURIComponent(new URL(req.url ?? '/', base).pathname));
    if (fault === 'hang') return;
    if (fault === 'loopNext') return answer(res, 200, { value: [], '@odata.nextLink': `${base}${req.url}` });
    if (fault && typeof fault === 'object' && 'page' in fault) {
      res.writeHead(fault.page.status, { 'Content-Type': 'text/html' });
      return res.end(fault.page.body);
    }
    if (fault && typeof fault === 'object' && 'status' in fault) return answer(res, fault.status, { error: { code: 'Fault', message: `stand-in fault ${fault.status}` } }, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {});
    if (fault && typeof fault === 'object' && 'hugeMb' in fault) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"value":[');
      const item = Buffer.from(`${JSON.stringify({ id: 'x', externalId: 'padding'.repeat(100) })},`);
      for (let sent = 0; sent < fault.hugeMb * 1024 * 1024 && !res.destroyed; sent += item.length) {
        if (res.write(item)) continue;
        await new Promise<void>((resolve) => {
          const done = () => (res.off('drain', done).off('close', done), resolve());
          res.on('drain', done).on('close', done);
        });
      }
      return res.end('{}]}');
    }
    if (graph.throttleEvery > 0 && graph.counts.requests % graph.throttleEvery === 0) {
      graph.counts.throttled++;
      return answer(res, 429, { error: { code: 'TooManyRequests', message: 'throttled' } }, { 'Retry-After': '1' });
    }
    const token = options.checkToken(req.headers.authorization);
    if (token !== 'valid') {
      graph.counts.unauthorised++;
      graph.refusedTokens.push(token);
      return error(res, 401, 'InvalidAuthenticationToken', token === 'expired' ? 'Lifetime validation failed, the token is expired.' : 'Access token is missing or invalid.');
    }
    const url = new URL(req.url ?? '/', base);
    const path = decodeURIComponent(url.pathname);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    for (const [method, pattern, handle] of routes) {
      const m = pattern.exec(path);
      // The request is done; the answer goes nowhere, and the caller waits until it gives up.
      if (m && method === req.method) return handle(req, fault === 'answerLost' ? NOWHERE : res, m, body, url);
    }
    error(res, 404, 'NotFound', `${req.method} ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(graph, {
    url: base,
    assign(learnerUserId: string, externalId: string, assignmentType: 'required' | 'recommended', due?: string) {
      const content = [...graph.contents.values()].find((c) => c.externalId === externalId);
      if (!content) throw new Error(`No content ${externalId} published.`);
      const id = randomUUID();
      graph.activities.set(id, {
        '@odata.type': '#microsoft.graph.learningAssignment',
        id,
        learnerUserId,
        learningContentId: content.id,
        assignmentType,
        status: 'notStarted',
        ...(due ? { dueDateTime: { dateTime: due, timeZone: 'UTC' } } : {}),
      });
      return id;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}
