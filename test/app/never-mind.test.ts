import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { answerTexts, cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const NOTHING = 'No problem, there’s nothing to cancel. What would you like to do next? Ask me a question, or say "lesson" or "quiz".';
const DIM_OTS = 'Dim problem, does dim byd i’w ganslo. Beth hoffech chi ei wneud nesaf? Gofynnwch gwestiwn i mi, neu dywedwch "gwers" neu "cwis".';
const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

/** Find the action with `verb` anywhere in a card. */
function actionOf(card: unknown, verb: string): Record<string, any> | undefined {
  if (Array.isArray(card)) return card.map((c) => actionOf(c, verb)).find(Boolean);
  if (!card || typeof card !== 'object') return undefined;
  const node = card as Record<string, any>;
  if (node.type === 'Action.Execute' && node.verb === verb) return node;
  return Object.values(node).map((v) => actionOf(v, verb)).find(Boolean);
}

describe('app: "cancel", "never mind", "forget it", "anghofia fo", "dim ots" typed alone', () => {
  const english = ['cancel', 'Cancel', 'cancel!', 'cancel that', 'cancel it', 'never mind', 'Never mind.', 'nevermind', 'nvm', 'ok never mind', 'forget it', 'forget that', 'forget about it', 'forget I asked', 'scrap that', 'ignore that', "doesn't matter", "it doesn't matter", "don't worry about it", 'no worries', 'sorry, wrong chat', 'oops', 'my bad', '@HALI never mind', 'never mind 🙂'];
  const welsh = ['canslo', 'Canslo', 'anghofia fo', 'anghofia fe', 'anghofia fe plis', 'anghofia hi', 'anghofia hynna', 'anghofiwch o', 'anghofia am y peth', 'dim ots', 'Dim ots!', "'sdim ots", 'sdim ots', 'does dim ots', 'dim bwys', 'paid â phoeni', 'peidiwch â phoeni', 'canslo hynna', 'anwybydda hynna', 'wps'];

  it(`says kindly that there is nothing to cancel, and what to do next: ${english.length} English and ${welsh.length} Welsh ways, in the language typed or Teams'`, async () => {
    const { send, stores } = testApp();
    for (const [texts, reply] of [[english, NOTHING], [welsh, DIM_OTS]] as const) {
      for (const text of texts) {
        for (const locale of ['en-GB', 'cy-GB']) {
          const replies = await send(personalMessage(text, { userId: `29:nm-${locale}`, locale }));
          const said = [replyText(replies), ...cardTexts(firstCard(replies))].join('\n');
          // Welsh typed is answered in Welsh whatever Teams is set to; English in a Welsh Teams, in Welsh.
          expect(said, `${text} (${locale})`).to.equal(locale === 'cy-GB' ? DIM_OTS : reply);
        }
      }
    }
    // Nothing about the learner changed.
    const learner = (await storedLearner(stores, 'aad-29:nm-en-GB'))!;
    expect(learner.pendingErasure).to.equal(undefined);
    expect(learner.preferences.nudges?.paused).to.equal(undefined);
  });

  it('calls off a "forget me" still waiting for its confirmation, as its Cancel button does: nothing is deleted and its button no longer works', async () => {
    for (const [forget, cancel, reply] of [['forget me', 'never mind', 'Nothing was deleted.'], ['forget me', 'cancel', 'Nothing was deleted.'], ['anghofia fi', 'anghofia fo', 'Ni ddilëwyd dim.'], ['anghofia fi', 'dim ots', 'Ni ddilëwyd dim.'], ['anghofia fi', 'canslo', 'Ni ddilëwyd dim.']]) {
      const { send, stores } = testApp();
      await send(personalMessage('lesson'));
      const card = firstCard(await send(personalMessage(forget)));
      const confirm = actionOf(card, Verbs.confirmForget)!;
      expect(confirm, forget).to.not.equal(undefined);
      expect((await storedLearner(stores, 'aad-29:user-1'))!.pendingErasure, forget).to.not.equal(undefined);
      expect(replyText(await send(personalMessage(cancel))), cancel).to.equal(reply);
      expect((await storedLearner(stores, 'aad-29:user-1'))!.pendingErasure, cancel).to.equal(undefined);
      // The card's Delete no longer deletes: its one-time code was withdrawn.
      const pressed = invokeCard(await send(cardExecute(confirm.verb, confirm.data)))!;
      expect(cardTexts(pressed).join('\n'), cancel).to.not.match(/deleted \d|Deleted/);
      expect(await storedLearner(stores, 'aad-29:user-1'), cancel).to.not.equal(undefined);
    }
  });

  it('still starts erasure for "forget me" and "anghofia fi", and erases after its button', async () => {
    for (const text of ['forget me', 'anghofia fi', 'anghofiwch fi', 'delete my data', 'dileu fy nata']) {
      const { send, stores } = testApp();
      await send(personalMessage('lesson'));
      const card = firstCard(await send(personalMessage(text)));
      expect(cardTexts(card).join('\n'), text).to.match(/Delete everything HALI holds about you\?|Dileu popeth sydd gan HALI amdanoch chi\?/);
      const confirm = actionOf(card, Verbs.confirmForget)!;
      await send(cardExecute(confirm.verb, confirm.data));
      expect(await storedLearner(stores, 'aad-29:user-1'), text).to.equal(undefined);
    }
  });

  it('still answers a question that contains the word, and leaves "cancel my lessons" a stop', async () => {
    const { send } = testApp();
    for (const text of ['can AI cancel out bias', 'what does next generation sequencing mean', 'how do I cancel a genetic test referral?', 'is it ok to forget it if the AI gets it wrong?']) {
      const said = answerTexts(await send(personalMessage(text)));
      expect(said, text).to.not.include('nothing to cancel');
    }
    expect(answerTexts(await send(personalMessage('can AI cancel out bias')))).to.match(/Bias in AI/).and.not.match(NO_CONTENT);
    expect(replyText(await send(personalMessage('cancel my daily lessons')))).to.equal('Daily lessons are paused until you say "resume".');
  });

  it('in a team channel, "cancel" is not answered as a personal never mind', async () => {
    const { send } = testApp();
    expect(replyText(await send(channelMessage('never mind')))).to.not.include('nothing to cancel');
  });
});
