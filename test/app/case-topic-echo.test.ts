import { expect } from 'chai';
import { channelMessage } from '../helpers/activities';
import { testApp } from '../helpers/app';

const THREAD = '1765000000777';

describe('app: a case topic said back to the channel is redacted, made inert and bounded', () => {
  const reply = async (text: string) => {
    const app = testApp();
    return (await app.send(channelMessage(text, { threadId: THREAD, newPost: true })))[0].text!;
  };

  it('does not post a live Markdown link', async () => {
    const text = await reply('case [Click here](https://evil.example/x)');
    expect(text).to.include('I have no case on');
    expect(text).to.not.match(/(?<!\\)\[Click here(?<!\\)\]\(/);
    expect(text).to.include('\\[Click here\\]');
  });

  it('does not post HTML', async () => {
    const text = await reply('case <img src=x onerror=alert(1)>');
    expect(text).to.not.include('<img');
  });

  it('does not echo an NHS number', async () => {
    const text = await reply('case 943 476 5919');
    expect(text).to.not.include('943 476 5919');
    expect(text).to.include('NHS number removed');
  });

  it('does not echo a long topic in full', async () => {
    const text = await reply(`case ${'x'.repeat(3000)}`);
    expect(text).to.include('I have no case on');
    expect(text.length).to.be.below(1000);
    expect(text).to.include('…');
  });

  it('reads nothing of a 120 KB message: it is asked to be shortened, and nothing of it is said back', async () => {
    const text = await reply(`case ${'x'.repeat(120 * 1024)}`);
    expect(text).to.equal(`That message is too long for me (${120 * 1024 + 5} characters). Please keep questions under 2000 characters.`);
  });
});
