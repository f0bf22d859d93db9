import type { TurnContext } from 'botbuilder';
import { escapeCardText } from '../../cards/escape';
import { renderCaseStage } from '../../cards/render';
import { redact } from '../safety/redact';
import { allCases, chooseCase, parseCaseCommand } from '../cases/choose';
import type { CaseRepository } from '../cases/repository';
import { isActive, startThread } from '../cases/thread';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';
import { caseKeyOf, caseStudyOf, isShared } from './case-context';
import { endThread, finishCase } from './case-finish';
import { sendCard } from './reply';

/** Most characters of a topic said back to the channel. */
export const MAX_TOPIC_ECHO = 40;

/**
 * A topic as said back to the whole channel: patient identifiers removed, Markdown and HTML made
 * inert (no live links or images posted in HALI's name), bounded in length.
 */
export function echoTopic(topic: string): string {
  const redacted = redact(topic.replace(/\s+/g, ' ').trim()).text;
  const chars = [...redacted];
  const bounded = chars.length > MAX_TOPIC_ECHO ? `${chars.slice(0, MAX_TOPIC_ECHO).join('').trimEnd()}…` : redacted;
  return escapeCardText(bounded).replace(/</g, '‹').replace(/>/g, '›');
}

/**
 * "case [topic]", "ask Gwen for a case", "achos", "gofyn i Gwen am achos": starts a case in this
 * thread (or group chat) unless one is running; an unknown topic gets the list of cases. "case end"
 * finishes the running case with its summary. Personal chat is for one-to-one learning.
 */
export async function caseCommand(context: TurnContext, state: HaliTurnState, cases: CaseRepository, deps: AppDeps): Promise<void> {
  const { faculty, clock, log } = deps;
  const studyOf = (thread: Parameters<typeof caseStudyOf>[1]) => caseStudyOf(faculty, thread);
  const { t, language } = state.temp;
  const command = parseCaseCommand(context.activity.text ?? '')!;
  if (!isShared(context)) return void (await context.sendActivity(t('case.teamsOnly')));
  const key = caseKeyOf(context.activity);
  const current = await cases.thread(key);
  if (command.kind === 'end') {
    const found = isActive(current) ? studyOf(current) : undefined;
    if (!found || !current) return void (await context.sendActivity(t('case.notRunning')));
    const { thread: ended, ended: byThisTurn } = await endThread(cases, key, current, clock());
    // Ended meanwhile by another member: their summary is the one.
    if (!byThisTurn) return void (await context.sendActivity(t('case.ended')));
    return sendCard(context, await finishCase(context, state, key, ended, found.mentor, found.study, cases, deps));
  }
  const named = command.mentorName ? faculty.named(command.mentorName) : undefined;
  const choices = allCases(faculty.mentors, named);
  if (choices.length === 0) return void (await context.sendActivity(t('case.none')));
  const titles = choices.map((c) => `"${c.study.title[language]}"`).join(', ');
  // A name before a request ("Sam, can we do a case?") may be a colleague's: only a name asked for ("ask Sam for a case") must be a mentor.
  if (command.mentorName && !named && !command.addressed) return void (await context.sendActivity(t('case.unknownTopic', { topic: echoTopic(command.mentorName), titles })));
  const running = isActive(current) ? studyOf(current) : undefined;
  if (running && current) {
    return void (await context.sendActivity(t('case.alreadyRunning', { title: running.study.title[language], number: current.stage + 1, total: running.study.stages.length })));
  }
  const pick = chooseCase(choices, command.topic, state.temp.learner.profile.role, `${key.conversationId}#${key.threadId}`);
  if (!pick) return void (await context.sendActivity(t('case.unknownTopic', { topic: echoTopic(command.topic ?? ''), titles })));
  let started = false;
  const thread = await cases.updateThread(key, (latest) => {
    started = !isActive(latest);
    return started ? startThread(pick.study, pick.mentor.id, clock()) : latest!;
  });
  const shown = studyOf(thread)!;
  if (!started) return void (await context.sendActivity(t('case.alreadyRunning', { title: shown.study.title[language], number: thread.stage + 1, total: shown.study.stages.length })));
  log.info('case.started', { activityId: context.activity.id, caseId: pick.study.id, conversationType: context.activity.conversation?.conversationType });
  await sendCard(context, renderCaseStage(state.temp, shown.mentor, shown.study, 0));
}
