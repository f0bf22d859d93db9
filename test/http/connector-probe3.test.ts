import { ConfidentialClientApplication } from '@azure/msal-node';
import { MsalServiceClientCredentialsFactory } from 'botframework-connector';
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import { Verbs } from '../../cards/verbs';
import { botAuthOptions, createAdapter, HaliAdapter, keepEntityProperties } from '../../bot/adapter';
import { createApp } from '../../bot/app';
import { MAX_RETRY_AFTER_MS, outcomeUnknown, tuneConnectorClient } from '../../bot/connector-client';
import { loadConfig } from '../../bot/config';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { createTeamsSender, toConversationReference } from '../../bot/proactive';
import { createServer, listen } from '../../bot/server';
import { CONTAINERS } from '../../bot/store/documents';
import { cardSubmit, channelMessage, personalMessage, TENANT } from '../helpers/activities';
import { cardTexts, storedLearner, testDeps } from '../helpers/app';
import { startFaultyConnector, startTokenService, type ConnectorRequest, type Fault } from '../helpers/faulty-connector';
import { seedLearners } from '../helpers/nudges';
import { startTestServer } from '../helpers/server';
import { startTokenIssuer } from '../helpers/tokens';

/**
 * Replies to Teams when the network misbehaves, probe 3 (tmp/connector3): a reply Teams took whose answer was lost (a reset
 * after the body, an answer slower than the request may wait) by turn kind; a connector that refuses the bot's token (401)
 * until a new one is fetched; a connector that never answers; 429 with Retry-After as an HTTP date and as an hour; 503 on
 * one of a turn's replies; a nudge sweep with the connector down for everyone. Teams is played as it behaves: an activity
 * answered 5xx is delivered again with the same id, at most three deliveries.
 */

type Bot = { post(body: unknown, headers?: Record<string, string>): Promise<Response>; logs: { lines: Record<string, any>[] }; stores: Awaited<ReturnType<typeof startTestServer>>['stores'] };
type Connector = Awaited<ReturnType<typeof startFaultyConnector>>;
interface Who {
  serviceUrl: string;
  userId: string;
  locale: string;
  tenantId?: string;
}

async function deliverAsTeams(bot: Bot, activity: unknown, headers: () => Record<string, string> = () => ({})): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) {
    const status = (await bot.post(activity, headers())).status;
    statuses.push(status);
    if (status < 500) break;
  }
  return statuses;
}

