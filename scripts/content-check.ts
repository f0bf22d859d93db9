/**
 * `npm run content:check`: validates every mentor folder as start-up does, applies the editorial lint
 * rules (sources and their currency, case replies, role coverage, the Welsh glossary and aspirate
 * mutation, the follow-ups' simpler versions and role examples), and prints a summary per mentor and
 * per role. Exits 1 when there is any error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintRejectedWelsh, readGlossary, unglossedSharedTerms } from '../bot/mentors/glossary';
import { lintMentors, summarise, type AllowedSource } from '../bot/mentors/lint';
import { roleCoverage } from '../bot/mentors/lint-roles';
import { readFaculty } from '../bot/mentors/load';
import { lintFollowUps } from './content-check-follow-ups';
import { lintAspirateMutation } from './content-check-mutations';

const root = join(__dirname, '..', 'mentors');

export function checkContent(mentorsDir: string = root, now: Date = new Date()) {
  const { mentors, problems } = readFaculty(mentorsDir);
  const allowed = (JSON.parse(readFileSync(join(mentorsDir, 'sources.json'), 'utf8')) as { sources: AllowedSource[] }).sources;
  lintMentors(mentors, allowed, problems, now);
  const glossary = readGlossary(mentorsDir, problems);
  lintRejectedWelsh(mentors, glossary, problems);
  lintAspirateMutation(mentors, problems);
  lintFollowUps(mentors, glossary, problems);
  const unglossed = unglossedSharedTerms(mentors, glossary);
  for (const u of unglossed) problems.warn('mentors/glossary.json', 'terms', `has no entry for "${u.term}", used by ${u.mentors.join(' and ')}: add its preferred Welsh term`);
  return {
    summary: mentors.map(summarise),
    roles: mentors.map((m) => ({ mentor: m.id, coverage: roleCoverage(m) })),
    glossaryTerms: glossary.length,
    unglossed,
    errors: problems.errors,
    warnings: problems.warnings,
  };
}

function print(report: ReturnType<typeof checkContent>): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('mentor      explainers  lessons  quiz items  cases (stages)  roles covered  reviewed  draft');
  for (const s of report.summary) {
    out(
      `${s.mentor.padEnd(12)}${String(s.explainers).padStart(10)}${String(s.lessons).padStart(9)}${String(s.quizItems).padStart(12)}${`${s.cases} (${s.caseStages})`.padStart(16)}${`${s.rolesCovered}/8`.padStart(15)}${String(s.reviewed).padStart(10)}${String(s.draft).padStart(7)}`,
    );
  }
  out(`\nLessons by role: available (written for the role by name), and cases listing the role`);
  out(`role                       ${report.roles.map((r) => r.mentor.padEnd(20)).join('')}`);
  for (const [i, role] of report.roles[0]?.coverage.map((c) => c.role).entries() ?? []) {
    out(`${role.padEnd(27)}${report.roles.map((r) => `${r.coverage[i].lessons} (${r.coverage[i].own}), ${r.coverage[i].cases} case(s)`.padEnd(20)).join('')}`);
  }
  out(`\n${report.summary.reduce((n, s) => n + s.lessons, 0)} lessons, ${report.summary.reduce((n, s) => n + s.quizItems, 0)} quiz items, ${report.summary.reduce((n, s) => n + s.cases, 0)} cases in all; ${report.glossaryTerms} glossary terms.`);
  for (const w of report.warnings) out(`warning: ${w}`);
  for (const e of report.errors) out(`error: ${e}`);
  out(report.errors.length === 0 ? `content:check passed (${report.warnings.length} warning(s)).` : `content:check failed: ${report.errors.length} error(s).`);
}

if (require.main === module) {
  const report = checkContent();
  print(report);
  process.exit(report.errors.length === 0 ? 0 : 1);
}
