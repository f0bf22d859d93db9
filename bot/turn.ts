import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AppDeps } from './deps';
import { CARD_LANGUAGE_KEY, isLanguage, pickLanguage, translator, type Language } from './i18n';
import { ANSWER_LETTER, CHANGE_TIME, LESSON, LESSON_PART_SAID, NEXT, OPTION_MEANT, QUIZ, STOP, TRY_AGAIN_ASKED, WELSH_COMMAND, WHY_ANSWERED } from './i18n/commands';
import { typedOption } from './learning/typed-option';
import { openQuestion } from './routes/carry-on';
import { inQuiz } from './learning/open-lesson';
import { spokenTime } from './i18n/times';
import { commandOf } from './i18n/command-phrasing';
import { withoutEndPunctuation } from './i18n/typed-text';
import { concernOf } from './routes/wellbeing';
import { MAX_MESSAGE_CHARS, MAX_QUESTION_LENGTH } from './routes/mentor-steps';
import { changeLearner, rememberWritingIn, type HaliTempState, type HaliTurnState } from './state';
import type { Stores } from './stores';
import { canonicalTimeZone, isTimeZone } from './learning/zoned-time';
import { rememberConversation, sameConversationRef, type ConversationRef, type Learner } from './learning/learner';
import { ActivityMarkers } from './store/markers';
import { captureWorkEmail } from './work-email';

/** The activity types HALI acts on; others are acknowledged and ignored without touching any learner. */
const HANDLED = new Set<string>([ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate]);

/** A message with no word of either language: emoji, punctuation, or what both languages type ("ok", "lol", "x", "haha"). */
const IN_NO_LANGUAGE = /^(?:[^\p{L}]|(?<![\p{L}])(?:ok|okay|oki|k|kk|lol|haha+|hehe+|x+|xo+|thx)(?![\p{L}]))*$/iu;

/** The most card data HALI accepts from one action; real cards send a few hundred bytes. */
export const MAX_CARD_DATA_BYTES = 4096;

/** Where this turn's activity marker key is kept, so the error boundary can free it. */
export const MARKER_CLAIMED = Symbol('hali.markerClaimed');
/**
 * The turn's working state (state.temp), for the apology if the turn fails: it reads the language the turn chose, which a
 * Welsh question may change after beforeTurn (the learner's, their question's or Teams').
 */
export const TURN_TEMP = Symbol('hali.turnTemp');

/**
 * The text of a message as the routes read it: a forged or odd client's non-string text is no text; a mention of HALI that
 * Teams AI left (a second "@HALI", or one sent without its mention entity) is taken out like the first; and spaces, no-break
 * spaces, zero-width characters and line breaks around it go, so " help" and "\u00a0help" are "help".
 */
export function readableText(text: unknown, botName: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  const names = ['HALI', ...(botName ? [botName] : [])].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const unmentioned = text.replace(new RegExp(`<at>\\s*(?:${names.join('|')})\\s*</at>`, 'gi'), ' ');
  return unmentioned.replace(/^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/gu, '').replace(/\s{2,}/g, (run) => (run.includes('\n') ? run : ' '));
}

/**
 * The tenant an activity comes from, wherever Teams put it. Two places that disagree name no tenant (so an allow-list refuses
 * the activity): a client that writes one field cannot borrow an allowed tenant for the other.
 */
export function tenantOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  const [conversation, channel] = [activity.conversation?.tenantId, activity.channelData?.tenant?.id].map((id) => (typeof id === 'string' ? id.toLowerCase() : undefined));
  if (conversation && channel && conversation !== channel) return undefined;
  return conversation ?? channel;
}

/**
 * The stable learner id: the Entra object id Teams gives, else the channel user id with its channel before it (the playground,
 * Web Chat). The channel's part keeps an id a client chose for itself ("from.id" set to someone's object id) from ever being
 * taken for that person's record: an Entra object id has no colon.
 */
