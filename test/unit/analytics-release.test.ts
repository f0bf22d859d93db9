/**
 * Figures move on a week at a time and in steps of at least MIN_COHORT learners (bot/analytics/release.ts):
 * an educator who looks, waits for one learner to answer, and looks again, sees nothing of that learner.
 */
import { expect } from 'chai';
import { cellOf, isoWeekOf } from '../../bot/analytics/contribution';
import { mergeCounters, type Counters } from '../../bot/analytics/counters';
import { answerContribution, record } from '../../bot/analytics/record';
import { MAX_HELD_WEEKS, releasePlan, sliceCounters, slicePart, startOfIsoWeek } from '../../bot/analytics/release';
import { buildReport, type AnalyticsReport, type AnalyticsReader } from '../../bot/analytics/service';
import { newLearner, type Learner } from '../../bot/learning/learner';
import type { Role } from '../../bot/mentors/types';
import { realFaculty } from '../helpers/app';

const MIN = 10;
const hali = realFaculty().get('hali')!;
const item = hali.quiz[0];
const wrong = item.options.filter((o) => !o.correct);
const DAY = 86_400_000;

/** The aggregates as the store keeps them (a map per scope), fed by the quiz route's own record(). */
function cohortStore() {
  const scopes = new Map<string, Map<string, Counters>>();
  const write = (scope: string, cell: string, counters: Readonly<Counters>) => {
    const cells = scopes.get(scope) ?? scopes.set(scope, new Map()).get(scope)!;
    cells.set(cell, mergeCounters({ ...cells.get(cell) }, counters));
  };
  // While `stuck`, all-time writes wait (a flush between its slice and its cell writes); `unstick` lands them.
  const waiting: Parameters<typeof write>[] = [];
  const flow = { stuck: false, unstick: () => waiting.splice(0).forEach((args) => write(...args)) };
  const sink = {
    add(scope: string, cell: string, counters: Readonly<Counters>) {
      if (flow.stuck && scope === 'hali|all') waiting.push([scope, cell, counters]);
      else write(scope, cell, counters);
    },
  };
  const learners = new Map<string, Learner>();
  const answer = (id: string, role: Role, optionId: string, at: Date, language: 'en' | 'cy' = 'en') => {
    const before = learners.get(id) ?? { ...newLearner(id, 't', at), profile: { role }, language };
    const option = item.options.find((o) => o.id === optionId)!;
    const facts = { itemId: item.id, optionId, topic: 't', correct: option.correct, confidence: 'sure' as const, streakAfter: 1, viaNudge: false };
    const change = record(sink, before, cellOf(before, 'hali', language), answerContribution(before, facts), at);
    learners.set(id, { ...change(before), reviews: { ...before.reviews, [item.id]: {} as never } });
  };
  const reader: AnalyticsReader = { readScope: async (scope) => new Map(scopes.get(scope) ?? []), readNotes: async () => [] };
  return { answer, reader, flow };
}

/** Everything an educator can read in a report, but the date it is counted to. */
const figures = ({ countedUntil: _date, ...rest }: AnalyticsReport) => JSON.stringify(rest);

describe('analytics release: one learner\'s answers never show as a change', () => {
  // Thirty nurses answer on Monday 2 November 2026 (ISO week 45): 18 right, 12 on the first wrong option.
  const setup = () => {
    const store = cohortStore();
    for (let i = 0; i < 30; i++) store.answer(`n${i}`, 'nurse', i < 18 ? item.options.find((o) => o.correct)!.id : wrong[0].id, new Date('2026-11-02T09:00:00Z'));
    const view = (at: string, filters: { period?: string; role?: string } = { role: 'nurse' }) =>
      buildReport(store.reader, hali, { mentorId: 'hali', period: filters.period ?? 'all', role: filters.role }, MIN, 'en', new Date(at));
    return { ...store, view };
  };

  it('before/after one new nurse answers sure and wrong with an option nobody chose: nothing changes that day, the next day, or weeks on', async () => {
    const { answer, view } = setup();
    const before = await view('2026-11-10T08:00:00Z');
    expect(before.countedUntil).to.equal('2026-11-08');
    expect(before.items[0].learners).to.equal(30);
    answer('dafydd', 'nurse', wrong.at(-1)!.id, new Date('2026-11-10T09:00:00Z'));
    for (const at of ['2026-11-10T09:00:01Z', '2026-11-11T09:00:00Z', '2026-11-16T09:00:00Z', '2026-12-21T09:00:00Z']) {
      const after = await view(at);
      expect(figures(after), at).to.equal(figures(before));
    }
    // Every filter and period an educator could choose says the same.
    for (const filters of [{}, { period: '2026-11' }, { period: '2026-11', role: 'nurse' }]) {
      expect(figures(await view('2026-11-16T09:00:00Z', filters)), JSON.stringify(filters)).to.equal(figures(await view('2026-11-10T08:00:00Z', filters)));
    }
  });

  it('the held answer comes in only with a week in which at least 10 nurses were active, so the step holds 11 learners, not one', async () => {
    const { answer, view } = setup();
    const before = await view('2026-11-10T08:00:00Z');
    answer('dafydd', 'nurse', wrong.at(-1)!.id, new Date('2026-11-10T09:00:00Z'));
    // Week 48: ten nurses answer (right); still held while the week is open, and for its first hour after.
    for (let i = 0; i < 10; i++) answer(`late${i}`, 'nurse', item.options.find((o) => o.correct)!.id, new Date('2026-11-24T09:00:00Z'));
    expect(figures(await view('2026-11-30T00:30:00Z'))).to.equal(figures(before));
    const after = await view('2026-11-30T01:30:00Z');
    expect(after.countedUntil).to.equal('2026-11-29');
    expect(after.items[0].learners! - before.items[0].learners!).to.equal(11);
    // The one who chose the last wrong option is a count of 1: hidden, with the next smallest, now and ever.
    const options = after.items[0].options!;
    expect(options.find((o) => o.id === wrong.at(-1)!.id)!.chosen).to.equal(undefined);
    for (const option of options) expect(option.chosen === undefined || option.chosen === 0 || option.chosen >= MIN, JSON.stringify(option)).to.equal(true);
  });

  it('a quieter group waits without holding back a busier one: Welsh-speaking nurses\' week stays out of every view until theirs qualifies', async () => {
    const { answer, view } = setup();
    for (let i = 0; i < 12; i++) answer(`cy${i}`, 'nurse', item.options.find((o) => o.correct)!.id, new Date('2026-11-03T09:00:00Z'), 'cy');
    const before = await view('2026-11-10T08:00:00Z', {});
    expect(before.items[0].learners).to.equal(42);
    answer('cy-late', 'nurse', wrong.at(-1)!.id, new Date('2026-11-11T09:00:00Z'), 'cy');
    for (let i = 0; i < 10; i++) answer(`en-late${i}`, 'nurse', wrong[0].id, new Date('2026-11-11T09:00:00Z'));
    const after = await view('2026-11-17T09:00:00Z', {});
    // The English-speaking nurses' week is counted; the lone Welsh-speaking nurse's is not.
    expect(after.items[0].learners).to.equal(52);
  });
});

