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

  for (const { kind, verb, prompt } of FOLLOW_UPS) {
    app.adaptiveCards.actionSubmit<FollowUpData>(verb, async (context, state, data) => {
      const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
      const explainer = mentor?.explainers.find((e) => e.id === data?.explainerId);
      if (!mentor || !explainer) return refuse(context, state, verb);
      // A button press carries no words: the follow-up is in the language its answer was in, unless the learner chose one.
      answerIn(state, isLanguage(data?.language) ? data.language : undefined);
      // A card from an offline answer names no answer: its follow-ups are authored ones.
      const promptName = mentor.prompts[prompt];
      const hasRef = data?.answerRef !== undefined && data.answerRef !== '';
      if (deps.model.offline || !promptName || !hasRef) return sendAuthoredFollowUp(context, state, kind, mentor, explainer);
      const answer = followedAnswer(state, data.answerRef, mentor.id, explainer.id);
      if (!answer) return refuse(context, state, verb);
      await followUpWithModel(context, state, { kind, answer, explainer }, mentor, promptName);
    });
  }

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
