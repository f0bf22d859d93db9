import { expect } from 'chai';
import { botInstalled } from '../helpers/activities';
import { startRecordingConnector } from '../helpers/connector';
import { startTestServer } from '../helpers/server';
import { CONTAINERS } from '../../bot/store/documents';

const KEY = 'nudge-key-0123456789abcdef';
const INSTALLS = 2000;
/** The stand-in enforces a per-tenant limit; HALI's pacing is set below it, as 40/s sits below Teams' 50/s. */
const CONNECTOR_PER_SECOND = 500;
const PACED_PER_SECOND = 400;
const THROTTLED_FOR_MS = 8_000;

/**
 * An administrator installs HALI for the whole organisation: a burst of install events from one
 * tenant, whose welcome replies meet the tenant's rate limit, plus a 429 on one call in 97.
 * Every learner must be recorded with their chat, and nudged at their first 09:00.
 */
describe('http: an organisation-wide install burst loses no learner', function () {
  this.timeout(120_000);

  it(`${INSTALLS} installs against a throttling connector: every learner recorded with their chat, and every one nudged`, async () => {
    // One call in 97 is throttled, and its conversation stays throttled for a while (Teams' limits are
    // per conversation as well as per tenant), so retrying at once does not help.
    const throttledUntil = new Map<string, number>();
    const connector = await startRecordingConnector({
      rateLimit: { perSecond: CONNECTOR_PER_SECOND, burst: 10 },
      inject: (body, index) => {
        const conversation = String(body?.conversation?.id);
        if (index % 97 === 96) throttledUntil.set(conversation, Date.now() + THROTTLED_FOR_MS);
        return (throttledUntil.get(conversation) ?? 0) > Date.now() ? { status: 429, retryAfter: 1 } : undefined;
      },
    });
    // Installed on Monday morning, before the first 09:00.
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY }, tenantRatePerSecond: PACED_PER_SECOND, nudgeWaitMs: 90_000, now: () => new Date('2026-11-30T07:00:00Z') });
    try {
      const users = Array.from({ length: INSTALLS }, (_, i) => `29:org-${i}`);
      let next = 0;
      const statuses: number[] = [];
      // Teams delivers the burst over many connections at once.
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          while (next < users.length) {
            const res = await bot.post(botInstalled({ userId: users[next++], serviceUrl: connector.url }));
            statuses.push(res.status);
          }
        }),
      );
      expect(connector.answered(429)).to.be.at.least(INSTALLS / 97 - 1);
      const recorded = (await bot.stores.documents.findDue(CONTAINERS.learners, Number.MAX_SAFE_INTEGER, INSTALLS * 2)).filter((d) => d.id === 'record');
      expect(recorded.length).to.equal(INSTALLS);
      expect(recorded.every((d) => (d.value as any).conversationRef?.serviceUrl === connector.url)).to.equal(true);

      // Monday 09:00 in London: every one of them gets their first daily lesson.
      let sent = 0;
      for (let run = 0; run < 5 && sent < INSTALLS; run++) {
        const res = await bot.runNudges(KEY, { at: '2026-11-30T09:00:30Z' });
        expect(res.status).to.equal(200);
        sent += ((await res.json()) as any).sent;
      }
      expect(sent).to.equal(INSTALLS);
      // A welcome replies to the install activity (ids "act-..."); a nudge is sent into the chat on its own.
      const nudged = new Set(connector.requests.filter((r) => r.status === 200 && !r.path.includes('/activities/act-')).map((r) => r.path.split('/activities')[0]));
      expect(nudged.size).to.equal(INSTALLS);
      expect(statuses.filter((s) => s !== 200)).to.deep.equal([]);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
