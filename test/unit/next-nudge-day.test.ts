import { expect } from 'chai';
import { translator } from '../../bot/i18n';
import { describeNextNudge } from '../../bot/i18n/dates';

/**
 * When the next daily lesson comes, said as the learner reads the day: later the same local day is "today", the next local day
 * "tomorrow", anything later its weekday and date (stop 53 saw "Your next daily lesson: Friday 27 November at 09:00" said on that
 * Friday). "Today" is the learner's day in their own zone, not the server's.
 */
describe('the next daily lesson: today, tomorrow or the day named, in the learner\'s zone and language', () => {
  const en = translator('en');
  const cy = translator('cy');
  const at = (iso: string) => new Date(iso);

  it('says today and tomorrow in English and Welsh, and names any later day', () => {
    // Friday 27 November 2026, 07:30 in London (GMT).
    const now = at('2026-11-27T07:30:00Z');
    expect(describeNextNudge('2026-11-27T09:00:00.000Z', 'en', 'Europe/London', en, now)).to.equal('today at 09:00');
    expect(describeNextNudge('2026-11-28T09:00:00.000Z', 'en', 'Europe/London', en, now)).to.equal('tomorrow at 09:00');
    expect(describeNextNudge('2026-11-30T09:00:00.000Z', 'en', 'Europe/London', en, now)).to.equal('Monday 30 November at 09:00');
    expect(describeNextNudge('2026-11-27T09:00:00.000Z', 'cy', 'Europe/London', cy, now)).to.equal('heddiw am 09:00');
    expect(describeNextNudge('2026-11-28T09:00:00.000Z', 'cy', 'Europe/London', cy, now)).to.equal('yfory am 09:00');
    expect(describeNextNudge('2026-11-30T09:00:00.000Z', 'cy', 'Europe/London', cy, now)).to.equal('dydd Llun 30 Tachwedd am 09:00');
    // A week on, the same weekday is named with its date, never "today".
    expect(describeNextNudge('2026-12-04T09:00:00.000Z', 'en', 'Europe/London', en, now)).to.equal('Friday 4 December at 09:00');
  });

  it('reads today in the learner\'s zone: late evening UTC is already tomorrow further east, and summer time moves the day', () => {
    // 23:30 UTC on Friday 27 November is 09:30 on Saturday in Sydney: a lesson at 07:00 Sunday Sydney time is tomorrow there.
    const late = at('2026-11-27T23:30:00Z');
    expect(describeNextNudge('2026-11-28T20:00:00.000Z', 'en', 'Australia/Sydney', en, late)).to.equal('tomorrow at 07:00');
    // In London that instant is still Friday: a lesson at 09:00 Saturday is tomorrow.
    expect(describeNextNudge('2026-11-28T09:00:00.000Z', 'en', 'Europe/London', en, late)).to.equal('tomorrow at 09:00');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): a lesson at 09:00 BST that morning is today.
    expect(describeNextNudge('2026-07-01T08:00:00.000Z', 'en', 'Europe/London', en, at('2026-06-30T23:30:00Z'))).to.equal('today at 09:00');
    // Across a month's and a year's end.
    expect(describeNextNudge('2027-01-01T09:00:00.000Z', 'en', 'Europe/London', en, at('2026-12-31T12:00:00Z'))).to.equal('tomorrow at 09:00');
  });

  it('names the day when no time now is given, and says none planned when there is no lesson', () => {
    expect(describeNextNudge('2026-11-27T09:00:00.000Z', 'en', 'Europe/London', en)).to.equal('Friday 27 November at 09:00');
    expect(describeNextNudge(undefined, 'en', 'Europe/London', en, at('2026-11-27T07:30:00Z'))).to.equal(en('nudge.nextNone'));
    expect(describeNextNudge(undefined, 'cy', 'Europe/London', cy, at('2026-11-27T07:30:00Z'))).to.equal(cy('nudge.nextNone'));
  });
});
