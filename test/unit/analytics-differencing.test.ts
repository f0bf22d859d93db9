import { expect } from 'chai';
import { cellOf } from '../../bot/analytics/contribution';
import { mergeCounters, type Counters } from '../../bot/analytics/counters';
import { answerContribution, record } from '../../bot/analytics/record';
import { buildReport, type AnalyticsReader } from '../../bot/analytics/service';
import type { Filters } from '../../bot/analytics/cohort';
import { newLearner } from '../../bot/learning/learner';
import type { Role } from '../../bot/mentors/types';
import { realFaculty } from '../helpers/app';

const NOW = new Date('2026-11-20T12:00:00Z');
const MIN = 10;
const hali = realFaculty().get('hali')!;
const item = hali.quiz[0];

/** Learners who each answer the item once, in a month, role and language: through the quiz route's record(). */
function aggregates(groups: readonly { month: string; role: Role; language: 'en' | 'cy'; count: number }[]): AnalyticsReader {
  const scopes = new Map<string, Map<string, Counters>>();
  const sink = {
    add(scope: string, cell: string, counters: Readonly<Counters>) {
      const cells = scopes.get(scope) ?? scopes.set(scope, new Map()).get(scope)!;
      cells.set(cell, mergeCounters(cells.get(cell) ?? {}, counters));
    },
  };
  let id = 0;
  for (const { month, role, language, count } of groups) {
    for (let i = 0; i < count; i++) {
      const at = new Date(`${month}-10T09:00:00Z`);
      const learner = { ...newLearner(`L${id++}`, 't', at), profile: { role }, language };
      const facts = { itemId: item.id, optionId: item.options[i % 2].id, topic: 't', correct: item.options[i % 2].correct, streakAfter: 1, viaNudge: false };
      record(sink, learner, cellOf(learner, 'hali', language), answerContribution(learner, facts), at);
    }
  }
  return { readScope: async (scope) => scopes.get(scope) ?? new Map(), readNotes: async () => [] };
}

/** The item's first answers (its learners) as the educator's API shows them; undefined when hidden. */
async function shown(reader: AnalyticsReader, filters: Omit<Filters, 'mentorId'>): Promise<number | undefined> {
  const report = await buildReport(reader, hali, { mentorId: 'hali', ...filters }, MIN, 'en', NOW);
  const row = report.items.find((r) => r.itemId === item.id)!;
  return row.suppressed ? undefined : row.learners;
}

const MONTHS = ['2026-08', '2026-09', '2026-10', '2026-11'];

/**
 * The attack: all time (shown) minus every other month that is shown, under the same role and
 * language filters. It isolates the target month unless another month is hidden with it.
 */
async function allTimeMinusOtherMonths(reader: AnalyticsReader, target: string, narrowing: { role?: string; language?: string }) {
  const all = await shown(reader, { period: 'all', ...narrowing });
  expect(await shown(reader, { period: target, ...narrowing }), 'the target month itself is hidden').to.equal(undefined);
  if (all === undefined) return undefined;
  let rest = all;
  for (const month of MONTHS.filter((m) => m !== target)) rest -= (await shown(reader, { period: month, ...narrowing })) ?? 0;
  return rest;
}

