/**
 * The learning both text models share (`npm run train:decision`'s words model, `npm run train:one-patient`): a weighted,
 * L2-regularised logistic regression over sparse features (words, word pairs), fitted by stochastic gradient descent in a
 * seeded order, and out-of-fold scores for what is learned from them. Deterministic: same examples and settings, same
 * weights. Each trainer keeps its own settings and says why.
 */

/** One example: its features, whether it is the class the model gives odds for, and how much it weighs. */
export interface SparseExample {
  readonly features: readonly string[];
  readonly y: 0 | 1;
  readonly weight: number;
}

export interface SparseModel {
  readonly weights: ReadonlyMap<string, number>;
  readonly bias: number;
}

export interface SparseSettings {
  /** Passes over the examples. */
  readonly epochs: number;
  /** The first step's size; pass k steps rate / (1 + 0.2k). */
  readonly rate: number;
  /** The pull of each weight towards 0 as it is updated: a feature seen in a few examples must not decide alone. */
  readonly l2: number;
  /** Pass k takes the examples in shuffled(examples, seed + k) order. */
  readonly seed: number;
}

/** A fixed pseudo-random order (a linear congruential generator from a fixed seed): deterministic, unlike Math.random. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function fitSparse(examples: readonly SparseExample[], { epochs, rate: firstRate, l2, seed }: SparseSettings): SparseModel {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = firstRate / (1 + epoch * 0.2);
    for (const e of shuffled(examples, seed + epoch)) {
      const z = sparseLogOdds({ weights, bias }, e.features);
      const gradient = (sigmoid(z) - e.y) * e.weight;
      for (const f of e.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (gradient + l2 * w));
      }
      bias -= rate * gradient;
    }
  }
  return { weights, bias };
}

export function sparseLogOdds(model: SparseModel, features: readonly string[]): number {
  return features.reduce((sum, f) => sum + (model.weights.get(f) ?? 0), model.bias);
}

export const sparseProbability = (model: SparseModel, features: readonly string[]) => sigmoid(sparseLogOdds(model, features));

/**
 * Each item's score from a model fitted without it (`folds` folds, by position): what is learned from these scores, or chosen
 * on them, sees what a new item would get, not what an item the model has learned by heart gets.
 */
export function outOfFold<T>(items: readonly T[], folds: number, fitted: (training: T[]) => (item: T) => number): number[] {
  const scores = new Array<number>(items.length);
  for (let fold = 0; fold < folds; fold++) {
    const score = fitted(items.filter((_, i) => i % folds !== fold));
    items.forEach((item, i) => {
      if (i % folds === fold) scores[i] = score(item);
    });
  }
  return scores;
}
