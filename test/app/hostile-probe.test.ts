import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { BOT, cardExecute, channelCardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, storedLearner, testApp } from '../helpers/app';

/** Every text and card text of a turn's replies, as one string. */
const shown = (replies: Partial<Activity>[]) =>
  replies.map((a) => [a.text ?? '', ...cardTexts((a.attachments?.[0]?.content ?? (a.value as { body?: { value?: unknown } } | undefined)?.body?.value) as Record<string, unknown>)].join(' | ')).join(' || ');

/**
 * What an outside probe of hostile and careless input found: each case as it was sent, and what HALI must do with it.
 */
describe('app: what an outside probe of hostile and careless input found', () => {
  describe('a command with space, a line break or a stray mention around it is that command', () => {
    const commands: [string, string][] = [
      ['help', 'What HALI can do'],
      ['progress', 'Your progress'],
      ['settings', 'Your settings'],
      ['my data', 'What HALI holds about you'],
      ['forget me', 'Delete everything HALI holds about you?'],
    ];
    for (const [command, expected] of commands) {
      for (const typed of [` ${command}`, `\u00a0${command}`, `\n${command}\n`, `\u200b${command}`, `<at>HALI</at> ${command}`, `${command} <at>HALI</at>`]) {
        it(`${JSON.stringify(typed)} is "${command}"`, async () => {
          const app = testApp();
          await app.send(personalMessage('lesson', { userId: '29:warm' }));
          expect(shown(await app.send(personalMessage(typed, { userId: '29:warm' })))).to.include(expected);
        });
      }
    }

    it('a channel message that mentions HALI twice is read without either mention', async () => {
      const app = testApp();
      const twice = (text: string, threadId: string) => {
        const activity = channelMessage(text, { threadId, newPost: true });
        activity.text = `<at>HALI</at> <at>HALI</at> ${text}`;
        activity.entities = [0, 1].map(() => ({ type: 'mention', text: '<at>HALI</at>', mentioned: { ...BOT } }));
        return activity;
      };
      expect(shown(await app.send(twice('case lynch', '1700000000103')))).to.include('Stage 1 of 4');
      expect(shown(await app.send(twice('help', '1700000000102')))).to.include('What HALI can do');
    });
  });

  describe('a thumbs-down comment is redacted whole before it is cut to 500 characters', () => {
    const rate = (answer: Partial<Activity>, text: string): Partial<Activity> => ({
      ...personalMessage(''),
      text: undefined,
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: text }) } },
    });
    const cases: [string, string, string][] = [
      ['an NHS number (its first nine digits identify the patient)', `${'x'.repeat(490)} 9434765919 is the patient`, '943476591'],
      ['an email address', `${'x'.repeat(483)} jane.doe@wales.nhs.uk`, 'jane.doe@wales'],
      ['a mobile number', `${'x'.repeat(489)} 07700 900123`, '07700 9001'],
    ];
    for (const [kind, comment, fragment] of cases) {
      it(`keeps no fragment of ${kind} across the cut`, async () => {
        const app = testApp();
        const answer = (await app.send(personalMessage('what is automation bias?'))).find((a) => a.type === 'message' && a.attachments?.length)!;
        await app.send(rate(answer, comment));
        const [entry] = await app.stores.feedback.forMentor('hali');
        expect(entry.comment.length).to.be.at.most(500);
        expect(entry.comment).to.not.include(fragment);
      });
    }

    it('keeps nothing for a rating that is neither like nor dislike', async () => {
      const app = testApp();
      const answer = (await app.send(personalMessage('what is automation bias?'))).find((a) => a.type === 'message' && a.attachments?.length)!;
      const forged = rate(answer, 'odd');
      (forged.value as { actionValue: { reaction: string } }).actionValue.reaction = 'meh';
      await app.send(forged);
      expect(await app.stores.feedback.forMentor('hali')).to.deep.equal([]);
    });
  });

  for (const question of ['I am a pharmacist. Dose?', 'I need DPYD info', 'I am new. Help?', 'I am a nurse. Sepsis AI?']) {
    it(`answers "${question}" in English: "I" is no Welsh word`, async () => {
      const reply = shown(await testApp().send(personalMessage(question)));
      expect(reply).to.not.match(/Nid oes gennyf|Mentor genomeg|Mentor llythrennedd|Ni allaf/);
    });
  }

  for (const question of [
    'Bed 12 is CYP2C19 poor metaboliser, clopidogrel or ticagrelor?',
    'Bay 3 bed 2 is DPYD heterozygous, should capecitabine be halved?',
    'Gwely 12 yn metaboliwr gwael CYP2C19, clopidogrel neu ticagrelor?',
  ]) {
    it(`declines a treatment decision for one patient known by their bed: ${question}`, async () => {
      const reply = shown(await testApp().send(personalMessage(question)));
      expect(reply).to.match(/can’t advise on an individual patient|Ni allaf roi cyngor am glaf unigol/);
      expect(reply).to.not.include('CPIC');
    });
  }

  describe('a learner\'s own settings and progress stay in their one-to-one chat', () => {
    const ana = { userId: '29:ana', aadObjectId: 'aad-ana', userName: 'Ana Midwife' };
    const ben = { userId: '29:ben', aadObjectId: 'aad-ben', userName: 'Ben Pharmacist' };

    for (const command of ['settings', 'progress', 'change time']) {
      it(`"${command}" in a team channel posts no card, and says where to ask`, async () => {
        const app = testApp();
        await app.send(personalMessage('hi', ana));
        await app.send(cardExecute(Verbs.saveSettings, { role: 'midwife', timeZone: 'Europe/Paris', nudges: 'true', nudgeTime: '06:15', nudgeDays: '1,3', pauseUntil: '2026-12-20' }, ana));
        const replies = await app.send(channelMessage(command, { ...ana, threadId: '1700000000999', newPost: true }));
        expect(firstCard(replies)).to.equal(undefined);
        expect(shown(replies)).to.include('one-to-one chat').and.not.include('midwife').and.not.include('06:15');
      });
    }

    it('a Save pressed on a settings card in a channel changes nobody\'s settings', async () => {
      const app = testApp();
      await app.send(personalMessage('hi', ben));
      const before = await storedLearner(app.stores, 'aad-ben');
      const reply = await app.send(channelCardExecute(Verbs.saveSettings, { role: 'midwife', timeZone: 'Europe/Paris', nudges: 'true', nudgeTime: '06:15', nudgeDays: '1,3' }, { ...ben, threadId: '1700000000996' }));
      expect(shown(reply)).to.include('one-to-one chat');
      const after = await storedLearner(app.stores, 'aad-ben');
      expect(after?.profile).to.deep.equal(before?.profile);
      expect(after?.preferences).to.deep.equal(before?.preferences);
    });
  });

  describe('a forged client\'s malformed activity gets an answer, not a failed turn', () => {
    const forged: [string, (a: Partial<Activity>) => Partial<Activity>][] = [
      ['text that is a number', (a) => ({ ...a, text: 42 as unknown as string })],
      ['text that is an object', (a) => ({ ...a, text: { help: true } as unknown as string })],
      ['a null value on a message', (a) => ({ ...a, value: null })],
    ];
    for (const [name, forge] of forged) {
      it(name, async () => {
        const app = testApp();
        const replies = await app.send(forge(personalMessage('help')));
        expect(replies.length).to.be.greaterThan(0);
        expect(app.logs.lines.filter((l) => l.event === 'turn.failed')).to.deep.equal([]);
      });
    }

    it('a members-added list with a null in it', async () => {
      const app = testApp();
      const activity: Partial<Activity> = { ...personalMessage(''), type: 'conversationUpdate', text: undefined, membersAdded: [null as never, { id: '29:new', name: 'New' }, { id: BOT.id, name: BOT.name }] };
      await app.send(activity);
      expect(app.logs.lines.filter((l) => l.event === 'turn.failed')).to.deep.equal([]);
    });
  });
});
