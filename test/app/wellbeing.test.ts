import { expect } from 'chai';
import { personalMessage } from '../helpers/activities';
import { firstCard, testApp } from '../helpers/app';
import { everyRow } from '../helpers/store-scan';

/** Outside testing: self-harm, distress and a patient collapsing got "I do not have trusted content… try asking about hallucination". */
describe('app: someone in trouble gets where help is, never a content search', () => {
  const CASES: readonly [text: string, locale: string, reply: RegExp][] = [
    ['i want to end it all', 'en-GB', /^I’m really sorry you’re feeling like this\..*Samaritans.*116 123/],
    ['I feel like I cant cope anymore', 'en-GB', /^I’m sorry things are so hard.*116 123/],
    ['I am being bullied by my manager', 'en-GB', /^I’m sorry things are so hard/],
    ['patient not breathing what do i do', 'en-GB', /^If someone is in danger now.*2222.*999/],
    ['help!! patient collapsed', 'en-GB', /^If someone is in danger now/],
    // Welsh, from a Teams in English or in Welsh: answered in Welsh.
    ['dwi isio marw', 'en-GB', /^Mae’n wir ddrwg gen i.*Samariaid.*116 123/],
    ['dwi ddim yn gallu ymdopi', 'cy-GB', /^Mae’n ddrwg gen i fod pethau mor anodd/],
    ['help! claf wedi llewygu', 'en-GB', /^Os oes rhywun mewn perygl nawr/],
  ];
  for (const [text, locale, reply] of CASES) {
    it(`"${text}" (${locale})`, async () => {
      const app = testApp();
      const replies = await app.send(personalMessage(text, { locale }));
      expect(replies, text).to.have.length(1);
      expect(replies[0].text, text).to.match(reply);
      expect(firstCard(replies), text).to.equal(undefined);
    });
  }

  it('keeps nothing of what was said: no question, no unanswered note, no event carries it', async () => {
    const app = testApp();
    await app.send(personalMessage('hi'));
    await app.send(personalMessage('honestly I want to die, I am so tired of this'));
    const rows = await everyRow(app.stores.documents);
    expect(rows).to.not.match(/want to die|tired of this/i);
  });

  it('a learning question on the same subjects is still answered as one', async () => {
    const { send } = testApp();
    const replies = await send(personalMessage('can AI predict cardiac arrest on the ward?'));
    expect(replies.map((r) => r.text ?? '').join(' ')).to.not.match(/danger now|116 123/);
  });
});
