import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('settings documentation', () => {
  const source = readFileSync(join(ROOT, 'bot', 'config.ts'), 'utf8');
  const names = [...new Set([...source.matchAll(/\b(?:text|integer|flag|url)\('([A-Z0-9_]+)'/g)].map((m) => m[1]))];

  it('finds the settings config.ts reads', () => {
    expect(names).to.include.members(['PORT', 'BOT_ID', 'COSMOS_ENDPOINT', 'RETENTION_DAYS']);
  });

  it('documents every one of them in the README and in env/.env.example', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = readFileSync(join(ROOT, 'env', '.env.example'), 'utf8');
    for (const name of names) {
      expect(readme, `README.md lacks ${name}`).to.include(`\`${name}\``);
      expect(example, `env/.env.example lacks ${name}`).to.match(new RegExp(`^${name}=`, 'm'));
    }
  });
});
