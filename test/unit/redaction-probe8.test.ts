import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { firstComeSpans } from '../../bot/safety/spans';
import type { Found, IdentifierKind } from '../../bot/safety/identifiers';

/**
 * An outside probe's eighth round (3,349 generated staff messages, English and Welsh, tmp/redact8) wrote identifiers in ways the
 * earlier rounds had not. Each kind it found left in is generated here over several values and contexts, with the clinical text the
 * new rules could take.
 */
function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const rand = seeded(8);
const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

describe('redaction: overlapping spans, earlier finder first (probe 8)', () => {
  /** The rule as it was written: a span overlapping any taken one is dropped, compared pair by pair. */
  function pairwise(lists: readonly (readonly Found[])[]): Found[] {
    const taken: Found[] = [];
    for (const list of lists) for (const span of list) if (!taken.some((t) => span.start < t.end && t.start < span.end)) taken.push(span);
    return taken;
  }
  const KINDS: readonly IdentifierKind[] = ['name', 'phone', 'nhs-number', 'address', 'date-of-birth'];
  function generated(length: number, finders: number, perFinder: number, longest: number): Found[][] {
    return Array.from({ length: finders }, () =>
      Array.from({ length: perFinder }, () => {
        const start = int(0, length);
        // Now and then an empty span, which overlaps only a span strictly around it.
        const end = rand() < 0.05 ? start : Math.min(length, start + int(1, longest));
        return { start, end, kind: KINDS[int(0, KINDS.length - 1)] };
      }),
    );
  }

  it('takes the same spans, in the same order, as comparing every pair', () => {
    for (let round = 0; round < 400; round++) {
      const length = int(0, 300);
      const lists = generated(length, int(1, 16), int(0, 40), int(1, 60));
      expect(firstComeSpans(lists, length), `round ${round}`).to.deep.equal(pairwise(lists));
    }
  });

  it('takes the same spans for thousands of short spans in a long text', () => {
    const length = 60_000;
    const lists = generated(length, 16, 400, 12);
    expect(firstComeSpans(lists, length)).to.deep.equal(pairwise(lists));
  });

  it('still removes every one of thousands of names in one message', () => {
    const surnames = ['Jones', 'Evans', 'Pritchard', 'Morgan', 'Parry', 'Hughes'];
    const text = Array.from({ length: 3000 }, (_, i) => `Mrs ${surnames[i % surnames.length]} bed ${(i % 30) + 1}`).join(', ');
    const out = redact(text).text;
    expect(out.match(/\[name removed\]/g)?.length).to.equal(3000);
    for (const surname of surnames) expect(out).not.to.include(surname);
  });
});
