/**
 * Calls to /api/educator/* with the Teams SSO token as a Bearer token (none in local mode, where the
 * server signs in the local educator). Errors carry the server's status and message.
 */
export class ApiError extends Error {
  constructor(
    /** 0 when the server could not be reached (offline, timed out). */
    readonly status: number,
    message: string,
    /** The server's error code (`changed`, `comment_required`...), when it gave one. */
    readonly code = '',
  ) {
    super(message);
  }
}

/** fetch, with a failure to reach the server as an ApiError (status 0) like any other. */
async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new ApiError(0, (error as Error).message, 'network');
  }
}

let tokenSource: () => Promise<string | undefined> = async () => undefined;

export function useToken(source: () => Promise<string | undefined>): void {
  tokenSource = source;
}

export async function api<T>(path: string, body?: unknown): Promise<T> {
  const token = await tokenSource();
  const response = await request(`/api/educator/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await response.json().catch(() => ({}))) as { message?: string; error?: string };
  if (!response.ok) throw new ApiError(response.status, data.message ?? response.statusText, data.error);
  return data as T;
}

/** A GET whose answer is a file (a CSV table, the HTML report): fetched with the token, returned as a Blob. */
export async function apiBlob(path: string): Promise<Blob> {
  const token = await tokenSource();
  const response = await request(`/api/educator/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return response.blob();
}
