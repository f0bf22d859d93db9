import type { Activity, TurnContext } from 'botbuilder';
import { PromptManager, type Application } from '@microsoft/teams-ai';
import { renderCaseReply, renderCaseStage, renderCaseSummary, renderNotice } from '../../cards/render';
import type { CardJson } from '../../cards/expand';
import { Verbs } from '../../cards/verbs';
import { allCases, chooseCase, parseCaseCommand } from '../cases/choose';
import { hintText } from '../cases/feedback';
import { CaseRepository, type CaseKey } from '../cases/repository';
import { finish, isActive, recordHint, reveal, startThread, type CaseThread } from '../cases/thread';
import type { AppDeps } from '../deps';
import { createModerator } from '../mentors/models';
import type { HaliTurnState } from '../state';
import { contribute } from './case-contribute';
import { finishCase, runOf } from './case-finish';
import { onCardAction, sendCard } from './reply';

/**
 * Where a case lives. In a channel, Teams puts the thread's root message id in the conversation id
 * (`<channel>;messageid=<root>`) and a reply to that conversation lands in the thread, so the case
 * started by "@HALI case" in a new post runs in that post's thread. A group chat has no threads:
 * the chat is the key.
 */
export function caseKeyOf(activity: Partial<Activity>): CaseKey {
  const id = activity.conversation?.id ?? '';
  if (activity.conversation?.conversationType === 'channel') {
    const match = /^(.+);messageid=(.+)$/.exec(id);
    if (match) return { conversationId: match[1], threadId: match[2] };
    return { conversationId: id, threadId: activity.replyToId ?? activity.id ?? 'channel' };
  }
  return { conversationId: id, threadId: 'chat' };
}

const isShared = (context: TurnContext) => (context.activity.conversation?.conversationType ?? 'personal') !== 'personal';
const stageOf = (value: unknown): number | undefined => {
  const stage = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value;
  return typeof stage === 'number' && Number.isInteger(stage) && stage >= 0 && stage < 100 ? stage : undefined;
};

/**
 * Team case discussions: "case" starts one in a channel thread or group chat; replies there go to
 * the case's facilitator; Reveal next, Hint and Summarise drive it; the last stage ends in a summary.
 */
