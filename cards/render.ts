import * as ACData from 'adaptivecards-templating';
import type { Language, Translate } from '../bot/i18n';
import type { Progress } from '../bot/learning/progress';
import { DEFAULT_TIME_ZONE } from '../bot/learning/streak';
import { ROLES, type Lesson, type Mentor, type QuizItem, type Source } from '../bot/mentors/types';
import type { Confidence, Learner } from '../bot/store/learners';
import { cardLink, escapeCardText } from './escape';
import answer from './answer.json';
import apology from './apology.json';
import forget from './forget.json';
import notice from './notice.json';
import help from './help.json';
import lesson from './lesson.json';
import progress from './progress.json';
import quiz from './quiz.json';
import quizResult from './quiz-result.json';
import settings from './settings.json';
import welcome from './welcome.json';

/** An Adaptive Card as JSON, ready to attach to a message or return from an invoke. */
export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** The card templates, by name. Imported, so the build carries them: they are code, not content. */
export const TEMPLATES = { welcome, help, answer, apology, forget, notice, lesson, quiz, 'quiz-result': quizResult, progress, settings } as const;
export type TemplateName = keyof typeof TEMPLATES;

const templates = new Map(Object.entries(TEMPLATES).map(([name, json]) => [name as TemplateName, new ACData.Template(json)]));

/** Expands a template with already-escaped data. Exported for the template tests. */
export function expand(name: TemplateName, data: Record<string, unknown>): CardJson {
  return templates.get(name)!.expand({ $root: data }) as CardJson;
}

interface CardContext {
  readonly language: Language;
  readonly t: Translate;
}

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
    saveLabel: t('settings.save'),
  };
}

/** The welcome card; on first contact it also asks for role and the daily lesson, all optional. */
export function renderWelcome(context: CardContext, mentors: readonly Mentor[], learner: Learner): CardJson {
  const { language, t } = context;
  const setUp = Boolean(learner.profile.role || learner.preferences.nudges);
  return expand('welcome', {
    language,
    title: escapeCardText(t('welcome.title')),
    intro: escapeCardText(t('welcome.intro')),
    faculty: escapeCardText(t('welcome.faculty', { mentors: mentors.map((m) => `${m.name} (${m.role[language]})`).join(', ') })),
    tryThis: escapeCardText(t('welcome.try')),
    privacy: escapeCardText(t('welcome.privacy')),
    showSetup: !setUp,
    setupTitle: escapeCardText(t('setup.title')),
    ...settingsFields(context, learner),
    askLabel: t('welcome.button.ask'),
    helpLabel: t('welcome.button.help'),
    languageLabel: t('welcome.button.language'),
    settingsLabel: t('welcome.button.settings'),
    otherLanguage: language === 'cy' ? 'en' : 'cy',
  });
}

/** Role, language and the daily lesson, pre-filled. */
export function renderSettings(context: CardContext, learner: Learner): CardJson {
  const { language, t } = context;
  return expand('settings', {
    language,
    title: escapeCardText(t('settings.title')),
    intro: escapeCardText(t('settings.intro')),
    languageLabel: t('settings.language'),
    timeZone: escapeCardText(t('settings.timeZone', { zone: learner.preferences.timeZone ?? DEFAULT_TIME_ZONE })),
    ...settingsFields(context, learner),
  });
}

export function renderHelp({ language, t }: CardContext, mentors: readonly Mentor[]): CardJson {
  const commands: [string, Parameters<Translate>[0]][] = [
    [language === 'cy' ? 'helo' : 'hi', 'help.command.hi'],
    [language === 'cy' ? 'gwers' : 'lesson', 'help.command.lesson'],
    [language === 'cy' ? 'cwis' : 'quiz', 'help.command.quiz'],
    [language === 'cy' ? 'cynnydd' : 'progress', 'help.command.progress'],
    [language === 'cy' ? 'gosodiadau' : 'settings', 'help.command.settings'],
    [language === 'cy' ? 'cymorth' : 'help', 'help.command.help'],
    ['Cymraeg / English', 'help.command.language'],
    [language === 'cy' ? 'fy nata' : 'my data', 'help.command.myData'],
    [language === 'cy' ? 'anghofia fi' : 'forget me', 'help.command.forget'],
  ];
  return expand('help', {
    language,
    title: escapeCardText(t('help.title')),
    ask: escapeCardText(t('help.ask')),
    commandsTitle: escapeCardText(t('help.commands')),
    commands: commands.map(([command, key]) => ({ command: escapeCardText(command), description: escapeCardText(t(key)) })),
    mentorsTitle: escapeCardText(t('help.mentors')),
    mentors: mentors.map((m) => ({ name: escapeCardText(m.name), role: escapeCardText(m.role[language]) })),
    soon: escapeCardText(t('help.soon')),
  });
}