describe('analytics release: a view that reads while an addition is half written', () => {
  const setup = () => {
    const store = cohortStore();
    for (let i = 0; i < 30; i++) store.answer(`n${i}`, 'nurse', i < 18 ? item.options.find((o) => o.correct)!.id : wrong[0].id, new Date('2026-11-02T09:00:00Z'));
    // Monday of week 46: one nurse has already learned this week (held), so the view reads the week's slice.
    store.answer('early', 'nurse', wrong[0].id, new Date('2026-11-09T08:00:00Z'));
    const view = (period = 'all') => buildReport(store.reader, hali, { mentorId: 'hali', period, role: 'nurse' }, MIN, 'en', new Date('2026-11-09T10:00:00Z'));
    return { ...store, view };
  };

  it('reads again until the write lands, and shows the figures as they were, never them less that addition', async () => {
    const { answer, view, flow } = setup();
    const before = [await view(), await view('2026-11')];
    flow.stuck = true;
    answer('dafydd', 'nurse', wrong.at(-1)!.id, new Date('2026-11-09T09:00:00Z'));
    setTimeout(flow.unstick, 30);
    expect([await view(), await view('2026-11')].map(figures)).to.deep.equal(before.map(figures));
  });

  it('leaves the group out while a write stays stuck (the store failing), rather than show the difference', async () => {
    const { answer, view, flow } = setup();
    flow.stuck = true;
    answer('dafydd', 'nurse', wrong.at(-1)!.id, new Date('2026-11-09T09:00:00Z'));
    const during = await view();
    expect(during.cohortSize).to.equal(null);
    expect(during.items.every((row) => row.suppressed)).to.equal(true);
  });
});

describe('analytics release: the parts', () => {
  it('ISO weeks start on Monday 00:00 UTC, across years', () => {
    expect(new Date(startOfIsoWeek('2026-W01')).toISOString()).to.equal('2025-12-29T00:00:00.000Z');
    expect(new Date(startOfIsoWeek('2026-W53')).toISOString()).to.equal('2026-12-28T00:00:00.000Z');
    expect(new Date(startOfIsoWeek('2026-W46')).toISOString()).to.equal('2026-11-09T00:00:00.000Z');
  });

  it('a slice keeps the all-time additions and the month\'s where they differ, and gives either back', () => {
    const all = { 'e:answers': 1, learners: 0, 'i:q:rx': 0.5 };
    const month = { 'e:answers': 1, learners: 1, 'i:q:rx': 0.25 };
    const slice = sliceCounters(all, month);
    expect(slicePart(slice, false)).to.deep.equal(all);
    expect(slicePart(slice, true)).to.deep.equal(month);
  });

  it('holds back a cell\'s weeks after its latest week with 10 active, and leaves out one held back longer than two years', () => {
    const now = new Date('2026-11-18T12:00:00Z');
    const week = (weeksAgo: number) => isoWeekOf(new Date(now.getTime() - weeksAgo * 7 * DAY));
    const plan = releasePlan(
      new Map([
        ['nurse|en', { [`w:${week(3)}`]: 12, [`h:${week(3)}`]: 20, [`w:${week(2)}`]: 4, [`h:${week(2)}`]: 4, [`h:${week(0)}`]: 1 }],
        ['doctor|en', { [`w:${week(1)}`]: 15, [`h:${week(1)}`]: 15 }],
        ['midwife|cy', { [`w:${week(MAX_HELD_WEEKS + 1)}`]: 3, [`h:${week(MAX_HELD_WEEKS + 1)}`]: 3 }],
      ]),
      now,
      MIN,
    );
    expect(plan.held.get('nurse|en')).to.deep.equal([week(2), week(0)]);
    expect(plan.held.has('doctor|en')).to.equal(false);
    expect([...plan.excluded]).to.deep.equal(['midwife|cy']);
    expect(plan.releasedUntil.toISOString()).to.equal('2026-11-16T00:00:00.000Z');
  });
});
