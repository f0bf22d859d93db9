import { expect } from 'chai';
import { botInstalled } from '../helpers/activities';
import { storedLearner } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { startTestServer } from '../helpers/server';

const KEY = 'nudge-key-0123456789abcdef';

describe('http: POST /api/nudges/run under faults and pretend times', () => {
  it('a failed sweep answers 500 without internal details and logs nudge.run_failed', async () => {
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY } });
    try {
      await bot.stores.documents.close();
      const res = await bot.runNudges(KEY);
      expect(res.status).to.equal(500);
      const body = (await res.json()) as any;
      expect(body).to.deep.equal({ error: 'run_failed', message: 'The nudge sweep failed; the details are in the log as nudge.run_failed.' });
      const line = bot.logs.lines.find((l) => l.event === 'nudge.run_failed');
      expect(line?.trigger).to.equal('http');
      expect(line?.error?.message).to.be.a('string');
    } finally {
      await bot.close().catch(() => undefined);
    }
  });

  it('refuses an "at" far in the future, so a test sweep cannot move real schedules; the real 09:00 sweep still sends', async () => {
    const connector = await startRecordingConnector();
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: KEY }, now: () => new Date('2026-11-30T07:00:00Z') });
    try {
      await bot.post(botInstalled({ serviceUrl: connector.url, userId: '29:schedule' }));
      const planned = (await storedLearner(bot.stores, 'aad-29:schedule'))!.nudge?.nextAt;
      expect(planned).to.equal('2026-11-30T09:00:00.000Z');
      for (const at of ['2030-01-01T09:00:00Z', '2026-12-09T09:00:00Z', '2025-01-01T09:00:00Z']) {
        const res = await bot.runNudges(KEY, { at });
        expect(res.status, at).to.equal(400);
        expect(((await res.json()) as any).message).to.match(/within 8 days/);
      }
      expect((await storedLearner(bot.stores, 'aad-29:schedule'))!.nudge?.nextAt).to.equal(planned);
      expect(await (await bot.runNudges(KEY, { at: '2026-11-30T09:00:30Z' })).json()).to.deep.include({ claimed: 1, sent: 1 });
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