/**
 * A mentor's answer. `answer` is untrusted (it may come from a model) and is escaped here. `cited`
 * holds, for each numbered passage the answer cites, that passage's number and its sources.
 */
export function renderAnswer({ language, t }: CardContext, mentor: Mentor, answer: string, cited: readonly { readonly number: number; readonly sources: readonly Source[] }[]): CardJson {
  return expand('answer', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    answer: escapeCardText(answer),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: cited.map((c) => ({ link: `${c.number}\\. ${c.sources.map((s) => cardLink(s.title, s.url)).join(' · ')}` })),
    notice: escapeCardText(t('answer.aiNotice')),
  });
}

export function renderApology({ language, t }: CardContext, reference: string): CardJson {
  return expand('apology', {
    language,
    title: escapeCardText(t('error.title')),
    body: escapeCardText(t('error.body')),
    reference: escapeCardText(t('error.reference', { id: reference })),
  });
}

/** Asks the learner to confirm erasure; the buttons carry the one-time `nonce`. */
export function renderForgetConfirm({ language, t }: CardContext, nonce: string): CardJson {
  return expand('forget', {
    language,
    title: escapeCardText(t('privacy.forget.title')),
    body: escapeCardText(t('privacy.forget.body')),
    confirmLabel: t('privacy.forget.confirm'),
    cancelLabel: t('privacy.forget.cancel'),
    nonce,
  });
}

/** A short titled notice, used where a card is replaced by an outcome. */
export function renderNotice({ language }: CardContext, title: string, body: string): CardJson {
  return expand('notice', { language, title: escapeCardText(title), body: escapeCardText(body) });
}

/** A two-minute lesson, with its place in the learner's pathway. Content is escaped, links are authored. */
export function renderLesson({ language, t }: CardContext, mentor: Mentor, lesson: Lesson, place: { position: number; total: number }): CardJson {
  return expand('lesson', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    title: escapeCardText(lesson.title[language]),
    position: escapeCardText(t('lesson.position', { position: place.position, total: place.total })),
    paragraphs: lesson.body[language].split(/\n\s*\n/).map((text) => ({ text: escapeCardText(text.trim()) })),
    keyPointsTitle: escapeCardText(t('lesson.keyPoints')),
    keyPoints: lesson.keyPoints[language].map((text) => ({ text: escapeCardText(text) })),
    tryThisTitle: escapeCardText(t('lesson.tryThis')),
    tryThis: escapeCardText(lesson.tryThis[language]),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: lesson.sources.map((s, i) => ({ link: `${i + 1}\\. ${cardLink(s.title, s.url)}` })),
    draftNotice: lesson.review.status === 'draft' ? escapeCardText(t('lesson.draft')) : '',
    doneLabel: t('lesson.done'),
    quizLabel: t('lesson.quiz'),
    saveLabel: t('lesson.save'),
    askLabel: t('lesson.ask', { name: mentor.name }),
    askQuestion: lesson.title[language],
    mentorId: mentor.id,
    lessonId: lesson.id,
  });
}

const LETTERS = 'ABCDEFGH';

/** A quiz question: options listed in the text, answered with letter buttons that carry the one-time `nonce`. */
export function renderQuizQuestion(
  { language, t }: CardContext,
  mentor: Mentor,
  item: QuizItem,
  issue: { nonce: string; reason: 'review' | 'new'; topic: string; notice?: string; skip?: boolean },
): CardJson {
  return expand('quiz', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    tag: escapeCardText(t(issue.reason === 'review' ? 'quiz.tagReview' : 'quiz.tagNew', { topic: issue.topic })),
    notice: escapeCardText(issue.notice ?? ''),
    stem: escapeCardText(item.stem[language]),
    options: item.options.map((o, i) => ({ letter: LETTERS[i], id: o.id, text: escapeCardText(o.text[language]) })),
    confidenceLabel: t('quiz.confidence'),
    confidences: (['unsure', 'fairly', 'sure'] as const).map((value) => ({ value, title: t(`quiz.${value}`) })),
    itemId: item.id,
    nonce: issue.nonce,
    skipLabel: issue.skip ? t('quiz.skip') : '',
    mentorId: mentor.id,
  });
}

