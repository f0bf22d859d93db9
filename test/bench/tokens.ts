/**
 * Token figures for `npm run bench`: prompt tokens per turn (p50/p95) for a scripted 10-turn
 * conversation with each mentor, through the real prompt assembly and the real openai client against
 * a stand-in server on loopback. Completion tokens depend on the real model (each prompt caps them).
 */
import { TestAdapter } from 'botbuilder';
import { GPTTokenizer } from '@microsoft/teams-ai';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import type { Activity } from 'botbuilder';
import { cardSubmit, personalMessage } from '../helpers/activities';
import { firstCard } from '../helpers/app';
import { testDeps } from '../helpers/app';

/** The follow-up buttons on the answer card among `sent`. */
const followUpButtons = (sent: Partial<Activity>[]): { data: Record<string, string> }[] =>
  ((firstCard(sent.filter((a) => a.type === 'message' && a.attachments))?.actions ?? []) as { data?: Record<string, string> }[]).filter((a): a is { data: Record<string, string> } => String(a.data?.verb).startsWith('followup.'));
import { startOpenAIStandIn } from '../helpers/openai-stand-in';

const SCRIPTS: Record<string, string[]> = {
  hali: [
    'What is a large language model?',
    'Why do they make things up?',
    'How should I check an answer before I use it?',
    'Can I paste patient notes into ChatGPT to write a discharge letter?',
    'What does the ICO say about AI?',
    'Is an AI scribe allowed in Wales?',
    'What is automation bias?',
    'Who is responsible if the AI gets it wrong?',
    'When is AI a medical device?',
    'How do I write a good prompt for a staff rota email?',
  ],
  gwen: [
    'What is the difference between germline and somatic?',
    'What does autosomal dominant mean for children?',
    'How do I take a three-generation family history?',
    'When should I refer to clinical genetics?',
    'What is a variant of uncertain significance?',
    'Why does CYP2C19 matter for clopidogrel?',
    'What is DPYD testing?',
    'What is Lynch syndrome?',
    'What is cascade testing in FH?',
    'What is WINGS?',
  ],
};

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

export async function runTokenBench(write: (line: string) => void): Promise<void> {
  // A long answer each turn, so the history grows as it would with a real model.
  const standIn = await startOpenAIStandIn({ kind: 'answer', content: () => `${'This is a grounded answer sentence that cites its source. '.repeat(12)}[1]` });
  const tokenizer = new GPTTokenizer();
  try {
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'bench-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
    write(`\nPrompt tokens per turn, scripted 10-turn conversation per mentor (prompt assembly + openai client, stand-in model on loopback)\n`);
    for (const [mentor, script] of Object.entries(SCRIPTS)) {
      const { deps } = testDeps({ env, now: () => new Date() });
      const model = await createMentorModel(loadConfig(env), createLogger({ level: 'silent' }));
      const { handleTurn } = createApp({ ...deps, model });
      const adapter = new TestAdapter(handleTurn);
      const tokens: number[] = [];
      const followUps = new Map<string, number[]>();
      const promptTokens = () => standIn.requests.at(-1)!.body.messages.reduce((n, m) => n + tokenizer.encode(m.content).length, 0);
      for (const question of script) {
        await adapter.processActivity(personalMessage(`${mentor === 'gwen' ? 'ask Gwen ' : ''}${question}`, { userId: `29:bench-${mentor}` }));
        const buttons = followUpButtons(adapter.activeQueue.splice(0));
        tokens.push(promptTokens());
        // Each follow-up on this answer, as a learner would press it (the earlier exchange rides along).
        for (const button of buttons) {
          await adapter.processActivity(cardSubmit(button.data, { userId: `29:bench-${mentor}` }));
          adapter.activeQueue.splice(0);
          followUps.set(button.data.verb, [...(followUps.get(button.data.verb) ?? []), promptTokens()]);
        }
      }
      write(`  ${mentor.padEnd(5)} p50 ${percentile(tokens, 50)}, p95 ${percentile(tokens, 95)}, max ${Math.max(...tokens)} prompt tokens (goal p95 <= 2000); turn by turn: ${tokens.join(', ')}\n`);
      for (const [verb, counts] of followUps) write(`        ${verb.padEnd(19)} p50 ${percentile(counts, 50)}, p95 ${percentile(counts, 95)}, max ${Math.max(...counts)} prompt tokens over ${counts.length} answers\n`);
    }
  } finally {
    await standIn.close();
  }
}
