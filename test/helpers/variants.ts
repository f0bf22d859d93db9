/**
 * A question of the content's own asked another way (mistyped, typed on a phone, mutation left off), with the
 * answer it gets as written and as asked. Shared by the generated sets in misspellings.ts and welsh-variants.ts.
 */
import type { Faculty } from '../../bot/mentors/faculty';

export interface Variant<K extends string = string> {
  readonly kind: K;
  readonly asked: string;
  readonly original: string;
  /** What the question gets as written. */
  readonly meant: string;
  readonly got: string | undefined;
}

/** Each of `originals` the mentor answers as written, asked each way `variantsOf` gives, with what each way gets. */
export function askedOtherwise<K extends string>(faculty: Faculty, originals: readonly string[], variantsOf: (text: string) => { kind: K; asked: string }[]): Variant<K>[] {
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;
  return originals.flatMap((original) => {
    const meant = answer(original);
    if (meant === undefined) return [];
    return variantsOf(original).map(({ kind, asked }) => ({ kind, asked, original, meant, got: answer(asked) }));
  });
}