const shapes = [(s: string) => s, (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`, (s: string) => `${s.toUpperCase()}!`, (s: string) => `${s} please`, (s: string) => `  ${s}? `];
const variants = (en: string[], cy: string[]) => ({
  'en-GB': en.flatMap((base) => shapes.map((shape) => shape(base))),
  'cy-GB': cy.flatMap((base) => shapes.filter((_, i) => i !== 3).map((shape) => shape(base))),
});
const PHRASINGS = {
  question: variants(['what is automation bias', 'explain automation bias to me'], ['beth yw tuedd awtomeiddio', 'esbonia tuedd awtomeiddio']),
  quiz: variants(['quiz', 'quiz me'], ['cwis']),
  lesson: variants(['lesson', 'next lesson'], ['gwers']),
  progress: variants(['progress', 'my progress'], ['cynnydd', 'fy nghynnydd']),
  caseStart: { 'en-GB': ['case lynch', 'Case lynch', 'CASE LYNCH', 'case lynch please'], 'cy-GB': ['achos lynch', 'Achos lynch', 'ACHOS LYNCH'] },
  contribution: { 'en-GB': ['offer IHC to everyone with bowel cancer', 'Test the tumour for MMR first.'], 'cy-GB': ['cynnig IHC i bawb sydd â chanser y coluddyn', 'Profi’r tiwmor am MMR yn gyntaf.'] },
} as const;
const pick = <T>(list: readonly T[], n: number) => list[n % list.length];

interface Turn {
  /** Sets up what the turn needs (with the connector well) and returns the activity Teams delivers. */
  prepare(bot: Bot, connector: Connector, who: Who, n: number): Promise<Record<string, unknown>>;
  /** How many times the turn's effect was recorded (undefined: the turn records nothing countable). */
  effect(bot: Bot, who: Who): Promise<number | undefined>;
}
const lastCard = (connector: Connector) => connector.messages().at(-1)!.body.attachments[0].content;
const threadOf = (who: Who) => `1765000000${who.userId.replace(/\D/g, '').padStart(3, '0')}`;
const TURNS: Record<string, Turn> = {
  'a question': {
    prepare: async (_bot, _connector, who, n) => personalMessage(pick(PHRASINGS.question[who.locale as 'en-GB'], n), who),
    effect: async () => undefined,
  },
  'a progress card': {
    prepare: async (_bot, _connector, who, n) => personalMessage(pick(PHRASINGS.progress[who.locale as 'en-GB'], n), who),
    effect: async () => undefined,
  },
  'a quiz answer': {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(pick(PHRASINGS.quiz[who.locale as 'en-GB'], n), who));
      const data = lastCard(connector).actions.find((a: any) => a.verb === Verbs.quizAnswer).data;
      return cardSubmit({ ...data, verb: Verbs.quizAnswer, confidence: 'sure' }, who);
    },
    effect: async (bot, who) => (await storedLearner(bot.stores, `aad-${who.userId}`))?.today?.questions ?? 0,
  },
  'a lesson done': {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(pick(PHRASINGS.lesson[who.locale as 'en-GB'], n), who));
      const done = lastCard(connector).actions.find((a: any) => a.verb === Verbs.lessonDone || a.data?.verb === Verbs.lessonDone).data;
      return cardSubmit(done, who);
    },
    effect: async (bot, who) => (await storedLearner(bot.stores, `aad-${who.userId}`))?.today?.lessons ?? 0,
  },
  'a case contribution in a channel': {
    prepare: async (bot, _connector, who, n) => {
      await bot.post(channelMessage(pick(PHRASINGS.caseStart[who.locale as 'en-GB'], n), { ...who, threadId: threadOf(who), newPost: true }));
      return channelMessage(pick(PHRASINGS.contribution[who.locale as 'en-GB'], n), { ...who, threadId: threadOf(who) });
    },
    effect: async (bot, who) => {
      const docs = await bot.stores.documents.listPartition<any>(CONTAINERS.cases, '19:channel@thread.tacv2');
      const thread = docs.find((d) => d.id === threadOf(who) && Array.isArray(d.value?.contributions));
      return (thread?.value.contributions as number[] | undefined)?.reduce((a, b) => a + b, 0) ?? 0;
    },
  },
};
const LOCALES = ['en-GB', 'cy-GB'] as const;
const APOLOGY = /something went wrong|aeth rhywbeth o’i le/i;
const repliesTo = (connector: Connector, activity: { id?: unknown }) => connector.handled.filter((r) => r.path.endsWith(`/activities/${String(activity.id)}`) && r.body?.type === 'message');
const textOf = (r: ConnectorRequest) => [r.body.text ?? '', ...cardTexts(r.body.attachments?.[0]?.content)].join('\n');

describe('http: connector probe 3, a reply Teams took but whose answer was lost, by turn kind', function () {
  this.timeout(300_000);
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Connector;
  let fault: (r: ConnectorRequest) => Fault = () => 'ok';
  let people = 0;
  beforeEach(async () => {
    fault = () => 'ok';
    connector = await startFaultyConnector((r) => fault(r));
    bot = await startTestServer({ now: () => new Date() });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  const LOST: [string, Fault, number][] = [
    ['the connection reset after the body was read', 'reset', 5],
    // The request may wait 5 s (reply-pacing's REPLY_REQUEST_TIMEOUT_MS): an answer after 6 s is never heard.
    ['an answer slower than the request may wait', { delayMs: 6_000 }, 1],
  ];
  for (const [kind, turn] of Object.entries(TURNS)) {
    for (const [name, lost, perLocale] of LOST) {
      it(`${kind}, ${name}: shown once, no apology, recorded once, Teams answered 200 and its redelivery not run (English and Welsh phrasings)`, async () => {
        for (const locale of LOCALES) {
          for (let n = 0; n < perLocale; n++) {
            const who = { serviceUrl: connector.url, userId: `29:${++people}`, locale };
            const activity = await turn.prepare(bot, connector, who, n);
            const label = `${kind} ${locale} ${JSON.stringify(activity.text ?? activity.value)}`;
            // The connector answered a moment ago (another learner's reply): it is up, so silence from it is slowness.
            expect((await bot.post(personalMessage('hi', { ...who, userId: `${who.userId}-other` }))).status).to.equal(200);
            fault = (r) => (r.body?.type === 'message' ? lost : 'ok');
            expect(await deliverAsTeams(bot, activity), label).to.deep.equal([200]);
            fault = () => 'ok';
            const shown = repliesTo(connector, activity);
            expect(shown.length, label).to.be.at.least(1);
            expect(shown.every((r) => r.accepted && !APOLOGY.test(textOf(r))), `${label}: ${shown.map(textOf).join(' | ')}`).to.equal(true);
            const effect = await turn.effect(bot, who);
            if (effect !== undefined) expect(effect, label).to.equal(1);
            expect(bot.logs.lines.some((l) => l.event === 'turn.failed' && l.activityId === activity.id), label).to.equal(false);
            expect(bot.logs.lines.find((l) => l.event === 'http.reply_outcome_unknown' && l.activityId === activity.id)?.messages, label).to.equal(shown.length);
            // Teams delivers it again anyway (our 200 was lost too): nothing is sent for it, nothing counted twice.
            expect((await bot.post(activity)).status, label).to.equal(200);
            expect(repliesTo(connector, activity).length, label).to.equal(shown.length);
            if (effect !== undefined) expect(await turn.effect(bot, who), label).to.equal(1);
          }
        }
      });
    }
  }

  for (const [kind, turn] of Object.entries(TURNS)) {
    it(`${kind}: a connector that answered a moment ago and now never answers: the turn ends (the request's timeout), no apology is pushed after it, the turn is recorded once`, async () => {
      for (const locale of LOCALES) {
        const who = { serviceUrl: connector.url, userId: `29:${++people}`, locale };
        const activity = await turn.prepare(bot, connector, who, people);
        expect((await bot.post(personalMessage('hi', { ...who, userId: `${who.userId}-other` }))).status).to.equal(200);
        fault = (r) => (r.body?.type === 'message' ? 'hang' : 'ok');
        expect(await deliverAsTeams(bot, activity), `${kind} ${locale}`).to.deep.equal([200]);
        fault = () => 'ok';
        const tried = repliesTo(connector, activity);
        // Nothing reached the learner (the stand-in never took it), and nothing more was tried after the reply.
        expect(tried.every((r) => !r.accepted && !APOLOGY.test(textOf(r))), `${kind} ${locale}`).to.equal(true);
        const effect = await turn.effect(bot, who);
        if (effect !== undefined) expect(effect, `${kind} ${locale}`).to.equal(1);
        expect(bot.logs.lines.find((l) => l.event === 'http.reply_outcome_unknown' && l.activityId === activity.id)?.messages, `${kind} ${locale}`).to.equal(tried.length);
      }
    });
  }

  it('only a broken connection or the request\'s timeout is an unknown outcome: not a body that could not be serialised, a refusal, or no connection', async () => {
    const adapter = createAdapter(loadConfig({ NODE_ENV: 'test' }));
    const errorOf = async (serviceUrl: string, activity: Record<string, unknown>) => {
      const ref = { channelId: 'msteams', serviceUrl, conversationId: 'a:kinds', tenantId: TENANT, userId: '29:kinds', botId: '28:hali-bot' };
      try {
        await adapter.continueConversationAsync('', toConversationReference(ref), async (context) => {
          tuneConnectorClient(context, () => 1_000);
          await context.sendActivity(activity);
        });
      } catch (error) {
        return error;
      }
      throw new Error('the send did not fail');
    };
    const message = { type: 'message', text: 'hello' };
    for (const [name, lost, activity, expected] of [
      ['a reset after the body', 'reset', message, true],
      ['no answer within the timeout', 'hang', message, true],
      ['a 503', { status: 503 }, message, false],
      ['a text that is no string (never sent)', 'ok', { type: 'message', text: 5 }, false],
      ['attachments that are no list (never sent)', 'ok', { type: 'message', attachments: 'card' }, false],
    ] as const) {
      fault = () => lost;
      expect(outcomeUnknown(await errorOf(connector.url, activity)), name).to.equal(expected);
    }
    expect(outcomeUnknown(await errorOf('http://hali-connector.invalid/', message)), 'an address that does not resolve').to.equal(false);
    expect(connector.handled.filter((r) => r.body?.text === 5 || r.body?.attachments === 'card')).to.deep.equal([]);
  });
});

