import { expect } from 'chai';
import { plainName } from '../../cards/escape';
import { channelMessage } from '../helpers/activities';
import { cardTexts, firstCard, testApp } from '../helpers/app';

const THREAD = '1765000000888';
const TRICKY = '\u202Eeci\u200Bla <at>HALI</at>\u200D Sam\u2066 Nurse\u0007';

describe('app: display names shown to others carry no control or formatting characters and no tags', () => {
  it('the case summary\'s "who took part" and suggestions show a plain name', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { userId: '29:x', userName: TRICKY, aadObjectId: 'aad-x', threadId: THREAD, newPost: true }));
    await app.send(channelMessage('IHC on the tumour for everyone', { userId: '29:x', userName: TRICKY, aadObjectId: 'aad-x', threadId: THREAD }));
    const summary = cardTexts(firstCard(await app.send(channelMessage('case end', { userId: '29:x', userName: TRICKY, aadObjectId: 'aad-x', threadId: THREAD })))).join('\n');
    expect(summary).to.include('ecila HALI Sam Nurse');
    expect(summary).to.not.match(/[\u202E\u200B\u200D\u2066\u0007]|<at>/);
  });

  it('plainName strips what disguises a name and bounds it', () => {
    expect(plainName(TRICKY)).to.equal('ecila HALI Sam Nurse');
    expect(plainName('x'.repeat(500))).to.have.length(81);
    expect(plainName('Siân Ellis-Jones')).to.equal('Siân Ellis-Jones');
  });
});