export function learnerIdOf(context: TurnContext): string {
  const { from, channelId } = context.activity;
  if (typeof from?.aadObjectId === 'string' && from.aadObjectId) return from.aadObjectId;
  return `${typeof channelId === 'string' && channelId ? channelId : 'unknown'}:${typeof from?.id === 'string' && from.id ? from.id : 'anonymous'}`;
}

function conversationRefOf(context: TurnContext): ConversationRef {
  const a = context.activity;
  return { channelId: a.channelId, serviceUrl: a.serviceUrl, conversationId: a.conversation.id, tenantId: tenantOf(context), userId: a.from.id, botId: a.recipient.id };
}

/**
 * beforeTurn: drop activities from tenants that are not allowed and repeats of activities already
 * processed, then load the learner (one point read) and choose the language. Returns false to stop.
 */
export function createBeforeTurn(deps: AppDeps) {
  const { config, stores, log, clock } = deps;
  return async function beforeTurn(context: TurnContext, state: HaliTurnState): Promise<boolean> {
    const activity = context.activity;
    const tenant = tenantOf(context);
    if (config.allowedTenants.length > 0 && (!tenant || !config.allowedTenants.includes(tenant))) {
      log.warn('turn.tenant_rejected', { activityId: activity.id, tenant: tenant ?? null });
      return false;
    }
    if (!HANDLED.has(activity.type)) return false;

    // A message too long to read is answered so once the language is known, and nothing of it is read as a command, a case or a
    // question (only a concern, from its start: routes/wellbeing.ts).
    const oversized = activity.type === ActivityTypes.Message && typeof activity.text === 'string' && activity.text.length > MAX_MESSAGE_CHARS ? activity.text.length : undefined;
    if (activity.type === ActivityTypes.Message) {
      if (oversized === undefined) activity.text = readableText(activity.text, activity.recipient?.name) as string;
      // A forged message's null value is no card submission ("value" is read as one by the card routes).
      if (activity.value === null) delete activity.value;
    }
    if (Array.isArray(activity.membersAdded)) activity.membersAdded = activity.membersAdded.filter((member) => member && typeof member.id === 'string');

    const learnerId = learnerIdOf(context);
    if (activity.id && activity.conversation?.id) {
      const key = ActivityMarkers.keyOf(activity.conversation.id, activity.id);
      if (!(await stores.markers.claim(key, learnerId))) {
        log.info('turn.duplicate_ignored', { activityId: activity.id, type: activity.type });
        return false;
      }
      context.turnState.set(MARKER_CLAIMED, key);
    }

    // The turn begins once its activity is taken: a learner erased after this gets nothing written back.
    const startedAt = clock();
    state.temp.startedAt = startedAt;
    state.temp.events = [];
    state.temp.written = [];
    state.temp.afterwards = [];
    state.temp.loaded = await stores.learners.load(learnerId, tenant, startedAt);
    state.temp.learner = state.temp.loaded.learner;
    state.temp.changes = [];
    if (activity.conversation?.id) changeLearner(state, rememberConversation(activity.conversation.id));
    const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
    // Proactive nudges go wherever this reference points: in production take it only from a turn
    // whose Bot Framework token was verified (install, or a message), never from an anonymous one.
    if (personal && activity.serviceUrl && activity.from?.id && activity.recipient?.id && (!config.production || verifiedChannel(context))) {
      const ref = conversationRefOf(context);
      if (!sameConversationRef(state.temp.learner.conversationRef, ref)) changeLearner(state, (l) => ({ ...l, conversationRef: ref }));
      // The learner is back in their personal chat: a past 403/404 no longer stops their nudges.
      if (state.temp.learner.nudge?.unreachable) changeLearner(state, reachableAgain);
    }
    // The Teams client's zone is used until the learner saves settings of their own, so the welcome,
    // settings and nudges all show the one zone the learner is actually in.
    const given = (activity as { localTimezone?: string }).localTimezone;
    const zone = given && isTimeZone(given) ? canonicalTimeZone(given) : undefined;
    const learnerChose = !!state.temp.learner.preferences.nudges?.chosenAt;
    if (zone && !learnerChose && state.temp.learner.preferences.timeZone !== zone) {
      changeLearner(state, (l) => (l.preferences.nudges?.chosenAt ? l : { ...l, preferences: { ...l.preferences, timeZone: zone } }));
    }
    // The Teams client's language, for what is written to the learner outside a turn (nudges) until they choose one.
    const teamsLanguage = activity.locale ? pickLanguage(undefined, activity.locale) : undefined;
    if (personal && teamsLanguage && state.temp.learner.preferences.teamsLanguage !== teamsLanguage) {
      changeLearner(state, (l) => ({ ...l, preferences: { ...l.preferences, teamsLanguage } }));
    }
    await captureWorkEmail(context, state, config, log);
    // In personal chat a command asked in everyday words ("can I have a lesson please 📚", "how am I doing?", "dwi isio gwers")
    // is read as its command words, which the routes match (i18n/command-phrasing.ts).
    // Someone in trouble (safety/wellbeing.ts) is not asking for a command, whatever words it shares with one.
    const original = typeof activity.text === 'string' ? activity.text : undefined;
    const readable = oversized === undefined && typeof activity.text === 'string';
    const askable = personal && activity.type === ActivityTypes.Message && readable && concernOf(context) === undefined;
    const command = askable ? commandOf(activity.text) : undefined;
    if (command !== undefined) activity.text = command;
    if (askable) activity.text = inContext(activity.text, original ?? '', state.temp.learner, startedAt);
    // An open question answered in an option's own words, not its letter: typed out whole, that letter; pointed to, asked about.
    if (askable && command === undefined && activity.text === original) {
      const meant = optionTyped(deps, state.temp.learner, original ?? '');
      if (meant) activity.text = meant;
    }
    // The time asked for comes with a request for another time ("send my lesson at 8pm", "anfon fy ngwers am 8yh"): the time
    // card is set to it.
    if (readable && CHANGE_TIME.test(activity.text) && !/\d{2}:\d{2}/.test(activity.text)) {
      const time = spokenTime(original ?? '');
      if (time) activity.text = `${withoutEndPunctuation(activity.text)} ${time}`;
    }
    // A command typed in Welsh is answered in Welsh when the learner has not chosen a language (Teams may be in English).
    const typedInWelsh = readable && WELSH_COMMAND.test(activity.text.trim());
    // A letter typed for a quiz answer ("B") is in no language: answered in the language of the question it answers (a nudge's
    // question is in the one the learner writes in).
    const letter = readable ? ANSWER_LETTER.exec(activity.text.trim()) : null;
    const { pendingQuiz, preferences } = state.temp.learner;
    const letterLanguage = (letter && letter[1] === undefined) || (readable && OPTION_MEANT.test(activity.text)) ? (pendingQuiz?.language ?? preferences.writesIn) : undefined;
    // Nor is a message of emoji, punctuation or the acknowledgements both languages type ("👍", "ok", "lol x"): answered in the
    // language the learner last wrote in, not their Teams client's.
    const neutralLanguage = readable && typeof original === 'string' && activity.value === undefined && IN_NO_LANGUAGE.test(original.trim()) ? preferences.writesIn : undefined;
    // A button pressed on a card is answered in the card's language (cards/expand.ts puts it in every action's data): a Welsh
    // card came to someone who wrote in Welsh, though their Teams may be in English.
    state.temp.language = pickLanguage(state.temp.learner.language, typedInWelsh ? 'cy' : (cardLanguage(activity.value) ?? letterLanguage ?? neutralLanguage ?? activity.locale));
    if (typedInWelsh) rememberWritingIn(state, 'cy');
    state.temp.t = translator(state.temp.language);
    context.turnState.set(TURN_TEMP, state.temp);
    // Someone in trouble is answered however long their message (the wellbeing route, first of all, reads its start).
    if (oversized !== undefined && !(personal && concernOf(context) !== undefined)) {
      log.warn('input.too_long', { activityId: activity.id, length: oversized });
      await context.sendActivity(state.temp.t('input.tooLong', { length: oversized, max: MAX_QUESTION_LENGTH }));
      return false;
    }
    if (activity.value !== undefined && Buffer.byteLength(JSON.stringify(activity.value)) > MAX_CARD_DATA_BYTES) {
      log.warn('card.too_large', { activityId: activity.id, type: activity.type });
      const text = state.temp.t('input.tooLarge');
      if (activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } } });
      } else {
        await context.sendActivity(text);
      }
      return false;
    }
    return true;
  };
}

