import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { createAdapter } from '../../bot/adapter';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import { createTeamsSender } from '../../bot/proactive';
import { SettledActivities } from '../../bot/redelivery';
import { CONTAINERS } from '../../bot/store/documents';
import { cardSubmit, channelMessage, personalMessage, TENANT } from '../helpers/activities';
import { cardTexts, storedLearner } from '../helpers/app';
import { startFaultyConnector, type ConnectorRequest, type Fault } from '../helpers/faulty-connector';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { seedLearners } from '../helpers/nudges';
import { startTestServer } from '../helpers/server';

/**
 * Replies to Teams when the network misbehaves, from an outside-style probe (tmp/connector2): every turn kind (a question, a
 * streamed question, a quiz answer, a lesson's Done, a case contribution in a channel, a greeting, a daily nudge) against a
 * connector that refuses with a 4xx, fails with a 5xx, resets the connection after taking the request, answers slowly, or
 * answers 200 with a body that is no JSON. Teams is played as it behaves: an activity answered 5xx is delivered again, with
 * the same id. Before: a persistent 400 made every kind 500 (three deliveries, a case contribution counted three times), a
 * streamed answer whose final message was taken but not answered was sent again as a card (the answer twice), and a 200
 * with an unreadable body brought an apology and left the quiz answer or lesson unrecorded.
 */

const ANSWER = 'Automation bias is the habit of trusting a tool’s output more than your own checks [1]. Keep your own judgement in charge, and check the source.';
const ROOT = '1765000000555';

/** Questions as staff type them, in English and Welsh, in several cases and with punctuation. */
function questionVariants(): string[] {
  const bases = ['what is automation bias', 'explain automation bias to me', 'beth yw tuedd awtomeiddio', 'esbonia tuedd awtomeiddio'];
  const shapes = [(q: string) => q, (q: string) => `${q[0].toUpperCase()}${q.slice(1)}?`, (q: string) => q.toUpperCase(), (q: string) => `${q} please!!`, (q: string) => `  ${q}… `];
  return bases.flatMap((base) => shapes.map((shape) => shape(base)));
}

type Bot = Awaited<ReturnType<typeof startTestServer>>;
type Connector = Awaited<ReturnType<typeof startFaultyConnector>>;

/** Teams delivering an activity: again (the same activity, the same id) after a 5xx, up to three deliveries in all. */
async function deliverAsTeams(bot: Bot, activity: unknown): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) {
    const status = (await bot.post(activity)).status;
    statuses.push(status);
    if (status < 500) break;
  }
  return statuses;
}

const onMessages = (fault: Fault) => (r: ConnectorRequest): Fault => (r.body?.type === 'message' ? fault : 'ok');

