/** Content figures for `npm run bench`: loading and validating the faculty, and building its retrieval index. */
import { join } from 'node:path';
import { createFaculty } from '../../bot/mentors/faculty';
import { loadMentors } from '../../bot/mentors/load';

const RUNS = 20;

export function runContentBench(write: (line: string) => void): void {
  const dir = join(__dirname, '..', '..', 'mentors');
  const loadMs: number[] = [];
  const indexMs: number[] = [];
  let faculty = createFaculty(loadMentors(dir));
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const mentors = loadMentors(dir);
    const loaded = process.hrtime.bigint();
    faculty = createFaculty(mentors);
    loadMs.push(Number(loaded - started) / 1e6);
    indexMs.push(Number(process.hrtime.bigint() - loaded) / 1e6);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const counts = faculty.mentors.map((m) => `${m.id}: ${m.explainers.length} explainers, ${m.lessons.length} lessons, ${m.quiz.length} quiz items, ${m.cases.length} cases`).join('; ');
  write(`\nContent (${counts})\n`);
  write(
    `  load and validate: ${median(loadMs).toFixed(1)} ms; build the retrieval index (${faculty.retriever.documentCount} passages): ${median(indexMs).toFixed(1)} ms; index size ${(faculty.retriever.sizeBytes() / 1024).toFixed(0)} KiB (medians of ${RUNS} runs)\n`,
  );
}
