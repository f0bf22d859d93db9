import type { TurnContext } from 'botbuilder';
import { plainName } from '../../cards/escape';
import type { Moderator, PromptManager } from '@microsoft/teams-ai';
import { renderCaseReply } from '../../cards/render';
import { facilitate } from '../cases/feedback';
import type { CaseKey, CaseRepository } from '../cases/repository';
import { isActive, recordContribution, recordHint, type CaseThread } from '../cases/thread';
import type { AppDeps } from '../deps';
import { readInstructionAttempt } from '../safety/overrides';
import { isPatientSpecificRequest } from '../safety/patient-specific';
import { redact } from '../safety/redact';
import { recordEvent, type HaliTurnState } from '../state';
import { runOf } from './case-finish';
import { modelReply } from './case-model';
import { readableQuestion } from './mentor-steps';
import { sendCard } from './reply';

/** The member's display name as Teams gives it; the learner id when Teams gives none. */
// Stored as others will see it: no control or formatting characters, no tags (see plainName).
const displayName = (context: TurnContext) => plainName(context.activity.from?.name ?? '') || 'anonymous';

/**
 * A member's reply in a thread with an active case: patient identifiers removed first (with a
 * warning in the thread), the contribution kept in the member's own document and the concepts it
 * covers added to the thread, then Gwen answers Socratically (the model when configured, else the
 * authored feedback). "Hint" and "show the model answer" are answered from the content.
 */
export async function contribute(context: TurnContext, state: HaliTurnState, key: CaseKey, thread: CaseThread, cases: CaseRepository, prompts: PromptManager, deps: AppDeps, moderator?: Moderator<HaliTurnState>): Promise<void> {
  const { t, language, learner } = state.temp;
  const read = await readableQuestion(context, state, context.activity.text, 'message');
  if (!read) return;
  // An attempt to change how Gwen works is refused here as in personal chat, in either language, and never reaches the model
  // nor the thread's contributions (which later calls replay); what else the reply says is the contribution.
  const attempt = readInstructionAttempt(read);
  if (attempt) {
    deps.log.info('safety.instruction_attempt', { activityId: context.activity.id, restAsked: attempt.rest.length > 0, where: 'case' });
    await context.sendActivity(t(attempt.rest ? 'safety.instructionAttempt' : 'safety.instructionAttemptOnly'));
    if (!attempt.rest) return;
  }
  const raw = attempt?.rest ?? read;
  const redaction = redact(raw);
  if (redaction.found.length > 0 || isPatientSpecificRequest(redaction.text, { aboutACase: true })) {
    const kinds = redaction.found.map((kind) => t(`identifier.${kind}`)).join(', ');
    await context.sendActivity([kinds ? t('safety.redacted', { kinds }) : '', t('case.fictional')].filter(Boolean).join(' '));
  }
  const mentor = deps.faculty.get(thread.mentorId);
  const study = mentor?.cases.find((c) => c.id === thread.caseId);
  if (!mentor || !study) {
    await context.sendActivity(t('case.notActive'));
    return;
  }
  const stage = study.stages[thread.stage];
  const now = deps.clock();
  const offline = facilitate(stage, thread.covered[thread.stage] ?? [], redaction.text, language, t, thread.contributions[thread.stage] ?? 0, study.stages);
  if (offline.request) {
    await cases.updateThread(key, (latest) => (isActive(latest) ? recordHint(latest, now) : latest ?? thread));
    await sendCard(context, renderCaseReply(state.temp, mentor, offline.reply, false));
    return;
  }
  const conceptIds = offline.matched.map((c) => c.id);
  const who = { learnerId: learner.id, name: displayName(context), caseId: study.id, run: runOf(thread) };
  // A member erased (here) since this turn began is not written back; afterTurn removes the
  // document if the erasure happened on another instance.
  const erased = deps.stores.erasures.knownErasedSince(learner.id, state.temp.startedAt);
  if (!erased) state.temp.written.push(cases.participantRef(key, learner.id));
  await Promise.all([
    erased ? undefined : cases.contribute(key, who, { stage: thread.stage, text: redaction.text, concepts: conceptIds, at: now.toISOString() }),
    cases.updateThread(key, (latest) => (latest && runOf(latest) === runOf(thread) ? recordContribution(latest, thread.stage, conceptIds, now) : latest ?? thread)),
  ]);
  recordEvent(state, learner.id, { type: 'case.contributed', at: now.toISOString(), mentorId: mentor.id, caseId: study.id, stage: thread.stage + 1, concepts: conceptIds });
  const discussion = deps.model.offline ? [] : await cases.participants(key, runOf(thread));
  const reply = await modelReply(context, state, prompts, { mentor, study, thread, offline, discussion, question: redaction.text }, deps, moderator);
  await sendCard(context, renderCaseReply(state.temp, mentor, reply.text, reply.byModel));
}
