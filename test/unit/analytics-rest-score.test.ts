import { expect } from 'chai';
import { cellOf } from '../../bot/analytics/contribution';
import { mergeCounters, type Counters } from '../../bot/analytics/counters';
import { answerContribution, record } from '../../bot/analytics/record';
import { restPair } from '../../bot/analytics/rest-score';
import { pointBiserial } from '../../bot/analytics/stats';
import { scheduleReview } from '../../bot/learning/review';
import { newLearner, type Learner } from '../../bot/learning/learner';

const NOV = new Date('2026-11-10T09:00:00Z');
const OCT = new Date('2026-10-20T09:00:00Z');

/** A sink that sums what is added, by scope and cell, as the aggregate store does. */
function recordingSink() {
  const sums = new Map<string, Counters>();
  return {
    sums,
    add: (scope: string, cell: string, counters: Readonly<Counters>) => void sums.set(`${scope}#${cell}`, mergeCounters(sums.get(`${scope}#${cell}`) ?? {}, counters)),
    /** The pair sums of an item, summed over every cell of the scope. */
    pairs(scope: string, itemId: string) {
      const total: Counters = {};
      for (const [key, counters] of sums) if (key.startsWith(`${scope}#`)) mergeCounters(total, counters);
      const k = (name: string) => total[`i:${itemId}:${name}`] ?? 0;
      return { n: k('rn'), sx: k('rx'), sxx: k('rxx'), sy: k('ry'), sxy: k('rxy') };
    },
  };
}

type Sink = ReturnType<typeof recordingSink>;

/** One learner answering items for the first time, through the same code the quiz route calls. */
function answer(sink: Sink, learner: Learner, itemId: string, correct: boolean, now = NOV): Learner {
  const facts = { itemId, optionId: correct ? 'a' : 'b', topic: 't', correct, streakAfter: 1, viaNudge: false };
  const change = record(sink, learner, cellOf(learner, 'hali', learner.language), answerContribution(learner, facts), now);
  return { ...change(learner), reviews: { ...learner.reviews, [itemId]: scheduleReview(undefined, correct, undefined, now) } };
}

const learner = (id: string, role: 'nurse' | 'doctor' = 'nurse'): Learner => ({ ...newLearner(id, 't', NOV), profile: { role }, language: 'en' });

