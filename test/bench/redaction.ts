/**
 * Redaction figures for `npm run bench -- redaction`: the share of generated patient identifiers
 * removed and the share of clinical text kept word for word (the same corpus and measure as
 * test/unit/redaction-corpus.test.ts), and how long redaction takes per message.
 */
import { redact } from '../../bot/safety/redact';
import { generateIdentifierCorpus, measureRedaction } from '../helpers/redaction-corpus';

export function runRedactionBench(write: (line: string) => void): void {
  const figures = measureRedaction(redact);
  const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
  const byKind = new Map<string, number>();
  for (const c of generateIdentifierCorpus()) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const sentences = generateIdentifierCorpus().map((c) => c.sentence);
  const started = performance.now();
  const rounds = 20;
  for (let round = 0; round < rounds; round++) for (const sentence of sentences) redact(sentence);
  const microseconds = ((performance.now() - started) * 1000) / (rounds * sentences.length);
  write('\nnpm run bench -- redaction: generated corpus (EN and CY; questions, case contributions, feedback comments, settings text)\n\n');
  write(`identifiers removed: ${figures.removed} of ${figures.identifiers} (${percent(figures.removed, figures.identifiers)})\n`);
  write(`  by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}\n`);
  write(`clinical texts kept word for word: ${figures.kept} of ${figures.clinical} (${percent(figures.kept, figures.clinical)})\n`);
  write(`time per message: ${microseconds.toFixed(1)} µs (mean over ${rounds * sentences.length} messages)\n`);
  for (const missed of figures.missed) write(`  missed ${missed.kind}: ${JSON.stringify(missed.sentence)}\n`);
  for (const changed of figures.changed) write(`  changed clinical text: ${JSON.stringify(changed)}\n`);
}
