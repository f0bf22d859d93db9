import { expect } from 'chai';
import { parseCaseCommand } from '../../bot/cases/choose';
import { caseThreadRequest } from '../../bot/cases/requests';
import { COMMAND_WORDS, FORGET_ME, GREETING, HELP, LANGUAGE_COMMANDS, LESSON, MY_DATA, PAUSE, PROGRESS, QUIZ, RESUME, SETTINGS, type HelpCommand } from '../../bot/i18n/commands';
import { renderHelp } from '../../cards/render';
import { translator } from '../../bot/i18n';

/** Whether typing `word` runs `command`: the same patterns the routes match. */
const runs: Record<HelpCommand, (word: string) => boolean> = {
  hi: (w) => GREETING.test(w),
  lesson: (w) => LESSON.test(w) && !LESSON.exec(w)![1],
  quiz: (w) => QUIZ.test(w) && !QUIZ.exec(w)![1],
  progress: (w) => PROGRESS.test(w),
  settings: (w) => SETTINGS.test(w),
  case: (w) => parseCaseCommand(w)?.kind === 'start',
  // The requests a case thread answers: each word shown is one of them.
  caseThread: (w) => w.split(' · ').every((word) => caseThreadRequest(word) !== undefined),
  pause: (w) => PAUSE.test(w),
  resume: (w) => RESUME.test(w),
  help: (w) => HELP.test(w),
  language: (w) => w.split(' / ').every((part) => LANGUAGE_COMMANDS.some(([pattern]) => pattern.test(part))),
  myData: (w) => MY_DATA.test(w),
  forget: (w) => FORGET_ME.test(w),
};

describe('command words', () => {
  for (const language of ['en', 'cy'] as const) {
    it(`every word the help card shows in ${language} runs its command`, () => {
      for (const [command, words] of Object.entries(COMMAND_WORDS) as [HelpCommand, Record<'en' | 'cy', string>][]) {
        expect(runs[command](words[language]), `${command}: "${words[language]}"`).to.equal(true);
      }
    });

    it(`the help card in ${language} shows the words from the command table`, () => {
      const card = JSON.stringify(renderHelp({ language, t: translator(language) }, []));
      for (const words of Object.values(COMMAND_WORDS)) expect(card).to.include(words[language]);
    });
  }
});
