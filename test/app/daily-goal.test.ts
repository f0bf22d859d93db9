import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, realFaculty, storedLearner, testApp } from '../helpers/app';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { commandOf } from '../../bot/i18n/command-phrasing';

const LEARNER = 'aad-29:user-1';

const answerRight = (card: Record<string, any>) => {
  const actions = card.actions as Record<string, any>[];
  const itemId = actions.find((a) => a.verb === Verbs.quizAnswer)!.data.itemId;
  const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === itemId)!;
  const optionId = item.options.find((o) => o.correct)!.id;
  return actions.find((a) => a.verb === Verbs.quizAnswer && a.data.optionId === optionId)!.data as Record<string, unknown>;
};

describe('app: the daily goal', () => {
  it('is chosen on the progress card, counts three questions, and is acknowledged on the answer that meets it', async () => {
    const { send, stores } = testApp({ now: () => new Date('2026-11-27T09:00:00Z') });
    await send(personalMessage('hi'));
    const progress = firstCard(await send(personalMessage('progress')))!;
    expect(cardTexts(progress).join('\n')).to.include("Today's goal: one lesson (0 of 1 done)");
    expect(cardTexts(progress).join('\n')).to.include('No streak freezes banked yet');
    const button = (progress.actions as any[]).find((a) => a.verb === Verbs.setGoal);
    expect(button.title).to.equal('Make my goal three questions');
    const switched = invokeCard(await send(cardExecute(Verbs.setGoal, button.data)))!;
    expect(cardTexts(switched).join('\n')).to.include("Today's goal: three questions (0 of 3 answered)");
    expect((await storedLearner(stores, LEARNER))!.preferences.dailyGoal).to.equal('questions');

    // Three lessons done (a lesson does not count towards a questions goal), so their questions are open.
    for (let i = 0; i < 3; i++) {
      const lesson = firstCard(await send(personalMessage('lesson')))!;
      const replies = await send(cardSubmit((lesson.actions as any[]).find((a) => a.data?.verb === Verbs.lessonDone).data));
      expect(replies.map((r) => r.text ?? '').join(' ')).to.not.include('goal met');
    }
    const said: string[] = [];
    for (let i = 0; i < 4; i++) {
      const quiz = firstCard(await send(personalMessage('quiz')))!;
      const result = invokeCard(await send(cardExecute(Verbs.quizAnswer, answerRight(quiz))))!;
      said.push(cardTexts(result).join('\n'));
    }
    expect(said.map((text) => text.includes("Today's goal met: three questions. Well done!"))).to.deep.equal([false, false, true, false]);
    const after = firstCard(await send(personalMessage('progress')))!;
    expect(cardTexts(after).join('\n')).to.include("Today's goal met: three questions.");
  });

  it('meets the lesson goal with "Done" on a lesson, in Welsh', async () => {
    const { send } = testApp({ now: () => new Date('2026-11-27T09:00:00Z') });
    await send(personalMessage('hi'));
    await send(cardExecute(Verbs.saveSettings, { language: 'cy' }));
    const lesson = firstCard(await send(personalMessage('gwers')))!;
    const done = (lesson.actions as any[]).find((a) => a.data?.verb === Verbs.lessonDone);
    const replies = await send(cardSubmit(done.data));
    // The lesson-complete card says the goal was met: one message, then the next lesson.
    const complete = cardTexts(firstCard(replies)!).join('\n');
    expect(complete).to.include('Gwers wedi’i chwblhau').and.include('Nod heddiw wedi’i gyrraedd: un wers. Da iawn!');
  });

  it('is saved from the settings card; an unknown goal is refused and changes nothing', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('hi'));
    const settings = firstCard(await send(personalMessage('settings')))!;
    expect(JSON.stringify(settings)).to.include('"id":"dailyGoal"');
    expect(JSON.stringify(settings)).to.include('Three questions a day');
    await send(cardExecute(Verbs.saveSettings, { dailyGoal: 'questions' }));
    expect((await storedLearner(stores, LEARNER))!.preferences.dailyGoal).to.equal('questions');
    const refused = invokeCard(await send(cardExecute(Verbs.saveSettings, { dailyGoal: 'ten lessons', role: 'gp' })))!;
    expect(cardTexts(refused).join('\n')).to.not.include('Saved');
    const refusedGoal = invokeCard(await send(cardExecute(Verbs.setGoal, { goal: 'marathon' })))!;
    expect(cardTexts(refusedGoal).join('\n')).to.include('That goal is not one I know.');
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.preferences.dailyGoal).to.equal('questions');
    expect(learner.profile.role).to.equal(undefined);
  });

  it('is offered on the welcome card and saved from it, in English and in Welsh', async () => {
    const { send, stores } = testApp();
    const welcome = firstCard(await send(personalMessage('hi')))!;
    const goalInput = JSON.stringify(welcome);
    expect(goalInput).to.include('"id":"dailyGoal"').and.include('One lesson a day').and.include('Three questions a day');
    const saved = invokeCard(await send(cardExecute(Verbs.saveSettings, { form: 'welcome', role: 'midwife', dailyGoal: 'questions', nudges: 'true', nudgeTime: '08:00' })))!;
    expect(cardTexts(saved).join('\n')).to.include('Daily goal: three questions a day.');
    expect((await storedLearner(stores, LEARNER))!.preferences.dailyGoal).to.equal('questions');
    const progress = firstCard(await send(personalMessage('progress')))!;
    expect(cardTexts(progress).join('\n')).to.include("Today's goal: three questions (0 of 3 answered)");

    const cy = testApp();
    const croeso = firstCard(await cy.send(personalMessage('Shwmae!', { locale: 'cy-GB' })))!;
    expect(JSON.stringify(croeso)).to.include('"id":"dailyGoal"').and.include('Un wers y dydd').and.include('Tri chwestiwn y dydd');
    const cadw = invokeCard(await cy.send(cardExecute(Verbs.saveSettings, { form: 'welcome', language: 'cy', dailyGoal: 'lesson' })))!;
    expect(cardTexts(cadw).join('\n')).to.include('Nod dyddiol: un wers y dydd.');
    expect((await storedLearner(cy.stores, LEARNER))!.preferences.dailyGoal).to.equal('lesson');
  });
});

