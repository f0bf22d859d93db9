import { createLogger, type Logger } from '../../bot/log';

/** A logger that keeps every line, parsed, for assertions. */
export function captureLogger(): { log: Logger; lines: Record<string, any>[]; text: () => string } {
  const raw: string[] = [];
  const log = createLogger({ level: 'debug', write: (line) => raw.push(line) });
  return {
    log,
    get lines() {
      return raw.map((line) => JSON.parse(line));
    },
    text: () => raw.join(''),
  };
}