describe('discrimination against the learner\'s other answers (rest score, kept incrementally)', () => {
  it('restPair: x = (C - y) / (A - 1), no pair with a single answer', () => {
    expect(restPair(3, 2, 1)).to.deep.equal([1, 0.5, 0.25, 1, 0.5]);
    expect(restPair(3, 2, 0)).to.deep.equal([1, 1, 1, 0, 0]);
    expect(restPair(1, 1, 1)).to.deep.equal([0, 0, 0, 0, 0]);
  });

  // Four learners, three items. Final first answers (1 right):
  //   L1: q1 1, q2 1, q3 0  (A 3, C 2) rest scores q1 0.5, q2 0.5, q3 1
  //   L2: q1 0, q2 1, q3 0  (A 3, C 1) rest scores q1 0.5, q2 0,   q3 0.5
  //   L3: q1 1, q2 0, q3 1  (A 3, C 2) rest scores q1 0.5, q2 1,   q3 0.5
  //   L4: q1 1, q2 1, q3 1  (A 3, C 3) rest scores 1 each
  // q1: x (.5 .5 .5 1), y (1 0 1 1): M1 2/3, M0 .5, s = sqrt(.046875), p .75: r = (1/6)/.216506*.433013 = 1/3.
  // q2: x (.5 0 1 1), y (1 1 0 1): M1 .5, M0 1, s = sqrt(.171875): r = -.5/.414578*.433013 = -0.522233.
  // q3: x (1 .5 .5 1), y (0 0 1 1): M1 = M0 = .75: r = 0.
  it('pairs every first answer with the rest score after ALL the learner\'s answers, earlier and later, in any order', () => {
    const sink = recordingSink();
    let l1 = learner('L1');
    let l2 = learner('L2');
    let l3 = learner('L3');
    let l4 = learner('L4');
    // Interleaved and in different orders: a later answer must change the earlier items' pairs.
    l1 = answer(sink, l1, 'q1', true);
    l2 = answer(sink, l2, 'q3', false);
    l1 = answer(sink, l1, 'q2', true);
    l3 = answer(sink, l3, 'q2', false);
    l2 = answer(sink, l2, 'q1', false);
    l4 = answer(sink, l4, 'q3', true);
    l3 = answer(sink, l3, 'q3', true);
    l1 = answer(sink, l1, 'q3', false);
    l4 = answer(sink, l4, 'q1', true);
    l2 = answer(sink, l2, 'q2', true);
    l3 = answer(sink, l3, 'q1', true);
    l4 = answer(sink, l4, 'q2', true);
    expect(pointBiserial(sink.pairs('hali|all', 'q1'))).to.be.closeTo(1 / 3, 1e-9);
    expect(pointBiserial(sink.pairs('hali|all', 'q2'))).to.be.closeTo(-0.522233, 1e-6);
    expect(pointBiserial(sink.pairs('hali|all', 'q3'))).to.be.closeTo(0, 1e-9);
    expect(sink.pairs('hali|all', 'q1').n).to.equal(4);
    expect(sink.pairs('hali|all', 'q1').sx).to.be.closeTo(2.5, 1e-12);
  });

  it('no variance: everyone right on an item gives no discrimination (undefined), not a number', () => {
    const sink = recordingSink();
    for (const [id, second] of [['A', true], ['B', false], ['C', true]] as const) {
      answer(sink, answer(sink, learner(id), 'q1', true), 'q2', second);
    }
    expect(sink.pairs('hali|all', 'q1').n).to.equal(3);
    expect(pointBiserial(sink.pairs('hali|all', 'q1'))).to.equal(undefined);
  });

  it('a review answer moves nothing; a learner with one answer has no pair until their second', () => {
    const sink = recordingSink();
    let l = answer(sink, learner('R'), 'q1', true);
    expect(sink.pairs('hali|all', 'q1').n).to.equal(0);
    l = answer(sink, l, 'q1', false);
    expect(sink.pairs('hali|all', 'q1').n).to.equal(0);
    answer(sink, l, 'q2', false);
    // Now A 2, C 1: q1 (y 1) pairs with x 0, q2 (y 0) with x 1.
    expect(sink.pairs('hali|all', 'q1')).to.deep.equal({ n: 1, sx: 0, sxx: 0, sy: 1, sxy: 0 });
    expect(sink.pairs('hali|all', 'q2')).to.deep.equal({ n: 1, sx: 1, sxx: 1, sy: 0, sxy: 0 });
  });

  it('a closed month keeps the rest score as at its end; all time follows every later answer', () => {
    const sink = recordingSink();
    let l = answer(sink, learner('M'), 'q1', true, OCT);
    l = answer(sink, l, 'q2', false, OCT);
    answer(sink, l, 'q3', true, NOV);
    // October: A 2, C 1 at the month's end: q1 x 0, q2 x 1. All time: A 3, C 2: q1 x .5, q2 x 1, q3 x .5.
    expect(sink.pairs('hali|2026-10', 'q1')).to.deep.equal({ n: 1, sx: 0, sxx: 0, sy: 1, sxy: 0 });
    expect(sink.pairs('hali|2026-10', 'q2')).to.deep.equal({ n: 1, sx: 1, sxx: 1, sy: 0, sxy: 0 });
    expect(sink.pairs('hali|2026-11', 'q1').n).to.equal(0);
    expect(sink.pairs('hali|2026-11', 'q3')).to.deep.equal({ n: 1, sx: 0.5, sxx: 0.25, sy: 1, sxy: 0.5 });
    expect(sink.pairs('hali|all', 'q1')).to.deep.equal({ n: 1, sx: 0.5, sxx: 0.25, sy: 1, sxy: 0.5 });
  });

  it('a learner who changes role takes their pairs to the new role\'s cell (nothing left in the old one)', () => {
    const sink = recordingSink();
    let l = answer(sink, learner('C'), 'q1', true);
    l = answer(sink, l, 'q2', false);
    l = answer(sink, { ...l, profile: { role: 'doctor' } }, 'q3', true);
    const nurse = sink.sums.get('hali|all#nurse|en')!;
    const doctor = sink.sums.get('hali|all#doctor|en')!;
    for (const name of ['rn', 'rx', 'rxx', 'ry', 'rxy']) expect(nurse[`i:q1:${name}`]).to.be.closeTo(0, 1e-12);
    expect(doctor['i:q1:rn']).to.equal(1);
    expect(doctor['i:q1:rx']).to.be.closeTo(0.5, 1e-12);
    expect(doctor['i:q3:rn']).to.equal(1);
    expect(l.analytics?.rest?.hali.cell).to.equal('doctor|en');
  });
});
