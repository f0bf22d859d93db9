import { expect } from 'chai';
import { channelMessage } from '../helpers/activities';
import { answerTexts, testApp } from '../helpers/app';

let thread = 1765000200000;
/**
 * Stop 53's probe of a team channel: "can we do a genomics case" was told Gwen had no content, and "what's next" in a case
 * thread was scored as a weak contribution ("say a little more…") instead of revealing the next stage.
 */
describe('app: a case asked for with a word before "case", and "what\'s next" in its thread', () => {
  it('a kind of case ("genomics", "teaching") starts one; a subject before "case" ("a lynch case") starts that one', async () => {
    for (const [text, title] of [
      ['can we do a genomics case', /Gwen · case discussion/],
      ["let's have a teaching case please", /Gwen · case discussion/],
      ['could we do a quick genetics case?', /Gwen · case discussion/],
      ['can we do a lynch case please', /Endometrial cancer and Lynch syndrome/],
      ['gawn ni achos plis', /Gwen · trafodaeth achos|Gwen · case discussion/],
    ] as const) {
      const { send } = testApp();
      expect(answerTexts(await send(channelMessage(text, { threadId: String(++thread), newPost: true }))), text).to.match(title).and.not.match(/I do not have trusted content/);
    }
  });

  it('"what\'s next" and its forms reveal the next stage', async () => {
    for (const text of ["what's next", 'whats next?', 'what’s next then', 'ok what is next']) {
      const { send } = testApp();
      const id = String(++thread);
      await send(channelMessage('case lynch', { threadId: id, newPost: true }));
      expect(answerTexts(await send(channelMessage(text, { threadId: id, userId: '29:colleague' }))), text).to.match(/Stage 2 of 4/);
    }
  });

  it('not knowing, or asking the facilitator what it thinks, gets a hint, not "say a little more" (stop 54)', async () => {
    for (const text of ["I don't know", 'no idea', 'not sure tbh', 'not sure really', 'what do you think Gwen?', 'any ideas?', 'honestly no idea', 'dim syniad', 'dw i ddim yn gwybod']) {
      const { send } = testApp();
      const id = String(++thread);
      await send(channelMessage('case lynch', { threadId: id, newPost: true }));
      const reply = answerTexts(await send(channelMessage(text, { threadId: id, userId: '29:colleague' })));
      expect(reply, text).to.match(/Hint: |Awgrym: /).and.not.match(/Say a little more/);
    }
    // A contribution that says what the member thinks is still scored.
    for (const text of ["I think it's autosomal dominant", 'not sure, but is it Lynch syndrome from the MMR genes?']) {
      const { send } = testApp();
      const id = String(++thread);
      await send(channelMessage('case lynch', { threadId: id, newPost: true }));
      expect(answerTexts(await send(channelMessage(text, { threadId: id, userId: '29:colleague' }))), text).to.not.match(/Hint: /);
    }
  });
});
