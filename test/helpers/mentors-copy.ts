import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MENTORS_DIR } from './app';

/** A copy of the real mentors folder with one JSON file edited, for content-check tests. */
export function mentorsCopyWith(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'hali-mentors-'));
  cpSync(MENTORS_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return dir;
}
