import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTORS_DIR } from './app';
import { tempDir } from './temp-dir';

/** A copy of the real mentors folder with one JSON file edited, for content-check tests. */
export function mentorsCopyWith(file: string, edit: (json: any) => void): string {
  const dir = tempDir('hali-mentors-');
  cpSync(MENTORS_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return dir;
}
