import { expect } from 'chai';
import { fitSparse, outOfFold, shuffled, sparseProbability, type SparseExample } from '../../scripts/sparse-logistic';

const SETTINGS = { epochs: 20, rate: 0.2, l2: 1e-3, seed: 3 };

describe('the sparse logistic regression the trainers share (scripts/sparse-logistic.ts)', () => {
  it('shuffles every item exactly once, the same way for the same seed and another way for another', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const order = shuffled(items, 5);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(items);
    expect(shuffled(items, 5)).to.deep.equal(order);
    expect(shuffled(items, 6)).to.not.deep.equal(order);
    expect(items, 'the items given are left as they were').to.deep.equal(Array.from({ length: 50 }, (_, i) => i));
  });

  it('learns which features go with the class, the same weights from the same examples', () => {
    const examples: SparseExample[] = [
      ...Array.from({ length: 20 }, (_, i) => ({ features: ['variant', `w${i}`], y: 1 as const, weight: 1 })),
      ...Array.from({ length: 20 }, (_, i) => ({ features: ['dose', `w${i}`], y: 0 as const, weight: 1 })),
    ];
    const model = fitSparse(examples, SETTINGS);
    expect(model.weights.get('variant')).to.be.above(1);
    expect(model.weights.get('dose')).to.be.below(-1);
    expect(sparseProbability(model, ['variant'])).to.be.above(0.8);
    expect(sparseProbability(model, ['dose'])).to.be.below(0.2);
    expect([...fitSparse(examples, SETTINGS).weights]).to.deep.equal([...model.weights]);
  });

  it('weighs an example by its weight: one weighing three pulls as three do', () => {
    const once: SparseExample[] = [{ features: ['a'], y: 1, weight: 1 }, { features: ['a'], y: 0, weight: 3 }];
    const thrice: SparseExample[] = [{ features: ['a'], y: 1, weight: 1 }, ...Array.from({ length: 3 }, () => ({ features: ['a'], y: 0 as const, weight: 1 }))];
    const [p1, p3] = [fitSparse(once, SETTINGS), fitSparse(thrice, SETTINGS)].map((m) => sparseProbability(m, ['a']));
    expect(p1, 'near 1 in 4').to.be.closeTo(0.25, 0.1);
    expect(p3, 'near 1 in 4').to.be.closeTo(0.25, 0.1);
  });

  it('scores each item out of fold: by a model fitted on the other folds only', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const seenBy: number[][] = [];
    const scores = outOfFold(items, 5, (training) => {
      seenBy.push(training);
      return (item) => (training.includes(item) ? -1 : training.length);
    });
    expect(seenBy).to.have.length(5);
    expect(scores.every((s) => s > 0), 'no item is scored by a model that learned it').to.equal(true);
    // Folds by position: 23 items in 5 folds leave 18 or 19 to learn from.
    expect([...new Set(scores)].sort()).to.deep.equal([18, 19]);
  });
});
