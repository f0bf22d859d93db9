import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, realFaculty, testApp } from '../helpers/app';

/** Every placeholder a card's inputs show: the client writes its own (in English) where a card gives none. */
function placeholders(card: unknown): { type: string; placeholder?: string }[] {
  const found: { type: string; placeholder?: string }[] = [];
  JSON.stringify(card, (_key, value) => {
    if (value && typeof value === 'object' && /^Input\.(Time|Date)$/.test(value.type)) found.push({ type: value.type, placeholder: value.placeholder });
    return value;
  });
  return found;
}

/** What an outside probe of first use in a real browser found a nurse, a doctor and a Welsh-speaking midwife tripping over. */
describe('app: first use as a nurse, a doctor and a Welsh-speaking midwife have it', () => {
  it('offers a learner who has begun their next lesson after saving settings, not their first, in English and Welsh', async () => {
    const app = testApp();
    const saved = async (language: 'en' | 'cy') => cardTexts(invokeCard(await app.send(cardExecute(Verbs.saveSettings, { nudgeTime: '08:00', language }))));
    expect((await saved('en')).join('\n')).to.include('Start my first lesson');
    const hali = realFaculty().get('hali')!;
    // The first lesson is sent, then done (a Done for a card never sent counts for nothing).
    await app.send(personalMessage('lesson'));
    await app.send(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId: hali.lessons[0].id }));
    const again = (await saved('en')).join('\n');
    expect(again).to.include('My next lesson').and.not.include('first lesson');
    const welsh = (await saved('cy')).join('\n');
    expect(welsh).to.include('Fy ngwers nesaf').and.not.include('gyntaf');
  });

  it('gives every time and date box a placeholder in the card\'s language: the settings, welcome and change-time cards', async () => {
    for (const [language, time, date] of [['en', 'Choose a time', 'Choose a date'], ['cy', 'Dewiswch amser', 'Dewiswch ddyddiad']] as const) {
      const app = testApp();
      if (language === 'cy') await app.send(personalMessage('Cymraeg'));
      const cards = [firstCard(await app.send(personalMessage(language === 'cy' ? 'gosodiadau' : 'settings')))!, firstCard(await app.send(personalMessage('hi')))!, firstCard(await app.send(cardSubmit({ verb: Verbs.nudgeTime })))!];
      const boxes = cards.flatMap(placeholders);
      expect(boxes.length, language).to.be.at.least(5);
      for (const box of boxes) expect(box.placeholder, `${language} ${box.type}`).to.equal(box.type === 'Input.Time' ? time : date);
    }
  });

  for (const [question, language, parts] of [
    ['what is a VUS and what is consent for genetic testing', 'en', ['Consent for a genomic test', 'uncertain significance']],
    ["what's an LLM and how do I prompt it", 'en', ['A large language model (LLM)', 'A prompt is the instruction']],
    ['beth yw VUS a beth yw caniatâd ar gyfer profion genetig', 'cy', ['caniatâd ar gyfer prawf genomig', 'arwyddocâd ansicr']],
    ['beth yw model iaith mawr a sut mae ysgrifennu anogwr', 'cy', ['model iaith mawr', 'anogwr']],
  ] as const) {
    it(`answers both topics of "${question}", each with its own source`, async () => {
      const app = testApp();
      const card = cardTexts(firstCard(await app.send(personalMessage(question)))!).join('\n');
      const [answer] = card.split(language === 'cy' ? /\nFfynonellau/ : /\nSources/);
      for (const part of parts) expect(answer.toLowerCase(), part).to.include(part.toLowerCase());
      expect(answer).to.include('\\[1\\]').and.include('\\[2\\]');
    });
  }

  it('answers a question on one topic with that topic alone', async () => {
    const app = testApp();
    for (const question of ['what is automation bias', 'what is a VUS', 'how do I write a good prompt']) {
      expect(cardTexts(firstCard(await app.send(personalMessage(question)))!).join('\n'), question).to.include('\\[1\\]').and.not.include('\\[2\\]');
    }
  });

  it('says a review that comes back today is "later today", and when nothing is due yet says reviews come back later today, not that none are waiting', async () => {
    let now = new Date('2026-12-01T09:00:00Z');
    const app = testApp({ now: () => now });
    const hali = realFaculty().get('hali')!;
    // The first lesson is sent, then done (a Done for a card never sent counts for nothing).
    await app.send(personalMessage('lesson'));
    await app.send(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId: hali.lessons[0].id }));
    // Answer every question offered until none is left now: each said "later today" or a later day, never today's date.
    let reply = await app.send(personalMessage('quiz'));
    let answered = 0;
    for (; answered < 20 && firstCard(reply); answered++) {
      const answer = (firstCard(reply)!.actions as { verb?: string; data: Record<string, unknown> }[]).find((a) => a.verb === Verbs.quizAnswer)!;
      const result = cardTexts(invokeCard(await app.send(cardExecute(Verbs.quizAnswer, answer.data)))).join('\n');
      // Before, a review due this afternoon read "comes back for review on Tuesday 1 December", today's date.
      expect(result).to.match(/comes back for review (?:later today|on \w+day \d+ \w+)\./).and.not.include('on Tuesday 1 December');
      reply = await app.send(personalMessage('quiz'));
    }
    expect(answered).to.be.at.least(2);
    // Nothing left this minute: the reviews coming back later today are said, not "no questions are waiting".
    expect(reply.map((a) => a.text ?? '').join('\n')).to.match(/come back for review later today, not yet|comes back for review later today, not yet/);
    now = new Date('2026-12-02T09:00:00Z');
    expect(firstCard(await app.send(personalMessage('quiz'))), 'due the next day').to.not.equal(undefined);
  });
});