/** The answered question, shown in place of the question card. */
export function renderQuizResult(
  { language, t }: CardContext,
  mentor: Mentor,
  item: QuizItem,
  answer: { optionId: string; correct: boolean; confidence?: Confidence; nextReview: string },
): CardJson {
  const letterOf = (id: string) => LETTERS[item.options.findIndex((o) => o.id === id)];
  const chosen = item.options.find((o) => o.id === answer.optionId)!;
  const right = item.options.find((o) => o.correct)!;
  const facts = [{ title: t('quiz.yourAnswer'), value: escapeCardText(`${letterOf(chosen.id)}. ${chosen.text[language]}`) }];
  if (!answer.correct) facts.push({ title: t('quiz.correctAnswer'), value: escapeCardText(`${letterOf(right.id)}. ${right.text[language]}`) });
  return expand('quiz-result', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    verdict: t(answer.correct ? 'quiz.correct' : 'quiz.incorrect'),
    verdictColor: answer.correct ? 'Good' : 'Attention',
    stem: escapeCardText(item.stem[language]),
    facts,
    misconceptionTitle: escapeCardText(t('quiz.misconception')),
    misconception: !answer.correct && chosen.misconception ? escapeCardText(chosen.misconception[language]) : '',
    explanationTitle: escapeCardText(t('quiz.explanation')),
    explanation: escapeCardText(item.explanation[language]),
    nextReview: escapeCardText(t('quiz.nextReview', { date: answer.nextReview })),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: item.sources.map((s, i) => ({ link: `${i + 1}\\. ${cardLink(s.title, s.url)}` })),
    nextLabel: t('quiz.next'),
    askLabel: t('lesson.ask', { name: mentor.name }),
    askQuestion: item.stem[language],
    mentorId: mentor.id,
  });
}

/** Weighted column widths for a progress bar built from card elements. */
function bar(done: number, total: number, style: 'good' | 'accent') {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  // A column cannot be 0 wide, so an empty bar's sliver takes the background colour.
  return { filled: Math.max(1, percent), rest: Math.max(1, 100 - percent), fill: percent > 0 ? style : 'emphasis' };
}

/** The learner's progress, with bars built from card elements so every Teams client shows them. */
export function renderProgress({ language, t }: CardContext, progress: Progress, savedTitles: readonly string[]): CardJson {
  const anything = progress.lessons.some((l) => l.done > 0) || progress.mastery.length > 0 || progress.streak > 0;
  const emptyText = anything ? '' : t('progress.empty');
  return expand('progress', {
    language,
    title: escapeCardText(t('progress.title')),
    streak: escapeCardText(t('progress.streak', { days: progress.streak, longest: progress.longestStreak })),
    empty: escapeCardText(savedTitles.length > 0 ? [emptyText, t('progress.saved', { titles: savedTitles.join('; ') })].filter(Boolean).join(' ') : emptyText),
    lessonsTitle: escapeCardText(t('progress.lessons')),
    lessons: progress.lessons.map((l) => ({ label: escapeCardText(l.mentor.name), value: `${l.done}/${l.total}`, ...bar(l.done, l.total, 'good') })),
    masteryTitle: escapeCardText(t('progress.mastery')),
    mastery: progress.mastery.map((m) => ({ label: escapeCardText(`${m.mentor.name}: ${m.topic}`), value: `${m.mastered}/${m.total}`, ...bar(m.mastered, m.total, 'accent') })),
    due: escapeCardText(t('progress.due', { count: progress.due })),
    calibrationTitle: escapeCardText(t('progress.calibration')),
    calibration: progress.calibration.map((c) => ({
      title: c.confidence === 'unstated' ? t('progress.unstated') : t(`quiz.${c.confidence}`),
      value: t('progress.calibrationRow', { correct: c.correct, answered: c.answered, percent: Math.round((c.correct / c.answered) * 100) }),
    })),
    quizLabel: t('progress.quiz'),
    lessonLabel: t('progress.lesson'),
  });
}
