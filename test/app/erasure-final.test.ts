import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, personalMessage } from '../helpers/activities';
import { firstCard, storedLearner, testApp } from '../helpers/app';
import { HeldModel } from '../helpers/held-model';

const LEARNER = 'aad-29:user-1';

describe('app: "forget me" is final even for a turn already in flight', () => {
  let tick = 0;
  // A clock that moves, so "before" and "after" the erasure mean something.
  const now = () => new Date(Date.parse('2026-11-27T09:00:00Z') + tick++ * 1000);

  async function eraseWhileInFlight(app: ReturnType<typeof testApp>, model: HeldModel): Promise<void> {
    const inFlight = app.adapter.processActivity(personalMessage('what is automation bias?'));
    await model.entered;
    const confirm = firstCard(await app.send(personalMessage('forget me')))!;
    await app.send(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }));
    expect(await storedLearner(app.stores, LEARNER)).to.equal(undefined);
    model.release();
    await inFlight;
  }

  it('a turn that read the record before the erasure and saves after it creates nothing', async () => {
    const model = new HeldModel({ held: true });
    model.release();
    const app = testApp({ model, now });
    await app.send(personalMessage('hi'));
    await app.send(personalMessage('Cymraeg'));
    expect((await storedLearner(app.stores, LEARNER))?.language).to.equal('cy');
    model.hold();
    await eraseWhileInFlight(app, model);
    expect(await storedLearner(app.stores, LEARNER)).to.equal(undefined);
  });

  it('a first-ever turn still in flight when the learner is erased creates nothing either', async () => {
    const model = new HeldModel({ held: true });
    const app = testApp({ model, now });
    await eraseWhileInFlight(app, model);
    expect(await storedLearner(app.stores, LEARNER)).to.equal(undefined);
  });

  it('a new message after the erasure starts a new record, with the defaults', async () => {
    const model = new HeldModel({ held: true });
    const app = testApp({ model, now });
    await eraseWhileInFlight(app, model);
    await app.send(personalMessage('hi'));
    const learner = await storedLearner(app.stores, LEARNER);
    expect(learner).to.not.equal(undefined);
    expect(learner!.language).to.equal(undefined);
  });
});
