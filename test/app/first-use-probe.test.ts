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
});
