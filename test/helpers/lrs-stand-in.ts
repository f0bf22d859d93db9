import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A learning record store on loopback implementing the xAPI statements resource as the spec defines
 * it (xAPI Communication 2.1, 1.0.3): the X-Experience-API-Version header on every request and answer
 * (400 without one, or with 1.1+), PUT with statementId (204), POST of one or many (200 with the ids),
 * 409 when an id is already stored with different content (or, set so, with any content), a harmless duplicate when it matches,
 * 413 past a size limit when one is set,
 * 400 for a batch holding one id twice, voiding, and GET by statementId / voidedStatementId.
 * Modes stand in for a failing LRS: down (connections dropped), error (503), throttle (429 with
 * Retry-After), and a delay per request.
 */
export type LrsMode = 'up' | 'down' | 'error' | 'throttle';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

type Stored = Record<string, any>;

/** The statement as compared for "same statement": without what the LRS adds or may change. */
function comparable(statement: Stored): string {
  const { stored: _s, authority: _a, version: _v, ...rest } = statement;
  return JSON.stringify(rest, Object.keys(flatKeys(rest)).sort());
}

function flatKeys(value: unknown, out: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) (out[key] = true), flatKeys(child, out);
  return out;
}

function invalid(statement: Stored): string | undefined {
  if (!statement || typeof statement !== 'object') return 'a statement must be an object';
  if (statement.id !== undefined && !UUID.test(statement.id)) return 'id must be a UUID';
  if (!statement.actor || (!statement.actor.mbox && !statement.actor.account)) return 'actor must be an identified Agent';
  if (statement.actor.account && (!statement.actor.account.homePage || !statement.actor.account.name)) return 'account needs homePage and name';
  if (!statement.verb?.id) return 'verb.id is required';
  if (!statement.object?.id) return 'object.id is required';
  return undefined;
}

export interface LrsStandIn {
  readonly url: string;
  /** Statements stored, by id. */
  readonly stored: Map<string, Stored>;
  /** Ids voided by a stored voiding statement. */
  readonly voided: Set<string>;
  /** How many times each id was accepted in a 2xx answer (stored, or a matching duplicate). */
  readonly accepted: Map<string, number>;
  readonly counts: { requests: number; refusedByMode: number; conflicts: number; duplicates: number; badRequests: number };
  /** Versions sent in the X-Experience-API-Version header, in order. */
  readonly versionsSeen: string[];
  mode: LrsMode;
  delayMs: number;
  retryAfterSeconds: number;
  close(): Promise<void>;
}

export interface LrsOptions {
  /** Versions the LRS says it speaks in /about (default 1.0.3 only). */
  readonly versions?: readonly string[];
  /** Basic credentials it accepts (default: any). */
  readonly basic?: { readonly username: string; readonly password: string };
  /** A bearer token it accepts instead (an LRS behind OAuth 2.0). */
  readonly bearer?: string;
  /** Size limits an LRS may set (xAPI Communication 3.2: 413 Request Entity Too Large): statements in one request, and bytes in one statement. */
  readonly maxStatements?: number;
  readonly maxStatementBytes?: number;
  /** Answer 409 for an id already stored even when the content matches, as the spec lets an LRS do (Communication 2.1.2). */
  readonly conflictOnDuplicate?: boolean;
}