describe('http: connector probe 2, a streamed answer whose final message was taken but not answered', function () {
  this.timeout(120_000);
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  before(async () => {
    standIn = await startOpenAIStandIn({ kind: 'answer', content: () => ANSWER, delayMs: 1 });
  });
  after(() => standIn.close());

  async function streamingBot(connectorUrl: string) {
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
    const model = await createMentorModel(loadConfig(env), createLogger({ level: 'silent' }));
    return startTestServer({ env, model, now: () => new Date() });
  }

  const isFinal = (r: ConnectorRequest) => r.body?.type === 'message' && r.body.entities?.some((e: any) => e.type === 'streaminfo' && e.streamType === 'final');

  for (const [name, fault, variants] of [
    ['the connection reset after the body was read', 'reset', questionVariants()],
    ['an answer slower than the request may wait (10 s)', { delayMs: 10_000 }, questionVariants().filter((_, i) => i % 10 === 0)],
  ] as const) {
    it(`${name}: the answer is shown once, the streamed message updated in place, for ${variants.length} questions in English and Welsh`, async () => {
      const connector = await startFaultyConnector((r) => (isFinal(r) ? fault : 'ok'));
      const bot = await streamingBot(connector.url);
      try {
        for (const [i, question] of variants.entries()) {
          const before = connector.messages().length;
          const updatesBefore = connector.updates().length;
          const statuses = await deliverAsTeams(bot, personalMessage(question, { serviceUrl: connector.url, userId: `29:stream-${i}` }));
          expect(statuses, question).to.deep.equal([200]);
          const shown = connector.messages().slice(before);
          // The final message Teams took, and nothing after it: no answer card sent anew, no apology.
          expect(shown.map((r) => isFinal(r)), question).to.deep.equal([true]);
          const updates = connector.updates().slice(updatesBefore);
          expect(updates, question).to.have.length(1);
          expect(updates[0].id).to.equal(shown[0].body.channelData.streamId);
          // The final content (the stand-in answers in English; a Welsh question gets the mentor's own Welsh answer instead).
          expect(updates[0].body.text, question).to.equal(shown[0].body.text);
          expect(updates[0].body.attachments, question).to.deep.equal(shown[0].body.attachments);
          if (!/beth|esbonia/i.test(question)) expect(updates[0].body.text, question).to.equal(ANSWER);
          expect(cardTexts(updates[0].body.attachments[0].content).join('\n')).to.match(/Sources|Ffynonellau/);
          expect(updates[0].body.entities.some((e: any) => e.type === 'streaminfo'), 'the update is no part of the stream').to.equal(false);
          // The label (AI-generated, with its citations) as the final message had it.
          expect(updates[0].body.entities, question).to.deep.equal(shown[0].body.entities.filter((e: any) => e.type !== 'streaminfo'));
          if (!/beth|esbonia/i.test(question)) expect(updates[0].body.entities[0].additionalType).to.deep.equal(['AIGeneratedContent']);
        }
      } finally {
        await bot.close();
        await connector.close();
      }
    });
  }

  for (const [name, decide] of [
    ['Teams refuses the final message (403)', (r: ConnectorRequest): Fault => (isFinal(r) ? { status: 403 } : 'ok')],
    ['the final message is not answered and the update is refused (404: the message is not there)', (r: ConnectorRequest): Fault => (isFinal(r) ? 'reset' : r.method === 'PUT' ? { status: 404 } : 'ok')],
  ] as const) {
    it(`${name}: the answer is sent once as an ordinary card`, async () => {
      const connector = await startFaultyConnector(decide);
      const bot = await streamingBot(connector.url);
      try {
        for (const [i, question] of questionVariants().filter((_, n) => n % 4 === 0).entries()) {
          const before = connector.messages().length;
          expect(await deliverAsTeams(bot, personalMessage(question, { serviceUrl: connector.url, userId: `29:refused-${i}` })), question).to.deep.equal([200]);
          const cards = connector.messages().slice(before).filter((r) => !isFinal(r));
          expect(cards, question).to.have.length(1);
          expect(cardTexts(cards[0].body.attachments[0].content).join('\n'), question).to.match(/beth|esbonia/i.test(question) ? /awtomeiddio/ : /Automation bias is the habit of trusting/);
        }
      } finally {
        await bot.close();
        await connector.close();
      }
    });
  }
});

