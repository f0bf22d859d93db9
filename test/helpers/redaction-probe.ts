/**
 * What the generated redaction probes (test/unit/redaction-probe*.test.ts) share: valid NHS numbers from a seeded generator,
 * the cases of two lists crossed, and what of each case's identifying values is left once redacted.
 */
import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { normalise } from '../../bot/safety/normalise';

/** `n` random digits, and a valid NHS number (its check digit right, never the 10 no number has), drawn from `rand`. */
export function numbersFrom(rand: () => number) {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  function nhsNumber(): string {
    for (;;) {
      const body = `${1 + Math.floor(rand() * 8)}${digits(8)}`;
      const check = 11 - ([...body].reduce((t, d, i) => t + Number(d) * (10 - i), 0) % 11);
      if (check !== 10) return body + String(check === 11 ? 0 : check);
    }
  }
  return { digits, nhsNumber };
}

export const cross = <A, B>(as: readonly A[], bs: readonly B[]) => as.flatMap((a) => bs.map((b) => [a, b] as const));

/** The redacted text as the patterns read it (no invisible characters, references read), lower case and without accents. */
export const folded = (text: string) => normalise(text).text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");

/** The values still in `text` once redacted: five digits or more anywhere in the output's digits, anything else as a whole word. */
function left(text: string, ...values: string[]): string[] {
  const out = folded(redact(text).text);
  return values.filter((value) => {
    const v = folded(value);
    if (/^\d{5,}$/.test(v)) return out.replace(/\D/g, '').includes(v);
    return new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(out);
  });
}

/** Every case (a text, then the values it identifies by) whose values are not all removed, with what redaction made of it. */
export function leaks(cases: readonly (readonly [string, ...string[]])[]): string[] {
  expect(cases.length).to.be.greaterThan(0);
  return cases.filter(([text, ...values]) => left(text, ...values).length > 0).map(([text]) => `${JSON.stringify(text)} -> ${JSON.stringify(redact(text).text)}`);
}

/** Number words, English and Welsh, and the digits they say: an NHS or phone number said in words left in reads as its digits. */
const SAID: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  dim: '0', un: '1', dau: '2', tri: '3', pedwar: '4', pump: '5', chwech: '6', saith: '7', wyth: '8', naw: '9',
};
/** `leaks` for numbers said in words: each case's numbers (digits) must not be left, said or written, in the redacted text. */
export function leaksAsSaid(cases: readonly (readonly [string, ...string[]])[]): string[] {
  expect(cases.length).to.be.greaterThan(0);
  const digitsLeft = (text: string) => folded(redact(text).text).replace(/\p{L}+/gu, (word) => SAID[word] ?? word).replace(/\D/g, '');
  return cases.filter(([text, ...numbers]) => numbers.some((n) => digitsLeft(text).includes(n))).map(([text]) => `${JSON.stringify(text)} -> ${JSON.stringify(redact(text).text)}`);
}