describe('http: connector probe 3, a connector that refuses the bot\'s token (401)', function () {
  this.timeout(120_000);
  let appIds = 0;

  /** HALI as assembled for production, its outgoing tokens from MSAL against the stand-in token service, inbound tokens from a local issuer. */
  async function startAuthenticatedBot(tokens: Awaited<ReturnType<typeof startTokenService>>) {
    // botframework-connector caches tokens per app id for the whole process: each bot its own id.
    const botId = `00000000-0000-4000-8000-${String(++appIds).padStart(12, '0')}`;
    const issuer = await startTokenIssuer();
    const env = { BOT_ID: botId, BOT_PASSWORD: 'test-only-not-a-secret', BOT_OPENID_METADATA_URL: issuer.metadataUrl, BOT_TOKEN_ISSUER: issuer.issuer };
    const { deps, logs, stores } = testDeps({ env, now: () => new Date() });
    const msal = new ConfidentialClientApplication({
      auth: { clientId: botId, clientSecret: 'test-only-not-a-secret', authority: 'https://login.microsoftonline.com/botframework.com' },
      system: { networkClient: tokens.networkClient as never },
    });
    keepEntityProperties();
    const adapter = new HaliAdapter(botAuthOptions(deps.config), new MsalServiceClientCredentialsFactory(botId, msal));
    const { handleTurn } = createApp({ ...deps, tenantLimiter: new TenantRateLimiter(50) });
    const server = createServer({ adapter, handleTurn, log: deps.log, health: { version: 'test', store: 'sqlite', model: 'offline', mentors: [], auth: 'bot-framework' } });
    await listen(server, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bot: Bot = {
      logs,
      stores,
      post: (body, headers = {}) => {
        const serviceUrl = (body as { serviceUrl: string }).serviceUrl;
        return fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${issuer.token(botId, serviceUrl)}`, ...headers }, body: JSON.stringify(body) });
      },
    };
    return {
      bot,
      botId,
      adapter,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await issuer.close();
      },
    };
  }

  for (const [kind, turn] of Object.entries(TURNS)) {
    it(`${kind}: a token the connector no longer takes is replaced once and the reply sent with the new one; a 401 to the new one is the answer (English and Welsh)`, async () => {
      const tokens = await startTokenService();
      const refused = new Set<string>();
      let refuseAll = false;
      const connector = await startFaultyConnector((r): Fault => (refuseAll && r.body?.type === 'message') || !r.token || refused.has(r.token) ? { status: 401 } : 'ok');
      const { bot, close } = await startAuthenticatedBot(tokens);
      try {
        // The bot holds a token already (from an earlier reply) when the connector stops taking it.
        expect((await bot.post(personalMessage('hi', { serviceUrl: connector.url, userId: `29:tok-warm-${kind.length}` }))).status).to.equal(200);
        expect(tokens.issued).to.have.length(1);
        let n = 0;
        for (const locale of LOCALES) {
          // Revoked early: every token issued so far is refused, the next one is taken.
          const who = { serviceUrl: connector.url, userId: `29:tok-${kind.length}-${locale}-${n}`, locale };
          const activity = await turn.prepare(bot, connector, who, n++);
          const label = `${kind} ${locale} ${JSON.stringify(activity.text ?? activity.value)}`;
          for (const token of tokens.issued) refused.add(token);
          const fetched = tokens.issued.length;
          expect(await deliverAsTeams(bot, activity), label).to.deep.equal([200]);
          expect(tokens.issued.length, `${label}: one new token`).to.equal(fetched + 1);
          const tried = repliesTo(connector, activity);
          const everyRequest = connector.handled.filter((r) => r.path.endsWith(`/activities/${String(activity.id)}`));
          expect(everyRequest.filter((r) => !r.accepted).length, `${label}: one refusal, then the same request with the new token`).to.equal(1);
          expect(everyRequest.filter((r) => r.accepted).every((r) => r.token === tokens.issued.at(-1)), label).to.equal(true);
          expect(tried.filter((r) => r.accepted).length, label).to.be.at.least(1);
          expect(tried.filter((r) => r.accepted).every((r) => r.token === tokens.issued.at(-1) && !APOLOGY.test(textOf(r))), `${label}: ${tried.map(textOf).join(' | ')}`).to.equal(true);
          const effect = await turn.effect(bot, who);
          if (effect !== undefined) expect(effect, label).to.equal(1);

          // Refused for good (the bot's secret revoked, the app removed): the new token is refused too. Each request goes
          // twice (the token, a new one), the reply and the apology; Teams is answered 200 and the refusal logged.
          const other = { serviceUrl: connector.url, userId: `29:tok-${kind.length}-${locale}-${n}`, locale };
          const next = await turn.prepare(bot, connector, other, n++);
          const before = tokens.issued.length;
          refuseAll = true;
          expect(await deliverAsTeams(bot, next), label).to.deep.equal([200]);
          refuseAll = false;
          const refusedTwice = repliesTo(connector, next);
          expect(refusedTwice.map((r) => r.accepted), label).to.deep.equal([false, false, false, false]);
          expect(tokens.issued.length - before, `${label}: one new token for each refused request`).to.equal(2);
          expect(bot.logs.lines.some((l) => l.event === 'http.reply_not_delivered' && l.activityId === next.id && l.status === 401), label).to.equal(true);
        }
      } finally {
        await close();
        await connector.close();
        await tokens.close();
      }
    });
  }

  it('a nudge: a refused token is replaced once for a burst of sends (one new token, each nudge sent once); none in local mode', async () => {
    const tokens = await startTokenService();
    const refused = new Set<string>();
    const connector = await startFaultyConnector((r): Fault => (!r.token || refused.has(r.token) ? { status: 401 } : 'ok'));
    const { adapter, botId, close } = await startAuthenticatedBot(tokens);
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Your lesson for today / Eich gwers am heddiw' }] };
    const ref = (i: number) => ({ channelId: 'msteams', serviceUrl: connector.url, conversationId: `a:tok-nudge-${i}`, tenantId: TENANT, userId: `29:tok-nudge-${i}`, botId: '28:hali-bot' });
    try {
      const sender = createTeamsSender(adapter, botId);
      expect(await sender.send(ref(0), card)).to.deep.equal({ status: 'sent' });
      expect(tokens.issued).to.have.length(1);
      for (const token of tokens.issued) refused.add(token);
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => sender.send(ref(i + 1), card)));
      expect(results.every((r) => r.status === 'sent'), JSON.stringify(results)).to.equal(true);
      expect(tokens.issued, 'one new token for the whole burst').to.have.length(2);
      for (let i = 1; i <= 12; i++) expect(connector.messages().filter((r) => r.path.includes(`a:tok-nudge-${i}/`) || r.path.includes(`a%3Atok-nudge-${i}/`)), `nudge ${i}`).to.have.length(1);
      // Without credentials (local mode) there is no token to renew: a 401 is the answer, as before.
      const local = createTeamsSender(createAdapter(loadConfig({ NODE_ENV: 'test' })), undefined);
      expect(await local.send(ref(99), card)).to.deep.include({ status: 'failed', httpStatus: 401 });
      expect(tokens.issued).to.have.length(2);
    } finally {
      await close();
      await connector.close();
      await tokens.close();
    }
  });
});

describe('http: connector probe 3, 429 with Retry-After as an HTTP date or an hour, and 503 on one of a turn\'s replies', function () {
  this.timeout(120_000);
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Connector;
  let fault: (r: ConnectorRequest) => Fault = () => 'ok';
  let people = 0;
  beforeEach(async () => {
    fault = () => 'ok';
    connector = await startFaultyConnector((r) => fault(r));
    bot = await startTestServer({ now: () => new Date() });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });
  /** Refuses the n-th message (from 0) of the turn with `refusal`, `times` times. */
  const nthMessage = (n: number, refusal: Fault, times = 1) => {
    let seen = 0;
    let refused = 0;
    return (r: ConnectorRequest): Fault => {
      if (r.body?.type !== 'message') return 'ok';
      if (seen === n && refused < times) {
        refused++;
        return refusal;
      }
      seen++;
      return 'ok';
    };
  };

  for (const [kind, turn] of Object.entries(TURNS)) {
    it(`${kind}: 429 with Retry-After as an HTTP date is waited out in the turn and the reply sent once; an hour is not waited (English and Welsh)`, async () => {
      for (const locale of LOCALES) {
        const who = { serviceUrl: connector.url, userId: `29:${++people}`, locale };
        const activity = await turn.prepare(bot, connector, who, people);
        const label = `${kind} ${locale}`;
        fault = nthMessage(0, { status: 429, retryAfter: new Date(Date.now() + 1_000).toUTCString() });
        expect(await deliverAsTeams(bot, activity), label).to.deep.equal([200]);
        const shown = repliesTo(connector, activity);
        expect(shown.filter((r) => !r.accepted).length, label).to.equal(1);
        const accepted = shown.filter((r) => r.accepted);
        expect(new Set(accepted.map((r) => JSON.stringify(r.body.attachments ?? r.body.text))).size, `${label}: no reply twice`).to.equal(accepted.length);
        expect(accepted.some((r) => APOLOGY.test(textOf(r))), label).to.equal(false);
        const effect = await turn.effect(bot, who);
        if (effect !== undefined) expect(effect, label).to.equal(1);

        // Retry-After: 3600 (and the same as a date an hour ahead): the inbound request is not held; nothing is shown; no
        // apology pushed into the pause. One-to-one, Teams' retry (the connector well again) shows it once; in a channel the
        // turn is answered 200 and not run again.
        for (const retryAfter of [3600, new Date(Date.now() + 3_600_000).toUTCString()]) {
          // A tenant of its own: three 429s in a second pause a whole tenant (nudges/limiter.ts), which is not under test here.
          const other = { serviceUrl: connector.url, userId: `29:${++people}`, locale, tenantId: `72f988bf-0000-4000-8000-${String(people).padStart(12, '0')}` };
          const next = await turn.prepare(bot, connector, other, people);
          fault = (r) => (r.body?.type === 'message' ? { status: 429, retryAfter } : 'ok');
          const first = (await bot.post(next)).status;
          fault = () => 'ok';
          // The reply was refused once, and nothing (no apology) was sent into the pause.
          expect(repliesTo(connector, next).map((r) => r.accepted), `${label} ${retryAfter}`).to.deep.equal([false]);
          if (kind.includes('channel')) {
            expect(first, `${label} ${retryAfter}`).to.equal(200);
            expect(await turn.effect(bot, other)).to.equal(1);
            continue;
          }
          expect(first, `${label} ${retryAfter}`).to.equal(500);
          expect((await bot.post(next)).status).to.equal(200);
          const after = repliesTo(connector, next).filter((r) => r.accepted);
          expect(after.length, `${label} ${retryAfter}`).to.be.at.least(1);
          expect(after.some((r) => APOLOGY.test(textOf(r))), `${label} ${retryAfter}`).to.equal(false);
          const otherEffect = await turn.effect(bot, other);
          if (otherEffect !== undefined) expect(otherEffect, label).to.equal(1);
        }
      }
    });
  }

  it('a lesson done (two replies): 503 on the first or on the second is retried in the turn; no reply is sent twice and the lesson is recorded once', async () => {
    for (const n of [0, 1]) {
      for (const locale of LOCALES) {
        const who = { serviceUrl: connector.url, userId: `29:${++people}`, locale };
        const activity = await TURNS['a lesson done'].prepare(bot, connector, who, people);
        fault = nthMessage(n, { status: 503 }, 2);
        expect(await deliverAsTeams(bot, activity), `${n} ${locale}`).to.deep.equal([200]);
        fault = () => 'ok';
        const tried = repliesTo(connector, activity);
        const accepted = tried.filter((r) => r.accepted);
        expect(accepted.length, `${n} ${locale}`).to.equal(2);
        expect(tried.filter((r) => !r.accepted).map((r) => tried.indexOf(r)), `${n} ${locale}: the refused one, tried again`).to.deep.equal(n === 0 ? [0, 1] : [1, 2]);
        expect(new Set(accepted.map((r) => JSON.stringify(r.body))).size, `${n} ${locale}: no reply twice`).to.equal(2);
        expect(await TURNS['a lesson done'].effect(bot, who), `${n} ${locale}`).to.equal(1);
      }
    }
  });
});

describe('nudges: connector probe 3, a Retry-After of an hour is waited at most MAX_RETRY_AFTER_MS', function () {
  this.timeout(60_000);
  it('the Teams sender reads seconds and HTTP dates, capped; deliver and the tenant limiter wait no longer than the cap', async () => {
    const { deliver } = await import('../../bot/nudges/deliver');
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Eich gwers am heddiw' }] };
    for (const [given, expected] of [
      [3600, MAX_RETRY_AFTER_MS],
      [new Date(Date.now() + 3_600_000).toUTCString(), MAX_RETRY_AFTER_MS],
      [86_400 * 365, MAX_RETRY_AFTER_MS],
      [2, 2_000],
    ] as const) {
      const connector = await startFaultyConnector(() => ({ status: 429, retryAfter: given }));
      try {
        const sender = createTeamsSender(createAdapter(loadConfig({ NODE_ENV: 'test' })), undefined);
        const ref = { channelId: 'msteams', serviceUrl: connector.url, conversationId: 'a:ra', tenantId: TENANT, userId: '29:ra', botId: '28:hali-bot' };
        const result = await sender.send(ref, card);
        expect(result.status, String(given)).to.equal('throttled');
        expect((result as { retryAfterMs: number }).retryAfterMs, String(given)).to.be.at.most(expected).and.above(expected - 1_000 - 1);
        // Every wait of the nudge's tries, and the tenant's pause once many 429s came at once, stay within the cap (plus jitter).
        const waits: number[] = [];
        const limiter = new TenantRateLimiter(50, { sleep: async (ms) => void waits.push(ms) });
        await deliver(sender, limiter, ref, card, { sleep: async (ms) => void waits.push(ms), maxAttempts: 4 });
        expect(Math.max(...waits), String(given)).to.be.at.most(MAX_RETRY_AFTER_MS * 1.25 + 1);
      } finally {
        await connector.close();
      }
    }
  });
});

describe('http: connector probe 3, a nudge sweep with the connector down for every learner', function () {
  this.timeout(300_000);
  const KEY = 'nudge-key-0123456789abcdef';
  for (const [name, fault] of [
    ['500', { status: 500 }],
    ['502', { status: 502 }],
    ['503', { status: 503 }],
    ['504', { status: 504 }],
    ['a reset after the body', 'reset'],
    ['no answer at all', 'hang'],
  ] as [string, Fault][]) {
    it(`${name}: the run ends and reports every learner failed; nobody is marked unreachable; the next run sends each once when it is back`, async () => {
      let down = true;
      const connector = await startFaultyConnector((r) => (down && r.body?.type === 'message' ? fault : 'ok'));
      const now = new Date('2026-11-30T09:00:30Z');
      const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY, NUDGE_RATE_PER_SECOND: '20' }, now: () => now, nudgeWaitMs: 120_000 });
      try {
        const ids = await seedLearners(bot.stores, 8, connector.url, new Date('2026-11-30T07:00:00Z'));
        const res = await bot.runNudges(KEY, { at: now.toISOString() });
        expect(res.status, name).to.equal(200);
        expect(await res.json(), name).to.deep.include({ claimed: 8, sent: 0, unreachable: 0, failed: 8 });
        for (const id of ids) expect((await storedLearner(bot.stores, id))?.nudge?.unreachable, `${name} ${id}`).to.equal(undefined);
        down = false;
        // A 5xx Teams surely did not take (503; 502/504 are answers that may come after it posted) is tried again later the same day.
        const later = new Date(now.getTime() + 16 * 60_000).toISOString();
        const again = (await (await bot.runNudges(KEY, { at: later })).json()) as { sent: number };
        const taken = connector.handled.filter((r) => r.body?.type === 'message' && r.accepted && r.fault === fault).length;
        expect(again.sent + taken, `${name}: each learner's nudge shown at most once`).to.be.at.most(8);
      } finally {
        await bot.close();
        await connector.close();
      }
    });
  }
});
