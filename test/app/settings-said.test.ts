import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { botInstalled, cardExecute, personalMessage } from '../helpers/activities';
import { answerTexts, cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;

let users = 0;
/** A learner who installed HALI (weekdays at 09:00, London), on a fresh app. */
async function installed() {
  const app = testApp({ now: () => new Date('2026-11-26T07:00:00Z') });
  const userId = `29:said-${++users}`;
  await app.send({ ...botInstalled({ userId }), localTimezone: 'Europe/London' } as Partial<Activity>);
  return {
    ...app,
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    execute: (verb: string, data: Record<string, unknown>) => app.send(cardExecute(verb, data, { userId })),
    learner: async () => (await storedLearner(app.stores, `aad-${userId}`))!,
  };
}

/** The values of a card's inputs, as Teams sends them with an Action.Execute. */
function inputsOf(card: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string') found[node.id] = node.value ?? '';
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

/** Presses the settings card's Save as a Teams client would: its inputs' values with the action's data. */
async function save(learner: Awaited<ReturnType<typeof installed>>, card: Record<string, any>) {
  const action = (card.actions as any[]).find((a) => a.verb === Verbs.saveSettings);
  return invokeCard(await learner.execute(action.verb, { ...action.data, ...inputsOf(card) }))!;
}

describe('app: settings said in words open the settings card with them filled in, to confirm with Save', () => {
  const weekdays: ReadonlyArray<readonly [string, string]> = [
    ['not on weekends', 'en-GB'], ['no lessons at weekends', 'en-GB'], ['No lessons at the weekend please', 'en-GB'], ['weekdays only', 'en-GB'], ['only on weekdays', 'en-GB'], ['Mon-Fri only', 'en-GB'],
    ['monday to friday', 'en-GB'], ["don't send me anything at the weekend", 'en-GB'], ['no weekend lessons', 'en-GB'], ['weekends off', 'en-GB'], ['@HALI not on weekends', 'en-GB'],
    ['dim ar y penwythnos', 'en-GB'], ['dim gwersi ar y penwythnos', 'cy-GB'], ['dim byd dros y penwythnos plis', 'en-GB'], ['paid ag anfon dim byd ar y penwythnos', 'en-GB'],
    ['peidiwch â hala negeseuon ar y penwythnos', 'en-GB'], ["dyddiau'r wythnos yn unig", 'en-GB'], ["dim ond dyddiau'r wythnos", 'en-GB'], ['Llun i Gwener', 'en-GB'],
  ];

  it(`fills in weekdays only for ${weekdays.length} ways of saying it, says so in a line, and changes nothing until Save`, async () => {
    for (const [text, locale] of weekdays) {
      const learner = await installed();
      // Lessons every day first, so that weekdays only is a change.
      await learner.execute(Verbs.saveSettings, { nudgeDays: '1,2,3,4,5,6,7' });
      const before = await learner.learner();
      const card = firstCard(await learner.say(text, locale))!;
      const texts = cardTexts(card).join('\n');
      const welsh = /dim|dyddiau|llun|paid|peidiwch/i.test(text);
      expect(texts, text).to.include(welsh ? 'Rydw i wedi llenwi’r diwrnodau ar gyfer eich gwers ddyddiol: dydd Llun i ddydd Gwener. Gwiriwch y cerdyn a phwyswch Cadw i’w gadw; does dim yn newid nes i chi wneud.' : 'I have filled in the days for your daily lesson: Monday to Friday. Check the card and press Save to keep it; nothing changes until you do.');
      expect(inputsOf(card).nudgeDays, text).to.equal('1,2,3,4,5');
      const after = await learner.learner();
      expect([after.preferences.nudges, after.preferences.timeZone, after.language, after.profile], text).to.deep.equal([before.preferences.nudges, before.preferences.timeZone, before.language, before.profile]);
      await save(learner, card);
      expect((await learner.learner()).preferences.nudges?.days, text).to.deep.equal([1, 2, 3, 4, 5]);
    }
  });

  it('says in a line when the days are already so, rather than asking again', async () => {
    const learner = await installed();
    expect((await learner.say('not on weekends')).map((r) => r.text).join('')).to.equal('Your daily lessons already come on these days: Monday to Friday. Nothing to change.');
    expect((await learner.say('dim ar y penwythnos')).map((r) => r.text).join('')).to.equal('Mae eich gwersi dyddiol eisoes yn dod ar y diwrnodau hyn: dydd Llun i ddydd Gwener. Does dim i’w newid.');
  });

  it('fills in other days: every day, some days only, and all but one', async () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['every day', '1,2,3,4,5,6,7', 'every day, weekends included'],
      ['weekends too', '1,2,3,4,5,6,7', 'every day, weekends included'],
      ['bob dydd', '1,2,3,4,5,6,7', 'bob dydd, gan gynnwys y penwythnos'],
      ['not on fridays', '1,2,3,4', 'Monday, Tuesday, Wednesday and Thursday'],
      ['dim ar ddydd Gwener', '1,2,3,4', 'dydd Llun, dydd Mawrth, dydd Mercher a dydd Iau'],
      ['only on mondays, wednesdays and fridays', '1,3,5', 'Monday, Wednesday and Friday'],
      ['dim ond ar ddydd Llun a dydd Mercher', '1,3', 'dydd Llun a dydd Mercher'],
    ];
    for (const [text, days, said] of cases) {
      const learner = await installed();
      const card = firstCard(await learner.say(text))!;
      expect(inputsOf(card).nudgeDays, text).to.equal(days);
      expect(cardTexts(card).join('\n'), text).to.include(said);
    }
    const learner = await installed();
    await learner.execute(Verbs.saveSettings, { nudgeDays: '5' });
    expect((await learner.say('not on fridays')).map((r) => r.text).join('')).to.match(/^That would leave no day for your daily lesson\./);
  });

  const quiet: ReadonlyArray<readonly [string, string, string]> = [
    ['quiet hours 10pm to 7am', '22:00', '07:00'], ['quiet hours from 22:00 to 07:00', '22:00', '07:00'], ['set quiet hours 11pm-6am', '23:00', '06:00'], ['quiet hours 10 to 7', '22:00', '07:00'],
    ["don't message me after 9pm", '21:00', '07:00'], ["please don't send anything after 9pm", '21:00', '07:00'], ['no messages after 8pm', '20:00', '07:00'], ['nothing before 8am', '22:00', '08:00'],
    ['no lessons between 10pm and 7am', '22:00', '07:00'], ['do not disturb from 10pm to 7am', '22:00', '07:00'],
    ['oriau tawel 10yh i 7yb', '22:00', '07:00'], ['oriau tawel o 10yh tan 7yb', '22:00', '07:00'], ['dim negeseuon ar ôl 9yh', '21:00', '07:00'], ['paid ag anfon dim byd ar ôl 9 yr hwyr', '21:00', '07:00'],
    ['dim byd cyn 8yb', '22:00', '08:00'], ['dim gwersi rhwng 10yh a 7yb', '22:00', '07:00'],
  ];

  it(`fills in quiet hours for ${quiet.length} ways of saying them, in the language said, and saves them only on Save`, async () => {
    for (const [text, start, end] of quiet) {
      const learner = await installed();
      const card = firstCard(await learner.say(text))!;
      const welsh = /oriau|dim|paid/.test(text);
      expect(cardTexts(card).join('\n'), text).to.include(welsh ? `Rydw i wedi llenwi oriau tawel o ${start} i ${end}, pan na ddaw gwers.` : `I have filled in quiet hours from ${start} to ${end}, when no lesson arrives.`);
      expect(inputsOf(card), text).to.include({ quietStart: start, quietEnd: end });
      expect((await learner.learner()).preferences.nudges?.quietHours, text).to.equal(undefined);
      const saved = await save(learner, card);
      expect(cardTexts(saved).join('\n'), text).to.match(/Saved|Wedi’u cadw/);
      expect((await learner.learner()).preferences.nudges?.quietHours, text).to.deep.equal({ start, end });
    }
  });

  it('says that daily lessons are off when they are, and opens the card for "quiet hours" and "oriau tawel" said alone', async () => {
    const learner = await installed();
    await learner.execute(Verbs.nudgesOff, {});
    expect(cardTexts(firstCard(await learner.say('quiet hours 10pm to 7am'))).join('\n')).to.include('Your daily lessons are off at the moment: switch them on here too if you want them.');
    expect(cardTexts(firstCard(await learner.say('quiet hours'))).join('\n')).to.match(/^Your settings/);
    expect(cardTexts(firstCard(await learner.say('oriau tawel'))).join('\n')).to.match(/^Eich gosodiadau/);
  });

  it('still answers questions with these words in them', async () => {
    const learner = await installed();
    for (const text of ['what does next generation sequencing mean', 'can AI cancel out bias', 'is snooze fatigue from alerts a kind of automation bias', 'is it safe to use ChatGPT at the weekend?', 'what happens to AI alerts after 9pm?']) {
      const reply = answerTexts(await learner.say(text));
      expect(reply, text).to.not.match(/I have filled in|Your settings/);
    }
    expect(answerTexts(await learner.say('can AI cancel out bias'))).to.not.match(NO_CONTENT);
  });
});
