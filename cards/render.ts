import type { Translate } from '../bot/i18n';
import type { MessageKey } from '../bot/i18n/messages';
import { COMMAND_WORDS, type HelpCommand } from '../bot/i18n/commands';
import { DEFAULT_TIME_ZONE } from '../bot/learning/zoned-time';
import { timeZoneChoices } from '../bot/learning/time-zones';
import { weekdayNames } from '../bot/i18n/dates';
import { DAILY_GOALS, WEEKDAYS } from '../bot/learning/learner';
import { DEFAULT_GOAL, streakShown } from '../bot/learning/daily-goal';
import { ROLES, type Mentor, type Source } from '../bot/mentors/types';
import type { Learner } from '../bot/learning/learner';
import { cardLink, escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';

export { expand, TEMPLATES, type CardContext, type CardJson, type TemplateName } from './expand';
export { letteredOptions, renderLesson, renderProgress, renderQuizQuestion, renderQuizResult } from './render-learning';
export { renderCaseReply, renderCaseStage, renderCaseSummary } from './render-case';
export { renderNudge, type NudgeContent } from './render-nudge';
export { renderLessonComplete, renderPath } from './render-path';

/** The settings form's fields, pre-filled from the learner; shared by the welcome and settings cards. */
function settingsFields({ t }: CardContext, learner: Learner) {
  const nudges = learner.preferences.nudges;
  return {
    roleLabel: t('settings.role'),
    rolePlaceholder: t('settings.rolePlaceholder'),
    role: learner.profile.role ?? '',
    roles: ROLES.map((value) => ({ title: t(`role.${value}`), value })),
    nudgesLabel: t('settings.nudges'),
    nudges: nudges?.enabled ? 'true' : 'false',
    timeLabel: t('settings.time'),
    nudgeTime: nudges?.time ?? '09:00',
    nudgesNote: t('settings.nudgesNote'),
    goalLabel: t('settings.goal'),
    dailyGoal: learner.preferences.dailyGoal ?? DEFAULT_GOAL,
    goals: DAILY_GOALS.map((goal) => ({ title: t(`goal.choice.${goal}`), value: goal })),
    saveLabel: t('settings.save'),
  };
}

/** The welcome card; on first contact it also asks for role, the daily goal and the daily lesson, all optional. */
export function renderWelcome(context: CardContext, mentors: readonly Mentor[], learner: Learner): CardJson {
  const { language, t } = context;
  const setUp = Boolean(learner.profile.role || learner.preferences.nudges?.chosenAt);
  return expand('welcome', {
    language,
    timePlaceholder: t('input.timePlaceholder'),
    datePlaceholder: t('input.datePlaceholder'),
    title: escapeCardText(t('welcome.title')),
    intro: escapeCardText(t('welcome.intro')),
    faculty: escapeCardText(t('welcome.faculty', { mentors: mentors.map((m) => `${m.name} (${m.role[language]})`).join(', ') })),
    tryThis: escapeCardText(t('welcome.try')),
    privacy: escapeCardText(t('welcome.privacy')),
    showSetup: !setUp,
    setupTitle: escapeCardText(t('setup.title')),
    // Said only while HALI's default is what applies: not to someone who chose, nor to a learner from
    // before nudges, whose daily lesson stays off until they turn it on.
    showNudgeDefault: Boolean(learner.preferences.nudges?.enabled && !learner.preferences.nudges.chosenAt),
    // A zone is named only once Teams has told us the learner's: an install event carries none, and a
    // default named then would contradict the zone every later card shows.
    nudgeDefault: escapeCardText(
      learner.preferences.timeZone
        ? t('welcome.nudgeDefault', { time: learner.preferences.nudges?.time ?? '09:00', zone: learner.preferences.timeZone })
        : t('welcome.nudgeDefaultLocal', { time: learner.preferences.nudges?.time ?? '09:00' }),
    ),
    nudgeNoThanksLabel: t('welcome.nudgeNoThanks'),
    ...settingsFields(context, learner),
    // The example question is a wrapped row that asks it when tapped, as the notice's is: a button's title is cut to one line.
    askQuestion: t('welcome.button.ask'),
    askText: escapeCardText(t('welcome.button.ask')),
    helpLabel: t('welcome.button.help'),
    languageLabel: t('welcome.button.language'),
    settingsLabel: t('welcome.button.settings'),
    otherLanguage: language === 'cy' ? 'en' : 'cy',
  });
}

/**
 * Role, language and the daily lesson (time, days, time zone, quiet hours, pause), pre-filled.
 * `reportingAvailable`: the organisation connected a learning record, so the learner may turn reporting
 * off; `busyArrival`: for a busy time, when the lesson usually arrives (local HH:MM); `note`: a line at the top, saying what
 * was filled in from the learner's own words for them to confirm.
 */
export function renderSettings(
  context: CardContext,
  learner: Learner,
  options: { reportingAvailable?: boolean; busyArrival?: { readonly from: string; readonly to: string }; note?: string } = {},
): CardJson {
  const { busyArrival } = options;
  const { language, t } = context;
  const nudges = learner.preferences.nudges;
  const names = weekdayNames(language);
  return expand('settings', {
    language,
    timePlaceholder: t('input.timePlaceholder'),
    datePlaceholder: t('input.datePlaceholder'),
    title: escapeCardText(t('settings.title')),
    intro: escapeCardText(t('settings.intro')),
    note: escapeCardText(options.note ?? ''),
    languageLabel: t('settings.language'),
    ...settingsFields(context, learner),
    daysLabel: t('settings.days'),
    days: names.map((title, i) => ({ title, value: String(i + 1) })),
    nudgeDays: (nudges?.days ?? WEEKDAYS).join(','),
    busyNote: busyArrival ? escapeCardText(t('settings.busyTime', busyArrival)) : '',
    timeZoneLabel: t('settings.timeZoneLabel'),
    timeZoneValue: learner.preferences.timeZone ?? DEFAULT_TIME_ZONE,
    timeZones: timeZoneChoices(learner.preferences.timeZone).map((zone) => ({ title: zone.replace(/_/g, ' '), value: zone })),
    quietStartLabel: t('settings.quietStart'),
    quietEndLabel: t('settings.quietEnd'),
    quietStart: nudges?.quietHours?.start ?? '',
    quietEnd: nudges?.quietHours?.end ?? '',
    quietNote: escapeCardText(t('settings.quietNote')),
    pauseUntilLabel: t('settings.pauseUntil'),
    pauseUntil: nudges?.paused?.until ?? '',
    reportingShown: !!options.reportingAvailable,
    reportingLabel: t('settings.reporting'),
    reporting: learner.preferences.reporting === false ? 'false' : 'true',
    streakLabel: t('settings.streak'),
    showStreak: streakShown(learner) ? 'true' : 'false',
  });
}

const HELP_COMMANDS: readonly HelpCommand[] = ['hi', 'lesson', 'quiz', 'progress', 'settings', 'case', 'caseThread', 'pause', 'resume', 'help', 'language', 'myData', 'forget', 'record', 'cpd'];

export function renderHelp({ language, t }: CardContext, mentors: readonly Mentor[]): CardJson {
  const commands = HELP_COMMANDS.map((command): [string, Parameters<Translate>[0]] => [COMMAND_WORDS[command][language], `help.command.${command}`]);
  return expand('help', {
    language,
    title: escapeCardText(t('help.title')),
    ask: escapeCardText(t('help.ask')),
    commandsTitle: escapeCardText(t('help.commands')),
    commands: commands.map(([command, key]) => ({ command: escapeCardText(command), description: escapeCardText(t(key)) })),
    // What can be typed in the middle of a lesson, a quiz or an answer, instead of pressing its buttons.
    inFlowTitle: escapeCardText(t('help.inFlowTitle')),
    inFlow: escapeCardText(t('help.inFlow')),
    mentorsTitle: escapeCardText(t('help.mentors')),
    mentors: mentors.map((m) => ({ name: escapeCardText(m.name), role: escapeCardText(m.role[language]) })),
  });
}

/**
 * A mentor's answer with its sources. `answer` is untrusted (it may come from a model) and is escaped here; a streamed
 * answer (`answer` undefined) is already on screen as the message text, so its card carries only who answered and the
 * sources. `cited` holds, for each numbered passage the answer cites, that passage's number and its sources. `authored`
 * says it came from the mentor's own content (reviewed or draft), not a model, so it is not called AI-generated;
 * `suggestions` are questions to offer when it had no answer.
 */
export function renderAnswer(
  { language, t }: CardContext,
  mentor: Mentor,
  answer: string | undefined,
  cited: readonly { readonly number: number; readonly sources: readonly Source[] }[],
  options: {
    authored?: 'reviewed' | 'draft' | 'abstained';
    /** Questions to offer instead, each asked of its own mentor: the nearest to what was asked, or the mentor's first ones. */
    suggestions?: { nearest: boolean; questions: readonly { question: string; mentorId: string }[] };
    explainerId?: string;
    answerRef?: string;
    /** The answer is already the simpler version (the learner asked for it simply): "Explain more simply" is not offered. */
    simplified?: boolean;
  } = {},
): CardJson {
  const notice = { reviewed: t('answer.reviewedNotice', { name: mentor.name }), draft: t('answer.draftNotice', { name: mentor.name }), abstained: '' }[options.authored ?? 'reviewed'];
  return expand('answer', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    showAnswer: answer !== undefined,
    answer: escapeCardText(answer ?? ''),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: cited.map((c) => ({ link: `${c.number}\\. ${c.sources.map((s) => cardLink(s.title, s.url)).join(' · ')}` })),
    notice: escapeCardText(options.authored ? notice : t('answer.aiNotice')),
    suggestionsTitle: escapeCardText(t(options.suggestions?.nearest ? 'answer.nearestTitle' : 'answer.suggestionsTitle', { name: mentor.name })),
    // Each offered question is a wrapped row that asks it when tapped: an action's title is cut to one line in Teams.
    suggestions: (options.suggestions?.questions ?? []).map(({ question, mentorId }) => ({ text: escapeCardText(question), question, mentorId })),
    helpLabel: t('welcome.button.help'),
    mentorId: mentor.id,
    explainerId: options.explainerId ?? '',
    // Which model answer the follow-ups build on: a reference only, never the learner's words.
    answerRef: options.answerRef ?? '',
    offerSimpler: !options.simplified,
    simplerLabel: t('followUp.simpler'),
    exampleLabel: t('followUp.example'),
    readNextLabel: t('followUp.readNext'),
  });
}

