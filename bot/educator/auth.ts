import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import type { EducatorAuthConfig } from '../config';

/**
 * Who may use the educator workspace: Teams single sign-on tokens (Microsoft Entra ID v2) checked for
 * issuer, audience, signature, expiry and tenant with `jose`, and the app roles the organisation
 * assigned in Entra ID. Outside Teams, on a developer's machine, a local educator holds both roles.
 */

/** The workspace roles, as HALI names them; Entra ID app roles `Educator` and `WelshReviewer`. */
export const EDUCATOR_ROLES = ['educator', 'welsh-reviewer'] as const;
export type EducatorRole = (typeof EDUCATOR_ROLES)[number];

/** App role values (aad.manifest.json) mapped to HALI's role names. */
export const APP_ROLE_VALUES: Readonly<Record<string, EducatorRole>> = { Educator: 'educator', WelshReviewer: 'welsh-reviewer' };

export interface EducatorIdentity {
  /** Entra object id (oid), stable per person and tenant. */
  readonly id: string;
  readonly name: string;
  readonly tenantId: string;
  readonly roles: readonly EducatorRole[];
  /** True for the local educator of `npm run dev`. */
  readonly local: boolean;
}

/** 401: no identity we trust; 403: a trusted identity without a workspace role; 503: SSO not configured. */
export type AuthResult =
  | { readonly ok: true; readonly identity: EducatorIdentity }
  | { readonly ok: false; readonly status: 401 | 403 | 503; readonly reason: string };

export interface EducatorAuth {
  readonly mode: 'local' | 'entra' | 'off';
  authenticate(authorization: string | undefined): Promise<AuthResult>;
}

export const LOCAL_EDUCATOR: EducatorIdentity = Object.freeze({ id: 'local-educator', name: 'Local educator', tenantId: 'local', roles: [...EDUCATOR_ROLES], local: true });

const APP_TOKEN_REFUSED =
  "This is an application's token, not a person's: the workspace records who decided, so it needs the signed-in person's Teams sign-on (open the HALI educators tab in Teams).";

/** How far the token's times may disagree with this server's clock. */
const CLOCK_TOLERANCE_S = 60;

interface Metadata {
  readonly issuer: string;
  readonly jwks: ReturnType<typeof createRemoteJWKSet>;
}

/**
 * Builds the authenticator once from settings. `allowedTenants` empty falls back to the app's own
 * tenant (AAD_APP_TENANT_ID) when that is set, so a single-tenant app never admits a stranger.
 */
export function createEducatorAuth(config: EducatorAuthConfig, allowedTenants: readonly string[]): EducatorAuth {
  if (config.localEducator) return { mode: 'local', authenticate: async () => ({ ok: true, identity: LOCAL_EDUCATOR }) };
  const clientId = config.clientId;
  if (!clientId) return { mode: 'off', authenticate: async () => ({ ok: false, status: 503, reason: 'The educator workspace is not configured: set AAD_APP_CLIENT_ID.' }) };
  const tenants = allowedTenants.length > 0 ? allowedTenants : config.tenantId ? [config.tenantId.toLowerCase()] : [];
  let metadata: Promise<Metadata> | undefined;
  const loadMetadata = () => (metadata ??= fetchMetadata(config.openIdMetadataUrl).catch((error: unknown) => {
    metadata = undefined;
    throw error;
  }));

  return {
    mode: 'entra',
    async authenticate(authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
      if (!token) return denied(401, 'Send the Teams single sign-on token as "Authorization: Bearer <token>".');
      let tenantId: string;
      try {
        const claimed = decodeJwt(token).tid;
        if (typeof claimed !== 'string' || !claimed) return denied(401, 'The token names no tenant (tid).');
        tenantId = claimed.toLowerCase();
      } catch {
        return denied(401, 'The token is not a JSON Web Token.');
      }
      if (tenants.length > 0 && !tenants.includes(tenantId)) return denied(401, 'The token is from a tenant this HALI does not serve.');
      let payload: JWTPayload;
      try {
        const { issuer, jwks } = await loadMetadata();
        ({ payload } = await jwtVerify(token, jwks, { issuer: issuer.replace('{tenantid}', tenantId), algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE_S, requiredClaims: ['exp'] }));
      } catch (error) {
        return denied(401, `The token was refused (${(error as { code?: string }).code ?? 'invalid'}).`);
      }
      if (!audienceMatches(payload.aud, clientId, config.domain)) return denied(401, 'The token was issued for another application.');
      // jose checks exp and nbf; a token stamped as issued in the future was not issued by Entra ID's clock.
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_S) return denied(401, 'The token says it was issued in the future.');
      const personId = personOf(payload);
      if (!personId) return denied(403, APP_TOKEN_REFUSED);
      const roles = rolesOf(payload.roles);
      const identity: EducatorIdentity = {
        id: personId,
        name: String(payload.name ?? payload.preferred_username ?? 'Educator'),
        tenantId,
        roles,
        local: false,
      };
      if (roles.length === 0) return denied(403, 'Ask your education team for the Educator or Welsh reviewer role in HALI.');
      return { ok: true, identity };
    },
  };
}

/**
 * The person's object id, or undefined for an app-only token. A Teams sign-on token is delegated: it names the
 * person (`oid`) and carries the scope they consented to (`scp`, access_as_user). A token an application got for
 * itself (client credentials) has no `scp`, says `idtyp: app` when that claim is on, and its `oid` is the
 * application's: decisions made with it would name no reviewer.
 */
function personOf(payload: JWTPayload): string | undefined {
  if (payload.idtyp === 'app' || typeof payload.scp !== 'string' || payload.scp.trim() === '') return undefined;
  return typeof payload.oid === 'string' && payload.oid !== '' ? payload.oid : undefined;
}

function denied(status: 401 | 403 | 503, reason: string): AuthResult {
  return { ok: false, status, reason };
}

/** Teams SSO tokens carry the app id, or its Application ID URI api://<domain>/<app id>: with BOT_DOMAIN set, only HALI's own domain. */
function audienceMatches(aud: JWTPayload['aud'], clientId: string, domain: string | undefined): boolean {
  const list = Array.isArray(aud) ? aud : aud ? [aud] : [];
  return list.some((a) => a === clientId || (domain ? a.toLowerCase() === `api://${domain}/${clientId}`.toLowerCase() : a.startsWith('api://') && a.endsWith(`/${clientId}`)));
}

function rolesOf(claim: unknown): EducatorRole[] {
  const values = Array.isArray(claim) ? claim.filter((r): r is string => typeof r === 'string') : [];
  return EDUCATOR_ROLES.filter((role) => values.some((v) => APP_ROLE_VALUES[v] === role));
}

async function fetchMetadata(url: string): Promise<Metadata> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`OpenID metadata at ${url} answered ${response.status}`);
  const body = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (typeof body.issuer !== 'string' || typeof body.jwks_uri !== 'string') throw new Error(`OpenID metadata at ${url} lacks issuer or jwks_uri`);
  return { issuer: body.issuer, jwks: createRemoteJWKSet(new URL(body.jwks_uri)) };
}
