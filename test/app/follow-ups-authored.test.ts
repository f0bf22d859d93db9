import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cy, en } from '../../bot/i18n/messages';
import type { Language } from '../../bot/i18n';
import { ROLES, type Role } from '../../bot/mentors/types';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { realFaculty, testApp } from '../helpers/app';

const faculty = realFaculty();
const authored = faculty.mentors.flatMap((mentor) => mentor.explainers.map((explainer) => ({ mentor, explainer })));
const catalogue = { en, cy } as const;
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

/** A learner who has chosen `role` (or none) and `language`, in a fresh app. */
async function learner(language: Language, role?: Role) {
  const app = testApp();
  await app.send(personalMessage('hi'));
  await app.send(cardExecute(Verbs.saveSettings, { language, ...(role ? { role } : {}) }));
  return app;
}

describe('app: every authored follow-up reaches the learner (offline), in English and Welsh', () => {
  const withSimpler = authored.filter(({ explainer }) => explainer.simpler);

  it('covers the 10 most-asked explainers of each mentor', () => {
    for (const mentor of faculty.mentors) expect(withSimpler.filter((a) => a.mentor === mentor).length, mentor.id).to.be.at.least(10);
  });

  for (const language of ['en', 'cy'] as const) {
    it(`"Explain more simply" returns each explainer's authored simpler version (${language})`, async () => {
      const app = await learner(language);
      for (const { mentor, explainer } of withSimpler) {
        const reply = texts(await app.send(cardSubmit({ verb: Verbs.followUpSimpler, mentorId: mentor.id, explainerId: explainer.id })));
        expect(reply, explainer.id).to.equal(`**${catalogue[language]['followUp.simplerTitle']}**\n\n${explainer.simpler![language]}`);
      }
    });
  }

  for (const role of ROLES) {
    const forRole = authored.filter(({ explainer }) => explainer.roleExamples?.some((x) => x.role === role));
    it(`"An example from my role" returns the authored example for the role ${role}, on each of the ${forRole.length} explainers that have one, in English and Welsh`, async () => {
      for (const language of ['en', 'cy'] as const) {
        const app = await learner(language, role);
        const heading = catalogue[language]['followUp.exampleTitle'].replace('{role}', catalogue[language][`role.${role}`]);
        for (const { mentor, explainer } of forRole) {
          const example = explainer.roleExamples!.find((x) => x.role === role)!;
          const reply = texts(await app.send(cardSubmit({ verb: Verbs.followUpExample, mentorId: mentor.id, explainerId: explainer.id })));
          expect(reply, `${explainer.id} ${role} ${language}`).to.equal(`**${heading}**\n\n${example.text[language]}`);
        }
      }
    });
  }
});
