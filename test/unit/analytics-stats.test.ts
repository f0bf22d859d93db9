import { expect } from 'chai';
import { itemFlags, pointBiserial, proportion, wilson } from '../../bot/analytics/stats';
import { hiddenGroups, mayShow, showable } from '../../bot/analytics/suppress';
import { itemAnalysis, rankMisconceptions } from '../../bot/analytics/items';
import type { Mentor } from '../../bot/mentors/types';

/** Sums of (x, y) pairs, as the aggregates keep them. */
function sums(pairs: [number, number][]) {
  return {
    n: pairs.length,
    sx: pairs.reduce((s, [x]) => s + x, 0),
    sxx: pairs.reduce((s, [x]) => s + x * x, 0),
    sy: pairs.reduce((s, [, y]) => s + y, 0),
    sxy: pairs.reduce((s, [x, y]) => s + x * y, 0),
  };
}

describe('analytics statistics (hand-computed)', () => {
  it('proportion: k of n, undefined for none', () => {
    expect(proportion(3, 4)).to.equal(0.75);
    expect(proportion(0, 0)).to.equal(undefined);
  });

  it('point-biserial: (0.2,0) (0.4,0) (0.6,1) (0.8,1) gives (M1-M0)/s*sqrt(pq) = 0.4/0.2236*0.5 = 0.8944', () => {
    // By hand: M1 = 0.7, M0 = 0.3, population s of x = sqrt(0.05) = 0.22361, p = q = 0.5.
    expect(pointBiserial(sums([[0.2, 0], [0.4, 0], [0.6, 1], [0.8, 1]]))).to.be.closeTo(0.894427, 1e-6);
  });

  it('point-biserial: negative when weaker learners get the item right', () => {
    // M1 = 0.25, M0 = 0.75, population s of x = sqrt(0.125) = 0.35355, p = q = 0.5: r = -0.5/0.35355*0.5.
    expect(pointBiserial(sums([[0, 1], [0.5, 1], [0.5, 0], [1, 0]]))).to.be.closeTo(-0.707107, 1e-6);
  });

  it('point-biserial: undefined without variance (all right, all wrong, everyone on the same score, one answer)', () => {
    expect(pointBiserial(sums([[0.2, 1], [0.8, 1], [0.5, 1]]))).to.equal(undefined);
    expect(pointBiserial(sums([[0.2, 0], [0.8, 0]]))).to.equal(undefined);
    expect(pointBiserial(sums([[0.5, 0], [0.5, 1], [0.5, 1]]))).to.equal(undefined);
    expect(pointBiserial(sums([[0.5, 1]]))).to.equal(undefined);
    expect(pointBiserial(sums([]))).to.equal(undefined);
  });

  it('Wilson 95%: 8/10 is 0.4902 to 0.9433; 0/10 is 0 to 0.2775; 10/10 is 0.7225 to 1; none is undefined', () => {
    const eight = wilson(8, 10)!;
    expect(eight.low).to.be.closeTo(0.4902, 1e-4);
    expect(eight.high).to.be.closeTo(0.9433, 1e-4);
    expect(wilson(0, 10)!.low).to.equal(0);
    expect(wilson(0, 10)!.high).to.be.closeTo(0.2775, 1e-4);
    expect(wilson(10, 10)!.low).to.be.closeTo(0.7225, 1e-4);
    expect(wilson(10, 10)!.high).to.be.closeTo(1, 1e-9);
    expect(wilson(0, 0)).to.equal(undefined);
  });

  it('item flags: too easy, too hard, non-discriminating (including no variance) and an unused distractor', () => {
    expect(itemFlags(0.95, 0.3, [1, 2])).to.deep.equal(['too_easy']);
    expect(itemFlags(0.2, 0.4, [5, 3])).to.deep.equal(['too_hard']);
    expect(itemFlags(0.6, 0.1, [5, 3])).to.deep.equal(['non_discriminating']);
    expect(itemFlags(1, undefined, [0, 0])).to.deep.equal(['too_easy', 'non_discriminating', 'unused_distractor']);
    expect(itemFlags(0.6, 0.45, [4, 0])).to.deep.equal(['unused_distractor']);
    expect(itemFlags(0.6, 0.45, [4, 2])).to.deep.equal([]);
    expect(itemFlags(undefined, undefined, [])).to.deep.equal([]);
  });
});

