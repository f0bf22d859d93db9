import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import { personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { startTestServer } from '../helpers/server';

const ANSWER = 'Automation bias is the habit of trusting a tool’s output more than your own checks [1]. Keep your own judgement in charge, and check the source.';

/**
 * A connector that behaves like Teams for streaming: the first update of a stream gets 201 with the
 * stream's id, later ones 202; with `refuse` set it answers every streaming request the way Teams
 * does for a user or tenant without streaming (403 ContentStreamNotAllowed).
 */
async function startStreamingConnector(refuse = false) {
  const received: any[] = [];
  let streams = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw);
      received.push(body);
      const info = body.entities?.find((e: any) => e.type === 'streaminfo');
      const reply = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (info && refuse) reply(403, { error: { code: 'ContentStreamNotAllowed', message: 'Content stream is not allowed' } });
      else if (info && !info.streamId) reply(201, { id: `stream-${++streams}` });
      else reply(info ? 202 : 200, info ? {} : { id: `message-${received.length}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('http: a streamed answer through the real server, to a Teams-like connector on loopback', function () {
  this.timeout(20_000);
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  beforeEach(async () => {
    standIn = await startOpenAIStandIn({ kind: 'answer', content: () => ANSWER, delayMs: 2 });
  });
  afterEach(() => standIn.close());

  async function serve(connectorUrl: string) {
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
    const model = await createMentorModel(loadConfig(env), createLogger({ level: 'silent' }));
    const bot = await startTestServer({ env, model });
    const res = await bot.post(personalMessage('what is automation bias?', { serviceUrl: connectorUrl }));
    expect(res.status).to.equal(200);
    return bot;
  }

  it('carries the stream id Teams returned on every later update and on the final message', async () => {
    const connector = await startStreamingConnector();
    const bot = await serve(connector.url);
    try {
      const infos = connector.received.map((a) => a.entities?.find((e: any) => e.type === 'streaminfo'));
      expect(infos[0]).to.deep.equal({ type: 'streaminfo', streamType: 'informative', streamSequence: 1 });
      expect(infos.slice(1).every((info) => info?.streamId === 'stream-1')).to.equal(true);
      const final = connector.received.at(-1);
      expect(final.type).to.equal('message');
      expect(final.text).to.equal(ANSWER);
      expect(final.channelData).to.deep.equal({ feedbackLoopEnabled: true, streamId: 'stream-1', streamType: 'final' });
      expect(cardTexts(final.attachments[0].content).join('\n')).to.include('Sources');
      // The entities arrive whole: botbuilder's serialiser would otherwise keep only their type.
      expect(final.entities[0]).to.deep.equal({ type: 'streaminfo', streamId: 'stream-1', streamType: 'final' });
      const label = final.entities.find((e: any) => e.type === 'https://schema.org/Message');
      expect(label.additionalType).to.deep.equal(['AIGeneratedContent']);
      expect(label.citation[0]).to.deep.include({ '@type': 'Claim', position: 1 });
      expect(label.citation[0].appearance.url).to.equal('https://doi.org/10.1136/amiajnl-2011-000089');
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('falls back to one ordinary answer card when Teams refuses to stream', async () => {
    const connector = await startStreamingConnector(true);
    const bot = await serve(connector.url);
    try {
      const delivered = connector.received.filter((a) => !a.entities?.some((e: any) => e.type === 'streaminfo'));
      expect(delivered).to.have.length(1);
      expect(cardTexts(delivered[0].attachments[0].content).join('\n')).to.include('Automation bias is the habit of trusting');
      expect(bot.logs.lines.filter((e) => e.event === 'stream.stopped').map((e) => e.status)).to.deep.equal([403]);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

describe('http: a model that never answers, against the turn\'s 12 s reply deadline', function () {
  this.timeout(40_000);

  it('still gets the offline answer to Teams inside the turn, streamed or whole, with MODEL_TIMEOUT_MS at its 14 s maximum', async () => {
    const standIn = await startOpenAIStandIn({ kind: 'hang', ms: 30_000 });
    const connectors = [await startStreamingConnector(), await startStreamingConnector()];
    const bots: Awaited<ReturnType<typeof startTestServer>>[] = [];
    try {
      // A model timeout longer than the turn: only the turn's deadline keeps time for the offline answer.
      const results = await Promise.all(['true', 'false'].map(async (stream, i) => {
        const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, MODEL_TIMEOUT_MS: '14000', STREAM_ANSWERS: stream };
        const bot = await startTestServer({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) });
        bots.push(bot);
        return bot.post(personalMessage('what is automation bias?', { serviceUrl: connectors[i].url }));
      }));
      for (const [i, res] of results.entries()) {
        // 200: Teams does not retry the turn and ask the model again.
        expect(res.status, `stream ${i === 0}`).to.equal(200);
        const answers = connectors[i].received.filter((a) => a.type === 'message');
        expect(answers, `stream ${i === 0}`).to.have.length(1);
        const said = [answers[0].text ?? '', ...(answers[0].attachments ?? []).flatMap((a: any) => cardTexts(a.content))].join('\n');
        expect(said).to.include('did not answer in time').and.include('Automation bias');
      }
    } finally {
      await Promise.all(bots.map((bot) => bot.close()));
      await Promise.all(connectors.map((c) => c.close()));
      await standIn.close();
    }
  });
});
