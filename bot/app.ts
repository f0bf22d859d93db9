import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { ActionPlanner, AI, Application, PromptManager } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import { renderApology } from '../cards/render';
import type { AppDeps } from './deps';
import { createModerator } from './mentors/models';
import { pickLanguage, translator } from './i18n';
import { registerHelp } from './routes/help';
import { registerLanguage } from './routes/language';
import { registerLesson } from './routes/lesson';
import { registerProgress } from './routes/progress';
import { registerQuiz } from './routes/quiz';
import { registerSettings } from './routes/settings';
import { registerMentor } from './routes/mentor';
import { registerNudges } from './routes/nudges';
import { registerWelcome } from './routes/welcome';
import { createTurnState, type HaliTurnState } from './state';
import { createAfterTurn, createBeforeTurn, MARKER_CLAIMED } from './turn';
import { registerPrivacy } from './routes/privacy';

export interface HaliApp {
  readonly app: Application<HaliTurnState>;
  /** The turn handler to give an adapter: runs the app inside HALI's one error boundary. */
  handleTurn(context: TurnContext): Promise<void>;
}

/** Builds the Teams AI application. No I/O happens here: nothing listens until the server starts. */
export function createApp(deps: AppDeps): HaliApp {
  const { faculty, model, mentorsDir, stores } = deps;
  const prompts = new PromptManager({ promptsFolder: mentorsDir });
  const planner = new ActionPlanner<HaliTurnState>({
    model,
    prompts,
    defaultPrompt: async (_context, state) => {
      const template = await prompts.getPrompt((faculty.get(state.temp.mentorId ?? '') ?? faculty.defaultMentor).prompts.answer);
      // Only a language model reads the conversation history: the offline mentor keeps no transcript.
      if (model.kind === 'offline') template.config.completion.include_history = false;
      return template;
    },
  });
  const app = new Application<HaliTurnState>({
    storage: stores.turnState,
    botAppId: deps.config.bot.id,
    ai: { planner, moderator: createModerator<HaliTurnState>(deps.config) },
    removeRecipientMention: true,
    startTypingTimer: deps.typingIndicator ?? true,
    longRunningMessages: false,
    turnStateFactory: createTurnState,
  });

  app.turn('beforeTurn', createBeforeTurn(deps));
  app.turn('afterTurn', createAfterTurn(deps));
  // Command routes first: Teams AI runs the first route that matches, so the catch-all mentor route is last.
  registerWelcome(app, deps);
  registerHelp(app, deps);
  registerLanguage(app, deps);
  registerPrivacy(app, deps);
  registerLesson(app, deps);
  registerQuiz(app, deps);
  registerProgress(app, deps);
  registerSettings(app, deps);
  registerNudges(app, deps);
  registerMentor(app, deps);
  // Mentor models fall back by themselves; an HTTP error here comes from the moderation service.
  // Fail closed: a message that could not be checked is not answered.
  app.ai.action(AI.HttpErrorActionName, async (context, state) => {
    deps.log.warn('moderation.unavailable', { activityId: context.activity.id });
    await context.sendActivity(state.temp.t('safety.checkFailed'));
    return AI.StopCommandName;
  });
  app.ai.action(AI.FlaggedInputActionName, async (context, state) => {
    deps.log.warn('moderation.flagged', { activityId: context.activity.id, part: 'input' });
    await context.sendActivity(state.temp.t('safety.flaggedInput'));
    return AI.StopCommandName;
  });
  app.ai.action(AI.FlaggedOutputActionName, async (context, state) => {
    deps.log.warn('moderation.flagged', { activityId: context.activity.id, part: 'output' });
    await context.sendActivity(state.temp.t('safety.flaggedOutput'));
    return AI.StopCommandName;
  });

  return {
    app,
    async handleTurn(context) {
      try {
        await app.run(context);
      } catch (error) {
        await apologise(context, error, deps);
      }
    },
  };
}

/**
 * The one error boundary: log with the activity id, show the user a short apology, never a stack
 * trace, and free the activity's marker so that Teams' retry of it is processed rather than dropped.
 */
async function apologise(context: TurnContext, error: unknown, { log, stores }: AppDeps): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log.error('turn.failed', { activityId: context.activity.id, type: context.activity.type, reference, error });
  const marker = context.turnState.get(MARKER_CLAIMED) as string | undefined;
  if (marker) await stores.markers.release(marker).catch((releaseError: unknown) => log.warn('turn.marker_release_failed', { reference, error: releaseError }));
  const language = pickLanguage(undefined, context.activity.locale);
  const card = renderApology({ language, t: translator(language) }, reference);
  try {
    if (context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action') {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
      });
    } else {
      await context.sendActivity({ type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] });
    }
  } catch (sendError) {
    log.error('turn.apology_failed', { activityId: context.activity.id, reference, error: sendError });
  }
}