describe('analytics suppression (MIN_COHORT and differencing)', () => {
  it('shows a figure from at least MIN_COHORT learners only', () => {
    expect(mayShow(9, [], 10)).to.equal(false);
    expect(mayShow(10, [], 10)).to.equal(true);
  });

  it('hides a figure whose difference from the wider view would be a small group', () => {
    expect(mayShow(10, [15], 10)).to.equal(false); // all roles 15 minus nurses 10 = 5 others
    expect(mayShow(10, [20], 10)).to.equal(true);
    expect(mayShow(12, [12], 10)).to.equal(true); // nobody else: nothing to reveal
    expect(mayShow(12, [30, 13], 10)).to.equal(false); // one of several filters gives it away
  });

  it('hides the next smallest role too when the hidden ones add up to a small group', () => {
    expect([...hiddenGroups(new Map([['a', 20], ['b', 15], ['c', 3]]), 10)].sort()).to.deep.equal(['b', 'c']);
    expect([...hiddenGroups(new Map([['a', 20], ['b', 15], ['c', 3], ['d', 8]]), 10)].sort()).to.deep.equal(['c', 'd']);
    expect([...hiddenGroups(new Map([['a', 20], ['b', 0]]), 10)]).to.deep.equal([]);
  });

  it('a chosen role that the by-role table hides stays hidden on its own', () => {
    const byRole = new Map([
      ['nurse', { learners: 20 }],
      ['doctor', { learners: 15 }],
      ['pharmacist', { learners: 3 }],
    ]);
    const cohort = (own: string) => ({ selected: byRole.get(own)!, relaxed: [{ learners: 38 }], minCohort: 10, siblings: [{ own, byKey: byRole }] });
    expect(showable(cohort('nurse'), 'learners')).to.equal(true);
    // 38 - 15 = 23 passes the one-filter check, but nurses + doctors shown would reveal the 3 pharmacists.
    expect(showable(cohort('doctor'), 'learners')).to.equal(false);
    expect(showable(cohort('pharmacist'), 'learners')).to.equal(false);
  });
});

