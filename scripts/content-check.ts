/**
 * `npm run content:check`: validates every mentor folder as start-up does, applies the editorial lint
 * rules, and prints a summary per mentor. Exits 1 when there is any error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintMentors, summarise, type AllowedSource } from '../bot/mentors/lint';
import { readFaculty } from '../bot/mentors/load';

const root = join(__dirname, '..', 'mentors');

export function checkContent(mentorsDir: string = root, now: Date = new Date()) {
  const { mentors, problems } = readFaculty(mentorsDir);
  const allowed = (JSON.parse(readFileSync(join(mentorsDir, 'sources.json'), 'utf8')) as { sources: AllowedSource[] }).sources;
  lintMentors(mentors, allowed, problems, now);
  return { summary: mentors.map(summarise), errors: problems.errors, warnings: problems.warnings };
}

if (require.main === module) {
  const { summary, errors, warnings } = checkContent();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('mentor      explainers  lessons  quiz items  cases (stages)  roles covered  reviewed  draft');
  for (const s of summary) {
    out(
      `${s.mentor.padEnd(12)}${String(s.explainers).padStart(10)}${String(s.lessons).padStart(9)}${String(s.quizItems).padStart(12)}${`${s.cases} (${s.caseStages})`.padStart(16)}${`${s.rolesCovered}/8`.padStart(15)}${String(s.reviewed).padStart(10)}${String(s.draft).padStart(7)}`,
    );
  }
  const total = summary.reduce((n, s) => n + s.quizItems, 0);
  out(`\n${summary.reduce((n, s) => n + s.lessons, 0)} lessons, ${total} quiz items, ${summary.reduce((n, s) => n + s.cases, 0)} cases in all.`);
  for (const w of warnings) out(`warning: ${w}`);
  for (const e of errors) out(`error: ${e}`);
  out(errors.length === 0 ? `content:check passed (${warnings.length} warning(s)).` : `content:check failed: ${errors.length} error(s).`);
  process.exit(errors.length === 0 ? 0 : 1);
}
