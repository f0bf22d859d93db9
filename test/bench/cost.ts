/**
 * `npm run bench -- cost`: what one learner costs to run, from a simulated day of realistic use
 * through the real app (botbuilder's TestAdapter) over a store that counts (counting-store.ts):
 * each active learner gets the daily nudge, asks for two lessons, answers five quiz questions and
 * asks a mentor one question; teams of eight work through one Gwen case a week in a channel. Reported
 * per learner per month (21 working days, 4 cases), with the model off and on (a stand-in OpenAI
 * server on loopback), and the storage one learner holds after a year.
 */
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import type { NudgeSender } from '../../bot/nudges/deliver';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { SendPlans, tenantPlans } from '../../bot/nudges/plans';
import { runSweep } from '../../bot/nudges/sweep';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { Verbs } from '../../cards/verbs';
import { botInstalled, cardExecute, channelCardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { realFaculty, testApp } from '../helpers/app';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { CountingStore, emptyCounts, type StoreCounts } from './counting-store';

const LEARNERS = 40;
const TEAM = 8;
const WORKING_DAYS = 21;
const CASES_A_MONTH = 4;
const QUESTIONS = ['What is automation bias?', 'Can I put patient information into an AI tool?', 'What is genomic medicine?', 'What is a large language model?'];
const MONDAY = (time: string) => new Date(`2026-11-30T${time}Z`);

interface Tally {
  store: StoreCounts;
  outbound: number;
  tokens: number;
}

const outboundCalls = (activities: Partial<Activity>[]) => activities.filter((a) => a.type !== 'typing' && a.type !== 'invokeResponse').length;

async function simulate(model: 'off' | 'on') {
  const standIn = model === 'on' ? await startOpenAIStandIn({ kind: 'answer', content: () => 'Automation bias is trusting a tool more than the evidence supports [1].' }) : undefined;
  const env: Record<string, string> = standIn ? { OPENAI_API_KEY: 'bench-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, OPENAI_MODEL: 'gpt-bench' } : {};
  let now = MONDAY('07:00:00');
  const counting = new CountingStore(new SqliteDocumentStore({ file: ':memory:', clock: () => now, purgeEveryMs: 0 }));
  const mentorModel = standIn ? await createMentorModel(loadConfig({ NODE_ENV: 'test', ...env }), createLogger({ level: 'silent' })) : undefined;
  const app = testApp({ documents: counting, now: () => now, env, ...(mentorModel ? { model: mentorModel } : {}) });
  const people = Array.from({ length: LEARNERS }, (_, i) => ({ userId: `29:cost-${i}`, aadObjectId: `aad-cost-${i}`, userName: `Learner ${i}` }));
  for (const who of people) await app.send(botInstalled(who));
  await app.stores.events.flush();
  const tally = async (body: () => Promise<number>): Promise<Tally> => {
    counting.counts = emptyCounts();
    const outbound = await body();
    await app.stores.events.flush();
    return { store: counting.counts, outbound, tokens: 0 };
  };

  const plans = new SendPlans({ learners: app.stores.learners, plans: tenantPlans(app.stores.plans), ratePerSecond: 40, clock: () => now });
  const nudge = await tally(async () => {
    let sent = 0;
    const sender: NudgeSender = { send: async () => (sent++, { status: 'sent' }) };
    const deps = { learners: app.stores.learners, claims: app.stores.claims, faculty: realFaculty(), sender, limiter: new TenantRateLimiter(1_000_000), log: createLogger({ level: 'silent' }), instanceId: 'cost', plans };
    // As the scheduler does: the sweep at 07:00 plans the day and holds each learner until their place; the one at 09:00 sends.
    for (const time of ['07:00:30', '09:00:30']) {
      now = MONDAY(time);
      await runSweep(deps, now);
    }
    return sent;
  });
  now = MONDAY('10:15:00');
  const learning = await tally(async () => {
    let calls = 0;
    for (const who of people) {
      for (let lesson = 0; lesson < 2; lesson++) calls += outboundCalls(await app.send(personalMessage('lesson', who)));
      for (let answer = 0; answer < 5; answer++) {
        const quiz = await app.send(personalMessage('quiz', who));
        calls += outboundCalls(quiz);
        const card = quiz.find((a) => a.attachments?.length)?.attachments?.[0].content as { actions?: { verb?: string; data: Record<string, unknown> }[] } | undefined;
        const action = card?.actions?.find((a) => a.verb === Verbs.quizAnswer);
        if (action) calls += outboundCalls(await app.send(cardExecute(Verbs.quizAnswer, action.data, who)));
      }
    }
    return calls;
  });
  const question = await tally(async () => {
    let calls = 0;
    for (const [i, who] of people.entries()) calls += outboundCalls(await app.send(personalMessage(QUESTIONS[i % QUESTIONS.length], who)));
    return calls;
  });
  const tokens = await tokensUsed(app, people.map((p) => p.aadObjectId));
  const cases = await tally(async () => {
    let calls = 0;
    for (let team = 0; team < LEARNERS / TEAM; team++) {
      const members = people.slice(team * TEAM, (team + 1) * TEAM);
      const thread = { threadId: `1765000000${team}00` };
      calls += outboundCalls(await app.send(channelMessage('case lynch', { ...members[0], ...thread, newPost: true })));
      for (const [i, who] of members.entries()) calls += outboundCalls(await app.send(channelMessage(i % 2 ? 'IHC on the tumour' : 'mismatch repair testing', { ...who, ...thread })));
      for (let stage = 0; stage < 4; stage++) calls += outboundCalls(await app.send(channelCardExecute(Verbs.caseReveal, { caseId: 'gwen-case-lynch-syndrome', stage }, { ...members[stage % TEAM], ...thread })));
    }
    return calls;
  });
  const storage = await storageAfterAYear(app, people.map((p) => p.aadObjectId));
  await counting.close();
  await standIn?.close();
  return { nudge, learning, question, cases, tokens, storage };
}

async function tokensUsed(app: ReturnType<typeof testApp>, ids: string[]): Promise<number> {
  let total = 0;
  for (const id of ids) total += (await app.stores.learners.load(id)).learner.tokens?.used ?? 0;
  return total;
}

/**
 * Bytes held per learner: the record, grown to a year's use (every quiz item reviewed, every lesson
 * done), and what one working day adds in their partition (learning events, the nudge claim).
 */
async function storageAfterAYear(app: ReturnType<typeof testApp>, ids: string[]) {
  const faculty = realFaculty();
  let recordBytes = 0;
  let dayBytes = 0;
  let reviewBytes = 0;
  let reviews = 0;
  for (const id of ids) {
    for (const doc of await app.stores.documents.listPartition<Record<string, any>>('learners', id)) {
      const bytes = Buffer.byteLength(JSON.stringify(doc.value));
      if (doc.id !== 'record') {
        dayBytes += bytes;
        continue;
      }
      recordBytes += bytes;
      for (const state of Object.values(doc.value.reviews ?? {})) {
        reviewBytes += Buffer.byteLength(JSON.stringify(state)) + 40;
        reviews++;
      }
    }
  }
  const items = faculty.mentors.reduce((n, m) => n + m.quiz.length, 0);
  const lessons = faculty.mentors.reduce((n, m) => n + m.lessons.length, 0);
  const perReview = reviews > 0 ? reviewBytes / reviews : 300;
  const grownRecord = recordBytes / ids.length + Math.max(0, items - reviews / ids.length) * perReview + lessons * 40;
  return { recordBytes: grownRecord, dayBytes: dayBytes / ids.length, items };
}

type Day = Awaited<ReturnType<typeof simulate>>;

function perMonth(day: Day, write: (line: string) => void, label: string): void {
  const scale = (t: Tally, times: number) => ({ ...t, times });
  const parts = [scale(day.nudge, WORKING_DAYS), scale(day.learning, WORKING_DAYS), scale(day.question, WORKING_DAYS), scale(day.cases, CASES_A_MONTH)];
  const operations: Record<string, number> = {};
  let bytesRead = 0;
  let bytesWritten = 0;
  let units = 0;
  let outbound = 0;
  for (const part of parts) {
    for (const [kind, n] of Object.entries(part.store.operations)) operations[kind] = (operations[kind] ?? 0) + (n * part.times) / LEARNERS;
    bytesRead += (part.store.bytesRead * part.times) / LEARNERS;
    bytesWritten += (part.store.bytesWritten * part.times) / LEARNERS;
    units += (part.store.requestUnits * part.times) / LEARNERS;
    outbound += (part.outbound * part.times) / LEARNERS;
  }
  const ops = Object.entries(operations).sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n.toFixed(0)}`).join(', ');
  write(`${label}, per learner per month: store operations ${ops}; read ${(bytesRead / 1024).toFixed(0)} KiB, written ${(bytesWritten / 1024).toFixed(0)} KiB; `);
  write(`about ${units.toFixed(0)} Cosmos DB RU; outbound Teams calls ${outbound.toFixed(0)}; model tokens ${((day.tokens / LEARNERS) * WORKING_DAYS).toFixed(0)}\n`);
}

export async function runCostBench(write: (line: string) => void): Promise<void> {
  write(
    `\nCost of running HALI: a simulated working day for ${LEARNERS} learners through the real app (TestAdapter), counted at the store; ` +
      `per learner: a daily nudge, 2 lessons, 5 quiz answers and 1 mentor question each working day (${WORKING_DAYS} a month), and a team case (teams of ${TEAM}) ${CASES_A_MONTH} times a month\n` +
      `RU rules of thumb: point read 1 RU per 1 KB item (10 RU at 100 KB), a write 5 RU per KB, a query 10 RU\n\n`,
  );
  const off = await simulate('off');
  perMonth(off, write, 'model off');
  const on = await simulate('on');
  perMonth(on, write, 'model on (OpenAI-compatible stand-in)');
  const retention = loadConfig({ NODE_ENV: 'test' }).retentionDays;
  // Events expire after RETENTION_DAYS and claims after 8 days: a year in, the partition holds the retention window's worth.
  const year = off.storage.recordBytes + off.storage.dayBytes * WORKING_DAYS * (Math.min(365, retention) / 30.4);
  write(
    `storage per learner after a year: about ${(year / 1024).toFixed(0)} KiB: the learner record grown to all ${off.storage.items} quiz items reviewed and every lesson done ` +
      `(${(off.storage.recordBytes / 1024).toFixed(1)} KiB), plus ${(off.storage.dayBytes / 1024).toFixed(1)} KiB of learning events and nudge claim a working day, kept ${retention} days (RETENTION_DAYS)\n`,
  );
}
