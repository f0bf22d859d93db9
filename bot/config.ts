import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The one reader of the environment. Everything else receives a typed, frozen `Config`.
 * All problems are collected and reported together so an operator fixes them in one pass.
 */
export type BotType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMsi';

export interface Config {
  readonly port: number;
  readonly dataDir: string;
  readonly nodeEnv: string;
  readonly production: boolean;
  /** True when no BOT_ID is set: no inbound authentication (the Agents Playground sends no token). */
  readonly localMode: boolean;
  readonly bot: {
    readonly id?: string;
    readonly password?: string;
    readonly tenantId?: string;
    readonly type: BotType;
    readonly openIdMetadataUrl?: string;
    readonly tokenIssuer?: string;
  };
  /** Empty means every tenant is allowed. Lower-cased tenant ids. */
  readonly allowedTenants: readonly string[];
  /** The educator tab's Entra app (Agents Toolkit names) and where its token keys come from. */
  readonly educator: EducatorAuthConfig;
  readonly cosmos: { readonly endpoint?: string; readonly key?: string; readonly database: string; readonly createContainers: boolean };
  /** Serve content still marked draft; production serves only reviewed content unless told otherwise. */
  readonly serveDraftContent: boolean;
  /** Days that learning events and conversation transcripts are kept. */
  readonly retentionDays: number;
  readonly openai: { readonly apiKey?: string; readonly baseUrl?: string; readonly model: string };
  readonly azureOpenai: { readonly endpoint?: string; readonly apiKey?: string; readonly deployment?: string };
  /** How long a mentor waits for the model before answering from its own content. */
  readonly modelTimeoutMs: number;
  /** Show a language model's answer as it is written, in personal chat (Teams streams nowhere else). */
  readonly streamAnswers: boolean;
  /** Content moderation of learners' messages and mentors' answers: off, OpenAI, or Azure AI Content Safety. */
  readonly moderation: { readonly kind: 'off' | 'openai' | 'azure'; readonly endpoint?: string; readonly key?: string };
  /** Model tokens (prompt and answer) one learner may use per day before mentors answer offline. */
  readonly dailyTokenBudget: number;
  readonly nudges: {
    readonly triggerKey?: string;
    readonly ratePerSecond: number;
    /** Sweep every minute in this process (instances share the work through a lease in the store). */
    readonly scheduler: boolean;
    /** How often the scheduler looks for due nudges, in seconds. */
    readonly sweepEverySeconds: number;
    /** How long the sweep lease lasts unless renewed: how soon another instance takes over from one that died. */
    readonly leaseSeconds: number;
  };
  /** Learning records sent out: an xAPI learning record store and Microsoft Viva Learning. */
  readonly reporting: ReportingConfig;
  /** Cohort analytics: whether aggregates are kept, and the fewest learners any shown figure may come from. */
  readonly analytics: { readonly enabled: boolean; readonly minCohort: number };
  readonly appInsightsConnectionString?: string;
  readonly logLevel: LogLevelName;
}

export interface XapiConfig {
  readonly endpoint: string;
  /** Basic authentication (the LRS's key and secret). */
  readonly username?: string;
  readonly password?: string;
  /** Or an OAuth 2.0 client (client-credentials grant) whose bearer token the LRS accepts. */
  readonly oauth?: { readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string; readonly scope?: string };
  /** How the learner is named: their Entra object id under the tenant's home page, or their work email. */
  readonly actor: 'account' | 'mbox';
  /** The xAPI version to speak; "auto" asks the LRS (GET /about) and uses 2.0.0 only where it says so. */
  readonly version: 'auto' | '1.0.3' | '2.0.0';
  /** On "forget me", send a voiding statement for every statement already sent. */
  readonly voidOnErasure: boolean;
}

/** Microsoft Entra ID's public-cloud sign-in host. */
export const ENTRA_AUTHORITY_HOST = 'https://login.microsoftonline.com';

export interface VivaConfig {
  /** The tenant whose Viva Learning lists HALI; the app's identity needs admin-granted Graph permissions there. */
  readonly tenantId: string;
  /** HALI's learning provider registration id (an administrator registers it once; see the README). */
  readonly providerId: string;
  /** Client id and secret of the app registration; without a secret, the managed identity is used. */
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** Microsoft Graph's root (tests point it at a stand-in). */
  readonly graphBaseUrl: string;
  /** Microsoft Entra ID's sign-in host for the client secret (a national cloud's, or a stand-in in tests). */
  readonly authorityHost: string;
  /** The bot's id, for deep links that open a lesson in HALI's chat. */
  readonly botId: string;
  /** A public image shown beside HALI's lessons in Viva Learning. */
  readonly thumbnailUrl?: string;
}