describe('item analysis from cohort counters (hand-computed)', () => {
  const text = (en: string) => ({ en, cy: en });
  const mentor = {
    lessons: [{ id: 'l1', title: text('Lesson one') }],
    quiz: [
      {
        id: 'q1',
        lessonId: 'l1',
        stem: text('Q one'),
        options: [
          { id: 'a', text: text('right'), correct: true },
          { id: 'b', text: text('wrong b'), correct: false, misconception: text('AI never errs') },
          { id: 'c', text: text('wrong c'), correct: false, misconception: text('Bigger is better') },
        ],
      },
    ],
  } as unknown as Mentor;
  // Ten learners, all "sure": seven right (rest scores 0.8 each), three chose b (rest scores 0.4 each).
  const pairs = [...Array(7).fill([0.8, 1]), ...Array(3).fill([0.4, 0])] as [number, number][];
  const counters = {
    'i:q1:att': 12, 'i:q1:n': 10, 'i:q1:c': 7, 'i:q1:o:a': 7, 'i:q1:o:b': 3, 'i:q1:sure': 10, 'i:q1:sw': 3,
    'i:q1:rn': 10, 'i:q1:rx': pairs.reduce((s, [x]) => s + x, 0), 'i:q1:rxx': pairs.reduce((s, [x]) => s + x * x, 0),
    'i:q1:ry': 7, 'i:q1:rxy': pairs.reduce((s, [x, y]) => s + x * y, 0),
  };

  it('all sure (a minimum of 3): 70% right, 30% sure but wrong, r = 1 (scores split exactly by the answer), option c never chosen', () => {
    const [row] = itemAnalysis(mentor, { selected: counters, relaxed: [], minCohort: 3 }, 'en');
    expect(row).to.include({ suppressed: false, attempts: 12, learners: 10, pCorrect: 0.7, sureButWrong: 0.3 });
    expect(row.discrimination).to.be.closeTo(1, 1e-9);
    expect(row.options!.map((o) => [o.id, o.chosen, o.rate])).to.deep.equal([['a', 7, 0.7], ['b', 3, 0.3], ['c', 0, 0]]);
    expect(row.flags).to.deep.equal(['unused_distractor']);
    const ranked = rankMisconceptions(mentor, [row], 'en', 3);
    expect(ranked.map((m) => [m.misconception, m.prevalence])).to.deep.equal([['AI never errs', 0.3], ['Bigger is better', 0]]);
    expect(ranked[0].lessons).to.deep.equal([{ lessonId: 'l1', title: 'Lesson one' }]);
  });

  it('a minimum of 10: the 7 right and 3 wrong are small groups, so every figure resting on them is hidden, and the 0 stays', () => {
    const [row] = itemAnalysis(mentor, { selected: counters, relaxed: [], minCohort: 10 }, 'en');
    expect(row).to.include({ suppressed: false, attempts: 12, learners: 10 });
    for (const hidden of ['pCorrect', 'discrimination', 'sureButWrong']) expect(row, hidden).to.not.have.property(hidden);
    expect(row.options!.map((o) => [o.id, o.suppressed, o.chosen])).to.deep.equal([['a', true, undefined], ['b', true, undefined], ['c', false, 0]]);
    expect(row.flags).to.deep.equal([]);
    const ranked = rankMisconceptions(mentor, [row], 'en', 10);
    expect(ranked.map((m) => [m.misconception, m.suppressed, m.chosen])).to.deep.equal([['Bigger is better', false, 0], ['AI never errs', true, undefined]]);
  });

  it('one learner of 31 chose a wrong option: that 1, and the next smallest count with it, are hidden, so neither can be worked out from the rest', () => {
    const selected = { ...counters, 'i:q1:n': 31, 'i:q1:c': 18, 'i:q1:o:a': 18, 'i:q1:o:b': 12, 'i:q1:o:c': 1, 'i:q1:sure': 20, 'i:q1:sw': 1 };
    const [row] = itemAnalysis(mentor, { selected, relaxed: [], minCohort: 10 }, 'en');
    expect(row.options!.map((o) => [o.id, o.chosen])).to.deep.equal([['a', 18], ['b', undefined], ['c', undefined]]);
    // Right and wrong are 18 and 13: both shown. One sure learner wrong: "sure but wrong" is hidden.
    expect(row.pCorrect).to.be.closeTo(18 / 31, 1e-9);
    expect(row).to.not.have.property('sureButWrong');
  });

  it('nine learners: the whole row is hidden, figures and all', () => {
    const [row] = itemAnalysis(mentor, { selected: { ...counters, 'i:q1:n': 9 }, relaxed: [], minCohort: 10 }, 'en');
    expect(row).to.deep.equal({ itemId: 'q1', lessonId: 'l1', stem: 'Q one', suppressed: true });
    expect(rankMisconceptions(mentor, [row], 'en', 10)).to.deep.equal([]);
  });

  it('nobody sure: "sure but wrong" is null, not zero', () => {
    const [row] = itemAnalysis(mentor, { selected: { ...counters, 'i:q1:sure': 0, 'i:q1:sw': 0 }, relaxed: [], minCohort: 10 }, 'en');
    expect(row.sureButWrong).to.equal(null);
  });
});

describe('MIN_COHORT setting', () => {
  it('defaults to 10 and refuses to start below 5, naming the setting', async () => {
    const { loadConfig, ConfigError } = await import('../../bot/config');
    expect(loadConfig({ NODE_ENV: 'test' }).analytics.minCohort).to.equal(10);
    expect(loadConfig({ NODE_ENV: 'test', MIN_COHORT: '5' }).analytics.minCohort).to.equal(5);
    for (const bad of ['4', '0', '-10', 'ten', '7.5']) {
      expect(() => loadConfig({ NODE_ENV: 'test', MIN_COHORT: bad }), bad).to.throw(ConfigError, /MIN_COHORT="[^"]*" must be a whole number from 5 to 1000/);
    }
    expect(loadConfig({ NODE_ENV: 'test', ANALYTICS_ENABLED: 'false' }).analytics.enabled).to.equal(false);
  });
});
