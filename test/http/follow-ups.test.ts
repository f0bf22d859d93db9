import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import { cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { startTestServer } from '../helpers/server';

/** The answer as Teams would show it: the final message (streamed or whole) and its card. */
const finalAnswer = (activities: any[]) => activities.filter((a) => a.type === 'message' && a.attachments?.length).at(-1);

describe('http: a follow-up on a model\'s answer through the real server, to a recording connector on loopback', function () {
  this.timeout(30_000);

  it('reaches Teams as a model answer: the AI label and citations whole, feedback on, and the follow-ups again', async () => {
    const standIn = await startOpenAIStandIn({ kind: 'answer', content: () => 'Automation bias means trusting the tool too much [1].' });
    const connector = await startRecordingConnector();
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
    const bot = await startTestServer({ env, model: await createMentorModel(loadConfig(env), createLogger({ level: 'silent' })) });
    try {
      expect((await bot.post(personalMessage('what is automation bias?', { serviceUrl: connector.url }))).status).to.equal(200);
      const answer = finalAnswer(connector.activities());
      const simpler = answer.attachments[0].content.actions.find((a: any) => a.data?.verb === 'followup.simpler');
      expect(simpler.data.answerRef).to.match(/^[0-9a-f]{12}$/);

      standIn.set({ kind: 'answer', content: () => 'Trusting a tool more than your own checks [1].' });
      const sent = connector.activities().length;
      expect((await bot.post(cardSubmit(simpler.data, { serviceUrl: connector.url }))).status).to.equal(200);
      expect(standIn.requests.at(-1)!.body.messages.map((m) => m.role)).to.deep.equal(['system', 'user', 'assistant', 'user']);
      const followUp = finalAnswer(connector.activities().slice(sent));
      const shown = [followUp.text ?? '', ...cardTexts(followUp.attachments[0].content)].join('\n');
      expect(shown).to.include('Trusting a tool more than your own checks');
      // botbuilder's serialiser would keep only each entity's type: the label and citations must arrive whole.
      const label = followUp.entities.find((e: any) => e.type === 'https://schema.org/Message');
      expect(label.additionalType).to.deep.equal(['AIGeneratedContent']);
      expect(label.citation[0].appearance.url).to.equal('https://doi.org/10.1136/amiajnl-2011-000089');
      expect(followUp.channelData).to.include({ feedbackLoopEnabled: true });
      expect(followUp.attachments[0].content.actions.filter((a: any) => String(a.data?.verb).startsWith('followup.')).map((a: any) => a.data.answerRef)).to.deep.equal([simpler.data.answerRef, simpler.data.answerRef, simpler.data.answerRef]);
    } finally {
      await bot.close();
      await connector.close();
      await standIn.close();
    }
  });
});
