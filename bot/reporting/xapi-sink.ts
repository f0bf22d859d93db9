import XAPI, { type Statement } from '@xapi/xapi';
import type { XapiConfig } from '../config';
import type { Logger } from '../log';
import type { RecordSink, SendItem, SinkResult } from './sink';
import { tenantHomePage } from './vocabulary';
import { ClientCredentials } from './oauth';
import { retryAfterMs } from '../retry-after';

/** An HTTP answer other than 2xx from the LRS, kept as a value with its status and Retry-After. */
class LrsError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`LRS answered ${status}`);
  }
}

type AdapterFunction = Extract<NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>, (...args: never[]) => unknown>;

/** @xapi/xapi's request hook: fetch with a timeout, a fresh OAuth token, and the status kept on failure. */
function httpAdapter(timeoutMs: number, token?: ClientCredentials): AdapterFunction {
  return async function lrsRequest({ url, method, headers, data }: { url: string; method: string; headers?: Record<string, string>; data?: unknown }) {
    const auth: Record<string, string> = token ? { Authorization: `Bearer ${await token.get()}` } : {};
    const body = data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
    const response = await fetch(url, { method, headers: { ...headers, ...auth }, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    if (!response.ok) throw new LrsError(response.status, retryAfterMs(response.headers.get('retry-after')));
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a 204 has no body): keep the text.
    }
    return { data: parsed as never, headers: Object.fromEntries(response.headers.entries()), status: response.status };
  } as AdapterFunction;
}

/**
 * The LRS adapter: HALI's queued statements to an xAPI statements resource through @xapi/xapi,
 * batched POSTs with the learner as actor. Statement ids are fixed by their content, so sending one
 * again is safe, and the LRS's answers are read that way:
 * - 400 for a batch: split and sent one by one, so one bad statement cannot hold the rest back; a
 *   statement refused alone is refused for good.
 * - 409 (an id the LRS already holds, xAPI 1.0.3 Communication 2.1.2): the statement is there, from
 *   an earlier send whose answer was lost, so it counts as accepted (and is voided on erasure).
 * - 413 (too large, a limit each LRS sets): the batch is halved until it fits; one statement too
 *   large alone is refused for good, not resent for ever in front of everyone else's.
 */
export class XapiSink implements RecordSink {
  readonly to = 'lrs' as const;
  private client?: XAPI;
  private readonly token?: ClientCredentials;

  constructor(
    private readonly config: XapiConfig,
    private readonly log: Logger,
    private readonly timeoutMs = 10_000,
  ) {
    if (config.oauth) this.token = new ClientCredentials(config.oauth, timeoutMs);
  }

  /** The client, speaking 2.0.0 only where the LRS's /about lists it (or the setting says so). */
  private async connect(): Promise<XAPI> {
    if (this.client) return this.client;
    const adapter = httpAdapter(this.timeoutMs, this.token);
    const auth = this.config.username ? XAPI.toBasicAuth(this.config.username, this.config.password ?? '') : undefined;
    let version = this.config.version === 'auto' ? '1.0.3' : this.config.version;
    if (this.config.version === 'auto') {
      const about = await new XAPI({ endpoint: this.config.endpoint, auth, adapter }).getAbout();
      if ((about.data.version ?? []).some((v: string) => v.startsWith('2.0'))) version = '2.0.0';
      this.log.info('xapi.connected', { version, offered: about.data.version });
    }
    this.client = new XAPI({ endpoint: this.config.endpoint, auth, adapter, version: version as '1.0.3' });
    return this.client;
  }

  private actorOf(item: SendItem): Record<string, unknown> | undefined {
    if (item.statement?.actor) return item.statement.actor;
    const learner = item.learner;
    if (!learner) return undefined;
    const email = learner.profile.email;
    if (this.config.actor === 'mbox' && email) return { objectType: 'Agent', mbox: `mailto:${email}` };
    if (this.config.actor === 'mbox') this.log.warn('xapi.actor_without_email', { statementId: item.entry.id });
    return { objectType: 'Agent', account: { homePage: tenantHomePage(learner.tenantId), name: learner.id } };
  }

  private statementsOf(items: readonly SendItem[]): Statement[] {
    return items.map((item) => ({ ...(item.statement ?? item.entry.statement), actor: this.actorOf(item) }) as unknown as Statement);
  }

  async send(items: readonly SendItem[]): Promise<SinkResult> {
    try {
      return await this.sendBatch(await this.connect(), items);
    } catch (error) {
      const status = error instanceof LrsError ? error.status : undefined;
      return { ok: false, reason: status ? `http_${status}` : ((error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable'), retryAfterMs: error instanceof LrsError ? error.retryAfterMs : undefined };
    }
  }

  /** One POST of `items`, split as the LRS's answer asks (see the class); throws what is to be retried later. */
  private async sendBatch(client: XAPI, items: readonly SendItem[]): Promise<Extract<SinkResult, { ok: true }>> {
    try {
      await client.sendStatements({ statements: this.statementsOf(items) });
      return { ok: true, refused: new Set() };
    } catch (error) {
      if (!(error instanceof LrsError)) throw error;
      if (items.length === 1) {
        if (error.status === 409) return { ok: true, refused: new Set() };
        if (error.status === 400 || error.status === 413) {
          this.log.warn('xapi.statement_refused', { status: error.status, statementId: items[0].entry.id });
          return { ok: true, refused: new Set([items[0].entry.id]) };
        }
        throw error;
      }
      if (error.status === 413) {
        // Halves in turn: a half that fails to send throws, and the whole batch is sent again later (ids make that safe).
        const half = Math.ceil(items.length / 2);
        const first = await this.sendBatch(client, items.slice(0, half));
        const second = await this.sendBatch(client, items.slice(half));
        return { ok: true, refused: new Set([...first.refused, ...second.refused]) };
      }
      if (error.status !== 400 && error.status !== 409) throw error;
      const refused = new Set<string>();
      for (const item of items) for (const id of (await this.sendBatch(client, [item])).refused) refused.add(id);
      return { ok: true, refused };
    }
  }
}
