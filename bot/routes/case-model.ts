import type { TurnContext } from 'botbuilder';
import { AI, GPTTokenizer, type Moderator, type Plan, type PredictedSayCommand, type PromptManager } from '@microsoft/teams-ai';
import type { Facilitation } from '../cases/feedback';
import { boundText, type CaseParticipant } from '../cases/participant';
import type { CaseThread } from '../cases/thread';
import type { AppDeps } from '../deps';
import type { MessageKey } from '../i18n';
import type { CaseStudy, Mentor } from '../mentors/types';
import { repeatsInstructions } from '../safety/prompt-leak';
import type { HaliTurnState } from '../state';
import { applyTokenBudget, chargeTokens } from './mentor-steps';

/** Earlier contributions the model sees, and how much of each. */
const DISCUSSION_ITEMS = 6;
const DISCUSSION_CHARS = 300;
/** Longest model reply shown; the prompt asks for 90 words, and a model that rambles is cut short. */
const MAX_REPLY_CHARS = 1200;

const LANGUAGE_NAMES = { en: 'English', cy: 'Welsh (Cymraeg)' } as const;
const tokenizer = new GPTTokenizer();

/** The prompt variables for the case-facilitate prompt: the stage, the concepts, the discussion, the sources. */
function groundCase(state: HaliTurnState, study: CaseStudy, thread: CaseThread, offline: Facilitation, discussion: readonly CaseParticipant[], question: string): void {
  const { language } = state.temp;
  const stage = study.stages[thread.stage];
  const covered = new Set([...(thread.covered[thread.stage] ?? []), ...offline.matched.map((c) => c.id)]);
  const labels = (ids: (c: { id: string }) => boolean) => stage.concepts.filter(ids).map((c) => c.label[language]).join('; ') || 'none';
  const recent = discussion
    .flatMap((p) => p.contributions.filter((c) => c.stage === thread.stage))
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-DISCUSSION_ITEMS - 1, -1);
  Object.assign(state.temp, {
    input: question,
    languageName: LANGUAGE_NAMES[language],
    caseTitle: study.title[language],
    stageTitle: stage.title[language],
    stageReveal: stage.reveal[language],
    stageQuestions: stage.questions[language].join(' '),
    stageConcepts: labels(() => true),
    conceptsCovered: labels((c) => covered.has(c.id)),
    conceptsMatched: offline.matched.map((c) => c.label[language]).join('; ') || 'none',
    stageModelAnswer: stage.modelAnswer[language],
    caseDiscussion: recent.map((c) => `- ${c.text.slice(0, DISCUSSION_CHARS)}`).join('\n') || '(none yet)',
    sources: study.sources.map((s, i) => `[${i + 1}] ${s.title} (${s.url})`).join('\n'),
    // What the offline mentor says if the model fails: the authored facilitation, not a search result.
    grounding: { language, passages: [], noAnswer: offline.reply },
  });
}

/** What a moderation plan means for the reply: nothing (undefined), or the polite refusal to send instead. */
function moderated(plan: Plan | undefined): MessageKey | undefined {
  const action = plan?.commands.find((c) => c.type === 'DO') as { action?: string } | undefined;
  if (action?.action === AI.FlaggedInputActionName) return 'safety.flaggedInput';
  if (action?.action === AI.FlaggedOutputActionName) return 'safety.flaggedOutput';
  if (action?.action === AI.HttpErrorActionName) return 'safety.checkFailed';
  return undefined;
}

/**
 * Gwen's reply written by the language model with the case-facilitate prompt, grounded in the
 * stage. The model falls back to the authored reply by itself on error, 429 or timeout; an answer
 * that repeats the prompt's instructions is replaced by the authored reply.
 */
export async function modelReply(
  context: TurnContext,
  state: HaliTurnState,
  prompts: PromptManager,
  facilitator: { mentor: Mentor; study: CaseStudy; thread: CaseThread; offline: Facilitation; discussion: readonly CaseParticipant[]; question: string },
  deps: AppDeps,
  moderator?: Moderator<HaliTurnState>,
): Promise<{ text: string; byModel: boolean }> {
  const { mentor, study, thread, offline, discussion, question } = facilitator;
  const promptName = mentor.prompts['case-facilitate'];
  if (deps.model.offline || !promptName) return { text: offline.reply, byModel: false };
  groundCase(state, study, thread, offline, discussion, question);
  // Moderation (when configured) checks what goes to the model and what comes back, failing closed.
  const refusedInput = moderator && moderated(await moderator.reviewInput(context, state));
  if (refusedInput) return { text: state.temp.t(refusedInput), byModel: false };
  const today = applyTokenBudget(state, deps);
  const template = await prompts.getPrompt(promptName);
  const result = await deps.model.completePrompt(context, state, prompts, tokenizer, template);
  const tokens = chargeTokens(state, today);
  const text = boundText(result.message?.content ?? '', MAX_REPLY_CHARS);
  if (!text || repeatsInstructions(text, mentor.promptLines)) {
    if (text) deps.log.warn('model.output_refused', { activityId: context.activity.id, reason: 'prompt_leak' });
    return { text: offline.reply, byModel: false };
  }
  const say: PredictedSayCommand = { type: 'SAY', response: { role: 'assistant', content: text } };
  const refusedOutput = moderator && tokens > 0 && moderated(await moderator.reviewOutput(context, state, { type: 'plan', commands: [say] }));
  if (refusedOutput) return { text: state.temp.t(refusedOutput), byModel: false };
  return { text, byModel: tokens > 0 };
}
