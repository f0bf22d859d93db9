import type { Application } from '@microsoft/teams-ai';
import { ABOUT_ME, ANSWER_PRAISED, ANSWER_WRONG, BYE, FRUSTRATED, HOW_ARE_YOU, OKAY, THANKS } from '../i18n/commands';
import type { HaliTurnState } from '../state';
import { isShared } from './case-context';

const PATTERNS: readonly [RegExp, 'smallTalk.thanks' | 'smallTalk.okay' | 'smallTalk.bye' | 'smallTalk.aboutMe' | 'smallTalk.howAreYou' | 'smallTalk.frustrated' | 'smallTalk.answerWrong' | 'smallTalk.answerPraised'][] = [
  [THANKS, 'smallTalk.thanks'],
  [HOW_ARE_YOU, 'smallTalk.howAreYou'],
  [FRUSTRATED, 'smallTalk.frustrated'],
  [ANSWER_WRONG, 'smallTalk.answerWrong'],
  [OKAY, 'smallTalk.okay'],
  [ANSWER_PRAISED, 'smallTalk.answerPraised'],
  [BYE, 'smallTalk.bye'],
  [ABOUT_ME, 'smallTalk.aboutMe'],
];

/**
 * A thanks, an "ok" or a thumbs-up, a goodbye, "are you a real person?" and "that answer was wrong", typed alone in personal chat: a line back, rather
 * than a search of the content that finds nothing ("I do not have trusted content that answers
 * that"). In a channel they are the team's talk, not for HALI. A Welsh one from a learner who has not
 * chosen a language is answered in Welsh, as a Welsh command is (WELSH_COMMAND, bot/turn.ts).
 */
export function registerSmallTalk(app: Application<HaliTurnState>): void {
  for (const [pattern, key] of PATTERNS) {
    app.message(
      async (context) => !isShared(context) && pattern.test((context.activity.text ?? '').trim()),
      async (context, state) => void (await context.sendActivity(state.temp.t(key))),
    );
  }
}
