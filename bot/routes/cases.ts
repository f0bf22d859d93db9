import type { TurnContext } from 'botbuilder';
import type { Application, Moderator, PromptManager } from '@microsoft/teams-ai';
import { renderCaseReply, renderCaseStage, renderCaseSummary, renderNotice } from '../../cards/render';
import type { CardJson } from '../../cards/expand';
import { Verbs } from '../../cards/verbs';
import { parseCaseCommand } from '../cases/choose';
import { hintText } from '../cases/feedback';
import { CaseRepository } from '../cases/repository';
import { caseThreadRequest, caseWords, type CaseThreadRequest } from '../cases/requests';
import { withoutMarkup } from '../safety/markup';
import { isActive, recordHint, reveal, unreveal, type CaseThread } from '../cases/thread';
import type { AppDeps } from '../deps';
import { answerIn, type HaliTurnState } from '../state';
import { caseKeyOf, caseStudyOf, isShared } from './case-context';
import { contribute } from './case-contribute';
import { endThread, finishCase, runOf } from './case-finish';
import { caseCommand } from './case-start';
import { sendCard } from './reply';

export { caseKeyOf } from './case-context';

const stageOf = (value: unknown): number | undefined => {
  const stage = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value;
  return typeof stage === 'number' && Number.isInteger(stage) && stage >= 0 && stage < 100 ? stage : undefined;
};

/**
 * Team case discussions: "case" starts one in a channel thread or group chat; replies there go to
 * the case's facilitator; Reveal next, Hint and Summarise drive it; the last stage ends in a summary.
 * The prompt manager and moderator are the app's own (one of each per application).
 */
