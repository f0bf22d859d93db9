import type { Application } from '@microsoft/teams-ai';
import { translator } from '../i18n';
import { BYE, OKAY, THANKS } from '../i18n/commands';
import type { HaliTurnState } from '../state';
import { isShared } from './case-context';

type SmallTalk = 'smallTalk.thanks' | 'smallTalk.okay' | 'smallTalk.bye';
const PATTERNS: readonly [RegExp, SmallTalk][] = [[THANKS, 'smallTalk.thanks'], [OKAY, 'smallTalk.okay'], [BYE, 'smallTalk.bye']];

/**
 * A thanks, an "ok" or a thumbs-up, and a goodbye, typed alone in personal chat: a line back, rather
 * than a search of the content that finds nothing ("I do not have trusted content that answers
 * that"). In a channel they are the team's talk, not for HALI. The second group of each pattern is
 * Welsh: a learner who has not chosen a language is answered in it.
 */
export function registerSmallTalk(app: Application<HaliTurnState>): void {
  for (const [pattern, key] of PATTERNS) {
    app.message(
      async (context) => !isShared(context) && pattern.test((context.activity.text ?? '').trim()),
      async (context, state) => {
        const welsh = pattern.exec((context.activity.text ?? '').trim())?.[2] !== undefined;
        await context.sendActivity((welsh && !state.temp.learner.language ? translator('cy') : state.temp.t)(key));
      },
    );
  }
}
