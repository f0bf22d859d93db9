import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { botInstalled, cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, offeredQuestions, realFaculty, storedLearner, tappableRows, testApp } from '../helpers/app';

const LEARNER = 'aad-29:user-1';

/** A clock the test moves forward. */
function testClock(start = '2026-11-27T09:00:00Z') {
  let now = new Date(start);
  return { now: () => now, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
}

const actionData = (card: Record<string, any>, verb: string) =>
  (card.actions as Record<string, any>[]).find((a) => a.verb === verb || a.data?.verb === verb)?.data as Record<string, unknown>;
const answerData = (card: Record<string, any>, correct: boolean, item: { options: readonly { id: string; correct: boolean }[] }) => {
  const optionId = item.options.find((o) => o.correct === correct)!.id;
  return (card.actions as Record<string, any>[]).find((a) => a.verb === Verbs.quizAnswer && a.data.optionId === optionId)!.data as Record<string, unknown>;
};
const itemOf = (card: Record<string, any>) => realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === (card.actions as Record<string, any>[]).find((a) => a.verb === Verbs.quizAnswer)!.data.itemId)!;

describe('app: the learning flow in personal chat', () => {
  it('welcome -> settings -> lesson -> quiz -> feedback -> next question -> progress', async () => {
    const clock = testClock();
    const { send, stores } = testApp({ now: clock.now });

    // First contact: the welcome card asks for a role and the daily lesson, all optional.
    const welcome = firstCard(await send({ ...botInstalled(), localTimezone: 'Europe/London' } as Partial<Activity>))!;
    const welcomeText = cardTexts(welcome).join('\n');
    expect(welcomeText).to.include('Make HALI yours');
    expect(welcomeText).to.include('Unless you change it, I will send you a two-minute lesson every weekday (Monday to Friday) at 09:00, Europe/London time.');
    expect(JSON.stringify(welcome)).to.include('"id":"role"');
    const saved = invokeCard(await send(cardExecute(Verbs.saveSettings, { form: 'welcome', role: 'nurse', nudges: 'true', nudgeTime: '07:30' })))!;
    expect(cardTexts(saved).join('\n')).to.include('Role: Nurse. Language: English. Daily lesson: on, at 07:30.');
    // The saved card keeps a short confirmation with the next step: a first lesson, an example question (a row that
    // asks it when tapped, wrapped rather than cut short like a button's title), help.
    expect(cardTexts(saved).join('\n')).to.include('Next: start your first two-minute lesson');
    expect((saved.actions as any[]).map((a) => a.data.verb)).to.deep.equal([Verbs.lessonNext, Verbs.showHelp]);
    const example = realFaculty().defaultMentor.explainers[0].question.en;
    expect(offeredQuestions(saved).map(({ text, wraps, action }) => ({ text, wraps, question: action.data.question }))).to.deep.equal([{ text: example, wraps: true, question: example }]);
    expect(cardTexts(firstCard(await send(cardSubmit(actionData(saved, Verbs.lessonNext))))!).join('\n')).to.include('Lesson 1 of 12');
    let learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.profile.role).to.equal('nurse');
    expect(learner.preferences).to.deep.equal({ timeZone: 'Europe/London', teamsLanguage: 'en', nudges: { enabled: true, time: '07:30', days: [1, 2, 3, 4, 5], chosenAt: clock.now().toISOString() } });
    // Once set up, the welcome offers settings instead of asking again.
    expect(cardTexts(firstCard(await send(personalMessage('hi')))).join('\n')).to.not.include('Make HALI yours');

    // A lesson, then its quiz.
    const lesson = firstCard(await send(personalMessage('lesson')))!;
    expect(cardTexts(lesson).join('\n')).to.include('Lesson 1 of 12');
    const quiz = firstCard(await send(cardSubmit(actionData(lesson, Verbs.quizStart))))!;
    const item = itemOf(quiz);
    expect(item.lessonId).to.equal(realFaculty().get('hali')!.lessons[0].id);
    expect(cardTexts(quiz).join('\n')).to.include(item.stem.en.replace(/[*_[\]]/g, ''));
    expect(JSON.stringify(quiz)).to.include('"id":"confidence"');

    // Answer right but unsure: the same card turns into the result.
    const result = invokeCard(await send(cardExecute(Verbs.quizAnswer, { ...answerData(quiz, true, item), confidence: 'unsure' })))!;
    const resultText = cardTexts(result).join('\n');
    expect(resultText).to.include('✓ Correct');
    expect(resultText).to.include('Explanation');
    expect(resultText).to.include(item.sources[0].url);
    // A first answer comes back within the day (a learning step): said as "later today", not as today's date.
    expect(resultText).to.match(/comes back for review (?:later today|on \w+day \d+ \w+)\./);

    // "Next question" is a plain submit: the feedback card stays where it is and the question comes as a new card.
    const nextButton = (result.actions as any[]).find((a) => a.data?.verb === Verbs.quizNext);
    expect(nextButton.type).to.equal('Action.Submit');
    const nextReplies = await send(cardSubmit(actionData(result, Verbs.quizNext)));
    expect(nextReplies.filter((r) => r.type === 'invokeResponse')).to.deep.equal([]);
    expect(itemOf(firstCard(nextReplies)!).id).to.not.equal(item.id);
    // A result card sent before this change still presses Next as Action.Execute: it keeps its feedback, and the question comes below.
    const stale = await send(cardExecute(Verbs.quizNext, actionData(result, Verbs.quizNext)));
    expect(cardTexts(invokeCard(stale)!).join('\n')).to.include('✓ Correct');
    const next = firstCard(stale)!;
    const nextItem = itemOf(next);
    expect(nextItem.id).to.not.equal(item.id);

    // Answer it wrong and sure: the misconception behind the choice is shown.
    const wrong = invokeCard(await send(cardExecute(Verbs.quizAnswer, { ...answerData(next, false, nextItem), confidence: 'sure' })))!;
    const wrongText = cardTexts(wrong).join('\n');
    expect(wrongText).to.include('✗ Not quite');
    expect(wrongText).to.include('Why that answer is tempting');
    expect(wrongText).to.include('Correct answer');

    learner = (await storedLearner(stores, LEARNER))!;
    expect(Object.keys(learner.reviews)).to.have.members([item.id, nextItem.id]);
    expect(learner.calibration).to.deep.equal({ unsure: { answered: 1, correct: 1 }, sure: { answered: 1, correct: 0 } });
    expect(learner.streak).to.deep.equal({ current: 1, longest: 1, lastDay: '2026-11-27', freezes: 0, towardFreeze: 1 });

    // Progress shows it all.
    const progress = cardTexts(firstCard(await send(personalMessage('progress')))).join('\n');
    expect(progress).to.include('Streak: 1 day in a row (longest 1)');
    // Reading a lesson and answering its questions counts as doing it, "Done" pressed or not.
    expect(progress).to.include(`HALI: ${new Set([item.lessonId, nextItem.lessonId]).size}/12`);
    // The wrong answer "comes back for review" later today: it is counted as due today.
    const dueToday = Object.values(learner.reviews).filter((r) => new Date(r.due).getTime() < Date.parse('2026-11-28T00:00:00Z')).length;
    expect(progress).to.include(dueToday === 1 ? '1 question due for review today' : `${dueToday} questions due for review today`);
    expect(dueToday).to.be.at.least(1);
    expect(progress).to.match(/HALI: .*: 1\/\d+/);
    expect(progress).to.include('Unsure');
    expect(progress).to.include('1 of 1 right (100%)');
    expect(progress).to.include('0 of 1 right (0%)');
  });

  it('brings a wrong answer back the next day, before the next lesson, with a way to skip', async () => {
    const clock = testClock();
    const { send, stores } = testApp({ now: clock.now });
    const quiz = firstCard(await send(personalMessage('quiz')))!;
    const item = itemOf(quiz);
    await send(cardExecute(Verbs.quizAnswer, answerData(quiz, false, item)));
    const due = new Date((await storedLearner(stores, LEARNER))!.reviews[item.id].due);
    expect(due.getTime() - clock.now().getTime()).to.be.below(86_400_000);

    clock.advanceDays(1);
    const review = firstCard(await send(personalMessage('lesson')))!;
    expect(cardTexts(review).join('\n')).to.include('You have 1 review due: here is one before your next lesson');
    expect(itemOf(review).id).to.equal(item.id);
    const lesson = firstCard(await send(cardSubmit(actionData(review, Verbs.lessonNext))))!;
    expect(cardTexts(lesson).join('\n')).to.include('Lesson 1 of 12');

    // Answered right and sure this time, it goes much further out.
    const again = firstCard(await send(personalMessage('quiz')))!;
    expect(itemOf(again).id).to.equal(item.id);
    await send(cardExecute(Verbs.quizAnswer, { ...answerData(again, true, item), confidence: 'sure' }));
    const later = new Date((await storedLearner(stores, LEARNER))!.reviews[item.id].due);
    expect(later.getTime() - clock.now().getTime()).to.be.above(86_400_000);
  });

  it('answers with a new message on clients that cannot refresh a card (the Action.Submit fallback)', async () => {
    const { send, stores } = testApp();
    const quiz = firstCard(await send(personalMessage('quiz')))!;
    const item = itemOf(quiz);
    const optionId = item.options.find((o) => o.correct)!.id;
    const execute = (quiz.actions as Record<string, any>[]).find((a) => a.verb === Verbs.quizAnswer && a.data.optionId === optionId)!;
    expect(execute.fallback.type).to.equal('Action.Submit');
    const replies = await send(cardSubmit(execute.fallback.data));
    expect(cardTexts(firstCard(replies)).join('\n')).to.include('✓ Correct');
    expect((await send(cardSubmit(execute.fallback.data))).length).to.equal(1);
    expect((await storedLearner(stores, LEARNER))!.calibration).to.deep.equal({ unstated: { answered: 1, correct: 1 } });
  });

  it('saves a lesson for later and lists it on the progress card as a row that opens it', async () => {
    const { send } = testApp();
    const lesson = firstCard(await send(personalMessage('lesson Gwen')))!;
    expect((await send(cardSubmit(actionData(lesson, Verbs.lessonSave))))[0].text).to.match(/^Saved "DNA, genes and variants" for later/);
    const progress = firstCard(await send(personalMessage('progress')))!;
    expect(cardTexts(progress).join('\n')).to.include('Saved for later (open one to read it now)');
    // Each saved lesson is a wrapped row (a button's title is cut to one line) that opens that lesson, with its place in the pathway.
    const rows = tappableRows(progress, Verbs.lessonOpen);
    expect(rows.map((r) => [r.text, r.wraps, r.action.type, r.action.title])).to.deep.equal([['DNA, genes and variants', true, 'Action.Submit', 'DNA, genes and variants']]);
    expect(rows[0].action.data).to.deep.equal({ verb: Verbs.lessonOpen, mentorId: 'gwen', lessonId: actionData(lesson, Verbs.lessonSave).lessonId, lang: 'en' });
    const opened = cardTexts(firstCard(await send(cardSubmit(rows[0].action.data)))).join('\n');
    expect(opened).to.include('DNA, genes and variants');
    expect(opened).to.include('Lesson 1 of');
    // In Welsh the row shows the Welsh title, and opens the Welsh lesson.
    const welsh = firstCard(await send(personalMessage('cynnydd', { locale: 'cy-GB' })))!;
    expect(cardTexts(welsh).join('\n')).to.include('Wedi’u cadw am nes ymlaen');
    const [welshRow] = tappableRows(welsh, Verbs.lessonOpen);
    expect(welshRow.action.title).to.equal(realFaculty().get('gwen')!.lessons.find((l) => l.id === rows[0].action.data.lessonId)!.title.cy);
    expect(cardTexts(firstCard(await send(cardSubmit(welshRow.action.data)))).join('\n')).to.include(welshRow.text);
    // A forged or stale button naming no served lesson gets a clear answer.
    expect((await send(cardSubmit({ verb: Verbs.lessonOpen, mentorId: 'gwen', lessonId: 'no-such-lesson' })))[0].text).to.match(/^I could not find that lesson/);
  });

  it('works in Welsh end to end', async () => {
    const { send } = testApp();
    const quiz = firstCard(await send(personalMessage('cwis', { locale: 'cy-GB' })))!;
    expect(JSON.stringify(quiz)).to.include('pa mor siŵr ydych chi');
    const item = itemOf(quiz);
    const result = invokeCard(await send(cardExecute(Verbs.quizAnswer, answerData(quiz, true, item), { locale: 'cy-GB' })))!;
    expect(cardTexts(result).join('\n')).to.include('✓ Cywir');
    expect(cardTexts(result).join('\n')).to.include(item.explanation.cy.replace(/[*_[\]]/g, '').slice(0, 30));
    expect(cardTexts(firstCard(await send(personalMessage('cynnydd', { locale: 'cy-GB' })))).join('\n')).to.include('Rhediad: 1 diwrnod');
  });
});

