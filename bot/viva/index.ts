import { ClientSecretCredential, ManagedIdentityCredential, type AccessToken, type GetTokenOptions, type TokenCredential } from '@azure/identity';
import { ENTRA_AUTHORITY_HOST, type VivaConfig } from '../config';
import type { Logger } from '../log';
import { retryAfterMs } from '../retry-after';
import type { Mentor } from '../mentors/types';
import type { LearnerRepository } from '../learning/learner-repository';
import { syncAssignments } from './assignments';
import { vivaCatalogue } from './catalogue';
import { VivaGraph } from './graph';

/** Entra ID issues a token in well under a second; a sign-in still waiting after this is hung, and is ended. */
export const TOKEN_TIMEOUT_MS = 20_000;

/** Entra ID did not answer HALI's sign-in in time. */
export class TokenTimeoutError extends Error {
  constructor(ms: number) {
    super(`Entra ID did not issue a token within ${ms} ms`);
    this.name = 'TokenTimeout';
  }
}

/**
 * `credential`, with each sign-in ended after `timeoutMs`: the request is aborted (@azure/identity honours the signal) and,
 * should it linger regardless, the caller is answered anyway.
 */
export function boundedCredential(credential: TokenCredential, timeoutMs = TOKEN_TIMEOUT_MS): TokenCredential {
  return {
    getToken(scopes: string | string[], options: GetTokenOptions = {}): Promise<AccessToken | null> {
      const timeout = AbortSignal.timeout(timeoutMs);
      const given = options.abortSignal as AbortSignal | undefined;
      const abortSignal = given ? AbortSignal.any([given, timeout]) : timeout;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TokenTimeoutError(timeoutMs)), timeoutMs);
        timer.unref();
      });
      const asked = credential.getToken(scopes, { ...options, abortSignal }).catch((error: unknown) => {
        throw timeout.aborted ? new TokenTimeoutError(timeoutMs) : error;
      });
      return Promise.race([asked, late]).finally(() => clearTimeout(timer));
    },
  };
}

/** The app's identity for Graph: its client secret where given, else its managed identity; each sign-in bounded in time. */
export function vivaCredential(config: VivaConfig): TokenCredential {
  if (config.clientId && config.clientSecret) {
    // Instance discovery asks the public cloud about the host: only for the public cloud's own host.
    const custom = new URL(config.authorityHost).origin !== ENTRA_AUTHORITY_HOST;
    return boundedCredential(new ClientSecretCredential(config.tenantId, config.clientId, config.clientSecret, { authorityHost: config.authorityHost, disableInstanceDiscovery: custom }));
  }
  return boundedCredential(new ManagedIdentityCredential(config.clientId ? { clientId: config.clientId } : undefined));
}

export interface VivaEngine {
  readonly graph: VivaGraph;
  /** Publishes every lesson and pathway (EN and CY); returns how many items. */
  publishCatalogue(): Promise<number>;
  /** Reads assignments for learners whose nudge is near. */
  syncAssignments(): Promise<number>;
  /** Publishes at start and daily (again every 15 minutes until a publish succeeds), and reads assignments every 15 minutes. */
  startSchedule(): void;
  stop(): void;
}

export function createVivaEngine(config: VivaConfig, deps: { mentors: readonly Mentor[]; learners: LearnerRepository; log: Logger; clock: () => Date; credential?: TokenCredential }): VivaEngine {
  const graph = new VivaGraph({ credential: deps.credential ?? vivaCredential(config), baseUrl: config.graphBaseUrl });
  const log = deps.log.child({ component: 'viva' });
  const timers: NodeJS.Timeout[] = [];
  let readsPausedUntil = 0;
  const engine: VivaEngine = {
    graph,
    async publishCatalogue() {
      const items = vivaCatalogue(deps.mentors, config.botId, config.thumbnailUrl);
      for (const item of items) await graph.publish(config.providerId, item);
      log.info('viva.catalogue_published', { items: items.length });
      return items.length;
    },
    async syncAssignments() {
      // Throttled for longer than the client waits itself ("Retry-After: 3600"), the reads wait as long as Graph asks, as sends
      // do: a run before then reads nothing.
      if (deps.clock().getTime() < readsPausedUntil) return 0;
      try {
        return await syncAssignments({ graph, learners: deps.learners, mentors: deps.mentors, providerId: config.providerId, tenantId: config.tenantId, log, clock: deps.clock });
      } catch (error) {
        const waitMs = retryAfterMs((error as { headers?: { get?: (name: string) => string | null } }).headers?.get?.('Retry-After'));
        if (waitMs) {
          readsPausedUntil = deps.clock().getTime() + waitMs;
          log.warn('viva.assignments_paused', { seconds: Math.round(waitMs / 1000) });
        }
        throw error;
      }
    },
    startSchedule() {
      const run = (name: string, job: () => Promise<unknown>) => () => void job().catch((error: unknown) => log.error(`viva.${name}_failed`, { error }));
      // A publish that failed (Graph down or throttled at start) is tried again with the next assignments read, not a day later:
      // completions wait in the outbox for their lessons to be listed.
      let published = false;
      const publish = async () => {
        await engine.publishCatalogue();
        published = true;
      };
      const retryPublish = () => (published ? Promise.resolve() : publish());
      run('publish', publish)();
      timers.push(setInterval(run('publish', publish), 24 * 3_600_000), setInterval(run('publish', retryPublish), 15 * 60_000), setInterval(run('assignments', engine.syncAssignments), 15 * 60_000));
      for (const timer of timers) timer.unref();
    },
    stop() {
      for (const timer of timers) clearInterval(timer);
    },
  };
  return engine;
}