export async function startLrs(options: LrsOptions = {}): Promise<LrsStandIn> {
  const versions = options.versions ?? ['1.0.3'];
  const latest = versions[versions.length - 1];
  const lrs: Omit<LrsStandIn, 'url' | 'close'> = {
    stored: new Map(),
    voided: new Set(),
    accepted: new Map(),
    counts: { requests: 0, refusedByMode: 0, conflicts: 0, duplicates: 0, badRequests: 0 },
    versionsSeen: [],
    mode: 'up',
    delayMs: 0,
    retryAfterSeconds: 1,
  };
  const server: Server = createServer((req, res) => void handle(req, res));

  const answer = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'X-Experience-API-Version': latest, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers });
    res.end(body !== undefined ? JSON.stringify(body) : undefined);
  };
  const bad = (res: ServerResponse, message: string) => {
    lrs.counts.badRequests++;
    answer(res, 400, { error: message });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    lrs.counts.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (lrs.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, lrs.delayMs));
    if (lrs.mode === 'down') {
      lrs.counts.refusedByMode++;
      req.socket.destroy();
      return;
    }
    if (lrs.mode === 'error' || lrs.mode === 'throttle') {
      lrs.counts.refusedByMode++;
      answer(res, lrs.mode === 'error' ? 503 : 429, { error: lrs.mode }, { 'Retry-After': String(lrs.retryAfterSeconds) });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://lrs');
    const path = url.pathname.replace(/\/+$/, '');
    if (path.endsWith('/about') && req.method === 'GET') return answer(res, 200, { version: versions });
    const version = String(req.headers['x-experience-api-version'] ?? '');
    lrs.versionsSeen.push(version);
    if (!/^(1\.0(\.\d+)?|2\.0(\.\d+)?)$/.test(version) || (version.startsWith('2.0') && !versions.some((v) => v.startsWith('2.0')))) {
      return bad(res, `X-Experience-API-Version "${version}" is missing or not supported`);
    }
    if (options.basic) {
      const expected = `Basic ${Buffer.from(`${options.basic.username}:${options.basic.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return answer(res, 401, { error: 'unauthorised' });
    }
    if (options.bearer && req.headers.authorization !== `Bearer ${options.bearer}`) return answer(res, 401, { error: 'unauthorised' });
    if (!path.endsWith('/statements')) return answer(res, 404, { error: 'not found' });
    if (req.method === 'GET') return getStatement(url, res);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return bad(res, 'body is not JSON');
    }
    if (req.method === 'PUT') return put(url.searchParams.get('statementId'), body as Stored, res);
    if (req.method === 'POST') {
      const sent = Array.isArray(body) ? (body as Stored[]) : [body as Stored];
      const tooLarge = sent.length > (options.maxStatements ?? Infinity) || sent.some((s) => JSON.stringify(s).length > (options.maxStatementBytes ?? Infinity));
      if (tooLarge) return answer(res, 413, { error: 'request entity too large' });
      return post(sent, res);
    }
    answer(res, 405, { error: 'method not allowed' });
  }

  function getStatement(url: URL, res: ServerResponse) {
    const id = url.searchParams.get('statementId');
    const voidedId = url.searchParams.get('voidedStatementId');
    if (id) return lrs.stored.has(id) && !lrs.voided.has(id) ? answer(res, 200, lrs.stored.get(id)) : answer(res, 404, { error: 'not found' });
    if (voidedId) return lrs.voided.has(voidedId) ? answer(res, 200, lrs.stored.get(voidedId)) : answer(res, 404, { error: 'not found' });
    answer(res, 200, { statements: [...lrs.stored.values()].filter((s) => !lrs.voided.has(s.id)), more: '' });
  }

  /** Checks a batch against what is stored: conflicts refuse the whole request, matches are duplicates. */
  function check(statements: Stored[]): { error?: [number, string]; fresh: Stored[] } {
    const ids = statements.map((s) => s.id).filter(Boolean);
    if (new Set(ids).size !== ids.length) return { error: [400, 'the batch holds the same statement id twice'], fresh: [] };
    for (const s of statements) {
      const problem = invalid(s);
      if (problem) return { error: [400, problem], fresh: [] };
    }
    const fresh: Stored[] = [];
    for (const s of statements) {
      const existing = s.id ? lrs.stored.get(s.id) : undefined;
      if (!existing) fresh.push(s);
      else if (options.conflictOnDuplicate || comparable(existing) !== comparable({ ...s })) return { error: [409, `statement ${s.id} exists with different content`], fresh: [] };
    }
    return { fresh };
  }

  function store(statements: Stored[], fresh: Stored[]): string[] {
    for (const s of statements) if (!fresh.includes(s)) lrs.counts.duplicates++;
    for (const s of fresh) {
      const id = s.id as string;
      lrs.stored.set(id, { ...s, stored: new Date().toISOString(), version: '1.0.0' });
      if (s.verb.id === VOIDED && s.object?.objectType === 'StatementRef') lrs.voided.add(s.object.id);
    }
    const ids = statements.map((s) => s.id as string);
    for (const id of ids) lrs.accepted.set(id, (lrs.accepted.get(id) ?? 0) + 1);
    return ids;
  }

  function put(statementId: string | null, statement: Stored, res: ServerResponse) {
    if (!statementId || !UUID.test(statementId)) return bad(res, 'PUT needs a statementId parameter holding a UUID');
    if (statement.id !== undefined && statement.id !== statementId) return bad(res, 'the statement id does not match statementId');
    const withId = { ...statement, id: statementId };
    const { error, fresh } = check([withId]);
    if (error) return error[0] === 409 ? (lrs.counts.conflicts++, answer(res, 409, { error: error[1] })) : bad(res, error[1]);
    store([withId], fresh);
    answer(res, 204);
  }

  function post(sent: Stored[], res: ServerResponse) {
    const statements = sent.map((s) => (s && typeof s === 'object' && !s.id ? { ...s, id: crypto.randomUUID() } : s));
    const { error, fresh } = check(statements);
    if (error) return error[0] === 409 ? (lrs.counts.conflicts++, answer(res, 409, { error: error[1] })) : bad(res, error[1]);
    answer(res, 200, store(statements, fresh));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(lrs, {
    url: `http://127.0.0.1:${port}/xapi/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}
