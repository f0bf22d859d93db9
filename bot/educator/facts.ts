import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintMentors, type AllowedSource } from '../mentors/lint';
import type { Mentor } from '../mentors/types';
import { ContentProblems } from '../mentors/validate';
import type { SourceFacts } from './detail';

/**
 * What the workspace shows beside an item and cannot read from the item itself: when each source was
 * last checked (mentors/sources.json; the field is read under any of the names it has carried) and
 * the content checks' findings, worked out once at start-up.
 */
export function readSourceFacts(mentorsDir: string, mentors: readonly Mentor[]): SourceFacts {
  const file = join(mentorsDir, 'sources.json');
  const listed = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { sources?: unknown }).sources ?? []) : [];
  const entries = (Array.isArray(listed) ? listed : []).filter((s): s is Record<string, unknown> => !!s && typeof s === 'object' && typeof s.url === 'string');
  const lastChecked = new Map<string, string>();
  for (const entry of entries) {
    const date = [entry.lastChecked, entry.checked, entry.lastCheckedAt, entry.checkedOn].find((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d));
    if (date) lastChecked.set(entry.url as string, date.slice(0, 10));
  }
  const allowed = entries.map((e) => ({ ...e, url: e.url as string, evidence: (e.evidence as AllowedSource['evidence']) ?? 'read' }));
  const problems = new ContentProblems();
  lintMentors(mentors, allowed, problems);
  const findings = new Map<string, string[]>();
  for (const line of [...problems.errors, ...problems.warnings]) {
    // Lines read "mentors/<id>/<file>.json <item id>: field ..."
    const id = /^\S+\.json (\S+): /.exec(line)?.[1];
    if (!id) continue;
    findings.set(id, [...(findings.get(id) ?? []), line.slice(line.indexOf(': ') + 2)]);
  }
  return { lastChecked, findings };
}
