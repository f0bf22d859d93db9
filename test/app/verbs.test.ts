import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Verbs, type Verb } from '../../cards/verbs';
import { translator } from '../../bot/i18n';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { storedLearner, testApp } from '../helpers/app';

const CARDS = join(__dirname, '..', '..', 'cards');

/** Every Action.Submit and Action.Execute in every template, with its verb. */
function templateActions(): { file: string; kind: 'submit' | 'execute'; verb: string }[] {
  const found: { file: string; kind: 'submit' | 'execute'; verb: string }[] = [];
  const walk = (file: string, node: unknown) => {
    if (Array.isArray(node)) node.forEach((n) => walk(file, n));
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, any>;
      if (obj.type === 'Action.Execute') found.push({ file, kind: 'execute', verb: obj.verb });
      if (obj.type === 'Action.Submit') found.push({ file, kind: 'submit', verb: obj.data?.verb });
      Object.values(obj).forEach((v) => walk(file, v));
    }
  };
  for (const file of readdirSync(CARDS).filter((f) => f.endsWith('.json'))) walk(file, JSON.parse(readFileSync(join(CARDS, file), 'utf8')));
  return found;
}

describe('app: every card verb has a route', () => {
  const actions = templateActions();

  it('finds the actions in the templates, and every verb constant is used by some template', () => {
    expect(actions.length).to.be.greaterThan(10);
    const used = new Set(actions.map((a) => a.verb));
    for (const verb of Object.values(Verbs)) expect(used.has(verb), `${verb} is in no template`).to.equal(true);
  });

  for (const { file, kind, verb } of templateActions()) {
    it(`${file}: ${kind} "${verb}" is answered by its own route, which does what it says, without an apology`, async () => {
      const app = testApp();
      await app.send(personalMessage('hi'));
      const replies = await app.send(kind === 'execute' ? cardExecute(verb, {}) : cardSubmit({ verb }));
      const shown = JSON.stringify(replies.map((r) => (r.type === 'invokeResponse' ? r.value : { text: r.text, attachments: r.attachments })));
      if (kind === 'execute') {
        const invoke = replies.find((r) => r.type === 'invokeResponse');
        expect(invoke, 'no invoke response: the verb has no route').to.not.equal(undefined);
        expect(invoke!.value.status).to.equal(200);
      }
      // The error boundary answers 200 with an apology card: a verb whose handler threw must fail here.
      expect(app.logs.lines.filter((l) => l.event === 'turn.failed'), 'the turn failed').to.deep.equal([]);
      expect(shown).to.not.include(translator('en')('error.title'));
      await EFFECTS[verb as Verb](shown, app);
    });
  }
});

type App = ReturnType<typeof testApp>;
const LEARNER = 'aad-29:user-1';
const says = (...fragments: string[]) => (shown: string) => {
  for (const fragment of fragments) expect(shown).to.include(fragment);
};

/** What each verb, pressed with no data on a card in a personal chat, visibly does (and stores). */
const EFFECTS: Record<Verb, (shown: string, app: App) => void | Promise<void>> = {
  [Verbs.showHelp]: says('What HALI can do'),
  [Verbs.ask]: says('That button did not carry a question.'),
  [Verbs.setLanguage]: says('Croeso · Welcome to HALI'),
  [Verbs.lessonDone]: says('I could not find that lesson.'),
  [Verbs.lessonNext]: says(`"${Verbs.lessonDone}"`, `"${Verbs.lessonSave}"`),
  [Verbs.lessonSave]: says('I could not find that lesson.'),
  [Verbs.lessonPath]: says('Your path with HALI', 'Lessons done: 0 of', `"${Verbs.lessonNext}"`),
  [Verbs.lessonOpen]: says('I could not find that lesson.'),
  [Verbs.quizStart]: async (shown, app) => {
    says(`"${Verbs.quizAnswer}"`)(shown);
    expect((await storedLearner(app.stores, LEARNER))?.pendingQuiz, 'the question was issued').to.not.equal(undefined);
  },
  [Verbs.quizAnswer]: says('That question was not issued to you'),
  [Verbs.quizNext]: async (shown, app) => {
    says(`"${Verbs.quizAnswer}"`)(shown);
    expect((await storedLearner(app.stores, LEARNER))?.pendingQuiz, 'the question was issued').to.not.equal(undefined);
  },
  [Verbs.setGoal]: async (shown, app) => {
    says('That goal is not one I know.')(shown);
    expect((await storedLearner(app.stores, LEARNER))?.preferences.dailyGoal, 'the goal is unchanged').to.equal(undefined);
  },
  [Verbs.followUpSimpler]: says('I could not find that answer any more.'),
  [Verbs.followUpExample]: says('I could not find that answer any more.'),
  [Verbs.followUpReadNext]: says('I could not find that answer any more.'),
  [Verbs.showSettings]: says('Your settings'),
  [Verbs.saveSettings]: says('"text":"Saved"'),
  [Verbs.confirmForget]: async (shown, app) => {
    says('That confirmation has expired or was already used')(shown);
    expect(await storedLearner(app.stores, LEARNER), 'nothing was erased').to.not.equal(undefined);
  },
  [Verbs.cancelForget]: says('Nothing was deleted.'),
  // No learning record is connected in this app: the switch says so and changes the preference all the same.
  [Verbs.reportingOff]: async (shown, app) => {
    says('Your learning record', 'nothing about your learning leaves HALI')(shown);
    expect((await storedLearner(app.stores, LEARNER))?.preferences.reporting).to.equal(false);
  },
  [Verbs.reportingOn]: async (shown, app) => {
    says('Your learning record')(shown);
    expect((await storedLearner(app.stores, LEARNER))?.preferences.reporting).to.equal(true);
  },
  [Verbs.showCpd]: says('CPD summary: 29 October 2026 to 27 November 2026', 'No learning with HALI is recorded'),
  [Verbs.caseReveal]: says('This case card is no longer active'),
  [Verbs.caseHint]: says('This case card is no longer active'),
  [Verbs.caseSummary]: says('This case card is no longer active'),
  [Verbs.nudgeSnooze]: async (shown, app) => {
    says('Snoozed. I will send it again at 10:00.')(shown);
    expect((await storedLearner(app.stores, LEARNER))?.nudge?.snoozeUntil).to.equal('2026-11-27T10:00:00.000Z');
  },
  [Verbs.nudgeSkipToday]: says('No more lessons today.'),
  [Verbs.nudgeTime]: says('When should your daily lesson arrive?', '"id":"nudgeTime"'),
  [Verbs.nudgesOff]: async (shown, app) => {
    says('Daily lessons are off.')(shown);
    expect((await storedLearner(app.stores, LEARNER))?.preferences.nudges?.enabled).to.equal(false);
  },
};
