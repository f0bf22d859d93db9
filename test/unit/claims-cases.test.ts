import { expect } from 'chai';
import { CaseStore } from '../../bot/store/cases';
import { CLAIM_STALE_MS, NudgeClaims } from '../../bot/store/claims';
import type { DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { withCosmosServer } from '../helpers/cosmos';

interface TestCase {
  stage: number;
  contributions: { learnerId: string; text: string }[];
}

function suite(name: string, open: () => Promise<DocumentStore>) {
  describe(`nudge claims and case threads: ${name}`, function () {
    this.timeout(30_000);
    let store: DocumentStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());
    const now = new Date('2026-11-27T09:00:00Z');

    it('lets exactly one of several instances claim a learner\'s nudge for a day', async () => {
      const claims = new NudgeClaims(store);
      const results = await Promise.all(['instance-a', 'instance-b', 'instance-c'].map((who) => claims.claim('L', '2026-11-27', who, now)));
      expect(results.filter(Boolean)).to.have.length(1);
      expect(await claims.claim('L', '2026-11-28', 'instance-a', now)).to.not.equal(undefined);
      const claim = await claims.get('L', '2026-11-27');
      expect(claim!.outcome).to.equal(undefined);
      expect(await claims.recordOutcome('L', '2026-11-27', 'sent', now)).to.equal(true);
      expect((await claims.get('L', '2026-11-27'))!.outcome).to.equal('sent');
      expect(await claims.recordOutcome('L', '2026-01-01', 'sent', now)).to.equal(false);
    });

    it('lets another instance take over a claim abandoned before sending, but never one that may have been sent', async () => {
      const claims = new NudgeClaims(store);
      const first = await claims.claim('L', '2026-11-27', 'crashed', now);
      const soon = new Date(now.getTime() + 60_000);
      const later = new Date(now.getTime() + CLAIM_STALE_MS);
      expect(await claims.claim('L', '2026-11-27', 'other', soon), 'still fresh').to.equal(undefined);
      const taken = await claims.claim('L', '2026-11-27', 'other', later);
      expect(taken!.claim.claimedBy).to.equal('other');
      // The instance that lost its claim cannot go on to send.
      expect(await claims.markSending(first!, later)).to.equal(undefined);
      const sending = await claims.markSending(taken!, later);
      expect(sending).to.not.equal(undefined);
      // Sending began and no outcome was recorded: never taken over, whatever the time (at-most-once).
      expect(await claims.claim('L', '2026-11-27', 'third', new Date(later.getTime() + 86_400_000))).to.equal(undefined);
      expect(await claims.finish(sending!, 'sent', later)).to.equal(true);
      expect((await claims.get('L', '2026-11-27'))).to.deep.include({ claimedBy: 'other', outcome: 'sent' });
    });

    it('lets a nudge Teams did not take be claimed again after the wait, for as many tries as the caller allows, by one instance at a time', async () => {
      const claims = new NudgeClaims(store);
      const retryNotSent = { afterMs: 15 * 60_000, maxTries: 3 };
      const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
      let ticket = (await claims.claim('L', '2026-11-27', 'a', at(0), { sending: true, retryNotSent }))!;
      expect(await claims.finish(ticket, 'notSent', at(0))).to.equal(true);
      expect(await claims.claim('L', '2026-11-27', 'b', at(10), { sending: true, retryNotSent }), 'before the wait').to.equal(undefined);
      expect(await claims.claim('L', '2026-11-27', 'b', at(20), { sending: true }), 'a caller that does not retry').to.equal(undefined);
      const racing = await Promise.all(['b', 'c', 'd'].map((who) => claims.claim('L', '2026-11-27', who, at(20), { sending: true, retryNotSent })));
      expect(racing.filter(Boolean)).to.have.length(1);
      ticket = racing.find(Boolean)!;
      expect(ticket.claim.tries).to.equal(2);
      await claims.finish(ticket, 'notSent', at(20));
      ticket = (await claims.claim('L', '2026-11-27', 'b', at(40), { sending: true, retryNotSent }))!;
      expect(ticket.claim.tries).to.equal(3);
      await claims.finish(ticket, 'notSent', at(40));
      expect(await claims.claim('L', '2026-11-27', 'b', at(120), { sending: true, retryNotSent }), 'tries used up').to.equal(undefined);
      // A send that may have landed ('failed', or sending with no outcome) is never claimed again.
      const failed = (await claims.claim('M', '2026-11-27', 'a', at(0), { sending: true, retryNotSent }))!;
      await claims.finish(failed, 'failed', at(0));
      expect(await claims.claim('M', '2026-11-27', 'b', at(120), { sending: true, retryNotSent })).to.equal(undefined);
    });

    it('keeps every contribution when members reply to one case thread at the same moment', async () => {
      const cases = new CaseStore<TestCase>(store);
      const key = { conversationId: '19:channel@thread.tacv2', threadId: '1700000000000' };
      await cases.update(key, () => ({ stage: 1, contributions: [] }));
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          cases.update(key, (current) => ({ ...current!, contributions: [...current!.contributions, { learnerId: `L${i}`, text: `idea ${i}` }] })),
        ),
      );
      const thread = await cases.get(key);
      expect(thread!.contributions.map((c) => c.learnerId).sort()).to.deep.equal(Array.from({ length: 10 }, (_, i) => `L${i}`).sort());
    });

    it('advances a stage exactly once when two members press "Reveal next" together', async () => {
      const cases = new CaseStore<TestCase & { revealedBy?: string }>(store);
      const key = { conversationId: '19:channel@thread.tacv2', threadId: 'reveal' };
      await cases.update(key, () => ({ stage: 1, contributions: [] }));
      const reveal = (who: string, seenStage: number) =>
        cases.update(key, (current) => (current!.stage === seenStage ? { ...current!, stage: seenStage + 1, revealedBy: who } : current!));
      await Promise.all([reveal('A', 1), reveal('B', 1)]);
      expect((await cases.get(key))!.stage).to.equal(2);
    });

    it('keeps case threads apart', async () => {
      const cases = new CaseStore<TestCase>(store);
      await cases.update({ conversationId: 'c', threadId: 't1' }, () => ({ stage: 1, contributions: [] }));
      await cases.update({ conversationId: 'c', threadId: 't2' }, () => ({ stage: 3, contributions: [] }));
      expect((await cases.get({ conversationId: 'c', threadId: 't1' }))!.stage).to.equal(1);
      expect(await cases.delete({ conversationId: 'c', threadId: 't2' })).to.equal(true);
      expect(await cases.get({ conversationId: 'c', threadId: 't2' })).to.equal(undefined);
    });
  });
}

suite('embedded SQLite', async () => new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 }));

withCosmosServer('nudge claims and case threads on Cosmos DB', (cosmos) => {
  suite('Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)', () => cosmos().connect());
});
