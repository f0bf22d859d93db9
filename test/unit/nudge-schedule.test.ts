import { expect } from 'chai';
import { nextNudgeAt, withNudgePlan, type NudgePlanInput } from '../../bot/learning/nudge-plan';
import { decideNudge, nudgeSettled, nudgeSkipped, selectDueNudges } from '../../bot/nudges/select';
import { zonedInstant } from '../../bot/learning/zoned-time';
import { DEFAULT_NUDGES, newLearner, type Learner, type NudgePreferences } from '../../bot/learning/learner';

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
const at = (iso: string) => new Date(iso);
const plan = (preferences: NudgePreferences, now: string, extra: Partial<NudgePlanInput> = {}) =>
  nextNudgeAt({ preferences, timeZone: 'Europe/London', reachable: true, ...extra }, at(now));

/** A learner who can be reached, with `preferences`, planned as of `now`. */
function learner(now: string, preferences: NudgePreferences = DEFAULT_NUDGES, extra: Partial<Learner> = {}): Learner {
  const base: Learner = {
    ...newLearner('L', 't', at(now)),
    preferences: { nudges: preferences, timeZone: 'Europe/London' },
    conversationRef: { channelId: 'msteams', serviceUrl: 'https://example.invalid/', conversationId: 'a:1', userId: '29:1', botId: '28:b', tenantId: 't' },
    ...extra,
  };
  return withNudgePlan(base, at(now));
}