describe('app: card submissions are untrusted', () => {
  async function issued() {
    const app = testApp();
    const quiz = firstCard(await app.send(personalMessage('quiz')))!;
    return { ...app, quiz, item: itemOf(quiz) };
  }

  it('refuses an answer with a forged or stale code, or for a question not issued, and records nothing', async () => {
    const { send, stores, quiz, item } = await issued();
    const good = answerData(quiz, true, item);
    const other = realFaculty().get('gwen')!.quiz[0];
    for (const data of [{ ...good, nonce: 'forged' }, { ...good, itemId: other.id, optionId: other.options[0].id }, { ...good, optionId: 'zz' }, {}, { nonce: good.nonce }]) {
      expect(cardTexts(invokeCard(await send(cardExecute(Verbs.quizAnswer, data)))).join('\n'), JSON.stringify(data)).to.match(/was not issued to you|not recorded/);
    }
    expect((await storedLearner(stores, LEARNER))!.reviews).to.deep.equal({});
  });

  it('counts a double click once and shows the same result both times', async () => {
    const { send, stores, quiz, item } = await issued();
    const data = { ...answerData(quiz, true, item), confidence: 'sure' };
    const first = invokeCard(await send(cardExecute(Verbs.quizAnswer, data)))!;
    const second = invokeCard(await send(cardExecute(Verbs.quizAnswer, data)))!;
    expect(second).to.deep.equal(first);
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.calibration).to.deep.equal({ sure: { answered: 1, correct: 1 } });
    expect((await stores.events.list(LEARNER)).filter((e) => e.type === 'quiz.answered')).to.have.length(1);
  });

  it('counts two simultaneous presses once', async () => {
    const { send, stores, quiz, item } = await issued();
    const data = answerData(quiz, false, item);
    await Promise.all([send(cardExecute(Verbs.quizAnswer, data)), send(cardExecute(Verbs.quizAnswer, data))]);
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.calibration).to.deep.equal({ unstated: { answered: 1, correct: 0 } });
    expect(learner.reviews[item.id].reps).to.equal(1);
    expect((await stores.events.list(LEARNER)).filter((e) => e.type === 'quiz.answered')).to.have.length(1);
  });

  it('ignores a user id inside card data: another user cannot answer, or change, someone else\'s question', async () => {
    const { send, stores, quiz, item } = await issued();
    const data: Record<string, unknown> = { ...answerData(quiz, true, item), userId: '29:user-1', learnerId: LEARNER };
    expect(cardTexts(invokeCard(await send(cardExecute(Verbs.quizAnswer, data, { userId: '29:mallory' })))).join('\n')).to.match(/not issued to you/);
    expect((await storedLearner(stores, LEARNER))!.pendingQuiz!.nonce).to.equal(data.nonce);
    expect((await storedLearner(stores, 'aad-29:mallory'))?.reviews ?? {}).to.deep.equal({});
  });

  it('refuses a huge card payload with a clear answer, changing nothing', async () => {
    const { send, stores, quiz, item } = await issued();
    const huge = { ...answerData(quiz, true, item), padding: 'x'.repeat(10_000) };
    const replies = await send(cardExecute(Verbs.quizAnswer, huge));
    expect(replies.find((r) => r.type === 'invokeResponse')!.value.body.value).to.match(/too much data/);
    expect((await send(cardSubmit({ verb: Verbs.lessonSave, padding: 'x'.repeat(10_000) })))[0].text).to.match(/too much data/);
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.reviews).to.deep.equal({});
    expect(learner.progress.saved).to.deep.equal([]);
  });

  it('rejects malformed settings without changing any of them', async () => {
    const { send, stores } = testApp();
    await send(cardExecute(Verbs.saveSettings, { role: 'nurse', nudges: 'true', nudgeTime: '08:00' }));
    const before = await storedLearner(stores, LEARNER);
    for (const data of [{ role: 'surgeon-general' }, { nudgeTime: '25:99' }, { nudges: 'yes' }, { language: 'fr' }, { role: ['nurse'] }]) {
      expect(cardTexts(invokeCard(await send(cardExecute(Verbs.saveSettings, data)))).join('\n'), JSON.stringify(data)).to.include('nothing was changed');
    }
    const after = await storedLearner(stores, LEARNER);
    expect(after!.profile).to.deep.equal(before!.profile);
    expect(after!.preferences).to.deep.equal(before!.preferences);
  });
});
