import type restify from 'restify';

/** What the body reader needs: the most bytes any body may have. */
export interface JsonBodyOptions {
  readonly maxBytes: number;
  /** An empty body is allowed (POST /api/nudges/run without `at`); it reads as undefined. */
  readonly allowEmpty?: boolean;
  /** How long the whole body may take to arrive (default BODY_READ_TIMEOUT_MS). */
  readonly readTimeoutMs?: number;
}

/**
 * A body of at most 256 KB arrives in well under a second: a client still sending after this long (a byte a second,
 * holding a connection open) gets 408 and the connection is closed, instead of Node's default of 300 s.
 */
export const BODY_READ_TIMEOUT_MS = 10_000;

/**
 * How deeply a body's arrays and objects may nest. Bot Framework activities, card data and the workspace's requests nest
 * a few levels (an Adaptive Card inside an attachment a dozen or two); a body nested thousands deep parses, then overflows
 * the stack of whatever walks it later (outside testing: a card action's data 100,000 arrays deep failed the turn).
 */
export const MAX_JSON_DEPTH = 64;

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * The only body reader the server uses. It refuses anything that is not `application/json` with 415
 * before reading a byte, counts bytes as they arrive and stops at `maxBytes` (413), and keeps the body
 * in memory only: restify's bodyParser would accept multipart and urlencoded forms, write their files
 * to the temp folder and read large fields before the token or key is checked. Requiring JSON also
 * means a web page cannot post to a local-mode bot: browsers send JSON only after a CORS preflight,
 * which HALI never grants.
 */
export function jsonBody({ maxBytes, allowEmpty = false, readTimeoutMs = BODY_READ_TIMEOUT_MS }: JsonBodyOptions) {
  return function readJsonBody(req: restify.Request, res: restify.Response, next: (error?: false) => void): void {
    const type = req.header('content-type');
    const declared = req.header('content-length');
    const chunked = req.header('transfer-encoding') !== undefined;
    const empty = !chunked && (declared === undefined || declared === '0');
    if (allowEmpty && empty && !type) {
      req.body = undefined;
      next();
      return;
    }
    if (!type || !JSON_TYPE.test(type.trim())) {
      refuse(req, res, 415, 'unsupported_media_type', 'The body must be JSON, sent with "Content-Type: application/json".');
      return next(false);
    }
    if (declared !== undefined && !(Number(declared) <= maxBytes)) {
      refuse(req, res, 413, 'too_large', `The body may be at most ${maxBytes} bytes.`);
      return next(false);
    }
    readCapped(req, maxBytes, readTimeoutMs).then(
      (text) => {
        if (text === LATE) {
          res.setHeader('Connection', 'close');
          res.json(408, { error: 'request_timeout', message: `The body must arrive within ${readTimeoutMs / 1000} seconds.` });
          res.once('finish', () => req.socket.destroy());
          return next(false);
        }
        if (text === undefined) {
          refuse(req, res, 413, 'too_large', `The body may be at most ${maxBytes} bytes.`);
          return next(false);
        }
        if (text.trim() === '' && allowEmpty) {
          req.body = undefined;
          return next();
        }
        try {
          req.body = JSON.parse(text);
        } catch {
          res.json(400, { error: 'bad_request', message: 'The body is not valid JSON.' });
          return next(false);
        }
        if (depthOver(req.body, MAX_JSON_DEPTH)) {
          res.json(400, { error: 'bad_request', message: `The body's arrays and objects may nest at most ${MAX_JSON_DEPTH} deep.` });
          return next(false);
        }
        next();
      },
      () => next(false),
    );
  };
}

const LATE = Symbol('late');

/** Whether `value` nests arrays and objects more than `max` deep; walked with a list, not by recursion, so it cannot overflow. */
function depthOver(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (!node || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) if (child && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}

/** Reads the body as UTF-8, or undefined once it passes `maxBytes` (the rest is not kept), or LATE after `timeoutMs`. */
function readCapped(req: restify.Request, maxBytes: number, timeoutMs: number): Promise<string | undefined | typeof LATE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const timer = setTimeout(() => {
      req.removeAllListeners('data');
      resolve(LATE);
    }, timeoutMs);
    req.once('close', () => clearTimeout(timer));
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(over ? undefined : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Answers and closes the connection, so a sender that ignores the answer cannot keep streaming into us. */
function refuse(req: restify.Request, res: restify.Response, status: number, error: string, message: string): void {
  res.setHeader('Connection', 'close');
  res.json(status, { error, message });
  req.resume();
}