describe('analytics differencing: several months and combined filters', () => {
  it('all time minus every other month cannot reveal a month with three learners (the next smallest month is hidden too)', async () => {
    const reader = aggregates([
      { month: '2026-08', role: 'midwife', language: 'en', count: 3 },
      { month: '2026-09', role: 'nurse', language: 'en', count: 20 },
      { month: '2026-10', role: 'doctor', language: 'en', count: 18 },
      { month: '2026-11', role: 'nurse', language: 'en', count: 16 },
    ]);
    const derived = await allTimeMinusOtherMonths(reader, '2026-08', {});
    // The three midwives are a group under 10 in every view, so they are in none: the difference is nobody.
    expect(derived === 0 || derived! >= MIN, String(derived)).to.equal(true);
    // The other months stay visible when the small month is not theirs to give away.
    expect(await shown(reader, { period: '2026-09' })).to.equal(20);
  });

  it('role x period: a role\'s all time minus its other months cannot reveal its three learners in one month', async () => {
    const reader = aggregates([
      { month: '2026-08', role: 'pharmacist', language: 'en', count: 12 },
      { month: '2026-09', role: 'pharmacist', language: 'en', count: 12 },
      { month: '2026-10', role: 'pharmacist', language: 'en', count: 3 },
      { month: '2026-08', role: 'nurse', language: 'en', count: 30 },
      { month: '2026-09', role: 'nurse', language: 'en', count: 30 },
      { month: '2026-10', role: 'nurse', language: 'en', count: 30 },
    ]);
    // October's three were active in a week with fewer than 10 pharmacists and no busier week came after: held back (release.ts).
    expect(await shown(reader, { period: 'all', role: 'pharmacist' })).to.equal(24);
    const derived = await allTimeMinusOtherMonths(reader, '2026-10', { role: 'pharmacist' });
    expect(derived === undefined || derived === 0 || derived >= MIN, String(derived)).to.equal(true);
  });

  it('language x role x period: Welsh-speaking nurses\' all time minus their other months cannot reveal two of them in November', async () => {
    const reader = aggregates([
      { month: '2026-09', role: 'nurse', language: 'cy', count: 11 },
      { month: '2026-10', role: 'nurse', language: 'cy', count: 11 },
      { month: '2026-11', role: 'nurse', language: 'cy', count: 2 },
      { month: '2026-09', role: 'nurse', language: 'en', count: 40 },
      { month: '2026-10', role: 'nurse', language: 'en', count: 40 },
      { month: '2026-11', role: 'nurse', language: 'en', count: 40 },
      { month: '2026-10', role: 'doctor', language: 'en', count: 40 },
    ]);
    // November's two are held back too, as no later week had 10 Welsh-speaking nurses active.
    expect(await shown(reader, { period: 'all', role: 'nurse', language: 'cy' })).to.equal(22);
    const derived = await allTimeMinusOtherMonths(reader, '2026-11', { role: 'nurse', language: 'cy' });
    expect(derived === undefined || derived === 0 || derived >= MIN, String(derived)).to.equal(true);
  });

  it('role x language within a month: the month minus every other role shown cannot reveal two Welsh-speaking doctors', async () => {
    const reader = aggregates([
      { month: '2026-10', role: 'nurse', language: 'cy', count: 15 },
      { month: '2026-10', role: 'midwife', language: 'cy', count: 12 },
      { month: '2026-10', role: 'doctor', language: 'cy', count: 2 },
      { month: '2026-10', role: 'nurse', language: 'en', count: 50 },
    ]);
    const whole = (await shown(reader, { period: '2026-10', language: 'cy' }))!;
    // The two Welsh-speaking doctors are a group under 10: in no figure.
    expect(whole).to.equal(27);
    let rest = whole;
    for (const role of ['nurse', 'midwife', 'doctor']) rest -= (await shown(reader, { period: '2026-10', language: 'cy', role })) ?? 0;
    expect(rest === 0 || rest >= MIN, String(rest)).to.equal(true);
  });

  it('role x language: no sums and differences of shown views single out a group under 10 (English = nurses - Welsh-speaking nurses + English-speaking doctors)', async () => {
    // 10 Welsh-speaking nurses and doctors, 10 English-speaking nurses, and one English-speaking doctor: each of the four views
    // (English, nurses, Welsh-speaking nurses, everyone) is shown, and before, English - (nurses - Welsh-speaking nurses) was that doctor.
    const reader = aggregates([
      { month: '2026-10', role: 'nurse', language: 'cy', count: 10 },
      { month: '2026-10', role: 'doctor', language: 'cy', count: 10 },
      { month: '2026-10', role: 'nurse', language: 'en', count: 10 },
      { month: '2026-10', role: 'doctor', language: 'en', count: 1 },
    ]);
    for (const period of ['2026-10', 'all']) {
      const view = (role?: string, language?: string) => shown(reader, { period, role, language });
      const english = (await view(undefined, 'en')) ?? 0;
      const nurses = (await view('nurse')) ?? 0;
      const welshNurses = (await view('nurse', 'cy')) ?? 0;
      expect(english - (nurses - welshNurses), period).to.equal(0);
      expect(await view('doctor', 'en'), period).to.equal(undefined);
      // Every view of the 2 x 2 table, with "any" for either: each is a sum of whole groups of at least 10.
      for (const role of [undefined, 'nurse', 'doctor']) for (const language of [undefined, 'en', 'cy']) {
        const value = await view(role, language);
        if (value !== undefined) expect(value % 10, `${period} ${role ?? 'any'} ${language ?? 'any'}: ${value}`).to.equal(0);
      }
    }
  });

  it('refuses a month outside the window of 24 (a query the sibling check could not cover)', async () => {
    const { filterProblem } = await import('../../bot/analytics/cohort');
    expect(filterProblem({ mentorId: 'hali', period: '2024-11' }, NOW)).to.equal('period');
    expect(filterProblem({ mentorId: 'hali', period: '2024-12' }, NOW)).to.equal(undefined);
    expect(filterProblem({ mentorId: 'hali', period: '2026-12' }, NOW)).to.equal('period');
  });
});

describe('closed months are read once', () => {
  it('keeps a month that ended over a day ago, and re-reads the current month, a month closed today, and all time', async () => {
    const { ClosedMonthReader } = await import('../../bot/analytics/closed-months');
    const reads: string[] = [];
    const inner: AnalyticsReader = { readScope: async (scope) => (reads.push(scope), new Map()), readNotes: async () => [] };
    let now = new Date('2026-11-01T12:00:00Z');
    const reader = new ClosedMonthReader(inner, () => now);
    for (let i = 0; i < 2; i++) for (const scope of ['hali|2026-09', 'hali|2026-10', 'hali|2026-11', 'hali|all']) await reader.readScope(scope);
    expect(reads.filter((s) => s === 'hali|2026-09')).to.have.length(1);
    expect(reads.filter((s) => s === 'hali|2026-10')).to.have.length(2);
    expect(reads.filter((s) => s === 'hali|2026-11')).to.have.length(2);
    expect(reads.filter((s) => s === 'hali|all')).to.have.length(2);
    now = new Date('2026-11-02T12:00:00Z');
    await reader.readScope('hali|2026-10');
    await reader.readScope('hali|2026-10');
    expect(reads.filter((s) => s === 'hali|2026-10')).to.have.length(3);
  });

  it('keeps a week slice once its week (or its month, for a week across two) ended over a day ago', async () => {
    const { ClosedMonthReader } = await import('../../bot/analytics/closed-months');
    const reads: string[] = [];
    const inner: AnalyticsReader = { readScope: async (scope) => (reads.push(scope), new Map()), readNotes: async () => [] };
    // Wednesday 2 December 2026: W49 (30 November to 6 December) is open; its November part closed with November.
    const reader = new ClosedMonthReader(inner, () => new Date('2026-12-02T12:00:00Z'));
    const slices = ['hali|wk:2026-W48:2026-11', 'hali|wk:2026-W49:2026-11', 'hali|wk:2026-W49:2026-12'];
    for (let i = 0; i < 2; i++) for (const scope of slices) await reader.readScope(scope);
    expect(slices.map((scope) => reads.filter((s) => s === scope).length)).to.deep.equal([1, 1, 2]);
  });
});
