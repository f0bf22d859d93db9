import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, found from this file whether it runs from source or from lib/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}: run HALI from its project folder.`);
    dir = parent;
  }
  return dir;
}

export function packageVersion(root: string = projectRoot()): string {
  return (require(join(root, 'package.json')) as { version: string }).version;
}
