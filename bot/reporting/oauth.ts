/**
 * An OAuth 2.0 client-credentials token for an LRS that takes bearer tokens (RFC 6749 section 4.4):
 * one form POST, cached until a minute before it expires.
 */
export class ClientCredentials {
  private token?: { value: string; expiresAt: number };

  constructor(
    private readonly client: { readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string; readonly scope?: string },
    private readonly timeoutMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now()) return this.token.value;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.client.clientId, client_secret: this.client.clientSecret });
    if (this.client.scope) form.set('scope', this.client.scope);
    const response = await fetch(this.client.tokenUrl, { method: 'POST', body: form, signal: AbortSignal.timeout(this.timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
    if (!response.ok || typeof body.access_token !== 'string') throw new Error(`The LRS token endpoint answered ${response.status} without an access token.`);
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300;
    this.token = { value: body.access_token, expiresAt: this.now() + Math.max(0, lifetime - 60) * 1000 };
    return this.token.value;
  }
}
