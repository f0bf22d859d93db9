import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, invokeCard, storedLearner, testApp } from '../helpers/app';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';

/** Every stored document, as text (the embedded store's one table). */
function storedText(app: ReturnType<typeof testApp>): string {
  return JSON.stringify((app.stores.documents as unknown as { db: { prepare(sql: string): { all(): unknown[] } } }).db.prepare('SELECT * FROM documents').all());
}

/** Variants the review found passing through, in each kind of free text HALI takes. */
const NHS = '943\u2009476\u20095919';
const ZERO_WIDTH = '943\u200B476\u200B5919';

/** The app on a model (the real openai client against a stand-in on loopback that always says `answer`), closed after `use`. */
async function withModel(answer: string, use: (app: ReturnType<typeof testApp>, standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>) => Promise<void>) {
  const standIn = await startOpenAIStandIn({ kind: 'answer', content: () => answer, delayMs: 1 });
  try {
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, OPENAI_MODEL: 'gpt-test', STREAM_ANSWERS: 'false' };
    await use(testApp({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) }), standIn);
  } finally {
    await standIn.close();
  }
}

describe('app: identifiers are removed in every kind of free text, before anything is stored or sent', () => {
  it('settings text: a time zone field holding an NHS number is refused without saying the number back', async () => {
    const app = testApp();
    const card = invokeCard(await app.send(cardExecute(Verbs.saveSettings, { timeZone: `Europe/London NHS no ${NHS}` })))!;
    const text = cardTexts(card).join('\n');
    expect(text).to.not.match(/943.?476.?5919/);
    expect(JSON.stringify((await storedLearner(app.stores, 'aad-29:user-1')) ?? {})).to.not.include('5919');
  });

  it('a question: a thin-spaced or zero-width NHS number reaches neither the model nor the stored conversation', async () => {
    await withModel('Do not put patient details into any AI tool [1].', async (app, standIn) => {
      for (const variant of [ZERO_WIDTH, NHS]) {
        const replies = await app.send(personalMessage(`can I put ${variant} into copilot?`));
        expect(replies[0].text).to.match(/removed what looked like patient details/);
      }
      await app.stores.events.flush();
      const everything = storedText(app);
      expect(everything).to.include('into copilot');
      expect(everything).to.not.match(/943.?.?476.?.?5919/);
      expect(JSON.stringify(standIn.requests.map((r) => r.body))).to.not.match(/943.?.?476.?.?5919/);
    });
  });

  it('a question naming a patient: the name reaches neither the model nor the store, and the mentor still deflects the decision', async () => {
    await withModel('Lynch syndrome is inherited in an autosomal dominant way [1].', async (app, standIn) => {
      const general = await app.send(personalMessage('a lady called Gwenllian Price-Davies asked me what Lynch syndrome means for her children'));
      expect(general[0].text).to.match(/removed what looked like patient details \(a name\)/);
      const decision = await app.send(personalMessage('should I refer mrs pryce-jones for Lynch testing?'));
      expect(decision.map((r) => r.text ?? '').join(' ')).to.include('Ask me about the topic in general');
      await app.stores.events.flush();
      const everything = storedText(app) + JSON.stringify(standIn.requests.map((r) => r.body));
      expect(everything).to.not.match(/gwenllian|price-davies|pryce-jones/i);
      expect(JSON.stringify(standIn.requests.map((r) => r.body))).to.include('[name removed]');
    });
  });

  it('a case contribution: stored redacted', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { threadId: '1765000000999', newPost: true }));
    await app.send(channelMessage(`like the lady ${NHS} we saw, IHC first`, { threadId: '1765000000999' }));
    await app.send(channelMessage('Mrs Bevan-Thomas had the same pedigree, so germline testing next', { threadId: '1765000000999' }));
    const stored = storedText(app);
    expect(stored).to.include('IHC first');
    expect(stored).to.include('germline testing next');
    expect(stored).to.not.match(/943.?476.?5919|bevan-thomas/i);
  });
});
