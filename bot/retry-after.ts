/**
 * A Retry-After header in ms: seconds or an HTTP date (RFC 9110); undefined when absent or unreadable. One reading for every
 * caller that is asked to wait: the Teams connector (connector-client.ts, for replies and nudges), the LRS (reporting/xapi-sink.ts) and
 * Microsoft Graph (viva/graph.ts, viva/sink.ts).
 */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
