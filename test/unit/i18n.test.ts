import { expect } from 'chai';
import { pickLanguage, translator } from '../../bot/i18n';
import { cy, en } from '../../bot/i18n/messages';

describe('i18n', () => {
  it('prefers the saved language, then the Teams locale, then English', () => {
    expect(pickLanguage('cy', 'en-GB')).to.equal('cy');
    expect(pickLanguage('en', 'cy-GB')).to.equal('en');
    expect(pickLanguage(undefined, 'cy-GB')).to.equal('cy');
    expect(pickLanguage(undefined, 'CY')).to.equal('cy');
    expect(pickLanguage(undefined, 'fr-FR')).to.equal('en');
    expect(pickLanguage(undefined, undefined)).to.equal('en');
  });

  it('has a Welsh entry for every English key, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(cy[key], key).to.be.a('string').and.not.equal('');
      const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(names(cy[key]), key).to.deep.equal(names(en[key]));
    }
  });

  it('translates most strings rather than copying the English', () => {
    const keys = Object.keys(en) as (keyof typeof en)[];
    const copied = keys.filter((key) => cy[key] === en[key] && !/^\{\w+\}/.test(en[key]));
    expect(copied, `copied: ${copied.join(', ')}`).to.have.length.at.most(1);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('error.reference', { id: 'abc' })).to.equal('Reference: abc');
    expect(t('error.reference')).to.equal('Reference: {id}');
    expect(translator('cy')('error.reference', { id: 'abc' })).to.equal('Cyfeirnod: abc');
  });
});
