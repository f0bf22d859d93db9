import { expect } from 'chai';
import { parsePausePhrase, passedDate } from '../../bot/nudges/pause-phrase';

describe('how long a typed pause lasts', () => {
  // Sunday 29 November 2026: lessons are back on the day after the date returned.
  const today = '2026-11-29';
  const through: Record<string, string> = {
    'until 2026-12-24': '2026-12-24',
    'until 24/12/2026': '2026-12-24',
    'until Friday': '2026-12-04',
    'till fri': '2026-12-04',
    'until monday.': '2026-11-30',
    'until Sunday': '2026-12-06',
    'until tomorrow': '2026-11-30',
    'until the end of Wednesday': '2026-12-02',
    'tan ddydd Gwener': '2026-12-04',
    'tan dydd Llun': '2026-11-30',
    'tan yfory': '2026-11-30',
    'for 3 days': '2026-12-01',
    'for a day': '2026-11-29',
    'for a week': '2026-12-05',
    'for 2 weeks': '2026-12-12',
    'for two weeks': '2026-12-12',
    'for a fortnight': '2026-12-12',
    'am wythnos': '2026-12-05',
    'am dair wythnos': '2026-12-19',
    'am 3 diwrnod': '2026-12-01',
    'am bythefnos': '2026-12-12',
    'tan fory': '2026-11-30',
    'till weds': '2026-12-02',
    // A day of a month: the next such date, this year's or next year's.
    'until 24 Dec': '2026-12-24',
    'until 24th December': '2026-12-24',
    'until December 24': '2026-12-24',
    'until the 4th of January': '2027-01-04',
    'until jan 4th': '2027-01-04',
    'until 4 January 2027': '2027-01-04',
    'until 24/12': '2026-12-24',
    'until 29 November': '2026-11-29',
    'tan 24 Rhagfyr': '2026-12-24',
    'tan 4 Ionawr': '2027-01-04',
    'tan 2il Fai': '2027-05-02',
    'tan 3ydd o Ebrill': '2027-04-03',
  };
  for (const [phrase, date] of Object.entries(through)) it(`reads "${phrase}" as through ${date}`, () => expect(parsePausePhrase(phrase, today)).to.equal(date));

  for (const phrase of ['until tomorrowish', 'until someday', 'until 2025-01-01', 'until 2026-02-30', 'for 0 days', 'for 400 days', 'for ever', 'for a while', 'tan rywbryd', 'until 31/13/2026', 'until 31 February', 'until 4 Smarch', 'until 32 Jan', 'until 24/13', 'until 4 January 2025']) {
    it(`does not read "${phrase}"`, () => expect(parsePausePhrase(phrase, today)).to.equal(undefined));
  }
});

/** Outside testing: "pause until 20 November", a week after it, paused until 20 November next year without a word. */
describe('a pause until a date that has passed', () => {
  const today = '2026-11-27';
  it('is no date, and is said to have passed, for a day and month a few weeks gone, in English and Welsh', () => {
    for (const phrase of ['until 20 November', 'until the 20th of November', 'until 24/11', 'tan 20 Tachwedd', 'until 2026-11-01', 'until 20 November 2026', 'until 1 October']) {
      expect(parsePausePhrase(phrase, today), phrase).to.equal(undefined);
      expect(passedDate(phrase, today), phrase).to.equal(true);
    }
  });
  it('still reads dates to come, next year’s included, and says nothing has passed for words it cannot read', () => {
    expect(parsePausePhrase('until 24 Dec', today)).to.equal('2026-12-24');
    expect(parsePausePhrase('until 1 March', today)).to.equal('2027-03-01');
    expect(parsePausePhrase('until 20 November 2027', today)).to.equal('2027-11-20');
    for (const phrase of ['until 24 Dec', 'until 20 bananas', 'for a week', 'until friday']) expect(passedDate(phrase, today), phrase).to.equal(false);
  });
});

describe('a pause until no calendar date', () => {
  it('is neither a date nor one that has passed, and never throws', () => {
    for (const phrase of ['until 2026-13-45', 'until 2026-02-30', 'until 32 January', 'until 0 March']) {
      expect(parsePausePhrase(phrase, '2026-11-27'), phrase).to.equal(undefined);
      expect(passedDate(phrase, '2026-11-27'), phrase).to.equal(false);
    }
  });
});
