import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppDeps } from '../deps';
import { modelTurnOf, streamTo, usePrompt } from '../models/turn';
import type { Mentor } from '../mentors/types';
import type { HaliTurnState } from '../state';
import { AnswerStream } from './answer-stream';
import { applyTokenBudget } from './mentor-steps';

/** Runs the planner for one grounded turn: the mentor's answer, or a follow-up on one. */
export interface ModelAnswerRunner {
  /**
   * Checks the learner's daily token budget, streams in personal chats, and runs the planner with
   * `prompt` (default: the mentor's answer prompt). The answer itself is sent by the planner's SAY
   * step, the one place model output is escaped, checked, labelled and cited. Returns the learner's
   * local day, to charge the tokens used against.
   */
  run(context: TurnContext, state: HaliTurnState, mentor: Mentor, sourceCount: number, prompt?: string): Promise<string>;
}

export function modelAnswerRunner(app: Application<HaliTurnState>, deps: AppDeps): ModelAnswerRunner {
  /**
   * Personal chats see a language model's answer as it is written. Not when moderation is on (the
   * answer must be checked before anyone sees it), nor offline, where the answer is ready at once.
   */
  const startStream = (context: TurnContext, state: HaliTurnState, mentor: Mentor, sourceCount: number): AnswerStream | undefined => {
    const personal = context.activity.channelId === 'msteams' && context.activity.conversation?.conversationType === 'personal';
    if (!personal || !deps.model.streams || modelTurnOf(state)?.offlineOnly || deps.config.moderation.kind !== 'off') return undefined;
    const stream = new AnswerStream(context, {
      informative: state.temp.t('mentor.checking', { name: mentor.name }),
      promptLines: mentor.promptLines,
      sourceCount,
      intervalMs: deps.streamIntervalMs,
      log: deps.log,
    });
    streamTo(state, stream);
    stream.start();
    return stream;
  };

  return {
    async run(context, state, mentor, sourceCount, prompt) {
      const today = applyTokenBudget(state, deps);
      if (prompt) usePrompt(state, prompt);
      const stream = startStream(context, state, mentor, sourceCount);
      try {
        await app.ai.run(context, state);
      } finally {
        stream?.abandon();
      }
      return today;
    },
  };
}