export function renderApology({ language, t }: CardContext, reference: string, erased = false): CardJson {
  return expand('apology', {
    language,
    title: escapeCardText(t('error.title')),
    // "Nothing you have saved was lost" is untrue once the turn has deleted it all ("forget me" confirmed).
    body: escapeCardText(t(erased ? 'error.bodyErased' : 'error.body')),
    reference: escapeCardText(t('error.reference', { id: reference })),
  });
}

/** Asks the learner to confirm erasure; the buttons carry the one-time `nonce`. */
/** "Forget me?": what is deleted, and `elsewhere` (message keys) what happens to records already sent to other systems. */
export function renderForgetConfirm({ language, t }: CardContext, nonce: string, elsewhere: readonly MessageKey[] = []): CardJson {
  return expand('forget', {
    language,
    title: escapeCardText(t('privacy.forget.title')),
    body: escapeCardText([t('privacy.forget.body'), ...elsewhere.map((key) => t(key))].join(' ')),
    confirmLabel: t('privacy.forget.confirm'),
    cancelLabel: t('privacy.forget.cancel'),
    nonce,
  });
}

/** A short titled notice, used where a card is replaced by an outcome. */
/** Only the daily lesson's time: what "Change time" on a nudge opens. */
export function renderNudgeTime({ language, t }: CardContext, learner: Learner): CardJson {
  const zone = learner.preferences.timeZone ?? DEFAULT_TIME_ZONE;
  return expand('nudge-time', {
    language,
    timePlaceholder: t('input.timePlaceholder'),
    datePlaceholder: t('input.datePlaceholder'),
    title: escapeCardText(t('nudge.timeTitle')),
    timeLabel: t('settings.time'),
    nudgeTime: learner.preferences.nudges?.time ?? '09:00',
    note: escapeCardText(t('nudge.timeNote', { zone })),
    saveLabel: t('settings.save'),
  });
}

/**
 * A short notice; `next` offers what to do now: buttons for a new question, the next lesson and help, and a question to ask
 * as a wrapped row that asks it when tapped (a button's title would be cut to one line).
 */
export function renderNotice(
  { language }: CardContext,
  title: string,
  body: string,
  next: { quizLabel?: string; lessonLabel?: string; askQuestion?: string; helpLabel?: string } = {},
): CardJson {
  const askQuestion = next.askQuestion ?? '';
  return expand('notice', { language, title: escapeCardText(title), body: escapeCardText(body), quizLabel: '', lessonLabel: '', helpLabel: '', ...next, askQuestion, askText: escapeCardText(askQuestion) });
}

