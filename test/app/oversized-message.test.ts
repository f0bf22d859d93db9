import { expect } from 'chai';
import { channelMessage, groupChatMessage, personalMessage } from '../helpers/activities';
import { testApp } from '../helpers/app';

/**
 * A message far longer than any question (bot/turn.ts, MAX_MESSAGE_CHARS) is asked to be shortened before anything is read
 * from it. Reading commands, cases and questions from 120,000 "!", "?" or "." followed by a letter took 25 to 50 seconds of
 * the server's one thread (a pattern trimming trailing punctuation tried every start); every other learner waited. Only a
 * concern at its start (someone in trouble) is still answered.
 */
describe('app: a message too long to read', () => {
  const fillers = ['!', '?', '.', 'a ', '\n.', ' x', '943 476 5919 ', 'Mrs Jones '];
  const tails = ['z', ' case', ' quiz', ' forget me', ' stop'];
  const kinds = { personal: personalMessage, channel: channelMessage, group: groupChatMessage } as const;

  for (const [kind, make] of Object.entries(kinds)) {
    for (const [language, locale, shorten] of [
      ['English', 'en-GB', /^That message is too long for me \(\d{3},?\d{3} characters\)\. Please keep questions under 2000 characters\.$/],
      ['Welsh', 'cy-GB', /^Mae’r neges honno’n rhy hir/],
    ] as const) {
      it(`${kind}, ${language}: every filler and ending gets the request to shorten it, and nothing of it is read or kept`, async () => {
        const app = testApp();
        for (const filler of fillers) {
          for (const tail of tails) {
            const text = filler.repeat(Math.ceil(120_000 / filler.length)).slice(0, 120_000 - tail.length) + tail;
            const replies = await app.send((make as typeof personalMessage)(text, { locale }));
            expect(replies.map((r) => r.text), `${JSON.stringify(filler)} + ${JSON.stringify(tail)}`).to.have.length(1);
            expect(replies[0].text, `${JSON.stringify(filler)} + ${JSON.stringify(tail)}`).to.match(shorten);
          }
        }
        // Refused before any route: no command, case, question or pause was read from it, and nothing was kept.
        const events = app.logs.lines.map((line) => String(line.event));
        expect(events.filter((e) => e === 'input.too_long')).to.have.length(fillers.length * tails.length);
        expect(events.filter((e) => /^(?:mentor|case|quiz|lesson|privacy|nudge)\./.test(e)), 'no route ran').to.deep.equal([]);
        expect(app.logs.text()).to.not.include('Mrs Jones');
      });
    }
  }

  it('still answers someone in trouble whose long message starts with it', async () => {
    const app = testApp();
    const replies = await app.send(personalMessage(`I feel like I cant cope anymore ${'and everything is too much '.repeat(6000)}`));
    expect(replies).to.have.length(1);
    expect(replies[0].text).to.match(/^I’m sorry things are so hard.*116 123/);
  });

  it('reads a message just inside the limit as ever', async () => {
    const app = testApp();
    const replies = await app.send(personalMessage(`what is automation bias?${' '.repeat(3000)}`));
    expect(JSON.stringify(replies)).to.include('Automation bias is the tendency');
  });
});
