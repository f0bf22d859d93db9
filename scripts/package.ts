/**
 * `npm run package [-- <env>]`: the Teams app package for one environment, as
 * appPackage/build/appPackage.<env>.zip. Placeholders ${{NAME}} in the manifest are filled from
 * env/.env.<env> (and its .user twin) and the environment; the result is validated offline against
 * the official manifest schema before it is zipped.
 */
import AdmZip from 'adm-zip';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnvFiles } from '../bot/config';
import { validateAppPackage } from './manifest';

const root = join(__dirname, '..');
const appDir = join(root, 'appPackage');

/** Replaces every ${{NAME}} with its value; lists the names that have none. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name]?.trim();
    if (!value) missing.add(name);
    return value ?? whole;
  });
  return { text: filled, missing: [...missing] };
}

async function main(): Promise<void> {
  const environment = process.argv[2] ?? 'local';
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const values = { APP_VERSION: version, ...readEnvFiles(join(root, 'env'), { ...process.env, NODE_ENV: environment }) };
  const { text, missing } = fillPlaceholders(readFileSync(join(appDir, 'manifest.json'), 'utf8'), values);
  if (missing.length > 0) {
    throw new Error(`Set ${missing.join(', ')} in env/.env.${environment} (or the environment) to build the ${environment} package.`);
  }
  const manifest = JSON.parse(text);
  const problems = await validateAppPackage(manifest, appDir);
  if (problems.length > 0) throw new Error(`The manifest is not valid:\n  - ${problems.join('\n  - ')}`);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
  for (const file of ['color.png', 'outline.png', 'cy.json']) zip.addLocalFile(join(appDir, file));
  mkdirSync(join(appDir, 'build'), { recursive: true });
  const out = join(appDir, 'build', `appPackage.${environment}.zip`);
  zip.writeZip(out);
  process.stdout.write(`Wrote ${out}: upload it in Teams (Apps > Manage your apps > Upload an app).\n`);
}

if (require.main === module && existsSync(appDir)) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
