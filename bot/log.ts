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

function serialise(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message, code: (value as { code?: unknown }).code, stack: value.stack } : value;
  }
  return out;
}
