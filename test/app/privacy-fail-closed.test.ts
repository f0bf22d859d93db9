import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';

/** The activity with no conversation type, as a forged or unusual client might send it. */
function untyped(activity: Partial<Activity>): Partial<Activity> {
  const { conversationType: _gone, ...conversation } = activity.conversation!;
  return { ...activity, conversation: conversation as Activity['conversation'] };
}

describe('app: privacy commands fail closed when the conversation type is missing', () => {
  it('"my data" shares nothing and "forget me" deletes nothing unless Teams says the chat is one-to-one', async () => {
    const app = testApp();
    await app.send(personalMessage('Cymraeg'));
    const exported = await app.send(untyped(personalMessage('my data')));
    expect(exported).to.have.length(1);
    expect(exported[0].text).to.match(/sgwrs un-i-un/);
    expect(exported.map((a) => a.text ?? '').join('')).to.not.include('```json');

    expect((await app.send(untyped(personalMessage('forget me'))))[0].text).to.match(/sgwrs un-i-un/);
    const confirm = firstCard(await app.send(personalMessage('forget me')))!;
    const refused = invokeCard(await app.send(untyped(cardExecute(Verbs.confirmForget, { nonce: confirm.actions[0].data.nonce }))))!;
    expect(cardTexts(refused).join('\n')).to.match(/wedi dod i ben/);
    expect(await storedLearner(app.stores, 'aad-29:user-1')).to.not.equal(undefined);
  });
});
