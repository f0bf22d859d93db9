import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { botInstalled, cardExecute, cardSubmit, channelMessage, groupChatMessage, personalMessage, TENANT } from '../helpers/activities';
import { cardTexts, firstCard, offeredQuestions, realFaculty, storedLearner, testApp } from '../helpers/app';
import { committedDecisionModel } from '../../bot/mentors/decision-model';

/** An embedded store whose reads fail, as a store outage would. */
function failingStore() {
  const store = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
  store.read = async () => {
    throw new Error('store unavailable');
  };
  return store;
}

describe('app: chatting with HALI', () => {
  it('welcomes on "hi" with the faculty, the privacy reminder, an example question to tap and two buttons', async () => {
    const { send } = testApp();
    const replies = await send(personalMessage('hi'));
    expect(replies).to.have.length(1);
    const card = firstCard(replies)!;
    const texts = cardTexts(card).join('\n');
    expect(texts).to.include('Welcome to HALI');
    expect(texts).to.include('HALI (AI literacy mentor)');
    expect(texts).to.include('never share patient details');
    expect(card.actions.map((a: any) => a.title)).to.deep.equal(['What can you do?', 'Cymraeg']);
    // The example question is a wrapped row (a button's title is cut to one line), and tapping it asks it.
    const [example] = offeredQuestions(card);
    expect([example.text, example.wraps, example.action.title]).to.deep.equal(['What is a large language model?', true, 'What is a large language model?']);
    expect(example.action.data).to.deep.equal({ verb: Verbs.ask, question: 'What is a large language model?', lang: 'en' });
    expect(cardTexts(firstCard(await send(cardSubmit(example.action.data)))).join('\n')).to.include('predict the next piece of text');
  });

  it('welcomes in Welsh when Teams runs in Welsh, and on a Welsh greeting', async () => {
    const { send } = testApp();
    const texts = cardTexts(firstCard(await send(personalMessage('Shwmae!', { locale: 'cy-GB' })))).join('\n');
    expect(texts).to.include('Croeso i HALI');
    expect(texts).to.include('Mentor llythrennedd AI');
  });

  it('welcomes a learner when HALI is installed in a personal chat', async () => {
    const { send } = testApp();
    expect(cardTexts(firstCard(await send(botInstalled()))).join('\n')).to.include('Welcome to HALI');
  });

  it('names no time zone on the welcome card before Teams has given one, so it never contradicts the zone shown later', async () => {
    const { send } = testApp();
    const installed = cardTexts(firstCard(await send(botInstalled()))).join('\n');
    expect(installed).to.include('at 09:00, your local time.').and.not.include('Europe/London');
    const settings = firstCard(await send({ ...personalMessage('settings'), localTimezone: 'America/New_York' } as Partial<Activity>))!;
    expect(JSON.stringify(settings)).to.include('"value":"America/New_York"');
  });

  it('answers a question about AI from HALI\'s content, naming its sources, labelled as authored content rather than AI-generated', async () => {
    const { send } = testApp();
    const replies = await send(personalMessage('What is a large language model?'));
    expect(replies).to.have.length(1);
    const card = firstCard(replies)!;
    const texts = cardTexts(card).join('\n');
    expect(texts).to.include('HALI · AI literacy mentor');
    expect(texts).to.include('predict the next piece of text');
    expect(texts).to.include('[Large language models in medicine, Nature Medicine (2023)](https://www.nature.com/articles/s41591-023-02448-8)');
    // The offline mentor's answer is authored content: citations, but no "AI generated" label.
    const label = (replies[0].entities as Record<string, any>[]).find((e) => e.type === 'https://schema.org/Message')!;
    expect(label).to.include({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
    expect(label).to.not.have.property('additionalType');
    expect(texts).to.not.include('AI-generated');
    expect(texts).to.match(/From HALI’s (draft )?content/);
    expect(label.citation[0]).to.deep.include({ '@type': 'Claim', position: 1 });
    expect(label.citation[0].appearance).to.include({ '@type': 'DigitalDocument', url: 'https://www.nature.com/articles/s41591-023-02448-8' });
    expect(label.citation[0].appearance.abstract.length).to.be.at.most(160);
  });

  it('answers in Welsh from the Welsh content', async () => {
    const { send } = testApp();
    const texts = cardTexts(firstCard(await send(personalMessage('Beth yw gogwydd awtomeiddio?', { locale: 'cy-GB' })))).join('\n');
    expect(texts).to.include('Gogwydd awtomeiddio yw’r duedd');
    expect(texts).to.include('Ffynonellau');
  });

  it('says plainly when its content has no answer, with no invented source', async () => {
    const { send } = testApp();
    const card = firstCard(await send(personalMessage('What time does the canteen close?')))!;
    const texts = cardTexts(card).join('\n');
    expect(texts).to.include('I do not have trusted content that answers that yet');
    expect(texts).to.not.include('Sources');
    expect(texts).to.not.match(/https:\/\//);
    // ...and offers what it can answer instead, as rows that ask it when tapped.
    expect(texts).to.include('What HALI can help with instead');
    const offered = offeredQuestions(card);
    const first = realFaculty().get('hali')!.explainers.slice(0, 3).map((e) => e.question.en);
    expect(offered.map((o) => o.action.data.question)).to.deep.equal(first);
    expect(offered.map((o) => o.text)).to.deep.equal(first);
    expect((card.actions as any[]).some((a) => a.data?.verb === Verbs.ask), 'no question is a button').to.equal(false);
    expect((card.actions as any[]).some((a) => a.data?.verb === Verbs.showHelp)).to.equal(true);
    // Tapping a row asks its question: Teams posts the row's data as it would a button's.
    const answered = cardTexts(firstCard(await send(cardSubmit(offered[1].action.data)))).join('\n');
    expect(answered).to.include(realFaculty().get('hali')!.explainers[1].answer.en.slice(0, 40));
  });

  it('when it will not answer, offers the nearest questions it can answer, each asked of the mentor whose content it is', async () => {
    // A model that answers nothing makes the mentor abstain on questions its content does cover.
    const decisionModel = { ...committedDecisionModel(), threshold: 1 };
    const { send } = testApp({ decisionModel });
    for (const [question, locale, id, mentorId, title] of [
      ['what is automation bias?', 'en-GB', 'automation-bias', 'hali', 'Did you mean one of these?'],
      ['What is Lynch syndrome?', 'en-GB', 'gwen-lynch-syndrome', 'gwen', 'Did you mean one of these?'],
      ['Beth yw syndrom Lynch?', 'cy-GB', 'gwen-lynch-syndrome', 'gwen', 'Oeddech chi’n golygu un o’r rhain?'],
    ] as const) {
      const card = firstCard(await send(personalMessage(question, { locale })))!;
      const texts = cardTexts(card).join('\n');
      expect(texts, question).to.include(title);
      // The mentor whose content is nearest says it, whoever spoke last.
      expect(texts, question).to.include(`${realFaculty().get(mentorId)!.name} ·`);
      expect(texts, question).to.not.include('Sources');
      const [nearest] = offeredQuestions(card);
      const explainer = realFaculty().get(mentorId)!.explainers.find((e) => e.id === id)!;
      const language = locale === 'cy-GB' ? 'cy' : 'en';
      expect(nearest.action.data, question).to.deep.include({ verb: Verbs.ask, question: explainer.question[language], mentorId });
      expect(nearest.text, question).to.equal(explainer.question[language]);
      expect(nearest.action.title, question).to.equal(explainer.question[language]);
    }
  });

  it('abstains on the newborn heel prick test rather than answer from the test directory (unless content now covers it)', async () => {
    const { send } = testApp();
    const texts = cardTexts(firstCard(await send(personalMessage('what is the newborn heel prick test')))).join('\n');
    const covered = realFaculty().mentors.some((m) => m.lessons.some((l) => /heel|bloodspot|blood spot/i.test(l.title.en)));
    if (!covered) expect(texts).to.include('I do not have trusted content that answers that yet');
    expect(texts).to.not.include('National Genomic Test Directory');
  });

  it('answers a Welsh question in Welsh when the learner\'s Teams is in English and they chose no language', async () => {
    const { send } = testApp();
    const texts = cardTexts(firstCard(await send(personalMessage('Beth yw syndrom Lynch?', { locale: 'en-GB' })))).join('\n');
    expect(texts).to.include('Ffynonellau');
    expect(texts).to.include(realFaculty().get('gwen')!.explainers.find((e) => e.id === 'gwen-lynch-syndrome')!.answer.cy.slice(0, 40));
  });

  it('answers English whose letters look Welsh in English, and Welsh fragments in Welsh, for a learner whose Teams is in English', async () => {
    const { send } = testApp();
    const heading = async (text: string, n: number) => cardTexts(firstCard(await send(personalMessage(text, { userId: `29:lang-${n}`, locale: 'en-GB' }))))[0];
    // Each read as Welsh by franc's letter triples, with no Welsh word in them.
    const english = ['lynch syndrome??', 'exome vs genome', 'black box AI', 'clopidogrel cyp2c19 poor metabolizer', 'lynch sindrome', 'clopidogrell genetics'];
    const welsh = ['caniatad profion genetig - help?', 'AI = dyfais feddygol weithia?', "petha' am AI a thuedd", 'be di LLM?', 'Beth yw syndrom Lynch?'];
    const asked = [...english.map((text) => [text, 'en'] as const), ...welsh.map((text) => [text, 'cy'] as const)];
    const wrong: string[] = [];
    for (const [i, [text, language]] of asked.entries()) {
      const first = await heading(text, i);
      if (/Mentor llythrennedd AI|Mentor genomeg/.test(first) !== (language === 'cy')) wrong.push(`${text}: ${first}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('keeps the language a learner chose, whatever the question is written in', async () => {
    const { send } = testApp();
    await send(personalMessage('English', { locale: 'cy-GB' }));
    const texts = cardTexts(firstCard(await send(personalMessage('Beth yw syndrom Lynch?', { locale: 'cy-GB' })))).join('\n');
    expect(texts).to.include('Sources');
  });

  it('answers in a group chat and a channel when @mentioned, with the mention stripped', async () => {
    const { send } = testApp();
    for (const activity of [groupChatMessage('what is automation bias?'), channelMessage('what is automation bias?')]) {
      const replies = await send(activity);
      expect(replies, activity.conversation!.conversationType).to.have.length(1);
      expect(cardTexts(firstCard(replies)).join('\n')).to.include('Automation bias is the tendency');
      expect(replies[0].conversation!.id).to.equal(activity.conversation!.id);
    }
  });

  it('shows help from the command and from the card button, in the learner\'s language', async () => {
    const { send } = testApp();
    expect(cardTexts(firstCard(await send(personalMessage('help')))).join('\n')).to.include('What HALI can do');
    expect(cardTexts(firstCard(await send(cardSubmit({ verb: Verbs.showHelp }, { locale: 'cy-GB' })))).join('\n')).to.include('Beth all HALI ei wneud');
  });

  it('asks the mentor the question carried by the "ask" button', async () => {
    const { send } = testApp();
    const texts = cardTexts(firstCard(await send(cardSubmit({ verb: Verbs.ask, question: 'What is a large language model?' })))).join('\n');
    expect(texts).to.include('A large language model (LLM)');
  });

  it('asks politely for a shorter message when the text is oversized, and answers nothing else', async () => {
    const { send } = testApp();
    const replies = await send(personalMessage('a'.repeat(4800)));
    expect(replies).to.have.length(1);
    expect(replies[0].text).to.match(/That message is too long for me \(4800 characters\)/);
    expect(replies[0].attachments ?? []).to.have.length(0);
  });

  it('explains what it can read when a message has no text (an unknown card action or an image)', async () => {
    const { send } = testApp();
    expect((await send(cardSubmit({ verb: 'quiz.cheat', answer: 1 })))[0].text).to.equal('I can only read text messages for now.');
    expect((await send({ ...personalMessage(''), text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://x.example/a.png' }] }))[0].text).to.equal(
      'I can only read text messages for now.',
    );
  });

  it('says a message of markup alone held no words to read, in English and Welsh, and answers nothing', async () => {
    const { send } = testApp();
    const MARKUP = ['<script>alert(1)</script>', '<b></b>', '<img src=x onerror=alert(1)>', '<p> </p>', '<div><br/></div>', '<iframe src="https://x.example"></iframe>'];
    for (const [locale, expected] of [
      ['en-GB', 'I found no words to read in that message, only formatting or code. Type your question in words, or say “help” to see what I can do.'],
      ['cy-GB', 'Doedd dim geiriau i mi eu darllen yn y neges honno, dim ond fformatio neu god. Teipiwch eich cwestiwn mewn geiriau, neu dywedwch “cymorth” i weld beth alla i ei wneud.'],
    ] as const) {
      for (const text of MARKUP) {
        const replies = await send(personalMessage(text, { locale, userId: `29:markup-${locale}` }));
        expect(replies.map((r) => r.text), `${locale} ${text}`).to.deep.equal([expected]);
        expect(replies[0].attachments ?? []).to.have.length(0);
      }
    }
  });

  it('ignores activity types it does not handle, without replying or failing', async () => {
    const { send, logs } = testApp();
    expect(await send({ ...personalMessage(''), type: 'weirdness', text: undefined })).to.deep.equal([]);
    expect(await send({ ...personalMessage(''), type: 'messageReaction', text: undefined, reactionsAdded: [{ type: 'like' }] })).to.deep.equal([]);
    expect(logs.lines.filter((l) => l.level === 'error')).to.deep.equal([]);
  });
});

describe('app: language preference', () => {
  it('switches language in place with Action.Execute and remembers it for later turns', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('hi', { userId: '29:dewi' }));
    const replies = await send(cardExecute(Verbs.setLanguage, { language: 'cy' }, { userId: '29:dewi' }));
    const invoke = replies.find((a) => a.type === 'invokeResponse')!;
    expect(invoke.value.status).to.equal(200);
    expect(invoke.value.body.type).to.equal('application/vnd.microsoft.card.adaptive');
    expect(cardTexts(invoke.value.body.value).join('\n')).to.include('Croeso i HALI');
    expect((await storedLearner(stores, 'aad-29:dewi'))!.language).to.equal('cy');
    // English Teams client, but the saved choice wins.
    expect(cardTexts(firstCard(await send(personalMessage('hi', { userId: '29:dewi', locale: 'en-GB' })))).join('\n')).to.include('Croeso i HALI');
  });

  it('switches with the typed commands "Cymraeg" and "English"', async () => {
    const { send, stores } = testApp();
    expect((await send(personalMessage('Cymraeg')))[0].text).to.match(/^Byddaf yn siarad Cymraeg/);
    expect((await storedLearner(stores, 'aad-29:user-1'))!.language).to.equal('cy');
    expect((await send(personalMessage('English')))[0].text).to.match(/^I will speak English/);
    expect((await storedLearner(stores, 'aad-29:user-1'))!.language).to.equal('en');
  });

  it('rejects a forged language value: the card comes back unchanged and nothing is saved', async () => {
    const { send, logs, stores } = testApp();
    await send(personalMessage('hi'));
    const before = await storedLearner(stores, 'aad-29:user-1');
    const replies = await send(cardExecute(Verbs.setLanguage, { language: '<script>' }));
    const invoke = replies.find((a) => a.type === 'invokeResponse')!;
    expect(cardTexts(invoke.value.body.value).join('\n')).to.include('Welcome to HALI');
    expect(await storedLearner(stores, 'aad-29:user-1')).to.deep.equal(before);
    expect(logs.lines.some((l) => l.event === 'card.invalid_data')).to.equal(true);
  });
});

describe('app: tenants and failures', () => {
  it('drops activities from tenants outside ALLOWED_TENANTS and serves allowed ones', async () => {
    const { send, logs, stores } = testApp({ env: { ALLOWED_TENANTS: `${TENANT.toUpperCase()},other-tenant` } });
    expect(await send(personalMessage('hi', { tenantId: 'intruder-tenant', userId: '29:x' }))).to.deep.equal([]);
    expect(await storedLearner(stores, 'aad-29:x')).to.equal(undefined);
    expect(logs.lines.some((l) => l.event === 'turn.tenant_rejected' && l.tenant === 'intruder-tenant')).to.equal(true);
    expect(await send(personalMessage('hi'))).to.have.length(1);
  });

  it('refuses an activity whose two tenant fields disagree, so a client cannot borrow an allowed tenant for one of them', async () => {
    const { send, stores } = testApp({ env: { ALLOWED_TENANTS: TENANT } });
    const borrowed = { ...personalMessage('hi', { userId: '29:y' }), channelData: { tenant: { id: 'intruder-tenant' } } };
    expect(await send(borrowed)).to.deep.equal([]);
    // Only in channelData, the tenant is still read (Teams puts it there in some activities).
    const channelOnly = personalMessage('hi', { userId: '29:z' });
    delete (channelOnly.conversation as { tenantId?: string }).tenantId;
    expect(await send(channelOnly)).to.have.length(1);
    expect(await storedLearner(stores, 'aad-29:y')).to.equal(undefined);
  });

  it('never takes a channel user id a client chose for someone’s Entra object id: "my data" and "forget me" reach only the sender’s own record', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('lesson', { userId: '29:victim', aadObjectId: 'aaaaaaaa-1111-2222-3333-444444444444' }));
    const victim = await storedLearner(stores, 'aaaaaaaa-1111-2222-3333-444444444444');
    expect(victim, 'the victim has a record').not.to.equal(undefined);
    for (const channelId of ['msteams', 'webchat', 'directline', 'emulator']) {
      const forged = (text: string) => ({ ...personalMessage(text, { userId: 'aaaaaaaa-1111-2222-3333-444444444444' }), channelId, from: { id: 'aaaaaaaa-1111-2222-3333-444444444444', name: 'Mallory' } });
      const exported = JSON.stringify(await send(forged('my data')));
      expect(exported, channelId).not.to.include('29:victim');
      await send(forged('forget me'));
      await send(forged('yes'));
    }
    expect(await storedLearner(stores, 'aaaaaaaa-1111-2222-3333-444444444444'), 'the victim’s record is untouched').to.deep.equal(victim);
  });

  it('answers a failing turn with a short apology card and logs it with the activity id, never the stack', async () => {
    const { send, logs } = testApp({ documents: failingStore() });
    const activity = personalMessage('hi');
    const replies = await send(activity);
    expect(replies).to.have.length(1);
    const texts = cardTexts(firstCard(replies)).join('\n');
    expect(texts).to.include('Sorry, something went wrong');
    expect(texts).to.not.include('store unavailable');
    expect(texts).to.not.match(/at .*\.ts:\d+/);
    const line = logs.lines.find((l) => l.event === 'turn.failed')!;
    expect(line.activityId).to.equal(activity.id);
    expect(line.error.message).to.equal('store unavailable');
    expect(texts).to.include(`Reference: ${line.reference}`);
  });

  it('treats a failure while answering as a failed turn (apology with a reference), not as a moderation outage', async () => {
    const { send, adapter, logs } = testApp();
    let failed = false;
    adapter.use(async (context, next) => {
      context.onSendActivities(async (_context, activities, nextSend) => {
        if (!failed && activities.some((a) => a.attachments?.length)) {
          failed = true;
          throw new Error('connector down');
        }
        return nextSend();
      });
      await next();
    });
    const replies = await send(personalMessage('what is automation bias?'));
    expect(cardTexts(firstCard(replies)).join('\n')).to.include('Sorry, something went wrong');
    expect(logs.lines.some((l) => l.event === 'moderation.unavailable')).to.equal(false);
    expect(logs.lines.find((l) => l.event === 'turn.failed')!.error.message).to.equal('connector down');
  });

  it('answers a failing card action with the apology as the refreshed card', async () => {
    const { send } = testApp({ documents: failingStore() });
    const replies = await send(cardExecute(Verbs.setLanguage, { language: 'cy' }));
    const invoke = replies.find((a) => a.type === 'invokeResponse')!;
    expect(invoke.value.status).to.equal(200);
    expect(cardTexts(invoke.value.body.value).join('\n')).to.include('Sorry, something went wrong');
  });

  it('never writes message text into the logs', async () => {
    const { send, logs } = testApp();
    await send(personalMessage('what is automation bias for patient 943 476 5919?'));
    expect(logs.text()).to.not.include('943 476 5919');
    expect(logs.text()).to.not.include('automation bias');
  });
});
