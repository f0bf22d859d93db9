/**
 * Builds the educator tab's page assets (web/src -> web/dist/app.js and app.css) with esbuild: Fluent
 * UI web components and the Teams JavaScript library are bundled, so the page loads nothing from
 * any other host. `npm run build:web` runs it; `npm test`, `npm run dev` and `npm run build` call it.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const WEB_DIR = __dirname;
export const DIST_DIR = join(__dirname, 'dist');

/** Where the Teams JavaScript library fetches its list of Teams hosts from, and where the page serves that list instead. */
const TEAMS_ORIGINS_CDN = 'new URL("https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json")';
const TEAMS_ORIGINS_OWN = 'new URL("/educator/assets/valid-origins.json",location.href)';
const TEAMS_JS_DIR = dirname(require.resolve('@microsoft/teams-js/package.json'));

/**
 * The Teams library fetches its host list from a Microsoft CDN as soon as it loads; the page's CSP (connect-src
 * 'self') refuses that, and every load logged a CSP violation before the library fell back to the list it carries.
 * The bundle asks this origin instead, which serves that same built-in list. A library that no longer has the
 * address fails the build, rather than quietly reaching out again.
 */
const teamsOriginsHere: Plugin = {
  name: 'teams-origins-here',
  setup(build) {
    build.onLoad({ filter: /teams-js[\\/].*[\\/]internal[\\/]constants\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(TEAMS_ORIGINS_CDN)) throw new Error(`${args.path} no longer holds ${TEAMS_ORIGINS_CDN}: update teamsOriginsHere in web/build.ts.`);
      return { contents: source.replace(TEAMS_ORIGINS_CDN, TEAMS_ORIGINS_OWN), loader: 'js' };
    });
  },
};

/** The host list the Teams library carries (its fallback when the CDN cannot be reached), as the CDN's JSON. */
function teamsValidOrigins(): string {
  const file = join(TEAMS_JS_DIR, 'dist', 'esm', 'packages', 'teams-js', 'src', 'artifactsForCDN', 'validDomains.json.js');
  const list = /^var \w+=(\[[^\]]*\])/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!list) throw new Error(`${file} holds no host list: update teamsValidOrigins in web/build.ts.`);
  return JSON.stringify({ validOrigins: JSON.parse(list) as string[] });
}

export async function buildWeb(): Promise<{ files: Record<string, number> }> {
  mkdirSync(DIST_DIR, { recursive: true });
  await build({
    plugins: [teamsOriginsHere],
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
  writeFileSync(join(DIST_DIR, 'valid-origins.json'), teamsValidOrigins());
  copyFileSync(join(WEB_DIR, '..', 'appPackage', 'color.png'), join(DIST_DIR, 'icon.png'));
  const files = Object.fromEntries(['app.js', 'app.css', 'valid-origins.json', 'icon.png'].map((f) => [f, statSync(join(DIST_DIR, f)).size]));
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