describe('nudges: when the next one is due (pure, injected clock)', () => {
  it('defaults to weekdays at 09:00 London time, skipping the weekend and a day already nudged', () => {
    expect(plan(DEFAULT_NUDGES, '2026-11-27T08:00:00Z')).to.equal('2026-11-27T09:00:00.000Z');
    expect(plan(DEFAULT_NUDGES, '2026-11-27T09:00:01Z')).to.equal('2026-11-30T09:00:00.000Z');
    expect(plan(DEFAULT_NUDGES, '2026-11-27T08:00:00Z', { lastNudgedDay: '2026-11-27' })).to.equal('2026-11-30T09:00:00.000Z');
  });

  it('keeps 09:00 local across the spring-forward change in London (GMT to BST)', () => {
    const daily = { ...DEFAULT_NUDGES, days: ALL_DAYS };
    expect(plan(daily, '2026-03-28T10:00:00Z')).to.equal('2026-03-29T08:00:00.000Z');
    expect(plan(daily, '2026-03-27T10:00:00Z')).to.equal('2026-03-28T09:00:00.000Z');
    // 01:30 does not exist on 29 March: the nudge moves forward by the gap, to 02:30 BST.
    expect(plan({ ...daily, time: '01:30' }, '2026-03-28T23:00:00Z')).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('keeps 09:00 local across the fall-back change, and a time that happens twice is nudged at its first occurrence', () => {
    const daily = { ...DEFAULT_NUDGES, days: ALL_DAYS };
    expect(plan(daily, '2026-10-24T09:00:00Z')).to.equal('2026-10-25T09:00:00.000Z');
    expect(plan(daily, '2026-10-23T12:00:00Z')).to.equal('2026-10-24T08:00:00.000Z');
    expect(plan({ ...daily, time: '01:30' }, '2026-10-24T22:00:00Z')).to.equal('2026-10-25T00:30:00.000Z');
    // Nudged at the first 01:30: the second 01:30 that night is the same local day, so no second nudge.
    expect(plan({ ...daily, time: '01:30' }, '2026-10-25T00:31:00Z', { lastNudgedDay: '2026-10-25' })).to.equal('2026-10-26T01:30:00.000Z');
  });

  it('works in other zones, including a southern-hemisphere DST change and a half-hour offset', () => {
    const daily = { ...DEFAULT_NUDGES, days: ALL_DAYS };
    expect(plan(daily, '2026-11-27T12:00:00Z', { timeZone: 'America/New_York' })).to.equal('2026-11-27T14:00:00.000Z');
    expect(plan(daily, '2026-11-27T00:00:00Z', { timeZone: 'Asia/Kolkata' })).to.equal('2026-11-27T03:30:00.000Z');
    // Sydney moves to summer time on Sunday 4 October 2026: +10 before, +11 after.
    expect(plan(daily, '2026-10-02T12:00:00Z', { timeZone: 'Australia/Sydney' })).to.equal('2026-10-02T23:00:00.000Z');
    expect(plan(daily, '2026-10-03T00:00:00Z', { timeZone: 'Australia/Sydney' })).to.equal('2026-10-03T22:00:00.000Z');
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York')).to.equal(Date.parse('2026-03-08T07:30:00Z'));
  });

  it('moves a nudge out of quiet hours, including quiet hours that span midnight for night shifts', () => {
    const nights = { ...DEFAULT_NUDGES, days: ALL_DAYS, quietHours: { start: '20:00', end: '08:00' } };
    expect(plan({ ...nights, time: '07:00' }, '2026-11-27T00:00:00Z')).to.equal('2026-11-27T08:00:00.000Z');
    expect(plan({ ...nights, time: '23:00' }, '2026-11-27T12:00:00Z')).to.equal('2026-11-28T08:00:00.000Z');
    expect(plan({ ...nights, time: '12:00' }, '2026-11-27T00:00:00Z')).to.equal('2026-11-27T12:00:00.000Z');
    const afternoonQuiet = { ...DEFAULT_NUDGES, days: ALL_DAYS, time: '13:30', quietHours: { start: '13:00', end: '14:00' } };
    expect(plan(afternoonQuiet, '2026-11-27T00:00:00Z')).to.equal('2026-11-27T14:00:00.000Z');
  });

  it('plans nothing when off, paused until resumed, unreachable, or without a personal chat; a dated pause resumes the day after', () => {
    expect(plan({ ...DEFAULT_NUDGES, enabled: false }, '2026-11-27T08:00:00Z')).to.equal(undefined);
    expect(plan({ ...DEFAULT_NUDGES, paused: {} }, '2026-11-27T08:00:00Z')).to.equal(undefined);
    expect(plan(DEFAULT_NUDGES, '2026-11-27T08:00:00Z', { reachable: false })).to.equal(undefined);
    expect(plan({ ...DEFAULT_NUDGES, paused: { until: '2026-12-01' } }, '2026-11-27T08:00:00Z')).to.equal('2026-12-02T09:00:00.000Z');
    expect(plan({ ...DEFAULT_NUDGES, paused: { until: '2026-11-20' } }, '2026-11-27T08:00:00Z')).to.equal('2026-11-27T09:00:00.000Z');
    const l = learner('2026-11-27T08:00:00Z', DEFAULT_NUDGES, { conversationRef: undefined });
    expect(l.nudge?.nextAt).to.equal(undefined);
  });

  it('skips a day the learner has already learned on, and brings a snooze forward', () => {
    expect(plan(DEFAULT_NUDGES, '2026-11-26T08:00:00Z', { lastLearnedDay: '2026-11-26' })).to.equal('2026-11-27T09:00:00.000Z');
    expect(plan(DEFAULT_NUDGES, '2026-11-27T09:05:00Z', { lastNudgedDay: '2026-11-27', snoozeUntil: '2026-11-27T10:05:00.000Z' })).to.equal('2026-11-27T10:05:00.000Z');
  });
});

describe('nudges: who is due now (pure selection)', () => {
  it('selects the learners whose nudge is due, and says why each other one is not', () => {
    const plannedAt = '2026-11-27T07:00:00Z';
    const now = at('2026-11-27T09:00:30Z');
    const due = learner(plannedAt);
    const off = learner(plannedAt, { ...DEFAULT_NUDGES, enabled: false });
    const learnedToday = { ...learner(plannedAt), streak: { current: 1, longest: 1, lastDay: '2026-11-27' } };
    const nights = learner(plannedAt, { ...DEFAULT_NUDGES, time: '07:30', quietHours: { start: '09:00', end: '17:00' } });
    const notYet = learner(plannedAt, { ...DEFAULT_NUDGES, time: '12:00' });
    const { due: selected, skipped } = selectDueNudges([due, off, learnedToday, nights, notYet], now);
    expect(selected.map((s) => s.decision)).to.deep.equal([{ due: true, kind: 'daily', localDate: '2026-11-27', claimKey: '2026-11-27' }]);
    expect(skipped.map((s) => s.reason)).to.deep.equal(['not_due', 'learned_today', 'quiet_hours', 'not_due']);
    expect(nights.nudge?.nextAt).to.equal('2026-11-27T07:30:00.000Z');
    expect(decideNudge({ ...nights, nudge: { nextAt: '2026-11-27T07:30:00.000Z' } }, now)).to.deep.equal({ due: false, reason: 'quiet_hours' });
  });

  it('an outage on Monday does not also lose Tuesday: a stale plan found after Tuesday\'s time still sends Tuesday\'s nudge, once', () => {
    const monday = learner('2026-11-30T07:00:00Z');
    expect(monday.nudge?.nextAt).to.equal('2026-11-30T09:00:00.000Z');
    // No sweep ran on Monday; the first one after the outage is on Tuesday at 09:05.
    const tuesday = at('2026-12-01T09:05:00Z');
    const decision = decideNudge(monday, tuesday);
    expect(decision).to.deep.include({ due: true, kind: 'daily', localDate: '2026-12-01', claimKey: '2026-12-01' });
    if (!decision.due) return;
    const sent = withNudgePlan(nudgeSettled(decision)(monday), tuesday);
    expect(sent.nudge?.nextAt).to.equal('2026-12-02T09:00:00.000Z');
    expect(decideNudge({ ...sent, nudge: { ...sent.nudge, nextAt: '2026-12-01T09:00:00.000Z' } }, tuesday)).to.deep.equal({ due: false, reason: 'already_nudged' });
    // Tuesday is not a chosen day: Monday's stale plan is skipped, nothing is sent on Tuesday.
    const notTuesday = { ...monday, preferences: { ...monday.preferences, nudges: { ...DEFAULT_NUDGES, days: [1, 3, 5] } } };
    expect(decideNudge(notTuesday, tuesday)).to.deep.equal({ due: false, reason: 'not_a_nudge_day' });
  });

  it('never nags twice for a missed day: a stale nudge is skipped, and the day after is nudged once', () => {
    const thursday = learner('2026-11-26T07:00:00Z');
    expect(thursday.nudge?.nextAt).to.equal('2026-11-26T09:00:00.000Z');
    // No sweep ran on Thursday; on Friday at 08:00 the old nudge is found, and skipped.
    const fridayEarly = at('2026-11-27T08:00:00Z');
    expect(decideNudge(thursday, fridayEarly)).to.deep.equal({ due: false, reason: 'missed' });
    const replanned = withNudgePlan(nudgeSkipped(fridayEarly)(thursday), fridayEarly);
    expect(replanned.nudge?.nextAt).to.equal('2026-11-27T09:00:00.000Z');
    const fridayNine = at('2026-11-27T09:00:10Z');
    const decision = decideNudge(replanned, fridayNine);
    expect(decision).to.deep.include({ due: true, claimKey: '2026-11-27' });
    if (!decision.due) return;
    const sent = withNudgePlan(nudgeSettled(decision)(replanned), fridayNine);
    expect(sent.nudge?.lastDay).to.equal('2026-11-27');
    expect(sent.nudge?.nextAt).to.equal('2026-11-30T09:00:00.000Z');
    expect(decideNudge({ ...sent, nudge: { ...sent.nudge, nextAt: '2026-11-27T09:00:00.000Z' } }, fridayNine)).to.deep.equal({ due: false, reason: 'already_nudged' });
  });

  it('sends a snoozed nudge under its own claim, once, and then counts the day as nudged', () => {
    const now = at('2026-11-27T10:05:00Z');
    const snoozed = learner('2026-11-27T09:05:00Z', DEFAULT_NUDGES, { nudge: { lastDay: '2026-11-27', snoozeUntil: '2026-11-27T10:05:00.000Z' } });
    expect(snoozed.nudge?.nextAt).to.equal('2026-11-27T10:05:00.000Z');
    const decision = decideNudge(snoozed, now);
    expect(decision).to.deep.equal({ due: true, kind: 'snooze', localDate: '2026-11-27', claimKey: '2026-11-27~2026-11-27T10:05:00.000Z' });
    if (!decision.due) return;
    const after = withNudgePlan(nudgeSettled(decision)(snoozed), now);
    expect(after.nudge).to.deep.equal({ lastDay: '2026-11-27', nextAt: '2026-11-30T09:00:00.000Z' });
  });

  it('skips paused, unreachable and off learners even when an old due time says otherwise, and nudges only on chosen days', () => {
    const now = at('2026-11-27T09:00:30Z');
    const stale = { nextAt: '2026-11-27T09:00:00.000Z' };
    const base = learner('2026-11-27T07:00:00Z');
    expect(decideNudge({ ...base, nudge: stale, preferences: { nudges: { ...DEFAULT_NUDGES, paused: { until: '2026-11-28' } } } }, now)).to.deep.equal({ due: false, reason: 'paused' });
    expect(decideNudge({ ...base, nudge: { ...stale, unreachable: { since: '2026-11-01T00:00:00Z', status: 403 } } }, now)).to.deep.equal({ due: false, reason: 'unreachable' });
    expect(decideNudge({ ...base, nudge: stale, preferences: { nudges: { ...DEFAULT_NUDGES, enabled: false } } }, now)).to.deep.equal({ due: false, reason: 'off' });
    expect(decideNudge({ ...base, nudge: stale, preferences: { nudges: { ...DEFAULT_NUDGES, days: [1, 2] } } }, now)).to.deep.equal({ due: false, reason: 'not_a_nudge_day' });
  });
});