export interface ReportingConfig {
  readonly xapi?: XapiConfig;
  readonly viva?: VivaConfig;
  /** Prefix of HALI's activity and extension IRIs (stable ids per lesson, item, case). */
  readonly activityBase: string;
  /** Statements per request to the LRS. */
  readonly batchSize: number;
  /** Send queued records in this process (instances share the work through a lease in the store). */
  readonly sender: boolean;
  /** Where the sender runs: a worker thread with its own store connection (default), or the turns' thread. */
  readonly thread: 'worker' | 'inline';
}

export interface EducatorAuthConfig {
  /** AAD_APP_CLIENT_ID: the tab's SSO tokens are issued for this app; absent, the workspace signs nobody in (or the local educator in local mode). */
  readonly clientId?: string;
  readonly tenantId?: string;
  /** BOT_DOMAIN: where set, an audience written as a URI must be this app's own, api://<BOT_DOMAIN>/<app id>. */
  readonly domain?: string;
  readonly authority: string;
  /** OpenID metadata whose issuer (with {tenantid}) and jwks_uri validate SSO tokens. */
  readonly openIdMetadataUrl: string;
  /** No BOT_ID and no AAD_APP_CLIENT_ID: the workspace signs in a local educator holding both roles. */
  readonly localEducator: boolean;
}

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Thrown when settings are missing or malformed; `problems` lists every one with its fix. */
export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: readonly string[]) {
    super(`HALI cannot start: ${problems.length} setting problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const BOT_TYPES: readonly BotType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'];
const LOG_LEVELS: readonly LogLevelName[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Reads and validates settings from an environment (default: `process.env`). */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    problems.push(`${name}="${raw}" must be true or false.`);
    return fallback;
  };
  const url = (name: string): string | undefined => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name}="${raw}" must be an http(s) URL, for example https://example.org/.`);
      return undefined;
    }
  };

  const nodeEnv = text('NODE_ENV') ?? 'development';
  const production = nodeEnv === 'production';
  const botId = text('BOT_ID');
  const botPassword = text('BOT_PASSWORD');
  const botTenantId = text('BOT_TENANT_ID');
  const rawBotType = text('BOT_TYPE') ?? 'MultiTenant';
  const botType = BOT_TYPES.find((t) => t.toLowerCase() === rawBotType.toLowerCase());
  if (!botType) problems.push(`BOT_TYPE="${rawBotType}" must be one of ${BOT_TYPES.join(', ')}.`);

  if (botId) {
    if (botType !== 'UserAssignedMsi' && !botPassword) {
      problems.push(`BOT_PASSWORD is required when BOT_ID is set and BOT_TYPE is ${botType ?? rawBotType} (or set BOT_TYPE=UserAssignedMsi).`);
    }
    if ((botType === 'SingleTenant' || botType === 'UserAssignedMsi') && !botTenantId) {
      problems.push(`BOT_TENANT_ID is required when BOT_TYPE is ${botType}.`);
    }
  } else if (production) {
    problems.push('BOT_ID is required when NODE_ENV=production: without it inbound requests are not authenticated.');
  }

  const openIdMetadataUrl = url('BOT_OPENID_METADATA_URL');
  const aadClientId = text('AAD_APP_CLIENT_ID');
  const aadTenantId = text('AAD_APP_TENANT_ID');
  const aadAuthority = (url('AAD_APP_OAUTH_AUTHORITY') ?? `https://login.microsoftonline.com/${aadTenantId ?? 'organizations'}`).replace(/\/+$/, '');
  const educatorMetadataUrl = url('EDUCATOR_OPENID_METADATA_URL') ?? `${aadAuthority}/v2.0/.well-known/openid-configuration`;
  const tokenIssuer = text('BOT_TOKEN_ISSUER');

  const azureEndpoint = url('AZURE_OPENAI_ENDPOINT');
  const azureDeployment = text('AZURE_OPENAI_DEPLOYMENT');
  if (azureEndpoint && !azureDeployment) problems.push('AZURE_OPENAI_DEPLOYMENT is required when AZURE_OPENAI_ENDPOINT is set.');
  if (azureDeployment && !azureEndpoint) problems.push('AZURE_OPENAI_ENDPOINT is required when AZURE_OPENAI_DEPLOYMENT is set.');

  const moderationKind = (text('MODERATION') ?? 'off').toLowerCase();
  if (!['off', 'openai', 'azure'].includes(moderationKind)) problems.push(`MODERATION="${moderationKind}" must be off, openai or azure.`);
  const contentSafetyEndpoint = url('AZURE_CONTENT_SAFETY_ENDPOINT');
  const contentSafetyKey = text('AZURE_CONTENT_SAFETY_KEY');
  if (moderationKind === 'openai' && !text('OPENAI_API_KEY')) problems.push('MODERATION=openai needs OPENAI_API_KEY.');
  if (moderationKind === 'azure' && (!contentSafetyEndpoint || !contentSafetyKey)) problems.push('MODERATION=azure needs AZURE_CONTENT_SAFETY_ENDPOINT and AZURE_CONTENT_SAFETY_KEY.');

  const cosmosEndpoint = url('COSMOS_ENDPOINT');
  const cosmosKey = text('COSMOS_KEY');
  if (cosmosKey && !cosmosEndpoint) problems.push('COSMOS_ENDPOINT is required when COSMOS_KEY is set.');

  const nudgeKey = text('NUDGE_TRIGGER_KEY');
  if (production && nudgeKey && nudgeKey.length < 16) problems.push('NUDGE_TRIGGER_KEY must be at least 16 characters in production.');

  const reporting = readReporting(text, url, integer, flag, problems);
  const senderThread = (text('REPORTING_SENDER_THREAD') ?? 'inline').toLowerCase();
  if (!['worker', 'inline'].includes(senderThread)) problems.push(`REPORTING_SENDER_THREAD="${senderThread}" must be worker (a thread of its own) or inline (the turns' thread).`);

  const rawLevel = (text('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info')).toLowerCase();
  const logLevel = LOG_LEVELS.find((l) => l === rawLevel);
  if (!logLevel) problems.push(`LOG_LEVEL="${rawLevel}" must be one of ${LOG_LEVELS.join(', ')}.`);

  const config: Config = {
    port: integer('PORT', 3978, 0, 65535),
    dataDir: text('DATA_DIR') ?? './.data',
    nodeEnv,
    production,
    localMode: !botId,
    bot: { id: botId, password: botPassword, tenantId: botTenantId, type: botType ?? 'MultiTenant', openIdMetadataUrl, tokenIssuer },
    allowedTenants: (text('ALLOWED_TENANTS') ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
    educator: { clientId: aadClientId, tenantId: aadTenantId, authority: aadAuthority, openIdMetadataUrl: educatorMetadataUrl, localEducator: !botId && !aadClientId, domain: text('BOT_DOMAIN')?.toLowerCase() },
    cosmos: { endpoint: cosmosEndpoint, key: cosmosKey, database: text('COSMOS_DATABASE') ?? 'hali', createContainers: flag('COSMOS_CREATE_CONTAINERS', !production) },
    retentionDays: integer('RETENTION_DAYS', 180, 1, 3650),
    serveDraftContent: flag('SERVE_DRAFT_CONTENT', !production),
    openai: { apiKey: text('OPENAI_API_KEY'), baseUrl: url('OPENAI_BASE_URL'), model: text('OPENAI_MODEL') ?? 'gpt-4o-mini' },
    azureOpenai: { endpoint: azureEndpoint, apiKey: text('AZURE_OPENAI_API_KEY'), deployment: azureDeployment },
    modelTimeoutMs: integer('MODEL_TIMEOUT_MS', 8_000, 1_000, 14_000),
    streamAnswers: flag('STREAM_ANSWERS', true),
    moderation: {
      kind: (['off', 'openai', 'azure'].includes(moderationKind) ? moderationKind : 'off') as 'off' | 'openai' | 'azure',
      endpoint: moderationKind === 'azure' ? contentSafetyEndpoint : undefined,
      key: moderationKind === 'azure' ? contentSafetyKey : undefined,
    },
    dailyTokenBudget: integer('DAILY_TOKEN_BUDGET', 50_000, 1_000, 10_000_000),
    nudges: { triggerKey: nudgeKey, ratePerSecond: integer('NUDGE_RATE_PER_SECOND', 40, 1, 50), scheduler: flag('NUDGE_SCHEDULER', nodeEnv !== 'test'),
      sweepEverySeconds: integer('NUDGE_SWEEP_EVERY_SECONDS', 60, 1, 3600),
      leaseSeconds: integer('NUDGE_LEASE_SECONDS', 60, 5, 3600),
    },
    reporting: { ...reporting, sender: flag('REPORTING_SENDER', nodeEnv !== 'test'), thread: senderThread === 'inline' ? 'inline' : 'worker' },
    // Never below 5: smaller cohorts would let an educator single a person out.
    analytics: { enabled: flag('ANALYTICS_ENABLED', true), minCohort: integer('MIN_COHORT', 10, 5, 1000) },
    appInsightsConnectionString: text('APPLICATIONINSIGHTS_CONNECTION_STRING'),
    logLevel: logLevel ?? 'info',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(config);
}

type Reader<T> = (name: string) => T;

/** XAPI_* and VIVA_* settings: both optional, each complete or reported as a problem. */
function readReporting(
  text: Reader<string | undefined>,
  url: Reader<string | undefined>,
  integer: (name: string, fallback: number, min: number, max: number) => number,
  flag: (name: string, fallback: boolean) => boolean,
  problems: string[],
): Omit<ReportingConfig, 'sender' | 'thread'> {
  const endpoint = url('XAPI_ENDPOINT');
  const username = text('XAPI_USERNAME');
  const password = text('XAPI_PASSWORD');
  const tokenUrl = url('XAPI_OAUTH_TOKEN_URL');
  const clientId = text('XAPI_CLIENT_ID');
  const clientSecret = text('XAPI_CLIENT_SECRET');
  const actor = (text('XAPI_ACTOR') ?? 'account').toLowerCase();
  if (actor !== 'account' && actor !== 'mbox') problems.push(`XAPI_ACTOR="${actor}" must be account (Entra object id) or mbox (work email).`);
  const version = (text('XAPI_VERSION') ?? 'auto').toLowerCase();
  if (!['auto', '1.0.3', '2.0.0'].includes(version)) problems.push(`XAPI_VERSION="${version}" must be auto, 1.0.3 or 2.0.0.`);
  if ((username || password || tokenUrl || clientId) && !endpoint) problems.push('XAPI_ENDPOINT is required when XAPI_USERNAME, XAPI_PASSWORD or an OAuth client is set.');
  if (endpoint && !!username !== !!password) problems.push('XAPI_USERNAME and XAPI_PASSWORD go together (the LRS key and secret).');
  if (tokenUrl && (!clientId || !clientSecret)) problems.push('XAPI_OAUTH_TOKEN_URL needs XAPI_CLIENT_ID and XAPI_CLIENT_SECRET.');
  const oauth = tokenUrl && clientId && clientSecret ? { tokenUrl, clientId, clientSecret, scope: text('XAPI_OAUTH_SCOPE') } : undefined;
  const xapi = endpoint
    ? { endpoint, username, password, oauth, actor: actor === 'mbox' ? ('mbox' as const) : ('account' as const), version: (['1.0.3', '2.0.0'].includes(version) ? version : 'auto') as XapiConfig['version'], voidOnErasure: flag('XAPI_VOID_ON_ERASURE', false) }
    : undefined;
  const vivaTenant = text('VIVA_TENANT_ID');
  const providerId = text('VIVA_PROVIDER_ID');
  const botId = text('BOT_ID');
  if (vivaTenant && !providerId) problems.push('VIVA_PROVIDER_ID (HALI\'s learning provider registration id) is required with VIVA_TENANT_ID; the README says how an administrator registers HALI.');
  if (vivaTenant && !botId) problems.push('BOT_ID is required with VIVA_TENANT_ID, for deep links that open lessons in HALI\'s chat.');
  const viva = vivaTenant && providerId && botId
    ? { tenantId: vivaTenant, providerId, clientId: text('VIVA_CLIENT_ID'), clientSecret: text('VIVA_CLIENT_SECRET'), graphBaseUrl: url('GRAPH_BASE_URL') ?? 'https://graph.microsoft.com', authorityHost: url('VIVA_AUTHORITY_HOST') ?? ENTRA_AUTHORITY_HOST, botId, thumbnailUrl: url('VIVA_THUMBNAIL_URL') }
    : undefined;
  const activityBase = text('XAPI_ACTIVITY_BASE') ?? 'urn:hali:';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(activityBase) || !/[/:]$/.test(activityBase)) problems.push(`XAPI_ACTIVITY_BASE="${activityBase}" must be an IRI ending in "/" or ":", for example https://learning.example.nhs.uk/hali/.`);
  return { xapi, viva, activityBase, batchSize: integer('XAPI_BATCH_SIZE', 50, 1, 500) };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/**
 * Settings from `env/.env.<NODE_ENV>` (default `.env.local`) and its `.user` twin, with the real
 * environment taking precedence. The files are optional; secrets belong in the `.user` file,
 * which git ignores.
 */
export function readEnvFiles(dir: string, env: Env = process.env): Env {
  const name = env.NODE_ENV?.trim() || 'local';
  const merged: Record<string, string | undefined> = {};
  for (const file of [join(dir, `.env.${name}`), join(dir, `.env.${name}.user`)]) {
    if (existsSync(file)) Object.assign(merged, parseEnv(readFileSync(file, 'utf8')));
  }
  return { ...merged, ...env };
}
