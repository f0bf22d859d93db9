import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { botInstalled, cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, storedLearner } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { acceptedPerConversation, seededConversation, seedLearners } from '../helpers/nudges';
import { SweepLease } from '../../bot/nudges/lease';
import { startTestServer } from '../helpers/server';
import { startTokenIssuer } from '../helpers/tokens';

const KEY = 'nudge-key-0123456789abcdef';

describe('http: POST /api/nudges/run', () => {
  it('answers 503 with what to do when no key is configured', async () => {
    const bot = await startTestServer();
    try {
      const res = await bot.runNudges('anything');
      expect(res.status).to.equal(503);
      expect(((await res.json()) as any).message).to.match(/set NUDGE_TRIGGER_KEY/);
    } finally {
      await bot.close();
    }
  });

  it('refuses a missing or wrong key with 401, and a bad "at" with 400, running nothing', async () => {
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY } });
    try {
      for (const key of [undefined, '', 'wrong', KEY.slice(0, -1), `${KEY}x`, KEY.toUpperCase()]) {
        const res = await bot.runNudges(key);
        expect(res.status, String(key)).to.equal(401);
      }
      for (const at of ['yesterday', 12345, '2026-13-45T00:00:00Z', '2026-11-30', ['2026-11-30T09:00:00Z']]) {
        const res = await bot.runNudges(KEY, { at });
        expect(res.status, JSON.stringify(at)).to.equal(400);
        expect(((await res.json()) as any).message).to.match(/ISO 8601/);
      }
      expect(bot.logs.lines.filter((l) => l.event === 'nudge.run')).to.deep.equal([]);
      const ok = await bot.runNudges(KEY);
      expect(ok.status).to.equal(200);
      expect(await ok.json()).to.deep.include({ claimed: 0, sent: 0, skipped: 0, unreachable: 0, failed: 0 });
    } finally {
      await bot.close();
    }
  });

  it('answers 409 while another instance holds the sweep lease, and runs once it is free', async () => {
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY } });
    try {
      const other = new SweepLease(bot.stores.documents, 'another-instance');
      expect(await other.acquire()).to.equal(true);
      const busy = await bot.runNudges(KEY);
      expect(busy.status).to.equal(409);
      expect(((await busy.json()) as any).message).to.match(/already running/);
      await other.release();
      expect((await bot.runNudges(KEY)).status).to.equal(200);
    } finally {
      await bot.close();
    }
  });

  it('answers 202 when the sweep outlasts the request, and the sweep finishes and logs its summary', async () => {
    const connector = await startRecordingConnector();
    const now = new Date('2026-11-30T09:00:30Z');
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY, NUDGE_RATE_PER_SECOND: '10' }, now: () => now, nudgeWaitMs: 50 });
    try {
      await seedLearners(bot.stores, 5, connector.url, new Date('2026-11-30T07:00:00Z'));
      const res = await bot.runNudges(KEY, { at: now.toISOString() });
      expect(res.status).to.equal(202);
      expect(((await res.json()) as any).message).to.match(/logged as nudge\.run/);
      for (let i = 0; i < 250 && !bot.logs.lines.some((l) => l.event === 'nudge.run'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(bot.logs.lines.find((l) => l.event === 'nudge.run')).to.deep.include({ trigger: 'http', sent: 5 });
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('runs on its own schedule and stops cleanly on shutdown', async () => {
    const bot = await startTestServer();
    try {
      bot.nudges.startSchedule(20);
      for (let i = 0; i < 250 && !bot.logs.lines.some((l) => l.event === 'nudge.run'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(bot.logs.lines.find((l) => l.event === 'nudge.run')).to.deep.include({ trigger: 'schedule', claimed: 0, sent: 0 });
      await bot.nudges.stop();
      expect(await bot.nudges.runOnce('http'), 'a stopped engine starts no sweep').to.equal(undefined);
    } finally {
      await bot.close();
    }
  });

  it('in production accepts the key but not "at"', async () => {
    const bot = await startTestServer({ env: { NODE_ENV: 'production', BOT_ID: '00000000-0000-4000-8000-000000000002', BOT_PASSWORD: 'secret', NUDGE_TRIGGER_KEY: KEY } });
    try {
      const refused = await bot.runNudges(KEY, { at: '2026-11-30T09:00:00Z' });
      expect(refused.status).to.equal(400);
      expect(((await refused.json()) as any).message).to.match(/only outside production/);
      expect((await bot.runNudges(KEY)).status).to.equal(200);
    } finally {
      await bot.close();
    }
  });
});

describe('http: daily nudges end to end', function () {
  this.timeout(30_000);

  it('in production, captures the personal chat from a verified install (installationUpdate)', async () => {
    const BOT_ID = '00000000-0000-4000-8000-0000000000b0';
    const SERVICE_URL = 'http://127.0.0.1:9/';
    const issuer = await startTokenIssuer();
    const bot = await startTestServer({
      env: { NODE_ENV: 'production', BOT_ID, BOT_PASSWORD: 'test-only-not-a-secret', BOT_OPENID_METADATA_URL: issuer.metadataUrl, BOT_TOKEN_ISSUER: issuer.issuer },
      now: () => new Date('2026-11-30T07:00:00Z'),
    });
    try {
      // Teams sends installationUpdate when the app is added; HALI stores the reference and replies nothing.
      const install = { ...botInstalled({ serviceUrl: SERVICE_URL, userId: '29:prod' }), type: 'installationUpdate', action: 'add', membersAdded: undefined };
      const res = await bot.post(install, { authorization: `Bearer ${issuer.token(BOT_ID, SERVICE_URL)}` });
      expect(res.status).to.equal(200);
      const learner = (await storedLearner(bot.stores, 'aad-29:prod'))!;
      expect(learner.conversationRef).to.include({ serviceUrl: SERVICE_URL, userId: '29:prod' });
      expect(learner.nudge?.nextAt).to.equal('2026-11-30T09:00:00.000Z');
    } finally {
      await bot.close();
      await issuer.close();
    }
  });

  it('captures the chat on install, nudges once at 09:00 with the next lesson, and a due review is answered in the card', async () => {
    const connector = await startRecordingConnector();
    let now = new Date('2026-11-30T07:00:00Z');
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY }, now: () => now });
    try {
      const options = { serviceUrl: connector.url, userId: '29:e2e' };
      expect((await bot.post(botInstalled(options))).status).to.equal(200);
      const learner = (await storedLearner(bot.stores, 'aad-29:e2e'))!;
      expect(learner.conversationRef?.serviceUrl).to.equal(connector.url);
      expect(learner.nudge?.nextAt).to.equal('2026-11-30T09:00:00.000Z');
      const welcome = connector.activities().length;

      const first = await (await bot.runNudges(KEY, { at: '2026-11-30T09:00:30Z' })).json();
      expect(first).to.deep.include({ claimed: 1, sent: 1, failed: 0 });
      const nudge = connector.activities()[welcome];
      expect(nudge.conversation.id).to.equal(learner.conversationRef!.conversationId);
      const texts = cardTexts(nudge.attachments[0].content).join('\n');
      expect(texts).to.include('Your daily two-minute lesson');
      expect(texts).to.include('Snooze 1 hour');
      // A second run the same day sends nothing more.
      expect(await (await bot.runNudges(KEY, { at: '2026-11-30T09:05:00Z' })).json()).to.deep.include({ claimed: 0, sent: 0 });
      expect(connector.activities()).to.have.length(welcome + 1);

      // Later that morning the learner gets a quiz question wrong: it is due again tomorrow.
      now = new Date('2026-11-30T10:00:00Z');
      await bot.post(personalMessage('quiz', options));
      const quiz = connector.activities().at(-1).attachments[0].content;
      const answer = quiz.actions.find((a: any) => a.verb === Verbs.quizAnswer).data;
      await bot.post(cardExecute(Verbs.quizAnswer, { ...answer, optionId: wrongOption(answer.itemId) }, options));

      now = new Date('2026-12-01T09:00:30Z');
      expect(await (await bot.runNudges(KEY, { at: '2026-12-01T09:00:30Z' })).json()).to.deep.include({ claimed: 1, sent: 1 });
      const review = connector.activities().at(-1).attachments[0].content;
      expect(cardTexts(review).join('\n')).to.include('Your daily two-minute review');
      const tap = JSON.stringify(review).match(/"verb":"quiz\.answer","data":(\{[^}]+\})/)![1];
      const res = await bot.post(cardExecute(Verbs.quizAnswer, JSON.parse(tap), options));
      const result = ((await res.json()) as any).value;
      expect(cardTexts(result).join('\n')).to.match(/Correct|Not quite/);
      expect(cardTexts(result).join('\n')).to.match(/This question comes back for review (?:later today|on \w+day)/);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('paces sends through a rate-limited connector, retries 429s after Retry-After, and marks 403/404 learners unreachable until they message again', async () => {
    const gone = new Set([seededConversation(3), seededConversation(11)]);
    const left = seededConversation(17);
    const throttledOnce = new Set([seededConversation(5), seededConversation(6), seededConversation(7)]);
    const connector = await startRecordingConnector({
      rateLimit: { perSecond: 20, burst: 2 },
      inject: (body) => {
        const id = body?.conversation?.id;
        if (gone.has(id)) return { status: 403 };
        if (id === left) return { status: 404 };
        if (throttledOnce.delete(id)) return { status: 429, retryAfter: 1 };
        return undefined;
      },
    });
    const now = new Date('2026-11-30T09:00:30Z');
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY, NUDGE_RATE_PER_SECOND: '20' }, now: () => now });
    try {
      const ids = await seedLearners(bot.stores, 30, connector.url, new Date('2026-11-30T07:00:00Z'));
      const summary = await (await bot.runNudges(KEY, { at: now.toISOString() })).json();
      expect(summary).to.deep.include({ claimed: 30, sent: 27, unreachable: 3, failed: 0, skipped: 0 });
      const accepted = acceptedPerConversation(connector.activities());
      expect(accepted.size).to.equal(27);
      expect([...accepted.values()].every((n) => n === 1), 'each learner nudged once').to.equal(true);
      expect(connector.answered(429)).to.be.at.least(3);
      for (const i of [3, 11, 17]) {
        const learner = (await storedLearner(bot.stores, ids[i]))!;
        expect(learner.nudge?.unreachable?.status).to.equal(i === 17 ? 404 : 403);
        expect(learner.nudge?.nextAt).to.equal(undefined);
      }
      expect(await bot.stores.claims.get(ids[3], '2026-11-30')).to.deep.include({ outcome: 'unreachable' });
      // The learner reinstalls HALI and messages it: nudges resume.
      gone.clear();
      await bot.post(personalMessage('hi', { serviceUrl: connector.url, userId: '29:nudge-3', aadObjectId: ids[3], conversationId: seededConversation(3) }));
      const back = (await storedLearner(bot.stores, ids[3]))!;
      expect(back.nudge?.unreachable).to.equal(undefined);
      expect(back.nudge?.nextAt).to.equal('2026-12-01T09:00:00.000Z');
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('sends again later a nudge Teams surely did not take (503 through every retry), once; a send that may have landed (500) is not repeated', async () => {
    // Outside probing (tmp/netprobe, 2026-12-01): a learner whose nudge met a connector outage got nothing that day.
    const unavailable = seededConversation(1);
    const broken = seededConversation(2);
    let refusing = true;
    const connector = await startRecordingConnector({
      inject: (body) => {
        const id = body?.conversation?.id;
        if (id === unavailable && refusing) return { status: 503 };
        if (id === broken) return { status: 500 };
        return undefined;
      },
    });
    let now = new Date('2026-11-30T09:00:30Z');
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY, NUDGE_RATE_PER_SECOND: '20' }, now: () => now });
    try {
      const ids = await seedLearners(bot.stores, 4, connector.url, new Date('2026-11-30T07:00:00Z'));
      const first = await (await bot.runNudges(KEY, { at: now.toISOString() })).json();
      expect(first).to.deep.include({ claimed: 4, sent: 2, failed: 2 });
      expect(await bot.stores.claims.get(ids[1], '2026-11-30')).to.deep.include({ outcome: 'notSent' });
      expect(await bot.stores.claims.get(ids[2], '2026-11-30')).to.deep.include({ outcome: 'failed' });
      // Ten minutes on, the outage goes on being waited out: nothing is claimed or sent.
      now = new Date('2026-11-30T09:10:30Z');
      expect(await (await bot.runNudges(KEY, { at: now.toISOString() })).json()).to.deep.include({ claimed: 0, sent: 0 });
      // The connector is back: the next sweep after the wait sends it, once, and the 500 is not tried again.
      refusing = false;
      now = new Date('2026-11-30T09:16:00Z');
      expect(await (await bot.runNudges(KEY, { at: now.toISOString() })).json()).to.deep.include({ claimed: 1, sent: 1, failed: 0 });
      const accepted = acceptedPerConversation(connector.activities());
      expect(accepted.get(unavailable)).to.equal(1);
      expect(accepted.get(broken) ?? 0).to.equal(0);
      expect(await bot.stores.claims.get(ids[1], '2026-11-30')).to.deep.include({ outcome: 'sent', tries: 2 });
      expect((await storedLearner(bot.stores, ids[1]))!.nudge?.lastDay).to.equal('2026-11-30');
      // Later sweeps that day send nothing more to anyone.
      now = new Date('2026-11-30T10:00:00Z');
      expect(await (await bot.runNudges(KEY, { at: now.toISOString() })).json()).to.deep.include({ claimed: 0, sent: 0 });
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

function wrongOption(itemId: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { realFaculty } = require('../helpers/app') as typeof import('../helpers/app');
  const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === itemId)!;
  return item.options.find((o) => !o.correct)!.id;
}
