import http from 'node:http';
import https from 'node:https';
import { LOCAL_TLS } from './cosmos';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { model?: string; messages: { role: string; content: string }[]; [key: string]: unknown };
}

/**
 * What the stand-in does with a request: answer, fail with a status, or wait first. A request with
 * `stream: true` gets its answer as server-sent events, one chunk per word (or per `chunks` entry),
 * `delayMs` apart; `breakAfter` drops the connection after that many chunks. `finishReason` ends it as the service says
 * why it stopped ("content_filter": a content filter cut the answer short, Azure OpenAI's default filters among them).
 */
export type Behaviour =
  | { kind: 'answer'; content: (request: ChatRequest) => string; chunks?: (request: ChatRequest) => string[]; delayMs?: number; breakAfter?: number; finishReason?: string }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'hang'; ms: number };

/**
 * An OpenAI-compatible chat completions server on loopback (OpenAI and Azure OpenAI paths), for the
 * real `openai` client to talk to. It records every request so tests can assert the exact prompt.
 */
export async function startOpenAIStandIn(initial: Behaviour = { kind: 'answer', content: () => 'Stand-in answer [1].' }, options: { tls?: boolean } = {}) {
  const requests: ChatRequest[] = [];
  const moderations: string[] = [];
  let behaviour = initial;
  /** What the moderation endpoint flags, or the status it fails with. */
  let moderation: { flag: (text: string) => boolean; status?: number; hang?: boolean } = { flag: () => false };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      if (req.method === 'POST' && /\/v1\/moderations$/.test(req.url ?? '')) {
        const input = String(JSON.parse(raw).input ?? '');
        moderations.push(input);
        // A moderation service that never answers: the connection is left open until the stand-in closes.
        if (moderation.hang) return;
        if (moderation.status) {
          res.writeHead(moderation.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'stand-in moderation failure' } }));
          return;
        }
        const flagged = moderation.flag(input);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'modr-1', model: 'omni-moderation-latest', results: [{ flagged, categories: { harassment: flagged }, category_scores: { harassment: flagged ? 0.99 : 0.01 } }] }));
        return;
      }
      const isChat = req.method === 'POST' && /\/chat\/completions(\?|$)/.test(req.url ?? '');
      if (!isChat) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const request: ChatRequest = { path: req.url ?? '', headers: req.headers, body: JSON.parse(raw) };
      requests.push(request);
      const now = behaviour;
      if (now.kind === 'hang') await new Promise((resolve) => setTimeout(resolve, now.ms));
      if (now.kind === 'status') {
        res.writeHead(now.status, { 'content-type': 'application/json', ...(now.retryAfter ? { 'retry-after': now.retryAfter } : {}) });
        res.end(JSON.stringify({ error: { message: `stand-in status ${now.status}`, type: 'stand_in' } }));
        return;
      }
      // A late answer cites its source, as a model's answer must (safety/model-answer.ts).
      const content = now.kind === 'answer' ? now.content(request) : 'late answer [1].';
      if (res.writableEnded || res.destroyed) return;
      if (request.body.stream === true) {
        const chunks = now.kind === 'answer' && now.chunks ? now.chunks(request) : content.match(/\S+\s*|\s+/g) ?? [];
        await streamChunks(res, request, chunks, now.kind === 'answer' ? now : {});
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.body.model ?? 'stand-in',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: now.kind === 'answer' ? (now.finishReason ?? 'stop') : 'stop' }],
          usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
        }),
      );
    });
  };
  // Azure OpenAI endpoints must be https: the local server's test certificate serves that case.
  const server = options.tls ? https.createServer(LOCAL_TLS, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    /** The OPENAI_BASE_URL to configure. */
    openaiBaseUrl: `${base}/v1`,
    requests,
    moderations,
    set: (next: Behaviour) => {
      behaviour = next;
    },
    moderate: (next: { flag: (text: string) => boolean; status?: number; hang?: boolean }) => {
      moderation = next;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes an answer as OpenAI's chat completion chunks over server-sent events. */
async function streamChunks(res: http.ServerResponse, request: ChatRequest, chunks: readonly string[], { delayMs = 0, breakAfter, finishReason = 'stop' }: { delayMs?: number; breakAfter?: number; finishReason?: string }) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-stream', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: request.body.model ?? 'stand-in', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(event({ role: 'assistant', content: '' }, null));
  for (const [index, chunk] of chunks.entries()) {
    if (breakAfter !== undefined && index >= breakAfter) {
      res.destroy();
      return;
    }
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (res.destroyed) return;
    res.write(event({ content: chunk }, null));
  }
  res.write(event({}, finishReason));
  res.end('data: [DONE]\n\n');
}
