import { expect } from 'chai';
import { detectLanguage } from '../../bot/i18n/detect';

describe('detectLanguage', () => {
  const english = 'What is a large language model?';
  const welsh = "Beth yw model iaith mawr a sut mae'n gweithio?";

  it('tells English from Welsh, and leaves text too short to tell undecided', () => {
    expect(detectLanguage(english)).to.equal('en');
    expect(detectLanguage(welsh)).to.equal('cy');
    expect(detectLanguage('VUS?')).to.equal(undefined);
  });

  it('answers for the text it is given when texts alternate within one step (the last text read is reused only for itself)', () => {
    const answers = [english, welsh, welsh, english, 'lynch', english].map(detectLanguage);
    expect(answers).to.deep.equal(['en', 'cy', 'cy', 'en', undefined, 'en']);
  });

  it('answers the same in a later step', async () => {
    expect(detectLanguage(welsh)).to.equal('cy');
    await Promise.resolve();
    expect(detectLanguage(welsh)).to.equal('cy');
    expect(detectLanguage(english)).to.equal('en');
  });
});
