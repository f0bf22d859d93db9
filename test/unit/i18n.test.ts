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
      // Simple placeholders and ICU arguments ("{count, plural, …}") alike.
      const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
      expect(names(cy[key]), key).to.deep.equal(names(en[key]));
    }
  });

  it('uses real plurals in both languages, never "(s)"', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(en[key], key).to.not.include('(s)');
    const { translator } = require('../../bot/i18n') as typeof import('../../bot/i18n');
    expect([0, 1, 2, 3, 6].map((days) => translator('cy')('progress.streak', { days, longest: 9 }).split(' yn olynol')[0])).to.deep.equal([
      'Rhediad: dim diwrnod', 'Rhediad: 1 diwrnod', 'Rhediad: 2 ddiwrnod', 'Rhediad: 3 diwrnod', 'Rhediad: 6 diwrnod',
    ]);
    expect([1, 2].map((days) => translator('en')('progress.streak', { days, longest: 2 }))).to.deep.equal(['Streak: 1 day in a row (longest 2)', 'Streak: 2 days in a row (longest 2)']);
    expect(translator('cy')('progress.due', { count: 2 })).to.equal('Dau gwestiwn yn aros am adolygiad heddiw');
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
