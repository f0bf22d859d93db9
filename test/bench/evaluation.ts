/** `npm run bench -- evaluation`: how often the offline mentor answers the evaluation sets right, and how it abstains. */
import { createFaculty } from '../../bot/mentors/faculty';
import { loadMentors } from '../../bot/mentors/load';
import { join } from 'node:path';
import { describeMisses, evaluate, MENTOR_IDS, share } from '../helpers/evaluation';

export function runEvaluationBench(write: (line: string) => void): void {
  const faculty = createFaculty(loadMentors(join(__dirname, '..', '..', 'mentors')));
  write('\nOffline mentor on the evaluation sets (test/fixtures/evaluation; goal >= 95% right, no out-of-scope question answered)\n');
  for (const mentorId of MENTOR_IDS) {
    const started = process.hrtime.bigint();
    const results = evaluate(faculty, mentorId);
    const msPerQuestion = Number(process.hrtime.bigint() - started) / 1e6 / results.length;
    const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
    const styles = [...new Set(results.map((r) => r.q.style))].map((style) => `${style} ${pct(share(results.filter((r) => r.q.style === style), (r) => r.right))}`).join(', ');
    const outOfScope = results.filter((r) => r.expected.length === 0);
    const welsh = results.filter((r) => r.q.language === 'cy');
    write(
      `  ${mentorId}: ${results.filter((r) => r.right).length}/${results.length} right (${pct(share(results, (r) => r.right))}); ` +
        `out of scope answered with content: ${results.filter((r) => r.unrelated).length}/${outOfScope.length}; ` +
        `Welsh recognised: ${welsh.filter((r) => r.detected === 'cy').length}/${welsh.length}; ${msPerQuestion.toFixed(2)} ms a question\n`,
    );
    write(`    by style: ${styles}\n`);
    const misses = describeMisses(results);
    if (misses) write(`    misses:\n${misses.replace(/^/gm, '    ')}\n`);
  }
}
