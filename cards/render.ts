import * as ACData from 'adaptivecards-templating';
import type { Language, Translate } from '../bot/i18n';
import type { Lesson, Mentor, Source } from '../bot/mentors/types';
import { cardLink, escapeCardText } from './escape';
import answer from './answer.json';
import apology from './apology.json';
import forget from './forget.json';
import notice from './notice.json';
import help from './help.json';
import lesson from './lesson.json';
import welcome from './welcome.json';

/** An Adaptive Card as JSON, ready to attach to a message or return from an invoke. */
export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** The card templates, by name. Imported, so the build carries them: they are code, not content. */
export const TEMPLATES = { welcome, help, answer, apology, forget, notice, lesson } as const;
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

export function renderWelcome({ language, t }: CardContext, mentors: readonly Mentor[]): CardJson {
  return expand('welcome', {
    language,
    title: escapeCardText(t('welcome.title')),
    intro: escapeCardText(t('welcome.intro')),
    faculty: escapeCardText(t('welcome.faculty', { mentors: mentors.map((m) => `${m.name} (${m.role[language]})`).join(', ') })),
    tryThis: escapeCardText(t('welcome.try')),
    privacy: escapeCardText(t('welcome.privacy')),
    askLabel: t('welcome.button.ask'),
    helpLabel: t('welcome.button.help'),
    languageLabel: t('welcome.button.language'),
    otherLanguage: language === 'cy' ? 'en' : 'cy',
  });
}

export function renderHelp({ language, t }: CardContext, mentors: readonly Mentor[]): CardJson {
  const commands: [string, Parameters<Translate>[0]][] = [
    [language === 'cy' ? 'helo' : 'hi', 'help.command.hi'],
    [language === 'cy' ? 'gwers' : 'lesson', 'help.command.lesson'],
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

/** A mentor's answer. `answer` is untrusted (it may come from a model) and is escaped here. */
export function renderAnswer({ language, t }: CardContext, mentor: Mentor, answer: string, sources: readonly Source[]): CardJson {
  return expand('answer', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    answer: escapeCardText(answer),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: sources.map((s, i) => ({ link: `${i + 1}\\. ${cardLink(s.title, s.url)}` })),
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
    askLabel: t('lesson.ask', { name: mentor.name }),
    askQuestion: lesson.title[language],
    mentorId: mentor.id,
    lessonId: lesson.id,
  });
}
