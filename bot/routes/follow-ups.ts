import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { isLanguage } from '../i18n';
import { relatedExplainers, relatedLessons } from '../mentors/follow-ups';
import type { Explainer, Mentor } from '../mentors/types';
import { answerIn, type FollowedAnswer, type FollowUpKind, type HaliTurnState } from '../state';
import { sendAuthoredFollowUp } from './follow-up-authored';
import { followedAnswer } from './followed-answers';
import { chargeTokens, groundTurn } from './mentor-steps';
import { isShared } from './case-context';
import { followUpTyped, repeatTyped } from '../i18n/follow-up-phrasing';
import { modelAnswerRunner } from './model-answer';

type FollowUpData = { mentorId?: unknown; explainerId?: unknown; answerRef?: unknown; language?: unknown };

/** Each follow-up's prompt folder (mentors/<id>/prompts/<name>), and its verb. */
const FOLLOW_UPS: readonly { kind: FollowUpKind; verb: string; prompt: string }[] = [
  { kind: 'simpler', verb: Verbs.followUpSimpler, prompt: 'follow-up-simpler' },
  { kind: 'example', verb: Verbs.followUpExample, prompt: 'follow-up-example' },
  { kind: 'readNext', verb: Verbs.followUpReadNext, prompt: 'follow-up-read-next' },
];

/**
 * "Explain more simply", "An example from my role" and "What should I read next" on a mentor's answer.
 * With a language model, a follow-up on a model's answer runs the mentor's follow-up prompt with the
 * earlier question and answer, through the same planner and SAY step as answers (escaping, the leak
 * check, moderation, label, citations, feedback, token budget); offline, and on the model's failure,
 * it answers from the mentor's authored content.
 */
export function registerFollowUps(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, log } = deps;
  const runner = modelAnswerRunner(app, deps);

  const refuse = async (context: TurnContext, state: HaliTurnState, verb: string) => {
    log.warn('card.invalid_data', { activityId: context.activity.id, verb });
    await context.sendActivity(state.temp.t('followUp.unknown'));
  };

  /** A follow-up on the answer `data` names, in `language` unless the learner chose one. */
  const followUp = async (context: TurnContext, state: HaliTurnState, { kind, verb, prompt }: (typeof FOLLOW_UPS)[number], data: FollowUpData | undefined, language: unknown) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    const explainer = mentor?.explainers.find((e) => e.id === data?.explainerId);
    if (!mentor || !explainer) return refuse(context, state, verb);
    answerIn(state, isLanguage(language) ? language : undefined);
    // A card from an offline answer names no answer: its follow-ups are authored ones.
    const promptName = mentor.prompts[prompt];
    const hasRef = data?.answerRef !== undefined && data.answerRef !== '';
    if (deps.model.offline || !promptName || !hasRef) return sendAuthoredFollowUp(context, state, kind, mentor, explainer);
    const answer = followedAnswer(state, data.answerRef, mentor.id, explainer.id);
    if (!answer) return refuse(context, state, verb);
    await followUpWithModel(context, state, { kind, answer, explainer }, mentor, promptName);
  };

  for (const each of FOLLOW_UPS) {
    // A button press carries no words: the follow-up is in the language its answer was in, unless the learner chose one.
    app.adaptiveCards.actionSubmit<FollowUpData>(each.verb, (context, state, data) => followUp(context, state, each, data, data?.language));
  }

  // Typed ("explain that more simply", "give me an example", "dw i ddim yn deall", "be ddylwn i ddarllen nesa"): on the last answer
  // in this conversation, in the language the words are in. With no answer yet, how to get one. Personal chat only: in a group
  // chat or channel the talk is the team's.
  app.message(
    async (context) => !isShared(context) && followUpTyped(context.activity.text ?? '') !== undefined,
    async (context, state) => {
      const typed = followUpTyped(context.activity.text ?? '')!;
      const each = FOLLOW_UPS.find((f) => f.kind === typed.kind)!;
      const last = state.conversation.followable;
      if (!last) {
        answerIn(state, typed.language);
        // "too hard" / "I don't get it" with a lesson card open and no answer yet: how to get this lesson explained.
        const lessonOpen = state.temp.learner.openLesson !== undefined && typed.kind === 'simpler';
        return void (await context.sendActivity(state.temp.t(lessonOpen ? 'followUp.lessonOpen' : 'followUp.nothingYet')));
      }
      await followUp(context, state, each, last, typed.language);
    },
  );

  // "say that again", "repeat that", "ailadrodd hynna": the last answer in this conversation once more, with its sources, in the
  // language it was given in (unless the learner chose one): a model's answer as it was written, an authored one from the content.
  app.message(
    async (context) => !isShared(context) && repeatTyped(context.activity.text ?? '') !== undefined,
    async (context, state) => {
      const last = state.conversation.followable;
      const mentor = last ? faculty.get(last.mentorId) : undefined;
      const explainer = mentor?.explainers.find((e) => e.id === last?.explainerId);
      if (!last || !mentor || !explainer) {
        answerIn(state, repeatTyped(context.activity.text ?? ''));
        return void (await context.sendActivity(state.temp.t('followUp.nothingYet')));
      }
      answerIn(state, last.language);
      const { t, language } = state.temp;
      const written = last.answerRef ? followedAnswer(state, last.answerRef, mentor.id, explainer.id) : undefined;
      const body = written && written.language === language ? written.answer : explainer.answer[language];
      const sources = explainer.sources.map((s) => `- [${s.title}](${s.url})`).join('\n');
      await context.sendActivity(`**${t('followUp.repeatTitle')}**\n\n${body}\n\n${t('answer.sources')}\n${sources}`);
    },
  );

  /** The follow-up prompt sees the earlier exchange as chat messages, never inside its instructions. */
  const followUpWithModel = async (context: TurnContext, state: HaliTurnState, followUp: { kind: FollowUpKind; answer: FollowedAnswer; explainer: Explainer }, mentor: Mentor, promptName: string) => {
    // The follow-up is in the answer's language (the question's), unless the learner chose one.
    answerIn(state, followUp.answer.language);
    const { passages } = faculty.choose(followUp.answer.question, { named: mentor });
    groundTurn(state, state.temp.t(`followUp.${followUp.kind}`), mentor, passages, deps);
    state.temp.followUp = followUp;
    state.temp.readingList = readingList(state, mentor, followUp.explainer);
    const history = `conversation.${promptName}_history`;
    state.setValue(history, [
      { role: 'user', content: followUp.answer.question },
      { role: 'assistant', content: followUp.answer.answer },
    ]);
    try {
      const today = await runner.run(context, state, mentor, passages.length, promptName);
      chargeTokens(state, today);
    } finally {
      // The exchange is already kept with the answer; the follow-up prompt keeps no history of its own.
      state.deleteValue(history);
    }
  };
}

/** The mentor's lessons (for the learner's role first) and questions on the explainer's topic, the only ones a follow-up may recommend. */
function readingList(state: HaliTurnState, mentor: Mentor, explainer: Explainer): string {
  const { t, language, learner } = state.temp;
  const lessons = relatedLessons(mentor, explainer, learner.profile.role).slice(0, 3).map((l) => `- ${t('followUp.lessons')}: ${l.title[language]}`);
  const questions = relatedExplainers(mentor, explainer).map((e) => `- ${t('followUp.explainers')}: ${e.question[language]}`);
  return [...lessons, ...questions].join('\n') || '(none)';
}
