import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, realFaculty, testApp } from '../helpers/app';
import { mentorsCopyWith } from '../helpers/mentors-copy';

const faculty = realFaculty();
const followUps = (card: Record<string, any>) => (card.actions as any[]).filter((a) => String(a.data?.verb).startsWith('followup.')).map((a) => a.data.verb);
const shown = (card: Record<string, any>) => cardTexts(card).join('\n').replace(/\\/g, '');

async function ask(question: string, language?: 'en' | 'cy') {
  const app = testApp();
  await app.send(personalMessage('hi'));
  if (language) await app.send(cardExecute(Verbs.saveSettings, { language }));
  return firstCard(await app.send(personalMessage(question)))!;
}

/**
 * Asked for it simply ("in a nutshell", "ELI5", "yn syml"), the offline mentor answers with the simpler version its
 * authors wrote, and does not offer "Explain more simply" on an answer that already is.
 */
describe('app: a question asked simply gets the authored simpler answer (offline)', () => {
  const withSimpler = faculty.mentors.flatMap((mentor) => mentor.explainers.filter((e) => e.simpler && faculty.choose(e.question.en).passages[0]?.id === e.id));

  it('answers each explainer that has a simpler version with it, asked "in a nutshell" or "ELI5", without offering "more simply" again', async () => {
    expect(withSimpler.length).to.be.at.least(15);
    for (const [i, explainer] of withSimpler.entries()) {
      const question = i % 2 === 0 ? `in a nutshell, ${explainer.question.en.toLowerCase()}` : `ELI5 ${explainer.question.en}`;
      const card = await ask(question);
      expect(shown(card), question).to.include(explainer.simpler!.en.replace(/\\/g, ''));
      expect(shown(card), question).not.to.include(explainer.answer.en.replace(/\\/g, ''));
      expect(followUps(card), question).to.deep.equal(['followup.example', 'followup.readNext']);
    }
  });

  it('answers in Welsh with the Welsh simpler version, asked "yn syml" or "mewn iaith bob dydd"', async () => {
    for (const [i, explainer] of withSimpler.filter((e) => faculty.choose(e.question.cy).passages[0]?.id === e.id).entries()) {
      const question = i % 2 === 0 ? `yn syml iawn, ${explainer.question.cy}` : `${explainer.question.cy} mewn iaith bob dydd plis`;
      const card = await ask(question, 'cy');
      expect(shown(card), question).to.include(explainer.simpler!.cy.replace(/\\/g, ''));
      expect(followUps(card), question).to.deep.equal(['followup.example', 'followup.readNext']);
    }
  });

  it('gives the full answer, with "more simply" offered, when the question does not ask for it simply', async () => {
    const explainer = withSimpler[0];
    const card = await ask(explainer.question.en);
    expect(shown(card)).to.include(explainer.answer.en.slice(0, 60).replace(/\\/g, ''));
    expect(followUps(card)).to.deep.equal(['followup.simpler', 'followup.example', 'followup.readNext']);
  });

  it('gives the full answer when the explainer has no simpler version yet, and still offers "more simply" (which says so)', async () => {
    // Every explainer has one now: content without one for the DPIA explainer (a new explainer would be like it).
    const without = faculty.get('hali')!.explainers.find((e) => e.id === 'hali-x-dpia')!;
    const mentorsDir = mentorsCopyWith('hali/explainers.json', (explainers: { id: string; simpler?: unknown }[]) => {
      delete explainers.find((e) => e.id === without.id)!.simpler;
    });
    const app = testApp({ mentorsDir });
    await app.send(personalMessage('hi'));
    const card = firstCard(await app.send(personalMessage(`in a nutshell, ${without.question.en}`)))!;
    expect(shown(card)).to.include(without.answer.en.slice(0, 60).replace(/\\/g, ''));
    expect(followUps(card)).to.deep.equal(['followup.simpler', 'followup.example', 'followup.readNext']);
  });
});
