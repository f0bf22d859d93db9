import { expect } from 'chai';
import { personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, testApp } from '../helpers/app';

/**
 * Outside testing, as Welsh- and English-speaking staff ask: everyday Welsh requests that work in English did nothing ("dim mwy o
 * negeseuon plis", "cwisia fi", "saib am fis"), the time named in "send my lesson at 8pm" was dropped, "Hali give me a quiz"
 * failed for the name, and "change language" got the large language model explainer.
 */
describe('app: everyday requests, English and Welsh', () => {
  const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
  const said = (replies: Awaited<ReturnType<ReturnType<typeof testApp>['send']>>) =>
    replies.map((r) => [r.text ?? '', ...(firstCard([r]) ? cardTexts(firstCard([r])) : [])].join('\n')).join('\n');

  it('stops the daily lessons when asked in everyday Welsh, in Welsh', async () => {
    for (const text of ['dim mwy o negeseuon plis', 'dwi ddim isio gwersi dyddiol', 'Dw i ddim eisiau negeseuon']) {
      const { send } = testApp();
      const reply = said(await send(personalMessage(text, { locale: 'en-GB' })));
      expect(reply, text).to.not.match(NO_CONTENT);
      expect(reply, text).to.match(/gwers|Gwers/);
    }
  });

  it('pauses for a month, a week or a fortnight in Welsh, the mutated "fis" included', async () => {
    for (const text of ['saib am fis', 'saib am wythnos', 'saib am bythefnos', 'saib am ddau fis']) {
      const { send } = testApp();
      const reply = said(await send(personalMessage(text)));
      expect(reply, text).to.not.match(/Ni allwn ddarllen|could not read/);
      expect(reply, text).to.match(/tan|until/);
    }
  });

  it('quizzes and greets as said in Welsh, and answers requests that start with HALI’s name', async () => {
    const { send } = testApp();
    expect(said(await send(personalMessage('cwisia fi')))).to.include('Cwestiwn');
    expect(said(await send(personalMessage('su mae')))).to.not.match(NO_CONTENT);
    expect(said(await send(personalMessage('Hali give me a quiz on genomics please')))).to.include('Question');
    expect(said(await send(personalMessage('Hali rho gwis i mi')))).to.include('Cwestiwn');
  });

  it('sets the time card to the time named, in English and Welsh, as typed or dictated', async () => {
    const cases: readonly [string, string][] = [
      ['change my nudge to 7.30am', '07:30'], ['send my lesson at 8pm', '20:00'], ['remind me at 13:00', '13:00'],
      ['can you change my lesson time to half past seven in the morning', '07:30'],
      ['anfon fy ngwers am 8yh', '20:00'], ['gwersi am 7:30 plis', '07:30'], ['newid fy ngwers i hanner awr wedi saith', '07:30'],
    ];
    for (const [text, time] of cases) {
      const { send } = testApp();
      await send(personalMessage('hi'));
      const card = firstCard(await send(personalMessage(text)));
      expect(card, text).to.not.equal(undefined);
      expect(JSON.stringify(card), text).to.include(`"value":"${time}"`);
    }
  });

  it('opens the settings, where the language is chosen, for "change language" and "newid iaith"', async () => {
    for (const text of ['change language', 'language', 'newid iaith', 'iaith']) {
      const { send } = testApp();
      const reply = said(await send(personalMessage(text)));
      expect(reply, text).to.not.match(/large language model|model iaith mawr/i);
      expect(reply, text).to.match(/settings|gosodiadau/i);
    }
  });
});

describe('app: a lesson or a quiz on the subject named', () => {
  const shown = async (text: string) => {
    const { send } = testApp();
    const replies = await send(personalMessage(text));
    return replies.map((r) => [r.text ?? '', ...(firstCard([r]) ? cardTexts(firstCard([r])) : [])].join('\n')).join('\n');
  };
  const CASES: readonly [string, RegExp][] = [
    ['lesson on pharmacogenomics', /Pharmacogenomics: CYP2C19 and DPYD/], ['lesson about consent', /Consent and additional findings/],
    ['I want a lesson about cancer', /Cancer genomics/], ['gwers ar ffarmacogenomeg', /Ffarmacogenomeg/], ['dwi isio gwers am ganser', /Genomeg canser/],
    ['lesson on bias', /Bias and fairness in AI/], ['lesson on genomics', /DNA, genes and variants/], ['gwers ar AI', /Beth yw AI a dysgu peirianyddol/],
  ];
  for (const [text, lesson] of CASES) it(`"${text}" gives that lesson`, async () => expect(await shown(text)).to.match(lesson));

  it('says so when no lesson teaches the subject, then gives the next lesson', async () => {
    const said = await shown('lesson on cardiology');
    expect(said).to.include('I don’t have a lesson on “cardiology” yet').and.include('Lesson 1 of');
  });

  it('quizzes on the subject named', async () => {
    const { send } = testApp();
    const card = firstCard(await send(personalMessage('quiz me on pharmacogenomics')))!;
    expect(cardTexts(card).join('\n')).to.match(/Pharmacogenomics|CYP2C19|DPYD|clopidogrel|fluoropyrimidine/i);
  });
});

describe('app: "not today", as the nudge’s own button says it', () => {
  it('skips today’s lesson when typed, in English and Welsh', async () => {
    for (const [text, reply] of [['not today', /paused until the end of/], ['skip today', /paused until the end of/], ['no lesson today', /paused until the end of/], ['dim heddiw', /tan ddiwedd/], ['dim gwers heddiw', /tan ddiwedd/]] as const) {
      const { send } = testApp();
      await send(personalMessage('hi'));
      const said = (await send(personalMessage(text))).map((r) => r.text ?? '').join(' ');
      expect(said, text).to.match(reply);
    }
  });
});
