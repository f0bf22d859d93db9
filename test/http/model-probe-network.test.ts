import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { createMentorModel } from '../../bot/models/models';
import { MAX_RESPONSE_BYTES } from '../../bot/models/finish-reason';
import { personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { captureLogger } from '../helpers/log';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { startTestServer } from '../helpers/server';

const SENTENCE = 'Automation bias is trusting a tool more than your own checks [1]. ';
const NOTE = { en: 'The AI service could not answer just now', cy: 'Ni allai’r gwasanaeth AI ateb ar hyn o bryd' };
const OFFLINE = { en: 'Automation bias is the tendency', cy: 'Gogwydd awtomeiddio yw’r duedd' };
const QUESTION = { en: 'what is automation bias?', cy: 'Beth yw tuedd awtomeiddio?' };

/**
 * A model service (or a proxy in front of it) that answers with far more than any answer: an outside probe of failing networks
 * found that a 30 MB completion was read whole, then checked and counted on the server's one thread, holding every turn for over
 * a minute; the learner who asked got nothing (500, after the turn's deadline), and everyone else waited. A response past
 * MAX_RESPONSE_BYTES is now refused as it arrives, and the mentor answers from its own content with the usual note.
 */
describe('http: a model answering with megabytes gets the mentor\'s own answer, through the real server', function () {
  this.timeout(60_000);
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  beforeEach(async () => {
    standIn = await startOpenAIStandIn();
    connector = await startRecordingConnector();
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await standIn.close();
  });

  async function serve(stream: boolean) {
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, STREAM_ANSWERS: String(stream) };
    const model = await createMentorModel(loadConfig(env), captureLogger().log);
    bot = await startTestServer({ env, model });
  }

  /** What the learner was finally shown for the last question: the final message's text and card. */
  const lastAnswer = () => {
    const final = connector.activities().filter((a) => a.type === 'message').at(-1);
    return [final?.text ?? '', ...(final?.attachments ?? []).flatMap((a: { content: unknown }) => cardTexts(a.content))].join('\n');
  };

  const runaway = (bytes: number) => SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length));

  for (const stream of [false, true]) {
    for (const language of ['en', 'cy'] as const) {
      it(`${stream ? 'streamed' : 'whole'}, ${language}: an answer three times the bound is refused; the next answer is the model's own`, async () => {
        await serve(stream);
        const big = runaway(3 * MAX_RESPONSE_BYTES);
        standIn.set({ kind: 'answer', content: () => big, chunks: () => Array.from({ length: 100 }, (_, i) => big.slice(i * (big.length / 100), (i + 1) * (big.length / 100))) });
        const user = { serviceUrl: connector.url, userId: `29:runaway-${stream}-${language}`, locale: language === 'cy' ? 'cy-GB' : 'en-GB' };
        const res = await bot.post(personalMessage(QUESTION[language], user));
        expect(res.status).to.equal(200);
        expect(connector.activities().filter((a) => a.type === 'message')).to.have.length(1);
        expect(lastAnswer()).to.include(NOTE[language]).and.include(OFFLINE[language]);
        expect(standIn.requests).to.have.length(1);

        // The service is well again: the next question gets its answer, once.
        standIn.set({ kind: 'answer', content: () => (language === 'cy' ? 'Gogwydd awtomeiddio yw ymddiried gormod mewn offeryn [1].' : SENTENCE) });
        expect((await bot.post(personalMessage(QUESTION[language], user))).status).to.equal(200);
        expect(connector.activities().filter((a) => a.type === 'message')).to.have.length(2);
        expect(lastAnswer()).to.not.include(NOTE[language]);
        expect(lastAnswer()).to.include(language === 'cy' ? 'ymddiried gormod mewn offeryn' : 'more than your own checks');
      });
    }
  }

  it('a 30 MB answer sent whole (the one the probe sent): the learner is answered in the turn, not failed after it', async () => {
    await serve(false);
    const big = runaway(30_000_000);
    standIn.set({ kind: 'answer', content: () => big });
    expect((await bot.post(personalMessage(QUESTION.en, { serviceUrl: connector.url, userId: '29:runaway-30mb' }))).status).to.equal(200);
    expect(connector.activities().filter((a) => a.type === 'message')).to.have.length(1);
    expect(lastAnswer()).to.include(NOTE.en).and.include(OFFLINE.en);
  });
});
