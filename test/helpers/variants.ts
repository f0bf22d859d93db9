/**
 * A question of the content's own asked another way (mistyped, typed on a phone, mutation left off, wrapped in
 * chat), with the answer it gets as written and as asked. Shared by the generated sets in misspellings.ts,
 * welsh-variants.ts and chatty.ts.
 */
import { expect } from 'chai';
import type { Faculty } from '../../bot/mentors/faculty';

export interface Variant<K extends string = string> {
  readonly kind: K;
  readonly asked: string;
  readonly original: string;
  /** What the question gets as written (undefined: the mentor abstains, kept only when asked for). */
  readonly meant: string | undefined;
  readonly got: string | undefined;
}

/**
 * Each of `originals` asked each way `variantsOf` gives, with what each way gets. Only the originals the mentor
 * answers as written, unless `withAbstentions`: then a variant of an abstained original keeps its answer by abstaining too.
 */
export function askedOtherwise<K extends string>(
  faculty: Faculty,
  originals: readonly string[],
  variantsOf: (text: string) => { kind: K; asked: string }[],
  { withAbstentions = false } = {},
): Variant<K>[] {
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;
  return originals.flatMap((original) => {
    const meant = answer(original);
    if (meant === undefined && !withAbstentions) return [];
    return variantsOf(original).map(({ kind, asked }) => ({ kind, asked, original, meant, got: answer(asked) }));
  });
}

/** A small linear congruential generator: the same variants on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Asserts, for each language, that at least `floor` of its variants get the answer as originally asked and under
 * `otherTopic` get another topic; a failure lists the variants that changed ("… → abstain (bare: what-is-ai)").
 */
export function expectKept(results: readonly Variant<'en' | 'cy'>[], floor: Readonly<Record<'en' | 'cy', number>> | number, otherTopic: number, originally: string): void {
  for (const language of ['en', 'cy'] as const) {
    const of = results.filter((r) => r.kind === language);
    const report = of.filter((r) => r.got !== r.meant).map((r) => `${r.asked} → ${r.got ?? 'abstain'} (${originally}: ${r.meant ?? 'abstain'})`).join('\n');
    expect(of.filter((r) => r.got === r.meant).length / of.length, `${language}\n${report}`).to.be.at.least(typeof floor === 'number' ? floor : floor[language]);
    expect(of.filter((r) => r.got !== undefined && r.got !== r.meant).length / of.length, `${language}\n${report}`).to.be.below(otherTopic);
  }
}
