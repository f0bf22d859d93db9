import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from '../../scripts/icons';
import { validateAppPackage } from '../../scripts/manifest';
import { fillPlaceholders } from '../../scripts/package';
import { pngSize } from '../../scripts/png';

const APP_DIR = join(__dirname, '..', '..', 'appPackage');
const VALUES = {
  APP_VERSION: '1.2.3',
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  BOT_DOMAIN: 'hali.example.nhs.wales',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-000000000003',
  DEVELOPER_NAME: 'HEIW (NHS Wales)',
  DEVELOPER_WEBSITE_URL: 'https://heiw.nhs.wales',
  PRIVACY_URL: 'https://heiw.nhs.wales/privacy',
  TERMS_URL: 'https://heiw.nhs.wales/terms',
};

function filledManifest(values: Record<string, string> = VALUES): Record<string, any> {
  const { text, missing } = fillPlaceholders(readFileSync(join(APP_DIR, 'manifest.json'), 'utf8'), values);
  expect(missing).to.deep.equal([]);
  return JSON.parse(text);
}

describe('Teams app package', () => {
  it('is valid against the official schema for its manifest version, Welsh localisation included', async () => {
    const manifest = filledManifest();
    expect(manifest.manifestVersion).to.equal('1.22');
    expect(await validateAppPackage(manifest, APP_DIR)).to.deep.equal([]);
  });

  it('reports schema problems rather than passing anything', async () => {
    const manifest = { ...filledManifest(), id: 'not-a-guid', accentColor: 'blue' };
    const problems = await validateAppPackage(manifest, APP_DIR);
    expect(problems.join('\n')).to.match(/\/id/);
    expect(problems.join('\n')).to.match(/\/accentColor/);
  });

  it('names every setting the package still needs', () => {
    const { missing } = fillPlaceholders(readFileSync(join(APP_DIR, 'manifest.json'), 'utf8'), { APP_VERSION: '1.0.0' });
    expect(missing.sort()).to.deep.equal(['AAD_APP_CLIENT_ID', 'BOT_DOMAIN', 'BOT_ID', 'DEVELOPER_NAME', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TEAMS_APP_ID', 'TERMS_URL']);
  });

  it('ships icons at the sizes Teams requires, exactly as the generator draws them', () => {
    const color = readFileSync(join(APP_DIR, 'color.png'));
    const outline = readFileSync(join(APP_DIR, 'outline.png'));
    expect(pngSize(color)).to.deep.equal({ width: 192, height: 192 });
    expect(pngSize(outline)).to.deep.equal({ width: 32, height: 32 });
    expect(color.equals(colorIcon()), 'run npm run icons').to.equal(true);
    expect(outline.equals(outlineIcon()), 'run npm run icons').to.equal(true);
  });

  it('offers the bot in personal chat, teams and group chats, with at most 10 commands per list', () => {
    const [bot] = filledManifest().bots;
    expect(bot.scopes).to.have.members(['personal', 'team', 'groupChat']);
    for (const list of bot.commandLists) expect(list.commands.length).to.be.at.most(10);
  });

  it('declares the educator tab (personal, on the bot\'s own domain) and its SSO resource, named in Welsh too', () => {
    const manifest = filledManifest();
    expect(manifest.staticTabs).to.deep.equal([{ entityId: 'hali-educators', name: 'HALI for educators', contentUrl: 'https://hali.example.nhs.wales/educator', scopes: ['personal'] }]);
    expect(manifest.webApplicationInfo).to.deep.equal({ id: VALUES.AAD_APP_CLIENT_ID, resource: `api://hali.example.nhs.wales/${VALUES.AAD_APP_CLIENT_ID}` });
    const welsh = JSON.parse(readFileSync(join(APP_DIR, 'cy.json'), 'utf8'));
    expect(welsh['staticTabs[0].name']).to.equal('HALI i addysgwyr');
  });

  it('offers "pause" and "resume" in personal chat, in English and in Welsh', () => {
    const [personal] = filledManifest().bots[0].commandLists;
    const titles = personal.commands.map((c: { title: string }) => c.title);
    expect(titles).to.include.members(['pause', 'resume']);
    const welsh = JSON.parse(readFileSync(join(APP_DIR, 'cy.json'), 'utf8'));
    const welshTitles = titles.map((_: string, i: number) => welsh[`bots[0].commandLists[0].commands[${i}].title`]);
    expect(welshTitles).to.include.members(['saib', 'ailddechrau']);
    expect(welshTitles.every((t: unknown) => typeof t === 'string' && t.length > 0)).to.equal(true);
  });
});
