import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { LOCAL_TLS } from './cosmos';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** What a resource server (the Graph stand-in) learns of a bearer token. */
export type TokenCheck = 'valid' | 'missing' | 'expired' | 'unknown';

/**
 * Microsoft Entra ID's v2 token endpoint for the client-credentials grant, on loopback over HTTPS
 * (MSAL, under @azure/identity, accepts only an https authority): the tenant's OpenID metadata and
 * `POST /{tenant}/oauth2/v2.0/token`. It checks the client id, the secret and the scope as Entra does
 * (AADSTS errors in the OAuth error shape) and issues opaque tokens that expire `lifetimeSeconds`
 * after issue; `check` is how a resource server validates one.
 */
export async function startEntraTokens(options: { tenantId: string; clientId: string; secret: string }) {
  const issued = new Map<string, { expiresAt: number }>();
  // `hang`: the token endpoint takes requests and never answers them; `unavailable`: it answers 500 "temporarily_unavailable".
  const entra = { secret: options.secret, lifetimeSeconds: 3600, hang: false, unavailable: false, counts: { tokens: 0, refused: 0, metadata: 0 } };
  let base = '';
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, status: number, error: string, description: string) => {
    entra.counts.refused++;
    answer(res, status, { error, error_description: description, error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1] ?? 0)] });
  };
  const token = (res: ServerResponse, form: URLSearchParams) => {
    if (form.get('grant_type') !== 'client_credentials') return refuse(res, 400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
    if (form.get('client_id') !== options.clientId) return refuse(res, 400, 'unauthorized_client', `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found in the directory.`);
    if (form.get('client_secret') !== entra.secret) return refuse(res, 401, 'invalid_client', `AADSTS7000215: Invalid client secret provided for app '${options.clientId}'.`);
    if (form.get('scope') !== GRAPH_SCOPE) return refuse(res, 400, 'invalid_scope', `AADSTS1002012: The provided value for scope ${form.get('scope')} is not valid.`);
    entra.counts.tokens++;
    const accessToken = randomBytes(24).toString('base64url');
    issued.set(accessToken, { expiresAt: Date.now() + entra.lifetimeSeconds * 1000 });
    answer(res, 200, { token_type: 'Bearer', expires_in: entra.lifetimeSeconds, ext_expires_in: entra.lifetimeSeconds, access_token: accessToken });
  };
  const server = createServer(LOCAL_TLS, async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', base).pathname;
    const tenant = `/${options.tenantId}`;
    if (req.method === 'GET' && path === `${tenant}/v2.0/.well-known/openid-configuration`) {
      entra.counts.metadata++;
      return answer(res, 200, {
        issuer: `${base}${tenant}/v2.0`,
        token_endpoint: `${base}${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${base}${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
      });
    }
    if (req.method === 'POST' && path === `${tenant}/oauth2/v2.0/token`) {
      if (entra.hang) return undefined;
      if (entra.unavailable) return refuse(res, 500, 'temporarily_unavailable', 'AADSTS90033: A transient error has occurred. Please try again.');
      return token(res, new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    }
    refuse(res, 400, 'invalid_request', `AADSTS90002: Tenant or path '${path}' not found.`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(entra, {
    authorityHost: base,
    /** A resource server's check of an Authorization header: a token this endpoint issued (only ever for Graph's scope), not expired. */
    check(authorization: string | undefined): TokenCheck {
      const bearer = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
      if (!bearer) return 'missing';
      const known = issued.get(bearer);
      if (!known) return 'unknown';
      return known.expiresAt <= Date.now() ? 'expired' : 'valid';
    },
    /** A token as issued, its lifetime already over (what a client holding an old token would send). */
    expiredToken(): string {
      const accessToken = randomBytes(24).toString('base64url');
      issued.set(accessToken, { expiresAt: Date.now() - 1000 });
      return accessToken;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}

export type EntraTokens = Awaited<ReturnType<typeof startEntraTokens>>;

/**
 * For a mocha suite whose stand-ins serve the self-signed loopback certificate: trusts it for that
 * suite only, and puts the process's setting back afterwards.
 */
export function trustLoopbackCertificateInSuite(): void {
  let setting: string | undefined;
  before(() => {
    setting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  });
  after(() => {
    if (setting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = setting;
  });
}
