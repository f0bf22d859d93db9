import { expect } from 'chai';
import { subjectTerms, words } from '../../bot/mentors/terms';

describe('terms: words of a text read more than once in one step', () => {
  it('gives each caller its own list, so changing one changes no later reading', () => {
    const first = words('What is a large language model?');
    first.push('changed');
    first[0] = 'changed';
    expect(words('What is a large language model?')).to.deep.equal(['what', 'is', 'large', 'language', 'model']);
    expect(subjectTerms('What is a large language model?')).to.deep.equal(['large', 'language', 'model']);
  });

  it('reads each text for itself when texts alternate, in one step and across steps', async () => {
    const texts = ['pt hx of bleeding', 'Beth yw genom?', 'pt hx of bleeding'];
    const inOneStep = texts.map(words);
    await Promise.resolve();
    expect(texts.map(words)).to.deep.equal(inOneStep);
    expect(inOneStep[0]).to.deep.equal(['patient', 'history', 'of', 'bleeding']);
  });
});
