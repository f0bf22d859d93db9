/**
 * Redaction figures for `npm run bench -- redaction`: the share of generated patient identifiers
 * removed and the share of clinical text kept word for word (the same corpus and measure as
 * test/unit/redaction-corpus.test.ts), and how long redaction takes per message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const probe: { mustRemove: string[]; mustKeep: string[]; text: string }[] = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'redaction', 'probe-identifiers.json'), 'utf8')).messages;
  const withIdentifiers = probe.filter((m) => m.mustRemove.length > 0);
  const leaking = withIdentifiers.filter((m) => m.mustRemove.some((s) => redact(m.text).text.includes(s))).length;
  const withKept = probe.filter((m) => m.mustKeep.length > 0);
  const losing = withKept.filter((m) => m.mustKeep.some((s) => !redact(m.text).text.includes(s))).length;
  write(`outside probe (test/fixtures/redaction/probe-identifiers.json): ${withIdentifiers.length - leaking} of ${withIdentifiers.length} messages with identifiers leak none; ${withKept.length - losing} of ${withKept.length} keep their clinical text\n`);
  for (const missed of figures.missed) write(`  missed ${missed.kind}: ${JSON.stringify(missed.sentence)}\n`);
  for (const changed of figures.changed) write(`  changed clinical text: ${JSON.stringify(changed)}\n`);
}
