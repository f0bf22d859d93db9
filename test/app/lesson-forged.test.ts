import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, realFaculty, storedLearner, testApp } from '../helpers/app';
import { lessonShown, wasSent } from '../../bot/learning/open-lesson';
import { newLearner } from '../../bot/learning/learner';

/**
 * Outside testing forged a lesson card's Done for every lesson of both mentors, none ever sent: in 250 ms the CPD summary said
 * "52 minutes… Lessons (26)", progress 12/12 and 14/14, and 30 learning records were queued for the organisation's LRS. A Done
 * (or a quiz taken from a lesson card) now counts only for a lesson whose card was sent to that learner: in chat, a follow-up,
 * a daily nudge or a Viva Learning assignment.
 */
describe('app: a lesson is done only from a card sent to the learner', () => {
  const faculty = realFaculty();
  const everyLesson = faculty.mentors.flatMap((m) => m.lessons.map((l) => ({ mentorId: m.id, lessonId: l.id })));
  const actionsOf = (node: unknown): Record<string, any>[] =>
    Array.isArray(node) ? node.flatMap(actionsOf) : typeof node === 'object' && node !== null ? [...(String((node as any).type).startsWith('Action.') ? [node as Record<string, any>] : []), ...Object.values(node).flatMap(actionsOf)] : [];
  const dataOf = (card: unknown, verb: string) => {
    const action = actionsOf(card).find((a) => a.verb === verb || a.data?.verb === verb)!;
    return action.data as Record<string, any>;
  };
  const texts = (activities: Awaited<ReturnType<ReturnType<typeof testApp>['send']>>) => activities.map((a) => [a.text ?? '', ...(firstCard([a]) ? cardTexts(firstCard([a])) : [])].join('\n')).join('\n');

  for (const [language, locale, refusal] of [['English', 'en-GB', /was not one I sent you/], ['Welsh', 'cy-GB', /Nid fi anfonodd y cerdyn gwers/]] as const) {
    it(`credits nothing for forged Dones of all ${everyLesson.length} lessons, and says so (${language})`, async () => {
      const { send, stores } = testApp();
      const userId = `29:forger-${locale}`;
      await send(personalMessage(locale === 'cy-GB' ? 'helo' : 'hi', { userId, locale }));
      for (const data of everyLesson) {
        const replies = await send(cardSubmit({ verb: Verbs.lessonDone, ...data }, { userId, locale }));
        expect(texts(replies)).to.match(refusal);
      }
      const learner = (await storedLearner(stores, `aad-${userId}`))!;
      expect(Object.values(learner.progress.lessonsDone).flat()).to.deep.equal([]);
      expect(learner.outbox ?? [], 'no learning record queued').to.deep.equal([]);
      const progress = cardTexts(firstCard(await send(personalMessage(locale === 'cy-GB' ? 'cynnydd' : 'progress', { userId, locale })))).join('\n');
      expect(progress).to.match(/HALI: 0\/\d+/);
    });
  }

  it('counts a lesson whose card was sent, once, and still nothing for a forged one beside it', async () => {
    const { send, stores } = testApp();
    const sent = dataOf(firstCard(await send(personalMessage('lesson'))), Verbs.lessonDone) as { mentorId: string; lessonId: string };
    expect(texts(await send(cardSubmit({ verb: Verbs.lessonDone, mentorId: sent.mentorId, lessonId: sent.lessonId })))).to.include('Lesson complete');
    // The last lesson of the other mentor's path: Done brings the next lesson of this one, which is then sent too.
    const other = everyLesson.filter((l) => l.mentorId !== sent.mentorId).at(-1)!;
    expect(texts(await send(cardSubmit({ verb: Verbs.lessonDone, ...other })))).to.match(/was not one I sent you/);
    const learner = (await storedLearner(stores, 'aad-29:user-1'))!;
    expect(Object.values(learner.progress.lessonsDone).flat()).to.deep.equal([sent.lessonId]);
  });

  it('serves a quiz from a forged lesson card without finishing the lesson', async () => {
    const { send, stores } = testApp();
    const forged = everyLesson[3];
    const replies = await send(cardSubmit({ verb: Verbs.quizStart, ...forged }));
    expect(texts(replies)).to.match(/Question/);
    const learner = (await storedLearner(stores, 'aad-29:user-1'))!;
    expect(Object.values(learner.progress.lessonsDone).flat()).to.deep.equal([]);
  });

  it('after "forget me", an old lesson card’s Done credits nothing', async () => {
    const { send, stores } = testApp();
    const sent = dataOf(firstCard(await send(personalMessage('lesson'))), Verbs.lessonDone) as { mentorId: string; lessonId: string };
    await send(cardExecute(Verbs.confirmForget, dataOf(firstCard(await send(personalMessage('forget me'))), Verbs.confirmForget)));
    expect(texts(await send(cardSubmit({ verb: Verbs.lessonDone, mentorId: sent.mentorId, lessonId: sent.lessonId })))).to.match(/was not one I sent you/);
    const learner = await storedLearner(stores, 'aad-29:user-1');
    expect(Object.values(learner?.progress.lessonsDone ?? {}).flat()).to.deep.equal([]);
  });

  it('reads a lesson as sent from a card shown in chat, a nudge or a follow-up (lessonShown), or a Viva Learning assignment', () => {
    const learner = newLearner('aad-1', undefined, new Date('2026-11-30T09:00:00Z'));
    expect(wasSent(learner, 'hali', 'x')).to.equal(false);
    const shown = lessonShown('hali', 'x', new Date('2026-11-30T09:00:00Z'))(learner);
    expect(wasSent(shown, 'hali', 'x')).to.equal(true);
    expect(wasSent(shown, 'gwen', 'x')).to.equal(false);
    // Still sent after another lesson is shown: the older card's Done counts.
    expect(wasSent(lessonShown('hali', 'y', new Date('2026-11-30T10:00:00Z'))(shown), 'hali', 'x')).to.equal(true);
    const assigned = { ...learner, viva: { assignments: [{ courseActivityId: 'c', mentorId: 'gwen', lessonId: 'z', required: true }], syncedAt: '2026-11-30T09:00:00Z' } };
    expect(wasSent(assigned, 'gwen', 'z')).to.equal(true);
  });
});
