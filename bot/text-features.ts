/**
 * The words and word pairs of a text, as the learned models over text read it (the one-patient model in
 * safety/one-patient-model.ts, the text part of the answer-or-abstain model in mentors/decision-model.ts): lower case,
 * curly apostrophes straight, digits as 0 so "bed 12" and "bed 3" are one feature, a possessive "'s" its own word, and
 * each pair of neighbouring words joined by "_". Each feature once.
 */
export function wordsAndPairs(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\d+/gu, '0')
    .replace(/'s\b/gu, " 's")
    .split(/[^\p{L}\p{M}0']+/u)
    .map((word) => word.replace(/^'+(?!s$)|'+$/gu, ''))
    .filter(Boolean);
  const features = new Set(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]}_${words[i]}`);
  return [...features];
}
