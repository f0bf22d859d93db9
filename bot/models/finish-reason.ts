/**
 * Teams AI's OpenAIModel keeps a completion's text and drops why it ended, so an answer a content filter cut short (Azure
 * OpenAI's default filters, or OpenAI's), or one that reached the length limit mid-sentence, would be shown as if whole. This
 * fetch, given to the openai client, fails any completion that ended with finish_reason "content_filter" or "length", whole
 * or streamed, a stream that ends without saying it is over, and a response larger than any answer could be, so the mentor
 * answers from its own content with a note instead. Nothing else about the request or the response changes.
 */
// The openai client's own fetch (node-fetch on Node), as it would use without this wrapper; the package is pinned.
import { Transform, type Readable } from 'node:stream';
import type { Fetch } from 'openai/core';

const shims = require('openai/_shims/index') as { fetch: (url: string, init?: unknown) => Promise<FetchResponse> };

interface FetchResponse {
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  readonly body: unknown;
  json(): Promise<unknown>;
}

export class ContentFiltered extends Error {
  readonly code = 'content_filter';
}

/** An answer the service stopped because it reached its length limit, or a stream that ended before the answer did. */
export class CutShort extends Error {
  readonly code = 'cut_short';
}

/** A response larger than any answer HALI asks for (at most 400 tokens, streamed with a service's annotations on every chunk). */
export class TooLarge extends Error {
  readonly code = 'too_large';
}

/**
 * The most bytes a completion's response may have, whole or streamed. A 400-token answer is a few KB whole and a few hundred
 * KB streamed with Azure's content-filter notes on each chunk. Without a bound, a service or proxy gone wrong (outside testing:
 * a 30 MB answer) was read whole and then checked and counted, holding every turn on the server for over a minute, and the
 * learner who asked got nothing.
 */
export const MAX_RESPONSE_BYTES = 1_000_000;

/** Words that say an answer was refused or cut short for what was asked, not because the service failed (breaker.ts does not count them). */
export const STOPPED_SHORT_MESSAGE = /stopped by a content filter|was cut short|ended before the answer/;

const FILTERED = /"finish_reason"\s*:\s*"content_filter"/;
const TOO_LONG = /"finish_reason"\s*:\s*"length"/;
/** A stream says it is over with a finish reason or OpenAI's last event. */
const FINISHED = /"finish_reason"\s*:\s*"[a-z_]+"|data:\s*\[DONE\]/;
/** A finish reason split across two network chunks is still seen: this much of the previous chunk is kept. */
const OVERLAP = 64;

async function refusingFilteredAnswers(url: string, init?: unknown): Promise<FetchResponse> {
  // node-fetch's own bound on a body it reads whole, as the openai client reads a completion that is not streamed (json()).
  const response = await shims.fetch(url, { ...(init as object), size: MAX_RESPONSE_BYTES });
  if (!response.ok) return response;
  const body = response.body as Readable | null;
  const streamed = /text\/event-stream/.test(response.headers.get('content-type') ?? '');
  // node-fetch's body is a Node stream it may still emit errors on, so the checked body is one too. A streaming request reads
  // it whatever the content type says (a service that ignores "stream" answers with JSON), and so does json().
  if (body && typeof body.pipe === 'function') Object.defineProperty(response, 'body', { value: streamed ? refusingFiltered(bounded(body)) : bounded(body), configurable: true });
  if (streamed) return response;
  const json = response.json.bind(response);
  Object.defineProperty(response, 'json', {
    configurable: true,
    value: async () => {
      const parsed = (await json()) as { choices?: { finish_reason?: string }[] };
      if (parsed?.choices?.some((c) => c.finish_reason === 'content_filter')) throw new ContentFiltered('the answer was stopped by a content filter');
      if (parsed?.choices?.some((c) => c.finish_reason === 'length')) throw new CutShort('the answer was cut short at the length limit');
      return parsed;
    },
  });
  return response;
}

/** The fetch to give the openai client (its `fetch` option). */
export const fetchRefusingFilteredAnswers = refusingFilteredAnswers as unknown as Fetch;

/**
 * The stream's chunks as they come, failing at the chunk that says a content filter or the length limit ended the answer,
 * and at the end of a stream that never said it was over (a proxy's idle timeout closes it cleanly mid-answer).
 */
function refusingFiltered(body: Readable): Transform {
  let tail = '';
  let finished = false;
  const checked = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = tail + chunk.toString();
      if (FILTERED.test(text)) return done(new ContentFiltered('the answer was stopped by a content filter'));
      if (TOO_LONG.test(text)) return done(new CutShort('the answer was cut short at the length limit'));
      finished ||= FINISHED.test(text);
      tail = text.slice(-OVERLAP);
      done(null, chunk);
    },
    flush(done) {
      done(finished ? null : new CutShort('the answer stream ended before the answer did'));
    },
  });
  body.on('error', (error) => checked.destroy(error));
  return body.pipe(checked);
}

/** The body's chunks as they come, failing at the one that takes it past MAX_RESPONSE_BYTES. */
function bounded(body: Readable): Transform {
  let bytes = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > MAX_RESPONSE_BYTES ? new TooLarge(`the answer passed ${MAX_RESPONSE_BYTES} bytes`) : null, chunk);
    },
  });
  body.on('error', (error) => counted.destroy(error));
  return body.pipe(counted);
}