describe('http: connector probe 2, a reply Teams refuses or cannot answer, by turn kind', function () {
  this.timeout(120_000);
  let bot: Bot;
  let connector: Connector;
  let fault: (r: ConnectorRequest) => Fault = () => 'ok';
  beforeEach(async () => {
    fault = () => 'ok';
    connector = await startFaultyConnector((r) => fault(r));
    bot = await startTestServer({ now: () => new Date() });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  interface Turn {
    /** Sets up what the turn needs (with the connector well) and returns the activity Teams delivers. */
    prepare(who: { serviceUrl: string; userId: string; locale: string }): Promise<unknown>;
    /** How many times the turn's effect was recorded. */
    effect(who: { userId: string }): Promise<number>;
  }
  const lastCard = () => connector.messages().at(-1)!.body.attachments[0].content;
  const TURNS: Record<string, Turn> = {
    'a question': {
      prepare: async (who) => personalMessage(who.locale === 'cy-GB' ? 'beth yw tuedd awtomeiddio?' : 'What is automation bias?', who),
      effect: async () => 0,
    },
    'a greeting': { prepare: async (who) => personalMessage(who.locale === 'cy-GB' ? 'Shwmae' : 'hi', who), effect: async () => 0 },
    'a quiz answer': {
      prepare: async (who) => {
        await bot.post(personalMessage(who.locale === 'cy-GB' ? 'cwis' : 'quiz', who));
        const data = lastCard().actions.find((a: any) => a.verb === Verbs.quizAnswer).data;
        return cardSubmit({ ...data, verb: Verbs.quizAnswer, confidence: 'sure' }, who);
      },
      effect: async (who) => (await storedLearner(bot.stores, `aad-${who.userId}`))?.today?.questions ?? 0,
    },
    'a lesson done': {
      prepare: async (who) => {
        await bot.post(personalMessage(who.locale === 'cy-GB' ? 'gwers' : 'lesson', who));
        const done = lastCard().actions.find((a: any) => a.verb === Verbs.lessonDone || a.data?.verb === Verbs.lessonDone).data;
        return cardSubmit(done, who);
      },
      effect: async (who) => (await storedLearner(bot.stores, `aad-${who.userId}`))?.today?.lessons ?? 0,
    },
    'a case contribution in a channel': {
      prepare: async (who) => {
        const threadId = `${ROOT}${who.userId.replace(/\D/g, '')}`;
        await bot.post(channelMessage(who.locale === 'cy-GB' ? 'achos lynch' : 'case lynch', { ...who, threadId, newPost: true }));
        return channelMessage('offer IHC to everyone with bowel cancer', { ...who, threadId });
      },
      effect: async (who) => {
        const threadId = `${ROOT}${who.userId.replace(/\D/g, '')}`;
        const docs = await bot.stores.documents.listPartition<any>(CONTAINERS.cases, '19:channel@thread.tacv2');
        const thread = docs.find((d) => d.id === threadId && Array.isArray(d.value?.contributions));
        return (thread?.value.contributions as number[] | undefined)?.reduce((a, b) => a + b, 0) ?? 0;
      },
    },
  };
  const PERMANENT = [400, 401, 403, 404, 413];
  let people = 0;
  const someone = (locale: string) => ({ serviceUrl: connector.url, userId: `29:${++people}`, locale });

  for (const [kind, turn] of Object.entries(TURNS)) {
    it(`${kind}: a refusal that will not change (${PERMANENT.join(', ')}) is answered 200, logged without the text, and a redelivery is not run`, async () => {
      for (const status of PERMANENT) {
        for (const locale of ['en-GB', 'cy-GB']) {
          const who = someone(locale);
          const activity = (await turn.prepare(who)) as { id: string; text?: string };
          fault = onMessages({ status });
          const repliesTo = () => connector.handled.filter((r) => r.path.endsWith(`/activities/${activity.id}`)).length;
          expect(await deliverAsTeams(bot, activity), `${status} ${locale}`).to.deep.equal([200]);
          const tried = repliesTo();
          // The reply and the apology, each once (a 413 each once more as plain text).
          expect(tried, `${status} ${locale}`).to.equal(status === 413 ? 4 : 2);
          // Teams redelivers anyway (our 200 was lost): answered without running the turn.
          expect((await bot.post(activity)).status).to.equal(200);
          expect(repliesTo(), `${status} ${locale}: nothing sent for the redelivery`).to.equal(tried);
          fault = () => 'ok';
          const logged = bot.logs.lines.filter((l) => l.event === 'http.reply_not_delivered' && l.activityId === activity.id);
          expect(logged.map((l) => l.status)).to.deep.equal([status]);
          expect(JSON.stringify(logged)).to.not.include(activity.text ?? 'no text').and.not.include('IHC');
          expect(bot.logs.lines.some((l) => l.event === 'http.redelivery_ignored' && l.activityId === activity.id)).to.equal(true);
        }
      }
    });
  }

  for (const [kind, turn] of Object.entries(TURNS).filter(([k]) => k !== 'a question' && k !== 'a greeting')) {
    it(`${kind}: a connector failing 5xx, then Teams redelivering, records the turn at most once; when it recovers, exactly once`, async () => {
      for (const status of [500]) {
        for (const locale of ['en-GB', 'cy-GB']) {
          const who = someone(locale);
          const activity = await turn.prepare(who);
          fault = onMessages({ status });
          await deliverAsTeams(bot, activity);
          fault = () => 'ok';
          expect(await turn.effect(who), `${status} ${locale} while failing`).to.be.at.most(1);
          // Teams tries once more after the connector recovered.
          expect((await bot.post(activity)).status).to.equal(200);
          const effect = await turn.effect(who);
          if (kind.includes('channel')) expect(effect, `${status} ${locale}`).to.equal(1);
          else expect(effect, `${status} ${locale}: the retry answered and recorded once`).to.equal(1);
        }
      }
    });

    it(`${kind}: a 200 whose body is no JSON is a reply taken: no apology, no 5xx, the turn recorded once`, async () => {
      for (const locale of ['en-GB', 'cy-GB']) {
        const who = someone(locale);
        const activity = await turn.prepare(who);
        const before = connector.messages().length;
        fault = onMessages('malformed');
        expect(await deliverAsTeams(bot, activity), locale).to.deep.equal([200]);
        fault = () => 'ok';
        const shown = connector.messages().slice(before).map((r) => cardTexts(r.body.attachments?.[0]?.content).join('\n'));
        expect(shown.some((text) => /something went wrong|aeth rhywbeth o’i le/i.test(text)), `${locale}: ${shown.join(' | ')}`).to.equal(false);
        expect(await turn.effect(who), locale).to.equal(1);
      }
    });
  }

  for (const [kind, turn] of Object.entries(TURNS).filter(([k]) => !k.includes('channel'))) {
    it(`${kind}: a card Teams finds too large (413) is sent once more as its own words in plain text, not as an apology; the turn is recorded`, async () => {
      const tooLarge = (r: ConnectorRequest): Fault => (r.body?.type === 'message' && JSON.stringify(r.body.attachments ?? []).length > 1200 ? { status: 413 } : 'ok');
      for (const locale of ['en-GB', 'cy-GB']) {
        const who = someone(locale);
        const activity = (await turn.prepare(who)) as { id: string };
        fault = tooLarge;
        expect(await deliverAsTeams(bot, activity), `${kind} ${locale}`).to.deep.equal([200]);
        fault = () => 'ok';
        const tried = connector.handled.filter((r) => r.path.endsWith(`/activities/${activity.id}`) && r.body?.type === 'message');
        const refused = tried.filter((r) => !r.accepted);
        expect(refused.length, `${kind} ${locale}: a card was too large`).to.be.at.least(1);
        for (const card of refused) {
          const shorter = tried[tried.indexOf(card) + 1];
          expect(shorter?.accepted, `${kind} ${locale}`).to.equal(true);
          expect(shorter.body.attachments ?? [], `${kind} ${locale}`).to.deep.equal([]);
          // The card's own words (in the learner's language), the first and last of its body shown; its buttons left out.
          const words = cardTexts(card.body.attachments[0].content.body).filter((w) => w.trim().length > 3);
          expect(shorter.body.text, `${kind} ${locale}`).to.include(words[0]).and.include(words.at(-1)!);
        }
        expect(bot.logs.lines.some((l) => l.event === 'turn.failed' && l.activityId === activity.id), `${kind} ${locale}: no apology`).to.equal(false);
        if (kind === 'a quiz answer' || kind === 'a lesson done') expect(await turn.effect(who), `${kind} ${locale}`).to.equal(1);
      }
    });
  }

  it('a serviceUrl whose host does not resolve (.invalid): a one-to-one turn is left to Teams\' retry, a channel turn is not run twice', async () => {
    const unresolvable = 'http://hali-connector.invalid/';
    const quiz = TURNS['a quiz answer'];
    const who = someone('en-GB');
    const answer = (await quiz.prepare(who)) as Record<string, unknown>;
    const statuses = await deliverAsTeams(bot, { ...answer, serviceUrl: unresolvable });
    expect(statuses).to.deep.equal([500, 500, 500]);
    expect(await quiz.effect(who)).to.equal(0);
    const caseTurn = TURNS['a case contribution in a channel'];
    const member = someone('en-GB');
    const contribution = (await caseTurn.prepare(member)) as Record<string, unknown>;
    expect(await deliverAsTeams(bot, { ...contribution, serviceUrl: unresolvable })).to.deep.equal([200]);
    expect(await caseTurn.effect(member)).to.equal(1);
  });
});

describe('http: connector probe 2, a daily nudge to a conversation that is gone or a connector that misbehaves', function () {
  this.timeout(60_000);
  const ref = (serviceUrl: string, i: number) => ({ channelId: 'msteams', serviceUrl, conversationId: `a:nudge-probe-${i}`, tenantId: TENANT, userId: `29:nudge-${i}`, botId: '28:hali-bot' });
  const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Your lesson for today' }] };

  it('403 and 404 make the learner unreachable; a 200 that cannot be read is sent; an unresolvable host is surely not sent; a reset is not sent again', async () => {
    const outcomes: Record<string, Fault> = { gone403: { status: 403 }, gone404: { status: 404 }, unreadable: 'malformed', reset: 'reset', refused400: { status: 400 } };
    const names = Object.keys(outcomes);
    const connector = await startFaultyConnector((r) => outcomes[names.find((n) => r.path.includes(`nudge-probe-${names.indexOf(n)}`)) ?? 'x'] ?? 'ok');
    const sender = createTeamsSender(createAdapter(loadConfig({ NODE_ENV: 'test' })), undefined);
    try {
      const results = Object.fromEntries(await Promise.all(names.map(async (name, i) => [name, await sender.send(ref(connector.url, i), card)] as const)));
      expect(results.gone403).to.deep.equal({ status: 'unreachable', httpStatus: 403 });
      expect(results.gone404).to.deep.equal({ status: 'unreachable', httpStatus: 404 });
      expect(results.unreadable).to.deep.equal({ status: 'sent' });
      expect(results.reset).to.include({ status: 'failed' }).and.not.have.property('notSent');
      expect(results.refused400).to.include({ status: 'failed', httpStatus: 400 });
      const dns = await sender.send(ref('http://hali-connector.invalid/', 9), card);
      expect(dns).to.include({ status: 'failed', notSent: true });
    } finally {
      await connector.close();
    }
  });
});

describe('http: connector probe 2, a daily nudge sweep against a connector whose 200 cannot be read', function () {
  this.timeout(60_000);
  const KEY = 'nudge-key-0123456789abcdef';

  it('counts each nudge sent once and its lesson as shown, so its Done counts; nothing is sent again', async () => {
    const connector = await startFaultyConnector(onMessages('malformed'));
    const now = new Date('2026-11-30T09:00:30Z');
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY, NUDGE_RATE_PER_SECOND: '20' }, now: () => now });
    try {
      const ids = await seedLearners(bot.stores, 6, connector.url, new Date('2026-11-30T07:00:00Z'));
      const summary = await (await bot.runNudges(KEY, { at: now.toISOString() })).json();
      expect(summary).to.deep.include({ claimed: 6, sent: 6, failed: 0 });
      for (const id of ids) {
        const learner = (await storedLearner(bot.stores, id))!;
        expect(Object.values(learner.lessonsSent ?? {}).flat(), id).to.have.length(1);
      }
      expect(await (await bot.runNudges(KEY, { at: now.toISOString() })).json()).to.deep.include({ claimed: 0, sent: 0 });
      expect(connector.messages()).to.have.length(6);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

describe('redelivery: the settled activities are bounded and forgotten in time', () => {
  it('remembers at most maxEntries, the oldest forgotten first, each for ttlMs', () => {
    let now = 0;
    const settled = new SettledActivities({ maxEntries: 50, ttlMs: 1000, now: () => now });
    const keys = Array.from({ length: 120 }, (_, i) => SettledActivities.keyOf({ id: `act-${i}`, conversation: { id: `a:conv-${i % 7}` } as never })!);
    for (const key of keys) settled.add(key);
    expect(settled.size).to.equal(50);
    expect(keys.slice(0, 70).some((key) => settled.has(key))).to.equal(false);
    expect(keys.slice(70).every((key) => settled.has(key))).to.equal(true);
    now = 999;
    expect(settled.has(keys[119])).to.equal(true);
    now = 1000;
    expect(keys.slice(70).some((key) => settled.has(key))).to.equal(false);
    expect(SettledActivities.keyOf({ conversation: { id: 'a:x' } as never })).to.equal(undefined);
    // The same id in another conversation is another activity.
    expect(SettledActivities.keyOf({ id: 'act-1', conversation: { id: 'a:one' } as never })).to.not.equal(SettledActivities.keyOf({ id: 'act-1', conversation: { id: 'a:two' } as never }));
  });
});
