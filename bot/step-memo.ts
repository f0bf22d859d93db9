/**
 * `read` remembered for the current synchronous step only: a turn reads the same question several times in
 * one step (its language twice, its words for phrases, pairs, spelling and tagging), and each reading is
 * costly. The texts are forgotten when the step ends, so no question stays in memory, and at most `max` are
 * kept within a step (long loops such as start-up indexing or the evaluation read many).
 */
export function stepMemo<V>(read: (text: string) => V, max: number): (text: string) => V {
  const remembered = new Map<string, V>();
  return (text) => {
    if (remembered.has(text)) return remembered.get(text) as V;
    if (remembered.size === 0) queueMicrotask(() => remembered.clear());
    if (remembered.size >= max) remembered.clear();
    const value = read(text);
    remembered.set(text, value);
    return value;
  };
}
