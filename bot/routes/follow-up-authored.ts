import type { TurnContext } from 'botbuilder';
import { renderLesson } from '../../cards/render';
import { relatedExplainers, relatedLessons, roleExample } from '../mentors/follow-ups';
import type { Explainer, Lesson, Mentor } from '../mentors/types';
import { lessonShown } from '../learning/open-lesson';
import { changeLearner, type FollowUpKind, type HaliTurnState } from '../state';
import { sendCard } from './reply';

/** A lesson card with its place in the mentor's pathway. */
function lessonCard(state: HaliTurnState, mentor: Mentor, lesson: Lesson) {
  const ordered = [...mentor.lessons].sort((a, b) => a.order - b.order);
  return renderLesson(state.temp, mentor, lesson, { position: ordered.indexOf(lesson) + 1, total: ordered.length });
}

/**
 * A follow-up answered from the mentor's authored content: offline, and when the model cannot
 * answer. It says so honestly when there is nothing authored.
 */
export async function sendAuthoredFollowUp(context: TurnContext, state: HaliTurnState, kind: FollowUpKind, mentor: Mentor, explainer: Explainer): Promise<void> {
  if (kind === 'simpler') return simpler(context, state, mentor, explainer);
  if (kind === 'example') return example(context, state, mentor, explainer);
  await context.sendActivity(readNext(state, mentor, explainer));
}

async function simpler(context: TurnContext, state: HaliTurnState, mentor: Mentor, explainer: Explainer): Promise<void> {
  const { t, language, learner } = state.temp;
  if (explainer.simpler) {
    await context.sendActivity(`**${t('followUp.simplerTitle')}**\n\n${explainer.simpler[language]}`);
    return;
  }
  const lesson = relatedLessons(mentor, explainer, learner.profile.role)[0];
  await context.sendActivity(t(lesson ? 'followUp.noSimpler' : 'followUp.noSimplerNoLesson'));
  if (lesson) {
    changeLearner(state, lessonShown(mentor.id, lesson.id, state.temp.startedAt));
    await sendCard(context, lessonCard(state, mentor, lesson));
  }
}

async function example(context: TurnContext, state: HaliTurnState, mentor: Mentor, explainer: Explainer): Promise<void> {
  const { t, language, learner } = state.temp;
  const role = learner.profile.role;
  const found = roleExample(mentor, explainer, role);
  const heading = role ? t('followUp.exampleTitle', { role: t(`role.${role}`) }) : t('followUp.exampleTitleNoRole');
  if (found.kind === 'authored') await context.sendActivity(`**${heading}**\n\n${found.text[language]}`);
  else if (found.kind === 'tryThis') await context.sendActivity(`**${t('followUp.tryThis', { title: found.lesson.title[language] })}**\n\n${found.lesson.tryThis[language]}`);
  else await context.sendActivity(t('followUp.noExample'));
}

/** Related lessons and explainers on the topic, and the explainer's own sources, as a short list. */
function readNext(state: HaliTurnState, mentor: Mentor, explainer: Explainer): string {
  const { t, language, learner } = state.temp;
  const lessons = relatedLessons(mentor, explainer, learner.profile.role).slice(0, 3);
  const explainers = relatedExplainers(mentor, explainer);
  const parts = [`**${t('followUp.readNextTitle')}**`];
  if (lessons.length > 0) parts.push(`${t('followUp.lessons')}\n${lessons.map((l) => `- ${l.title[language]}`).join('\n')}`);
  if (explainers.length > 0) parts.push(`${t('followUp.explainers')}\n${explainers.map((e) => `- ${e.question[language]}`).join('\n')}`);
  parts.push(`${t('answer.sources')}\n${explainer.sources.map((s) => `- [${s.title}](${s.url})`).join('\n')}`);
  return parts.join('\n\n');
}