export function registerCases(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, clock, log } = deps;
  const cases = new CaseRepository(deps.stores.documents, deps.config.retentionDays);
  const prompts = new PromptManager({ promptsFolder: deps.mentorsDir });
  const moderator = createModerator<HaliTurnState>(deps.config);
  const studyOf = (thread: CaseThread) => {
    const mentor = faculty.get(thread.mentorId);
    const study = mentor?.cases.find((c) => c.id === thread.caseId);
    return mentor && study ? { mentor, study } : undefined;
  };
  /** The thread's active case, if `caseId` (from a card) is the case it runs. */
  const activeCase = async (context: TurnContext, caseId?: unknown) => {
    const key = caseKeyOf(context.activity);
    const thread = await cases.thread(key);
    const found = isActive(thread) && (caseId === undefined || caseId === thread.caseId) ? studyOf(thread) : undefined;
    return found && thread ? { key, thread, ...found } : undefined;
  };

  app.message(async (context) => !!parseCaseCommand(context.activity.text ?? ''), async (context, state) => {
    const { t, language } = state.temp;
    const command = parseCaseCommand(context.activity.text ?? '')!;
    if (!isShared(context)) return void (await context.sendActivity(t('case.teamsOnly')));
    const key = caseKeyOf(context.activity);
    const current = await cases.thread(key);
    if (command.kind === 'end') {
      const found = isActive(current) ? studyOf(current) : undefined;
      if (!found || !current) return void (await context.sendActivity(t('case.notRunning')));
      const ended = await cases.updateThread(key, (latest) => (latest ? finish(latest, clock()).thread : current));
      return sendCard(context, await finishCase(context, state, key, ended, found.mentor, found.study, cases, deps));
    }
    const named = command.mentorName ? faculty.named(command.mentorName) : undefined;
    const choices = allCases(faculty.mentors, named);
    if (choices.length === 0) return void (await context.sendActivity(t('case.none')));
    const titles = choices.map((c) => `"${c.study.title[language]}"`).join(', ');
    if (command.mentorName && !named) return void (await context.sendActivity(t('case.unknownTopic', { topic: command.mentorName, titles })));
    const running = isActive(current) ? studyOf(current) : undefined;
    if (running && current) {
      return void (await context.sendActivity(t('case.alreadyRunning', { title: running.study.title[language], number: current.stage + 1, total: running.study.stages.length })));
    }
    const pick = chooseCase(choices, command.topic, state.temp.learner.profile.role, `${key.conversationId}#${key.threadId}`);
    if (!pick) return void (await context.sendActivity(t('case.unknownTopic', { topic: command.topic ?? '', titles })));
    let started = false;
    const thread = await cases.updateThread(key, (latest) => {
      started = !isActive(latest);
      return started ? startThread(pick.study, pick.mentor.id, clock()) : latest!;
    });
    const shown = studyOf(thread)!;
    if (!started) return void (await context.sendActivity(t('case.alreadyRunning', { title: shown.study.title[language], number: thread.stage + 1, total: shown.study.stages.length })));
    log.info('case.started', { activityId: context.activity.id, caseId: pick.study.id, conversationType: context.activity.conversation?.conversationType });
    await sendCard(context, renderCaseStage(state.temp, shown.mentor, shown.study, 0));
  });

  // Free text in a thread (or group chat) with an active case goes to the case's facilitator, whatever its topic.
  const inActiveCase = async (context: TurnContext) => {
    const { type, text, value } = context.activity;
    if (type !== 'message' || value !== undefined || !isShared(context) || !text?.trim()) return false;
    return isActive(await cases.thread(caseKeyOf(context.activity)));
  };
  app.message(inActiveCase, async (context, state) => {
    const key = caseKeyOf(context.activity);
    const thread = await cases.thread(key);
    if (!isActive(thread)) return void (await context.sendActivity(state.temp.t('case.ended')));
    await contribute(context, state, key, thread, cases, prompts, deps, moderator);
  });

  onCardAction<{ caseId?: unknown; stage?: unknown }>(app, Verbs.caseReveal, async (context, state, data): Promise<CardJson> => {
    const { t } = state.temp;
    const pressed = stageOf(data?.stage);
    const found = await activeCase(context, data?.caseId);
    if (!found || pressed === undefined) {
      log.warn('case.reveal_refused', { activityId: context.activity.id, reason: found ? 'bad_stage' : 'no_active_case' });
      return renderNotice(state.temp, '', t('case.notActive'));
    }
    const { key, mentor, study } = found;
    let advanced = false;
    const thread = pressed !== found.thread.stage ? found.thread : await cases.updateThread(key, (latest) => {
      const outcome = reveal(latest && runOf(latest) === runOf(found.thread) ? latest : found.thread, pressed, clock());
      advanced = outcome.advanced;
      return outcome.thread;
    });
    if (!advanced) {
      if (thread.finishedAt) return renderNotice(state.temp, '', t('case.ended'));
      return renderCaseStage(state.temp, mentor, study, thread.stage, t('case.stale'));
    }
    if (thread.finishedAt) return finishCase(context, state, key, thread, mentor, study, cases, deps);
    log.info('case.revealed', { activityId: context.activity.id, caseId: study.id, stage: thread.stage + 1 });
    return renderCaseStage(state.temp, mentor, study, thread.stage);
  });

  app.adaptiveCards.actionSubmit<{ caseId?: unknown }>(Verbs.caseHint, async (context, state, data) => {
    const found = await activeCase(context, data?.caseId);
    if (!found) return void (await context.sendActivity(state.temp.t('case.notActive')));
    await cases.updateThread(found.key, (latest) => (isActive(latest) ? recordHint(latest, clock()) : latest ?? found.thread));
    const text = hintText(found.study.stages[found.thread.stage], state.temp.language, state.temp.t);
    await sendCard(context, renderCaseReply(state.temp, found.mentor, text, false));
  });

  app.adaptiveCards.actionSubmit<{ caseId?: unknown }>(Verbs.caseSummary, async (context, state, data) => {
    const found = await activeCase(context, data?.caseId);
    if (!found) return void (await context.sendActivity(state.temp.t('case.notActive')));
    const people = await cases.participants(found.key, runOf(found.thread));
    await sendCard(context, renderCaseSummary(state.temp, found.mentor, found.study, found.thread, people.map((p) => ({ name: p.name })), false));
  });
}