/**
 * afterTurn: one write of the learner, only when the turn changed it, then this turn's learning
 * events; the conversation state is saved after it (saveLearnerTurn).
 */
export function createAfterTurn({ stores }: AppDeps) {
  return async function afterTurn(_context: TurnContext, state: HaliTurnState): Promise<boolean> {
    await saveLearnerTurn(stores, state.temp);
    return true;
  };
}

/**
 * Writes what a turn did to the learner: their record (one write, only when `temp.learner` differs from what was read), then
 * the turn's learning events and other writes about them; at most once a turn. Erasure is final: if the learner was erased
 * after the turn began, none of these is written and what the turn wrote mid-turn is removed. A turn that wrote the record
 * learns it from that write; any other turn with something to write reads the erased marker once (this instance's own
 * erasures cost no read). The error boundary calls it too, with the part of a failed turn the learner was told of (app.ts),
 * including when this save of the record failed (nothing else is written before it).
 */
export async function saveLearnerTurn(stores: Stores, temp: HaliTempState): Promise<void> {
  if (temp.erased || !temp.loaded || temp.saved) return;
  temp.saved = true;
  const { loaded, startedAt } = temp;
  const id = loaded.learner.id;
  let stillHere: Promise<boolean> | undefined;
  const changed = temp.changes.length > 0 && JSON.stringify(temp.learner) !== JSON.stringify(loaded.learner);
  if (changed) {
    try {
      stillHere = Promise.resolve((await stores.learners.commit(loaded, temp.changes)) !== undefined);
    } catch (error) {
      // Nothing of the turn was written: the error boundary may still keep what the learner was told (app.ts keepWhatWasTold).
      temp.saved = false;
      throw error;
    }
  }
  const mayWrite = (temp.mayWrite = () => (stillHere ??= stores.erasures.erasedSince(id, startedAt).then((erased) => !erased)));
  const { events, written, afterwards } = temp;
  const erased = (events.some((e) => e.learnerId === id) || written.length > 0 || afterwards.length > 0) && !(await mayWrite());
  if (erased) await Promise.all(written.map((ref) => stores.documents.delete(ref.container, ref.pk, ref.id)));
  for (const { learnerId, event, key } of events) {
    if (!erased || learnerId !== id) stores.events.append(learnerId, event, key, startedAt.toISOString());
  }
  if (!erased) for (const write of afterwards) write();
}

