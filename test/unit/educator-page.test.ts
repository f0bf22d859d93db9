import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYTICS_MESSAGES } from '../../bot/analytics/messages';
import { ITEM_KINDS, reviewItems } from '../../bot/content/review-items';
import { ITEM_STATUSES } from '../../bot/content/review-state';
import { EDUCATOR_ROLES } from '../../bot/educator/auth';
import { PAGE_MESSAGES } from '../../bot/educator/page-messages';
import { cy, en } from '../../bot/i18n/messages';
import { LEVELS, ROLES } from '../../bot/mentors/types';
import { TRIAGE_VERDICTS } from '../../bot/store/feedback';
import { realFaculty } from '../helpers/app';

const SRC = join(__dirname, '..', '..', 'web', 'src');
const source = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(SRC, f), 'utf8')).join('\n');
// The page's words: the shared catalogue's, the analytics views' own and the page's own (bot/educator/page.ts embeds all three).
const words = { en: { ...en, ...ANALYTICS_MESSAGES.en, ...PAGE_MESSAGES.en } as Record<string, string>, cy: { ...cy, ...ANALYTICS_MESSAGES.cy, ...PAGE_MESSAGES.cy } as Record<string, string> };
const has = (key: string) => key in words.en && key in words.cy && words.en[key].length > 0 && words.cy[key].length > 0;

describe('educator page: every word it shows exists in English and Welsh', () => {
  it('has both languages for every literal key the page asks for', () => {
    const keys = [...source.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]);
    expect(keys.length).to.be.greaterThan(30);
    for (const key of keys) expect(has(`educator.${key}`), key).to.equal(true);
  });

  it('has both languages for every value the page names from data (kinds, statuses, roles, verdicts, fields...)', () => {
    const expected = [
      ...ITEM_KINDS.map((k) => `educator.kind.${k}`),
      ...ITEM_STATUSES.map((s) => `educator.status.${s}`),
      ...LEVELS.map((l) => `educator.level.${l}`),
      ...EDUCATOR_ROLES.map((r) => `educator.role.${r}`),
      ...ROLES.map((r) => `role.${r}`),
      ...['approved', 'changes-requested', 'pending'].map((v) => `educator.verdict.${v}`),
      ...['approve', 'request-changes'].map((d) => `educator.decision.${d}`),
      ...EDUCATOR_ROLES.map((r) => `educator.approve.${r}`),
      ...TRIAGE_VERDICTS.map((v) => `educator.triage.${v}`),
      ...['en', 'cy'].map((l) => `educator.language.${l}`),
      ...['mentor', 'kind', 'status', 'role', 'level', 'language'].map((f) => `educator.filter.${f}`),
      ...['pathway', 'stage', 'quiz', 'case', 'lesson', 'suggests', 'reviews', 'answers'].map((u) => `educator.usage.${u}`),
    ];
    const fields = new Set(reviewItems(realFaculty().mentors).flatMap((i) => Object.keys(i.text)).filter((name) => !name.startsWith('option ') && !name.startsWith('example:')));
    expected.push('educator.field.example');
    for (const name of fields) expected.push(`educator.field.${name}`);
    for (const key of expected) expect(has(key), key).to.equal(true);
  });
});
