import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderLesson } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { relatedExplainers, relatedLessons, roleExample } from '../mentors/follow-ups';
import type { Explainer, Lesson, Mentor } from '../mentors/types';
import type { HaliTurnState } from '../state';
import { sendCard } from './reply';

type FollowUpData = { mentorId?: unknown; explainerId?: unknown };

/** A lesson card with its place in the mentor's pathway. */
function lessonCard(state: HaliTurnState, mentor: Mentor, lesson: Lesson) {
  const ordered = [...mentor.lessons].sort((a, b) => a.order - b.order);
  return renderLesson(state.temp, mentor, lesson, { position: ordered.indexOf(lesson) + 1, total: ordered.length });
}

/**
 * "Explain more simply", "An example from my role" and "What should I read next" on a mentor's answer.
 * They answer from the mentor's authored content, and say so honestly when there is nothing authored.
 */
export function registerFollowUps(app: Application<HaliTurnState>, { faculty, log }: AppDeps): void {
  const explainerOf = async (context: TurnContext, state: HaliTurnState, data: FollowUpData | undefined, verb: string) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    const explainer = mentor?.explainers.find((e) => e.id === data?.explainerId);
    if (mentor && explainer) return { mentor, explainer };
    log.warn('card.invalid_data', { activityId: context.activity.id, verb });
    await context.sendActivity(state.temp.t('followUp.unknown'));
    return undefined;
  };

  app.adaptiveCards.actionSubmit<FollowUpData>(Verbs.followUpSimpler, async (context, state, data) => {
    const found = await explainerOf(context, state, data, Verbs.followUpSimpler);
    if (!found) return;
    const { t, language, learner } = state.temp;
    if (found.explainer.simpler) {
      await context.sendActivity(`**${t('followUp.simplerTitle')}**\n\n${found.explainer.simpler[language]}`);
      return;
    }
    const lesson = relatedLessons(found.mentor, found.explainer, learner.profile.role)[0];
    await context.sendActivity(t(lesson ? 'followUp.noSimpler' : 'followUp.noSimplerNoLesson'));
    if (lesson) await sendCard(context, lessonCard(state, found.mentor, lesson));
  });

  app.adaptiveCards.actionSubmit<FollowUpData>(Verbs.followUpExample, async (context, state, data) => {
    const found = await explainerOf(context, state, data, Verbs.followUpExample);
    if (!found) return;
    const { t, language, learner } = state.temp;
    const role = learner.profile.role;
    const example = roleExample(found.mentor, found.explainer, role);
    const heading = role ? t('followUp.exampleTitle', { role: t(`role.${role}`) }) : t('followUp.exampleTitleNoRole');
    if (example.kind === 'authored') await context.sendActivity(`**${heading}**\n\n${example.text[language]}`);
    else if (example.kind === 'tryThis') await context.sendActivity(`**${t('followUp.tryThis', { title: example.lesson.title[language] })}**\n\n${example.lesson.tryThis[language]}`);
    else await context.sendActivity(t('followUp.noExample'));
  });

  app.adaptiveCards.actionSubmit<FollowUpData>(Verbs.followUpReadNext, async (context, state, data) => {
    const found = await explainerOf(context, state, data, Verbs.followUpReadNext);
    if (found) await context.sendActivity(readNext(state, found.mentor, found.explainer));
  });
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