/** The language of the card an action came from: `lang` in an Action.Submit's value or an Action.Execute's data. */
function cardLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const submitted = (value as Record<string, unknown>)[CARD_LANGUAGE_KEY];
  const action = (value as { action?: { data?: Record<string, unknown> } }).action;
  const executed = typeof action?.data === 'object' && action.data !== null ? action.data[CARD_LANGUAGE_KEY] : undefined;
  return isLanguage(submitted) ? submitted : isLanguage(executed) ? executed : undefined;
}

/** True when the turn's token was checked by the adapter (not an anonymous, local-mode turn). */
function verifiedChannel(context: TurnContext): boolean {
  const identity = context.turnState.get(context.adapter.BotIdentityKey) as { isAuthenticated?: boolean; authenticationType?: unknown } | undefined;
  return !!identity?.isAuthenticated && identity.authenticationType !== 'anonymous';
}

function reachableAgain(learner: Learner): Learner {
  const { unreachable: _gone, ...nudge } = learner.nudge ?? {};
  return { ...learner, nudge };
}

/**
 * A command whose meaning depends on what the learner has open. "skip" / "skip this one" is another question in a quiz, but with a
 * lesson card open and no quiz it passes over the lesson ("skip lesson"), as "another lesson" does (not the open one again). "stop" / "I want to stop" pauses the daily lesson, but in
 * a quiz it ends the quiz ("stop quiz"): stopping the lessons needs them named then ("stop the reminders"), so a learner mid-quiz
 * does not lose their daily lesson to a word meant for the questions. "why?" or "explain" straight after a quiz answer asks why
 * ("explain answer").
 */
