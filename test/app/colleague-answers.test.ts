import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, realFaculty, testApp } from '../helpers/app';

type App = ReturnType<typeof testApp>;
const quizItems = realFaculty().mentors.flatMap((m) => m.quiz);

/** One learner in `role` takes their first question and answers it: right, or with the first wrong option. */
async function answerAs(app: App, userId: string, role: string, right: boolean, language = 'en') {
  await app.send(personalMessage('hi', { userId }));
  await app.send(cardExecute(Verbs.saveSettings, { role, language }, { userId }));
  const quiz = firstCard(await app.send(personalMessage('quiz', { userId })))!;
  const actions = quiz.actions as Record<string, any>[];
  const item = quizItems.find((q) => q.id === actions.find((a) => a.verb === Verbs.quizAnswer)!.data.itemId)!;
  const option = item.options.find((o) => o.correct === right)!;
  const data = actions.find((a) => a.verb === Verbs.quizAnswer && a.data.optionId === option.id)!.data;
  return { item, option, card: invokeCard(await app.send(cardExecute(Verbs.quizAnswer, data, { userId })))! };
}

describe('app: how colleagues in the same role answered', () => {
  it('shows each option\'s share among staff in the learner\'s role once 10 have answered, never other roles\' answers', async () => {
    let now = new Date('2026-11-27T09:00:00Z');
    const app = testApp({ now: () => now });
    // Nine nurses (7 right, 2 wrong) and twelve doctors (all wrong): not yet enough nurses.
    for (let i = 0; i < 9; i++) await answerAs(app, `29:nurse-${i}`, 'nurse', i < 7, i % 2 ? 'cy' : 'en');
    for (let i = 0; i < 12; i++) await answerAs(app, `29:gp-${i}`, 'doctor', false);
    await app.stores.aggregates.flush();
    const early = await answerAs(app, '29:nurse-9', 'nurse', true);
    expect(cardTexts(early.card).join('\n')).to.not.include('How colleagues in your role answered');
    await app.stores.aggregates.flush();

    // Ten nurses have now answered (8 right, across English and Welsh); an hour later an eleventh sees their shares.
    now = new Date('2026-11-27T10:00:00Z');
    const { item, card } = await answerAs(app, '29:nurse-10', 'nurse', false);
    const text = cardTexts(card).join('\n');
    expect(text).to.include('How colleagues in your role answered (10 people, their first answer)');
    const right = item.options.find((o) => o.correct)!;
    const wrong = item.options.find((o) => !o.correct)!;
    const rows = cardTexts(card).filter((line) => /^[A-D]: \d+%/.test(line));
    expect(rows).to.have.length(item.options.length);
    expect(rows.find((r) => r.includes('right answer'))).to.match(/: 80% \(right answer\)$/);
    expect(rows.find((r) => r.includes('your answer'))).to.match(/: 20% \(your answer\)$/);
    expect(right.id).to.not.equal(wrong.id);
    // The shares are the nurses', not the doctors' (who all chose the wrong option).
    expect(rows.filter((r) => / 0%/.test(r))).to.have.length(item.options.length - 2);
  });

  it('says it in Welsh, and shows nothing to a learner who has not given a role', async () => {
    let now = new Date('2026-11-27T09:00:00Z');
    const app = testApp({ now: () => now });
    for (let i = 0; i < 10; i++) await answerAs(app, `29:mw-${i}`, 'midwife', true);
    await app.stores.aggregates.flush();
    // The shares are read at most once a minute per mentor: a minute later they include all ten.
    const cached = await answerAs(app, '29:mw-early', 'midwife', true);
    expect(cardTexts(cached.card).join('\n')).to.not.include('How colleagues');
    now = new Date('2026-11-27T09:01:00Z');
    const welsh = await answerAs(app, '29:mw-cy', 'midwife', true, 'cy');
    expect(cardTexts(welsh.card).join('\n')).to.include('Sut atebodd cydweithwyr yn eich rôl (10 o bobl, eu hateb cyntaf)');
    expect(cardTexts(welsh.card).join('\n')).to.include('100% (yr ateb cywir, eich ateb chi)');
    const noRole = await answerAs(app, '29:no-role', '', true);
    expect(cardTexts(noRole.card).join('\n')).to.not.include('How colleagues');
  });
});