/**
 * Stop 54 found "turn off the streak" and "I don't care about streaks" told "I do not have trusted content": there was no way to stop
 * being counted. The streak and daily goal can now be hidden, from settings or in words; they are still counted underneath.
 */
describe('app: the streak and daily goal turned off', () => {
  const OFF_EN = ['turn off the streak', "I don't care about streaks", 'hide my streak', 'no daily goal please', 'turn my streak off', 'stop counting my streak', 'no streaks', 'streaks stress me out', 'I hate streaks', 'Switch off my streak please!', 'i dont want a daily goal'];
  const OFF_CY = ['diffodd y rhediad', "dw i ddim isio'r rhediad", 'cuddio fy rhediad', 'dim rhediad plis', 'diffoddwch fy nod dyddiol'];

  it(`fills in the settings card's toggle when said (${OFF_EN.length} English and ${OFF_CY.length} Welsh forms), and changes nothing until Save`, async () => {
    for (const said of [...OFF_EN, ...OFF_CY]) {
      const { send, stores } = testApp();
      await send(personalMessage('hi'));
      const card = firstCard(await send(personalMessage(said)))!;
      const json = JSON.stringify(card);
      expect(json, said).to.include('"id":"showStreak"');
      const toggle = (card.body as any[]).find((b) => b.id === 'showStreak');
      expect(toggle.value, said).to.equal('false');
      expect(cardTexts(card).join('\n'), said).to.match(OFF_CY.includes(said) ? /Rwyf wedi diffodd eich rhediad/ : /I have turned off your streak and daily goal on the card/);
      expect((await storedLearner(stores, LEARNER))!.preferences.showStreak, said).to.equal(undefined);
    }
  });

  it('once saved off, leaves the streak and goal off the progress card and the lesson-complete card, still counting them; back on, shows the real figures', async () => {
    const { send, stores } = testApp({ now: () => new Date('2026-11-27T09:00:00Z') });
    await send(personalMessage('hi'));
    const saved = invokeCard(await send(cardExecute(Verbs.saveSettings, { showStreak: 'false' })))!;
    expect(cardTexts(saved).join('\n')).to.include('Daily goal: hidden, with your streak.');
    expect((await storedLearner(stores, LEARNER))!.preferences.showStreak).to.equal(false);

    const lesson = firstCard(await send(personalMessage('lesson')))!;
    const complete = cardTexts(firstCard(await send(cardSubmit((lesson.actions as any[]).find((a) => a.data?.verb === Verbs.lessonDone).data)))!).join('\n');
    expect(complete).to.include('Lesson complete').and.not.match(/Streak|goal met/i);

    const progress = firstCard(await send(personalMessage('progress')))!;
    const text = cardTexts(progress).join('\n');
    expect(text).to.include('Your streak and daily goal are hidden.').and.not.match(/Streak:|Today's goal|streak freeze/);
    expect((progress.actions as any[]).some((a) => a.verb === Verbs.setGoal)).to.equal(false);
    // Still counted: today's lesson is in the streak.
    expect((await storedLearner(stores, LEARNER))!.streak.current).to.equal(1);

    const already = await send(personalMessage('turn off my streak'));
    expect(already.map((r) => r.text).join('\n')).to.include('Your streak and daily goal are already hidden.');
    const on = firstCard(await send(personalMessage('turn my streak back on')))!;
    expect((on.body as any[]).find((b) => b.id === 'showStreak').value).to.equal('true');
    await send(cardExecute(Verbs.saveSettings, { showStreak: 'true' }));
    const shown = cardTexts(firstCard(await send(personalMessage('progress')))!).join('\n');
    expect(shown).to.include('Streak: 1 day in a row').and.include("Today's goal met: one lesson.");
  });

  it('reads no evaluation question as the streak turned off or on', () => {
    const dir = join(__dirname, '..', 'fixtures', 'evaluation');
    const questions = readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question));
    expect(questions.filter((q) => /streak|rhediad/.test(commandOf(q) ?? ''))).to.deep.equal([]);
  });

  it('refuses a malformed toggle and changes nothing; in Welsh the progress card says how to turn it back on', async () => {
    const { send, stores } = testApp();
    await send(personalMessage('hi'));
    const refused = invokeCard(await send(cardExecute(Verbs.saveSettings, { showStreak: 'maybe', role: 'gp' })))!;
    expect(cardTexts(refused).join('\n')).to.not.include('Saved');
    expect((await storedLearner(stores, LEARNER))!.preferences.showStreak).to.equal(undefined);
    await send(cardExecute(Verbs.saveSettings, { showStreak: 'false', language: 'cy' }));
    const cynnydd = cardTexts(firstCard(await send(personalMessage('dangos fy rhediad')))!).join('\n');
    expect(cynnydd).to.include('Mae eich rhediad a’ch nod dyddiol wedi’u cuddio.').and.not.include('Rhediad:');
  });
});
