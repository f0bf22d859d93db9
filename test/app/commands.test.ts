import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, testApp } from '../helpers/app';

const APP_DIR = join(__dirname, '..', '..', 'appPackage');

/** What each command should produce, recognised from the reply. */
const EXPECTED: Record<string, RegExp> = {
  help: /What HALI can do/,
  cymorth: /Beth all HALI ei wneud/,
  hi: /Welcome to HALI/,
  helo: /Croeso i HALI/,
  Cymraeg: /Byddaf yn siarad Cymraeg/,
  English: /I will speak English/,
  lesson: /Lesson 1 of \d+ · about two minutes|has no lessons yet/,
  gwers: /Gwers 1 o \d+ · tua dwy funud|Nid oes gan .* wersi eto/,
  quiz: /"id":"confidence"/,
  cwis: /pa mor siŵr ydych chi/,
  progress: /Your progress/,
  cynnydd: /Eich cynnydd/,
  settings: /Your settings/,
  gosodiadau: /Eich gosodiadau/,
  'my data': /HALI holds no records about you yet|Here is everything HALI holds about you/,
  'fy nata': /Nid oes gan HALI unrhyw gofnodion amdanoch chi eto|Dyma bopeth sydd gan HALI amdanoch chi/,
  'forget me': /Delete everything HALI holds about you\?/,
  'anghofia fi': /Dileu popeth sydd gan HALI amdanoch chi\?/,
  case: /Gwen · case discussion[\s\S]*Stage 1 of 4/,
  achos: /Gwen · trafodaeth achos[\s\S]*Cam 1 o 4/,
  pause: /Daily lessons are paused until you say "resume"/,
  saib: /Mae’r gwersi dyddiol wedi’u hoedi nes i chi ddweud "ailddechrau"/,
  resume: /Daily lessons are on again\. Your next one: /,
  ailddechrau: /Mae’r gwersi dyddiol ymlaen eto\. Eich un nesaf: /,
};

describe('app: every command in the Teams manifest has a route', () => {
  const manifest = JSON.parse(readFileSync(join(APP_DIR, 'manifest.json'), 'utf8'));
  const welsh = JSON.parse(readFileSync(join(APP_DIR, 'cy.json'), 'utf8'));
  const titles: [string, string, 'personal' | 'channel'][] = [];
  manifest.bots[0].commandLists.forEach((list: any, l: number) => {
    // A team or group chat command is tried where it is offered: @mentioned in a new channel post.
    const where = list.scopes.includes('personal') ? 'personal' : 'channel';
    list.commands.forEach((command: any, c: number) => {
      titles.push([command.title, 'en-GB', where]);
      titles.push([welsh[`bots[0].commandLists[${l}].commands[${c}].title`], 'cy-GB', where]);
    });
  });

  for (const [title, locale, where] of [...new Map(titles.map((t) => [t.join('|'), t])).values()]) {
    it(`"${title}" (${locale}, ${where}) does what it says`, async () => {
      expect(EXPECTED[title], `no expectation written for "${title}"`).to.be.instanceOf(RegExp);
      const activity = where === 'personal' ? personalMessage(title, { locale }) : channelMessage(title, { locale, newPost: true });
      const replies = await testApp().send(activity);
      const said = [replies[0]?.text ?? '', ...cardTexts(firstCard(replies)), JSON.stringify(firstCard(replies) ?? {})].join('\n');
      expect(said).to.match(EXPECTED[title]);
    });
  }
});
