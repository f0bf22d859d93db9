import type { LogLevelName } from './config';

/** Structured fields attached to a log line. Never put message text or personal data here. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LoggerOptions {
  level?: LogLevelName;
  /** Where JSON lines go; default process.stdout. */
  write?: (line: string) => void;
  now?: () => Date;
}

/** A JSON-lines logger: one object per line with time, level, event and fields. */
export function createLogger(options: LoggerOptions = {}, bound: LogFields = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const emit = (level: Exclude<LogLevelName, 'silent'>) =>
    function log(event: string, fields: LogFields = {}): void {
      if (RANK[level] < threshold) return;
      write(JSON.stringify({ time: now().toISOString(), level, event, ...bound, ...serialise(fields) }) + '\n');
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** Longest string kept in a log field: a sender controls activity ids and error texts quote them. */
export const MAX_LOG_STRING = 300;
const MAX_STACK = 2000;

/** A string cut to `max` characters, saying how long it was. */
function bounded(value: string, max = MAX_LOG_STRING): string {
  return value.length > max ? `${value.slice(0, max)}…[${value.length} chars]` : value;
}

/** Every string in a field, however deep, is bounded; errors keep name, code, message and a bounded stack. */
function safe(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return bounded(value);
  if (value instanceof Error) {
    const code = safe((value as { code?: unknown }).code, depth + 1);
    return { name: bounded(value.name, 80), message: bounded(value.message), code, stack: value.stack ? bounded(value.stack, MAX_STACK) : undefined };
  }
  if (!value || typeof value !== 'object' || depth > 4) return typeof value === 'object' && value ? '[object]' : value;
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => safe(v, depth + 1));
  return Object.fromEntries(Object.entries(value).slice(0, 30).map(([k, v]) => [bounded(k, 60), safe(v, depth + 1)]));
}

function serialise(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) out[key] = safe(value);
  return out;
}

/**
 * An id from a request (an activity id before its token is checked) as it may appear in a log line:
 * at most 64 characters, anything outside a conservative alphabet shown as "?", or null.
 */
export function safeId(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).slice(0, 64).replace(/[^\w:.@#|+=/-]/g, '?');
  return String(value).length > 64 ? `${text}…` : text;
}

/** Markers of key material libraries print when a token fails (botframework-connector prints the signing keys). */
const KEY_MATERIAL = /-----BEGIN[\s\S]*?(-----END[^-]*-----|$)|\b[A-Za-z0-9+/]{80,}={0,2}/g;

/**
 * Library messages written to the console (botframework-connector prints the public keys for each
 * badly signed token, Teams AI warns about streaming) become bounded JSON lines without key material,
 * so stdout/stderr carry only the JSON logs. Returns a function that puts the console back.
 */
export function routeLibraryConsole(log: Logger): () => void {
  const original = { error: console.error, warn: console.warn, log: console.log, info: console.info, debug: console.debug };
  const line = (level: 'warn' | 'info' | 'debug') => (...args: unknown[]) => {
    const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ');
    log[level]('library.console', { text: bounded(text.replace(KEY_MATERIAL, '[key material removed]'), 200) });
  };
  Object.assign(console, { error: line('warn'), warn: line('warn'), log: line('info'), info: line('info'), debug: line('debug') });
  return () => Object.assign(console, original);
}
