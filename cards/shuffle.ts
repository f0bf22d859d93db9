/**
 * Quiz options in a shuffled order that is the same every time it is drawn for the same issued
 * question (seeded by its one-time code), so the letters on the question card and in its feedback
 * agree, and the right answer's place gives nothing away.
 */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  // FNV-1a hash of the seed, then mulberry32: small, well-known, and stable across runs.
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  let state = hash >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
