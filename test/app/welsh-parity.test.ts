import { describeDay } from '../../bot/i18n/dates';
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { translator } from '../../bot/i18n';
import { newLearner } from '../../bot/learning/learner';
import { buildStatement } from '../../bot/reporting/statements';
import { botInstalled, cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { firstCard, invokeCard, realFaculty, testApp } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { sweepDirect } from '../helpers/nudges';
import { CY, englishLeaks, visibleTexts } from '../helpers/welsh-leaks';

/** Fails the first message carrying a card (a connector outage mid-answer). */
function failFirstCard(adapter: ReturnType<typeof testApp>['adapter']) {
  let failed = false;
  adapter.use(async (context, next) => {
    context.onSendActivities(async (_c, activities, nextSend) => {
      if (!failed && activities.some((a) => a.attachments?.length && a.type !== 'invokeResponse')) {
        failed = true;
        throw new Error('connector down');
      }
      return nextSend();
    });
    await next();
  });
}

/**
 * Where an outside probe of every journey in Welsh found English reaching a Welsh learner, or Welsh written less well than
 * the English beside it.
 */
describe('app: Welsh no less favourably than English, where an outside probe found it was not', () => {
  it('the daily nudge is in Welsh for a learner whose Teams is in Welsh, though they never pressed "Cymraeg"', async () => {
    const connector = await startRecordingConnector();
    try {
      let now = new Date('2026-11-30T08:00:00Z');
      const app = testApp({ now: () => now });
      const cy = { locale: 'cy-GB', serviceUrl: connector.url };
      await app.send({ ...botInstalled(cy), localTimezone: 'Europe/London' } as Partial<Activity>);
      await app.send(personalMessage('helo', cy));
      now = new Date('2026-11-30T09:00:30Z');
      await sweepDirect(app.stores, app.deps.faculty, app.deps.config, now, { instanceId: 't', ratePerSecond: 50 });
      const texts = visibleTexts(connector.activities() as Partial<Activity>[]);
      expect(texts.length).to.be.greaterThan(3);
      expect(englishLeaks(texts)).to.deep.equal([]);
    } finally {
      await connector.close();
    }
  });

  it('the follow-up buttons of a Welsh answer answer in Welsh, though Teams is in English and nothing was chosen', async () => {
    const app = testApp();
    const card = firstCard(await app.send(personalMessage('Beth yw model iaith mawr?')))!;
    const buttons = ((card.actions as any[]) ?? []).filter((a) => String(a.data?.verb).startsWith('followup.'));
    expect(buttons.length).to.be.at.least(2);
    for (const button of buttons) {
      const texts = visibleTexts(await app.send(cardSubmit(button.data)));
      expect(englishLeaks(texts, [/^English$/]), button.title).to.deep.equal([]);
    }
  });

  for (const [who, setUp] of [
    ['who chose Cymraeg', async (app: ReturnType<typeof testApp>) => void (await app.send(personalMessage('Cymraeg')))],
    ['who wrote in Welsh', async () => undefined],
  ] as const) {
    it(`the apology card is in Welsh for a learner ${who}, though Teams is in English`, async () => {
      const app = testApp();
      await setUp(app);
      failFirstCard(app.adapter);
      const texts = visibleTexts(await app.send(personalMessage('Beth yw gogwydd awtomeiddio?')));
      expect(texts.join('\n')).to.match(/Cyfeirnod|Mae’n ddrwg gennym|ddrwg/);
      expect(englishLeaks(texts)).to.deep.equal([]);
    });
  }

  it('a learning record names the pathway and a mastered topic in Welsh as well as English', () => {
    const learner = { ...newLearner('aad-x', undefined, new Date('2026-11-27T09:00:00Z')), language: 'cy' as const };
    const gwen = realFaculty().mentors.find((m) => m.id === 'gwen')!;
    const topic = Object.keys(gwen.topicNames)[0];
    const statement = buildStatement({ kind: 'topicMastered', mentorId: 'gwen', topic } as never, learner, realFaculty().mentors, { activityBase: 'https://hali.example/xapi' }, new Date('2026-11-27T09:00:00Z'))!;
    const name = (statement.object as { definition: { name: Record<string, string> } }).definition.name;
    expect(name).to.deep.equal({ 'en-GB': gwen.topicNames[topic].en, 'cy-GB': gwen.topicNames[topic].cy });
    const pathway = (statement.context as { contextActivities: { grouping: { definition: { name: Record<string, string> } }[] } }).contextActivities.grouping[0].definition.name;
    expect(pathway['cy-GB']).to.include('llwybr').and.not.include('pathway');
    expect(statement.context!.language).to.equal('cy-GB');
  });

  it('the quiz result says the review day as Welsh says it in a sentence ("ddydd Mawrth 8 Rhagfyr")', async () => {
    const app = testApp({ now: () => new Date('2026-11-30T09:00:00Z') });
    await app.send(personalMessage('Cymraeg', CY));
    const quiz = firstCard(await app.send(personalMessage('cwis', CY)))!;
    const answers = (quiz.actions as any[]).filter((a) => a.verb === Verbs.quizAnswer);
    const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === answers[0].data.itemId)!;
    const wrong = answers.find((a) => a.data.optionId !== item.options.find((o) => o.correct)!.id)!;
    const line = visibleTexts(invokeCard(await app.send(cardExecute(Verbs.quizAnswer, wrong.data, CY)))).find((t) => t.startsWith('Bydd y cwestiwn hwn'))!;
    // A first answer comes back within the day: "yn nes ymlaen heddiw", as English says "later today".
    expect(line).to.match(/adolygu (?:ddydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d{1,2} \p{L}+|yn nes ymlaen heddiw)\.$/u);
    // Another day is said as Welsh says it in a sentence.
    const t = translator('cy');
    expect(t('quiz.nextReview', { date: t('quiz.reviewOn', { day: describeDay('2026-12-08T10:00:00Z', 'cy', 'Europe/London', 'on') }) })).to.equal('Bydd y cwestiwn hwn yn dod yn ôl i’w adolygu ddydd Mawrth 8 Rhagfyr.');
    expect(translator('en')('quiz.nextReview', { date: translator('en')('quiz.reviewOn', { day: describeDay('2026-12-08T10:00:00Z', 'en', 'Europe/London', 'on') }) })).to.equal('This question comes back for review on Tuesday 8 December.');
  });

  it('streak freezes say as much in Welsh as in English for every plural form', () => {
    for (const count of [1, 2, 3, 6, 11, 20]) expect(translator('cy')('progress.freezes', { count }), String(count)).to.include('rhediad');
  });

  it('"fy nata" offers a file with a Welsh name', async () => {
    // With a bot identity the chat takes files, as in Teams.
    const app = testApp({ env: { BOT_ID: '00000000-0000-4000-8000-00000000b07', BOT_PASSWORD: 'test-password-not-secret' } });
    await app.send(personalMessage('Cymraeg', CY));
    const replies = await app.send(personalMessage('fy nata', CY));
    const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    expect(consent.name).to.match(/^hali-fy-nata-\d{4}-\d{2}-\d{2}\.json$/);
  });
});