/** The letter of the open question's option typed in its own words, or "option meant <letter>" when only pointed to. */
function optionTyped({ faculty }: AppDeps, learner: Learner, typed: string): string | undefined {
  const open = openQuestion(faculty.mentors, learner);
  const meant = open && typedOption(typed, open.item);
  if (!meant) return undefined;
  const letter = open.lettered.find((o) => o.option.id === meant.optionId)!.letter;
  return meant.kind === 'answer' ? letter : `option meant ${letter.toLowerCase()}`;
}

function inContext(command: string, original: string, learner: Learner, now: Date): string {
  const quiz = inQuiz(learner, now);
  // "why?", "explain", "what's the right answer" straight after an answer: that answer explained, not a search of the content.
  if (quiz && learner.lastAnswer && !learner.pendingQuiz && WHY_ANSWERED.test(original.trim())) return /^(?:(?:ond|o|sori)[\s,!]+)*(?:pam|esbon|be|beth|pa\s|dw|dwi)/iu.test(original.trim()) ? "esbonio'r ateb" : 'explain answer';
  // "can I try again" straight after an answer: when it comes back (answering it again now would count for nothing).
  if (quiz && learner.lastAnswer && !learner.pendingQuiz && TRY_AGAIN_ASKED.test(original.trim())) return /\b(?:drio|trio|gynnig|cynnig)\b/iu.test(original) ? 'trio eto' : 'try again';
  if ((QUIZ.test(command) || NEXT.test(command)) && /^\W*(?:@?hali\W+)?(?:skip|sgipio|hepgor)\b/iu.test(original) && learner.openLesson && !quiz) return /\b(?:hepgor|sgipio)\b/iu.test(original) ? 'hepgor y wers' : 'skip lesson';
  // A part of the open lesson card asked for ("what are the key points", "show sources", "save this for later", "darllen mwy").
  if (learner.openLesson && !quiz) {
    const part = LESSON_PART_SAID.find(([pattern]) => pattern.test(original.trim()));
    if (part) return LESSON_PART_WORDS[part[1]][part[2]];
  }
  // "another lesson", "a different lesson", "gwers arall" with one open: not the open one again.
  if (LESSON.test(command) && /\b(?:another|different|other|arall|wahanol)\b/iu.test(original) && learner.openLesson && !quiz && !/\b(?:on|about|with|ar|am|gyda)\b/iu.test(original)) return /\b(?:arall|wahanol)\b/iu.test(original) ? 'hepgor y wers' : 'skip lesson';
  if (STOP.test(command) && quiz && !/\b(?:lessons?|messages?|reminders?|nudges?|notifications?|daily|gwersi|wersi|negeseuon|dyddiol|atgoffa)\b/iu.test(original)) return /^(?:stopio)/iu.test(command) ? "stopio'r cwis" : 'stop quiz';
  return command;
}

/** The command words of each part of a lesson card (LESSON_PART), in English and Welsh. */
const LESSON_PART_WORDS = {
  points: { en: 'lesson key points', cy: "pwyntiau'r wers" },
  more: { en: 'lesson read more', cy: "mwy o'r wers" },
  sources: { en: 'lesson sources', cy: "ffynonellau'r wers" },
  save: { en: 'save lesson', cy: "cadw'r wers" },
} as const;
