/**
 * Builds the educator tab's page assets (web/src -> web/dist/app.js and app.css) with esbuild: Fluent
 * UI web components and the Teams JavaScript library are bundled, so the page loads nothing from
 * any other host. `npm run build:web` runs it; `npm test`, `npm run dev` and `npm run build` call it.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WEB_DIR = __dirname;
export const DIST_DIR = join(__dirname, 'dist');

export async function buildWeb(): Promise<{ files: Record<string, number> }> {
  mkdirSync(DIST_DIR, { recursive: true });
  await build({
    entryPoints: [join(WEB_DIR, 'src', 'main.ts')],
    outfile: join(DIST_DIR, 'app.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome109', 'edge109', 'safari16'],
    legalComments: 'external',
    logLevel: 'warning',
  });
  copyFileSync(join(WEB_DIR, 'src', 'styles.css'), join(DIST_DIR, 'app.css'));
  const files = Object.fromEntries(['app.js', 'app.css'].map((f) => [f, statSync(join(DIST_DIR, f)).size]));
  return { files };
}

if (require.main === module) {
  buildWeb()
    .then(({ files }) => process.stdout.write(`web/dist: ${Object.entries(files).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`).join(', ')}\n`))
    .catch((error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    });
}
