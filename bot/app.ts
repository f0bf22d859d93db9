import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { ActionPlanner, AI, Application, PromptManager } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import { renderApology } from '../cards/render';
import type { AppDeps } from './deps';
import { createModerator } from './models/models';
import { promptOf } from './models/turn';
import { pickLanguage, translator, type Language } from './i18n';
import { registerHelp } from './routes/help';
import { registerLanguage } from './routes/language';
import { registerLesson } from './routes/lesson';
import { registerLessonLinks } from './routes/lesson-link';
import { registerProgress } from './routes/progress';
import { registerFollowUps } from './routes/follow-ups';
import { registerQuiz } from './routes/quiz';
import { registerCarryOn } from './routes/carry-on';
import { registerSettings } from './routes/settings';
import { registerCases } from './routes/cases';
import { registerMentor } from './routes/mentor';
import { registerNudges } from './routes/nudges';
import { registerWelcome } from './routes/welcome';
import { registerStaleCards } from './routes/stale-card';
import { createTurnState, type HaliTempState, type HaliTurnState } from './state';
import { createAfterTurn, createBeforeTurn, MARKER_CLAIMED, saveLearnerTurn, tenantOf, TURN_TEMP } from './turn';
import { LOCAL_TYPES, paceReplies, ReplyNotDelivered } from './reply-pacing';
import { INVOKE_STORE_BUDGET_MS, TURN_STORE_BUDGET_MS, withinTurnBudget } from './store/turn-budget';
import { registerPrivacy } from './routes/privacy';
import { registerRecord } from './routes/record';
import { registerSmallTalk } from './routes/small-talk';
import { registerNeverMind } from './routes/never-mind';
import { registerWellbeing } from './routes/wellbeing';
import { registerAbout } from './routes/about';
import { TracedModel } from './telemetry/model';
import { globalTelemetry } from './telemetry/start';
import type { Telemetry } from './telemetry/telemetry';

export interface HaliApp {
  readonly app: Application<HaliTurnState>;
  /** The turn handler to give an adapter: runs the app inside HALI's one error boundary. */
  handleTurn(context: TurnContext): Promise<void>;
}

