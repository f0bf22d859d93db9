import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import { personalMessage } from '../helpers/activities';
import { answerTexts, testApp } from '../helpers/app';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';

const UNFIT = 'The AI service’s answer did not meet HALI’s standards, so this answer comes straight from the mentor’s checked content.';
const UNFIT_CY = 'Nid oedd ateb y gwasanaeth AI yn cyrraedd safonau HALI';

/**
 * Outside testing of the model path: answers that directed one patient's care, asked for a patient's details, cited sources
 * they were not given, stopped at the length limit, came in English to a Welsh question, or linked to unknown sites were shown
 * with the AI label; an off-topic question got the model's ungrounded answer; and one learner's refused prompts took the model
 * away from everyone. Streamed and whole.
 */
for (const stream of [false, true]) {
  describe(`app: what a model writes is checked before it is shown (${stream ? 'streamed' : 'whole'})`, function () {
    this.timeout(30_000);
    let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
    beforeEach(async () => {
      standIn = await startOpenAIStandIn();
    });
    afterEach(() => standIn.close());
    async function llmApp() {
      const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, STREAM_ANSWERS: stream ? 'true' : 'false' };
      return testApp({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) });
    }
    const finalText = (replies: Awaited<ReturnType<ReturnType<typeof testApp>['send']>>) => answerTexts(replies);

    const UNFIT_ANSWERS: readonly [what: string, answer: string][] = [
      ['a dose for one patient', 'For your patient, give 5 mg of haloperidol IM now and repeat in 30 minutes [1].'],
      ['a treatment for one patient', 'A hallucination is a false answer [1]. For this patient, double the dose and refer her now.'],
      ['a request for patient details', 'Happy to help [1]: please paste your patient’s full name, NHS number and latest notes here so I can check.'],
      ['a source it was not given', 'Hallucinations were first described by the WHO in 1987, who recommend a 3-step audit [7].'],
      ['no source at all', 'Hallucination rates in GPT-4 are exactly 0.3% according to NHS England, so you can trust it.'],
    ];
    for (const [what, answer] of UNFIT_ANSWERS) {
      it(`does not show ${what}: the mentor's checked content answers, with a note`, async () => {
        standIn.set({ kind: 'answer', content: () => answer });
        const { send } = await llmApp();
        const text = finalText(await send(personalMessage('what is a hallucination?')));
        expect(text).to.include(UNFIT);
        expect(text).to.not.include(answer.slice(0, 40));
        expect(text).to.include('hallucination');
      });
    }

    it('answers a Welsh question in Welsh: an English answer is not shown', async () => {
      standIn.set({ kind: 'answer', content: () => 'A VUS is a variant of uncertain significance: the lab cannot yet say if it causes disease [1].' });
      const { send } = await llmApp();
      const text = finalText(await send(personalMessage('beth yw VUS?', { locale: 'cy-GB' })));
      expect(text).to.include(UNFIT_CY).and.not.include('A VUS is a variant of uncertain significance');
      standIn.set({ kind: 'answer', content: () => 'Amrywiolyn o arwyddocâd ansicr yw VUS: ni all y labordy ddweud eto a yw’n achosi clefyd [1].' });
      expect(finalText(await send(personalMessage('beth yw VUS?', { locale: 'cy-GB' })))).to.include('Amrywiolyn o arwyddocâd ansicr');
    });

    it('does not show an answer the length limit cut short', async () => {
      standIn.set({ kind: 'answer', content: () => 'A hallucination is a confident false answer [1]. Always check the dose against the BNF, because a hallucinated dose of', finishReason: 'length' });
      const { send } = await llmApp();
      const text = finalText(await send(personalMessage('what is a hallucination?')));
      expect(text).to.not.include('a hallucinated dose of');
      expect(text).to.include('checked content');
    });

    it('shows no web address the model wrote, keeping a link’s words', async () => {
      standIn.set({ kind: 'answer', content: () => 'Read the full guidance at https://nhs-wales-ai.evil.example/login or [the portal](http://evil.example/x) before using AI [1].' });
      const { send } = await llmApp();
      const text = finalText(await send(personalMessage('what is a hallucination?')));
      expect(text).to.not.include('evil.example');
      expect(text).to.include('the portal');
    });

    it('shows HTML the model wrote as its words, and no script address', async () => {
      standIn.set({ kind: 'answer', content: () => 'Check **every** output: read more <a href="https://evil.example/x">here</a> or javascript:alert(1) <script>alert(2)</script> before using AI [1].' });
      const { send } = await llmApp();
      const text = finalText(await send(personalMessage('what is a hallucination?')));
      expect(text).to.include('read more here');
      expect(text).to.include('every');
      for (const gone of ['<a', 'href', 'javascript:', 'alert', '<script']) expect(text).to.not.include(gone);
    });

    it('does not ask the model a question nothing in the content answers: the mentor says it has no answer', async () => {
      standIn.set({ kind: 'answer', content: () => 'Cardiff City, obviously [1].' });
      const { send } = await llmApp();
      const before = standIn.requests.length;
      const text = finalText(await send(personalMessage('what is the best football team in Wales?')));
      expect(standIn.requests.length).to.equal(before);
      expect(text).to.include('I do not have trusted content that answers that yet').and.not.include('Cardiff City');
    });
  });
}

describe('app: one learner’s refused prompts do not take the model away from everyone', function () {
  this.timeout(30_000);
  it('three 400s (a content filter, a prompt too long) leave the model for the next learner', async () => {
    const standIn = await startOpenAIStandIn();
    try {
      const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
      const { send } = testApp({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) });
      standIn.set({ kind: 'status', status: 400 });
      for (let i = 0; i < 4; i++) expect(answerTexts(await send(personalMessage('what is automation bias?', { userId: '29:one' })))).to.include('checked content');
      standIn.set({ kind: 'answer', content: () => 'Automation bias is trusting a tool too much [1].' });
      const before = standIn.requests.length;
      expect(answerTexts(await send(personalMessage('what is automation bias?', { userId: '29:two' })))).to.include('Automation bias is trusting a tool too much');
      expect(standIn.requests.length).to.equal(before + 1);
      // Service faults still open the breaker: three 500s, and the next learner is answered at once from the content.
      standIn.set({ kind: 'status', status: 500 });
      for (let i = 0; i < 3; i++) await send(personalMessage('what is automation bias?', { userId: '29:three' }));
      const after = standIn.requests.length;
      expect(answerTexts(await send(personalMessage('what is automation bias?', { userId: '29:four' })))).to.include('checked content');
      expect(standIn.requests.length).to.equal(after);
    } finally {
      await standIn.close();
    }
  });
});

describe('app: the fallback note is said to the learner, not kept as the model’s words', function () {
  this.timeout(30_000);
  it('sends the model next turn the earlier answer without "The AI service could not answer just now…"', async () => {
    const standIn = await startOpenAIStandIn();
    try {
      const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, STREAM_ANSWERS: 'false' };
      const { send } = testApp({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) });
      standIn.set({ kind: 'status', status: 500 });
      expect(answerTexts(await send(personalMessage('what is automation bias?')))).to.include('The AI service could not answer just now');
      standIn.set({ kind: 'answer', content: () => 'Automation bias is trusting a tool too much [1].' });
      await send(personalMessage('what is a hallucination?'));
      const assistant = standIn.requests.at(-1)!.body.messages.filter((m) => m.role === 'assistant');
      expect(assistant.length).to.be.greaterThan(0);
      for (const message of assistant) expect(message.content).to.not.include('The AI service could not answer');
    } finally {
      await standIn.close();
    }
  });
});