export function registerCases(app: Application<HaliTurnState>, deps: AppDeps, ai: { prompts: PromptManager; moderator?: Moderator<HaliTurnState> }): void {
  const { faculty, clock, log } = deps;
  const { prompts, moderator } = ai;
  const cases = new CaseRepository(deps.stores.documents, deps.config.retentionDays);
  const studyOf = (thread: CaseThread) => caseStudyOf(faculty, thread);
  /** The thread's active case, if `caseId` (from a card) is the case it runs. */
  const activeCase = async (context: TurnContext, caseId?: unknown) => {
    const key = caseKeyOf(context.activity);
    const thread = await cases.thread(key);
    const found = isActive(thread) && (caseId === undefined || caseId === thread.caseId) ? studyOf(thread) : undefined;
    return found && thread ? { key, thread, ...found } : undefined;
  };

  app.message(async (context) => !!parseCaseCommand(context.activity.text ?? ''), (context, state) => caseCommand(context, state, cases, deps));

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
    // "@HALI summary", "hint please", "next", "end the case": requests, answered as the buttons would, never scored.
    const study = studyOf(thread)?.study;
    const request = caseThreadRequest(withoutMarkup(context.activity.text ?? ''), (term) => namesSubject(term) || (!!study && caseWords(study).has(term)));
    if (request) return answerRequest(context, state, request, thread);
    await contribute(context, state, key, thread, cases, prompts, deps, moderator);
  });

  // A word that names what the mentors teach keeps a longer message a contribution (cases/requests.ts).
  const namesSubject = (term: string) => faculty.retriever.isSubjectWord(term);

  const ENDED_CASE_MS = 24 * 60 * 60_000;
  // After a case has ended, a request or a thanks in its thread is about that case: say it has ended (or show its summary again),
  // rather than search the mentors' content for "summary" or read "diolch Gwen" as a question.
  const inEndedCase = async (context: TurnContext) => {
    const { type, text, value } = context.activity;
    if (type !== 'message' || value !== undefined || !isShared(context) || !text?.trim()) return false;
    if (caseThreadRequest(withoutMarkup(text), namesSubject) === undefined) return false;
    const thread = await cases.thread(caseKeyOf(context.activity));
    // Within a day of its end: a group chat goes back to being a chat.
    return !!thread?.finishedAt && clock().getTime() - Date.parse(thread.finishedAt) < ENDED_CASE_MS;
  };
  app.message(inEndedCase, async (context, state) => {
    const key = caseKeyOf(context.activity);
    const thread = (await cases.thread(key))!;
    const found = studyOf(thread);
    const request = caseThreadRequest(withoutMarkup(context.activity.text ?? ''), namesSubject);
    if (request === 'summary' && found) {
      const people = await cases.participants(key, runOf(thread));
      return void (await sendCard(context, renderCaseSummary(state.temp, found.mentor, found.study, thread, people.map((p) => ({ name: p.name })), true)));
    }
    await context.sendActivity(state.temp.t(request === 'thanks' ? 'case.endedThanks' : 'case.ended'));
  });
  // In personal chat a case request on its own ("summary", "any hints?", "next stage", "crynodeb") has no case to act on: say where
  // cases run, rather than search the content for "summary". The commands come first (bot/app.ts registers them before this).
  const caseWordsAlone = async (context: TurnContext) => {
    const { type, text, value } = context.activity;
    if (type !== 'message' || value !== undefined || isShared(context) || !text?.trim()) return false;
    const request = caseThreadRequest(text);
    // A hint asked for in so many words: "no idea" or "what do you think?" alone is no case request out of a case thread.
    const hintNamed = request === 'hint' && /\b(?:hints?|clues?|tips?|pointers?|nudge|stuck|awgrym\w*|cliw\w*)\b/iu.test(text);
    return request === 'summary' || hintNamed || request === 'next' || (request === 'end' && /\b(?:case|achos)\b/i.test(text));
  };
  app.message(caseWordsAlone, async (context, state) => {
    // A hint asked for with a quiz question open: the quiz has none, and how to go on.
    const quiz = state.temp.learner.pendingQuiz !== undefined && caseThreadRequest(context.activity.text ?? '') === 'hint';
    if (quiz && /\b(?:awgrym\w*|cliw\w*)\b/iu.test(context.activity.text ?? '')) answerIn(state, 'cy');
    await context.sendActivity(state.temp.t(quiz ? 'quiz.noHint' : 'case.teamsOnly'));
  });

  const answerRequest = async (context: TurnContext, state: HaliTurnState, request: CaseThreadRequest, thread: CaseThread): Promise<void> => {
    if (request === 'next') {
      await revealNext(context, state, { caseId: thread.caseId, stage: thread.stage });
      return;
    }
    const found = await activeCase(context, thread.caseId);
    if (!found) return void (await context.sendActivity(state.temp.t('case.notActive')));
    if (request === 'hint') return postHint(context, state, found);
    if (request === 'thanks') return postThanks(context, state, found);
    if (request === 'summary') return postSummary(context, state, found);
    // Two members asking at once: one ends the case and posts its summary; the other is told it has ended.
    const { thread: ended, ended: byThisTurn } = await endThread(cases, found.key, found.thread, clock());
    if (!byThisTurn) return void (await context.sendActivity(state.temp.t('case.ended')));
    await sendCard(context, await finishCase(context, state, found.key, ended, found.mentor, found.study, cases, deps));
  };

  /**
   * Reveal next posts the next stage (or the summary) at the bottom of the thread, where the team
   * reads on, and leaves the pressed card showing its own stage where it was discussed. Returns the
   * pressed card as it should now read.
   */
  const revealNext = async (context: TurnContext, state: HaliTurnState, data: { caseId?: unknown; stage?: unknown } | undefined): Promise<CardJson> => {
    const { t } = state.temp;
    const pressed = stageOf(data?.stage);
    const found = await activeCase(context, data?.caseId);
    if (!found || pressed === undefined) {
      log.warn('case.reveal_refused', { activityId: context.activity.id, reason: found ? 'bad_stage' : 'no_active_case' });
      return renderNotice(state.temp, '', t('case.notActive'));
    }
    const { key, mentor, study } = found;
    // The pressed card keeps its own stage; a forged press from the future shows the current one.
    const shown = Math.min(pressed, found.thread.stage);
    let advanced = false;
    const thread = pressed !== found.thread.stage ? found.thread : await cases.updateThread(key, (latest) => {
      const outcome = reveal(latest && runOf(latest) === runOf(found.thread) ? latest : found.thread, pressed, clock());
      advanced = outcome.advanced;
      return outcome.thread;
    });
    if (!advanced) {
      if (thread.finishedAt) return renderNotice(state.temp, '', t('case.ended'));
      return renderCaseStage(state.temp, mentor, study, shown, t('case.stale', { number: thread.stage + 1 }));
    }
    if (thread.finishedAt) {
      await sendCard(context, await finishCase(context, state, key, thread, mentor, study, cases, deps));
      return renderCaseStage(state.temp, mentor, study, shown, t('case.summaryBelow'));
    }
    try {
      await sendCard(context, renderCaseStage(state.temp, mentor, study, thread.stage));
    } catch (error) {
      // Teams refused the new stage (or had no time for it): nobody can read it, so the case stays on the stage the team reads,
      // and the pressed card says so; Reveal next on it posts the stage again.
      await cases.updateThread(key, (latest) => (latest ? unreveal(latest, thread, clock()) : thread));
      log.warn('case.stage_not_posted', { activityId: context.activity.id, caseId: study.id, stage: thread.stage + 1, status: (error as { statusCode?: number }).statusCode ?? null });
      return renderCaseStage(state.temp, mentor, study, shown, t('case.notPosted', { number: thread.stage + 1 }));
    }
    log.info('case.revealed', { activityId: context.activity.id, caseId: study.id, stage: thread.stage + 1 });
    return renderCaseStage(state.temp, mentor, study, shown, t('case.nextBelow', { number: thread.stage + 1 }));
  };
  app.adaptiveCards.actionExecute<{ caseId?: unknown; stage?: unknown }>(Verbs.caseReveal, revealNext);
  // Without universal actions the pressed card cannot change: only the new stage is posted (or the refusal).
  app.adaptiveCards.actionSubmit<{ caseId?: unknown; stage?: unknown }>(Verbs.caseReveal, async (context, state, data) => {
    const card = await revealNext(context, state, data);
    if (!context.responded) await sendCard(context, card);
  });

  type Found = NonNullable<Awaited<ReturnType<typeof activeCase>>>;
  const postHint = async (context: TurnContext, state: HaliTurnState, found: Found) => {
    await cases.updateThread(found.key, (latest) => (isActive(latest) ? recordHint(latest, clock()) : latest ?? found.thread));
    const text = hintText(found.study.stages[found.thread.stage], state.temp.language, state.temp.t);
    await sendCard(context, renderCaseReply(state.temp, found.mentor, text, false));
  };
  // A thanks or an "ok" is not scored as a weak answer: the facilitator hands back to the team with the stage's question.
  const postThanks = async (context: TurnContext, state: HaliTurnState, found: Found) => {
    const stage = found.study.stages[found.thread.stage];
    const text = state.temp.t('case.thanks', { question: stage.questions[state.temp.language][0] });
    await sendCard(context, renderCaseReply(state.temp, found.mentor, text, false));
  };
  const postSummary = async (context: TurnContext, state: HaliTurnState, found: Found) => {
    const people = await cases.participants(found.key, runOf(found.thread));
    await sendCard(context, renderCaseSummary(state.temp, found.mentor, found.study, found.thread, people.map((p) => ({ name: p.name })), false));
  };

  app.adaptiveCards.actionSubmit<{ caseId?: unknown }>(Verbs.caseHint, async (context, state, data) => {
    const found = await activeCase(context, data?.caseId);
    if (!found) return void (await context.sendActivity(state.temp.t('case.notActive')));
    await postHint(context, state, found);
  });

  app.adaptiveCards.actionSubmit<{ caseId?: unknown }>(Verbs.caseSummary, async (context, state, data) => {
    const found = await activeCase(context, data?.caseId);
    if (!found) return void (await context.sendActivity(state.temp.t('case.notActive')));
    await postSummary(context, state, found);
  });
}