/** Builds the Teams AI application. No I/O happens here: nothing listens until the server starts. */
export function createApp(deps: AppDeps): HaliApp {
  const { faculty, mentorsDir, stores } = deps;
  const telemetry = deps.telemetry ?? globalTelemetry();
  const model = new TracedModel(deps.model, telemetry);
  const prompts = new PromptManager({ promptsFolder: mentorsDir });
  const planner = new ActionPlanner<HaliTurnState>({
    model,
    prompts,
    defaultPrompt: async (_context, state) => {
      // The mentor's answer prompt, unless the route chose another for this turn (a follow-up's).
      const template = await prompts.getPrompt(promptOf(state) ?? (faculty.get(state.temp.mentorId ?? '') ?? faculty.defaultMentor).prompts.answer);
      // Only a language model reads the conversation history: the offline mentor keeps no transcript.
      if (model.offline) template.config.completion.include_history = false;
      return template;
    },
  });
  // One moderator for the app: the planner's and the case facilitator's.
  const moderator = createModerator<HaliTurnState>(deps.config);
  const app = new Application<HaliTurnState>({
    storage: stores.turnState,
    botAppId: deps.config.bot.id,
    ai: { planner, moderator },
    removeRecipientMention: true,
    startTypingTimer: deps.typingIndicator ?? true,
    longRunningMessages: false,
    turnStateFactory: createTurnState,
  });

  app.turn('beforeTurn', createBeforeTurn(deps));
  app.turn('afterTurn', createAfterTurn(deps));
  // Command routes first: Teams AI runs the first route that matches, so the catch-all mentor route is last.
  registerWellbeing(app);
  registerWelcome(app, deps);
  registerHelp(app, deps);
  registerLanguage(app, deps);
  registerPrivacy(app, deps);
  registerRecord(app, deps);
  registerLessonLinks(app, deps);
  registerLesson(app, deps);
  registerQuiz(app, deps);
  registerCarryOn(app, deps);
  registerProgress(app, deps);
  registerFollowUps(app, deps);
  registerSettings(app, deps);
  registerNudges(app, deps);
  registerNeverMind(app, deps);
  registerSmallTalk(app);
  registerAbout(app, deps);
  // A thread with an active case goes to its facilitator before topic dispatch.
  registerCases(app, deps, { prompts, moderator });
  registerMentor(app, deps);
  // Last: card actions nothing above answered (a card from before a release) get the current card, not a 501.
  registerStaleCards(app, deps);
  // Teams AI calls this action in two ways: a moderator that could not reach its service asks for it
  // (fail closed: a message that could not be checked is not answered; see FailClosedModerator), and
  // AI.run sends it any error thrown while planning or answering, which belongs to the error boundary.
  app.ai.action(AI.HttpErrorActionName, async (context, state, data: unknown) => {
    if (data instanceof Error) throw data;
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
    handleTurn: async (context) => {
      let unanswered: unknown;
      await tracedTurn(context, telemetry, async () => {
        // Before the pacing, so that it hears each reply's outcome after its retries (one taken as delivered counts).
        const replies = recordReplies(context);
        if (deps.tenantLimiter) paceReplies(context, tenantOf(context) ?? 'unknown', { limiter: deps.tenantLimiter });
        try {
          // The turn's store operations end in time for the apology, however slow the store (store/turn-budget.ts).
          const budget = context.activity.type === ActivityTypes.Invoke ? INVOKE_STORE_BUDGET_MS : TURN_STORE_BUDGET_MS;
          await withinTurnBudget(budget, () => app.run(context));
          return 'ok';
        } catch (error) {
          await keepWhatWasTold(context, replies.told(), deps);
          await apologise(context, error, deps, replies.told() !== undefined).catch((notAnswered: unknown) => (unanswered = notAnswered));
          return 'error';
        }
      });
      if (unanswered) throw unanswered;
    },
  };
}

const ACTIVITY_TYPES = new Set<string>(Object.values(ActivityTypes));
const CONVERSATION_TYPES = new Set(['personal', 'groupChat', 'channel']);
const INVOKE_NAMES = new Set(['adaptiveCard/action', 'message/submitAction', 'task/fetch', 'task/submit', 'composeExtension/query', 'signin/verifyState', 'signin/tokenExchange']);
const known = (value: string | undefined, allowed: ReadonlySet<string>) => (value && allowed.has(value) ? value : 'other');

/**
 * A span and metrics per turn: the kind of activity and conversation and how it ended. Never the
 * text, the people or the conversation's id.
 */
async function tracedTurn(context: TurnContext, telemetry: Telemetry, run: () => Promise<'ok' | 'error'>): Promise<void> {
  const activity = context.activity;
  // Fixed vocabularies only: anything else a sender puts in these fields is recorded as "other".
  const attributes = {
    'hali.activity.type': known(activity.type, ACTIVITY_TYPES),
    'hali.conversation.type': known(activity.conversation?.conversationType ?? 'personal', CONVERSATION_TYPES),
    ...(activity.type === ActivityTypes.Invoke ? { 'hali.invoke.name': known(activity.name, INVOKE_NAMES) } : {}),
  };
  const started = performance.now();
  const outcome = await telemetry.traced('hali.turn', attributes, async (span) => {
    const result = await run();
    span.set({ 'hali.turn.outcome': result });
    return result;
  });
  telemetry.turnCompleted({ ...attributes, 'hali.turn.outcome': outcome }, performance.now() - started);
}

/** A turn that failed and could not even apologise: the HTTP layer answers 5xx, and Teams retries. */
export class TurnNotAnswered extends Error {
  readonly code = 'turn_not_answered';
  constructor(readonly reference: string) {
    super(`The turn failed and no reply reached Teams (reference ${reference}).`);
  }
}

/** How far the turn's learner changes, events and other writes had gone when one of its messages last reached Teams. */
interface Told {
  readonly changes: number;
  readonly events: number;
  readonly afterwards: number;
}

/**
 * Notes each time a message of this turn reaches Teams (not a typing indicator, nor what never goes to the connector), and
 * how far the turn's changes to the learner had gone then; `told()` is undefined while none has.
 */
function recordReplies(context: TurnContext): { told(): Told | undefined } {
  let told: Told | undefined;
  context.onSendActivities(async (_context, activities, next) => {
    const responses = await next();
    if (activities.some((a) => a.type !== ActivityTypes.Typing && !LOCAL_TYPES.has(a.type ?? ''))) {
      const temp = context.turnState.get(TURN_TEMP) as HaliTempState | undefined;
      told = { changes: temp?.changes.length ?? 0, events: temp?.events.length ?? 0, afterwards: temp?.afterwards.length ?? 0 };
    }
    return responses;
  });
  return { told: () => told };
}

/** How long the store may take to keep what a failed turn told the learner: a turn's replies end by 12 s, Teams retries at 15. */
const KEEP_TOLD_BUDGET_MS = 2_000;

/**
 * A turn that failed after some of its messages reached the learner keeps what those messages told them: the changes to their
 * record, the learning events and the other writes the turn had made when its last message got through ("Lesson complete" is
 * shown: the lesson is done, counted towards today and the streak, and a Done pressed again counts nothing twice). What came
 * after (the next lesson's card, never shown) is not kept. A turn that reached the learner is not run again (Teams is answered
 * 200 and its retry ignored: a second POST of a message would show it twice), so this is the only time it can be saved.
 * A turn of which nothing reached the learner keeps nothing, and Teams' retry runs it whole.
 */
async function keepWhatWasTold(context: TurnContext, told: Told | undefined, { stores, log }: AppDeps): Promise<void> {
  const temp = context.turnState.get(TURN_TEMP) as HaliTempState | undefined;
  if (!told || !temp?.loaded || temp.saved || temp.erased) return;
  const changes = temp.changes.slice(0, told.changes);
  const kept: HaliTempState = {
    ...temp,
    changes,
    learner: changes.reduce((learner, change) => change(learner), temp.loaded.learner),
    events: temp.events.slice(0, told.events),
    afterwards: temp.afterwards.slice(0, told.afterwards),
  };
  try {
    await withinTurnBudget(KEEP_TOLD_BUDGET_MS, () => saveLearnerTurn(stores, kept));
    temp.saved = true;
    log.info('turn.kept_what_was_told', { activityId: context.activity.id, changes: changes.length, events: kept.events.length, left: temp.changes.length - changes.length });
  } catch (error) {
    log.error('turn.keep_failed', { activityId: context.activity.id, error });
  }
}

/**
 * The one error boundary: log with the activity id, show the user a short apology, never a stack
 * trace. The apology goes first, while the turn still has time. Only when nothing reached the learner
 * is the activity's marker freed and the request failed (5xx), so that Teams' retry of it is processed
 * rather than dropped. A turn that has already put a reply in the chat is never failed: the retry would
 * send that reply again.
 */
async function apologise(context: TurnContext, error: unknown, { log, stores }: AppDeps, replied = false): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log.error('turn.failed', { activityId: context.activity.id, type: context.activity.type, reference, replied, error });
  // The language the turn had chosen (the learner's, or their question's), else Teams'.
  const temp = context.turnState.get(TURN_TEMP) as { language?: Language; erased?: boolean } | undefined;
  const language = temp?.language ?? pickLanguage(undefined, context.activity.locale);
  const card = renderApology({ language, t: translator(language) }, reference, temp?.erased === true);
  try {
    // Teams asked for a pause longer than the turn had: an apology now would break it. Teams' retry brings the turn back.
    if (error instanceof ReplyNotDelivered && error.throttled && !replied) throw error;
    if (context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action') {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
      });
    } else {
      await context.sendActivity({ type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] });
    }
  } catch (sendError) {
    log.error('turn.apology_failed', { activityId: context.activity.id, reference, replied, error: sendError });
    if (replied) return;
    // Nothing reached the learner: free the activity's marker and fail the request (5xx), so Teams' retry is answered.
    const marker = context.turnState.get(MARKER_CLAIMED) as string | undefined;
    if (marker) await stores.markers.release(marker).catch((releaseError: unknown) => log.warn('turn.marker_release_failed', { reference, error: releaseError }));
    throw new TurnNotAnswered(reference);
  }
}
