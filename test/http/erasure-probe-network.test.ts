import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { boundedByTurn } from '../../bot/store/turn-budget';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, storedLearner } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { startTestServer } from '../helpers/server';

/**
 * "Forget me" on a store that fails part way, as an outside probe of failing networks found it: with Cosmos DB answering 503
 * after two deletes, the learner's record (their progress, and the confirmation) was already gone while the rest of their data
 * stayed, and the apology told them nothing saved was lost. The record is now deleted last: a failed erasure says it could not
 * finish and that some data may still be held (not the general apology), leaves the learner's progress as it was, and "forget
 * me" again deletes everything.
 */
describe('http: "forget me" on a store that fails part way fails closed and can be finished', function () {
  this.timeout(30_000);
  // A clock that moves: an erasure is final for turns that began before it, so "forget me" again must begin after it.
  const clock = () => new Date();
  let failStateDeletes = false;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  afterEach(async () => {
    failStateDeletes = false;
    await bot.close();
    await connector.close();
  });

  /** The embedded store, except that deleting conversation state fails as an unavailable Cosmos DB partition does (503). */
  function partlyFailingStore(): DocumentStore {
    const inner = new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 });
    return new Proxy(inner, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (failStateDeletes && property === 'delete' && args[0] === CONTAINERS.state) return Promise.reject(Object.assign(new Error('Service Unavailable'), { code: 503 }));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  for (const [language, locale, forget, lesson, apology, done] of [
    ['English', 'en-GB', 'forget me', 'lesson', 'I could not finish deleting your data, so some of it may still be held', 'Everything HALI held about you has been deleted'],
    ['Welsh', 'cy-GB', 'anghofia fi', 'gwers', 'Ni allwn orffen dileu eich data, felly efallai bod peth ohono’n dal i gael ei gadw', 'Mae popeth oedd gan HALI amdanoch chi wedi’i ddileu'],
  ] as const) {
    it(`in ${language}: says it could not finish, keeps the learner's progress, and finishes when asked again`, async () => {
      connector = await startRecordingConnector();
      bot = await startTestServer({ documents: boundedByTurn(partlyFailingStore()), now: clock });
      const who = { serviceUrl: connector.url, userId: `29:forget-${locale}`, locale };
      const id = `aad-29:forget-${locale}`;
      await bot.post(personalMessage(lesson, who));
      await bot.post(personalMessage('what is automation bias?', who));
      const confirmNonce = async () => {
        const before = connector.activities().length;
        await bot.post(personalMessage(forget, who));
        const card = connector.activities().slice(before).find((a) => a.attachments)!.attachments[0].content;
        return card.actions[0].data.nonce as string;
      };
      const before = await storedLearner(bot.stores, id);
      expect(before).to.not.equal(undefined);

      failStateDeletes = true;
      const failed = await bot.post(cardExecute(Verbs.confirmForget, { nonce: await confirmNonce() }, who));
      expect(failed.status).to.equal(200);
      const shown = cardTexts(((await failed.json()) as { value: unknown }).value).join('\n');
      expect(shown).to.include(apology);
      expect(shown).to.not.include(done);
      // Not the general apology: part of their data may be gone.
      expect(shown).to.not.match(/Nothing you have saved was lost|Ni chollwyd dim/);
      const kept = await storedLearner(bot.stores, id);
      expect(kept, 'the record and its progress are still there').to.not.equal(undefined);
      expect(kept!.progress).to.deep.equal(before!.progress);

      failStateDeletes = false;
      const finished = await bot.post(cardExecute(Verbs.confirmForget, { nonce: await confirmNonce() }, who));
      expect(cardTexts(((await finished.json()) as { value: unknown }).value).join('\n')).to.include(done);
      expect(await storedLearner(bot.stores, id)).to.equal(undefined);
    });
  }
});
