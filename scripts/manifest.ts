import { AppManifestUtils } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from './png';

const SCHEMAS = join(__dirname, '..', 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

function schemaFor(manifestVersion: string, name = 'MicrosoftTeams.schema.json'): object {
  const file = join(SCHEMAS, `v${manifestVersion}`, name);
  if (!existsSync(file)) throw new Error(`No schema shipped for manifest version ${manifestVersion} (looked for ${file}).`);
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/**
 * Every problem with a filled-in manifest and its files: schema errors (offline, against the
 * schema shipped in @microsoft/app-manifest), the localisation files, and the icon sizes Teams requires.
 */
export async function validateAppPackage(manifest: Record<string, any>, appDir: string): Promise<string[]> {
  const problems = (await AppManifestUtils.validateAgainstSchema(manifest as never, schemaFor(manifest.manifestVersion) as never)).map((p: string) => `manifest.json${p}`);
  // The localisation schema's key patterns are not valid as Unicode regular expressions, which the
  // library's own validator requires, so it is checked here with the same draft-04 rules otherwise.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validateLocalization = ajv.compile(schemaFor(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json'));
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    if (!validateLocalization(JSON.parse(readFileSync(join(appDir, language.file), 'utf8')))) {
      for (const e of validateLocalization.errors ?? []) problems.push(`${language.file}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
  const sizes: Record<string, number> = { color: 192, outline: 32 };
  for (const [kind, size] of Object.entries(sizes)) {
    const { width, height } = pngSize(readFileSync(join(appDir, manifest.icons[kind])));
    if (width !== size || height !== size) problems.push(`${manifest.icons[kind]} is ${width}x${height}; Teams needs ${size}x${size}.`);
  }
  return problems;
}
