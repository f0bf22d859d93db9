import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { AI, type Application, type PredictedSayCommand } from '@microsoft/teams-ai';
import { renderAnswer } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { recordEvent, type HaliTurnState } from '../state';
import { authoredIn, fellBackIn, modelTurnOf, promptOf } from '../models/turn';
import { translator } from '../i18n';
import type { Grounding } from '../models/offline';
import type { Mentor } from '../mentors/types';
import { AnswerStream } from './answer-stream';
import { sendAuthoredFollowUp } from './follow-up-authored';
import { rememberAnswer } from './followed-answers';
import { readInstructionAttempt } from '../safety/overrides';
import { answerInQuestionLanguage, chooseMentor, groundTurn, readableQuestion, recordTurn } from './mentor-steps';
import { modelAnswerRunner } from './model-answer';
import { repeatsInstructions } from '../safety/prompt-leak';
import { redact } from '../safety/redact';
import { keepRatedAnswer, RecentAnswers } from './rated-answers';
import { sendCardWithId } from './reply';

export { MAX_QUESTION_LENGTH } from './mentor-steps';

/** The AI-generated content label Teams shows on a message. */
const AI_LABEL = {
  type: 'https://schema.org/Message',
  '@type': 'Message',
  '@context': 'https://schema.org',
  '@id': '',
  additionalType: ['AIGeneratedContent'],
};

/**
 * What to offer when the mentor has no answer: the questions its faculty does answer that are nearest to
 * what was asked ("did you mean…"), or, when none is near, the mentor's first questions.
 */
function suggestionsFor(state: HaliTurnState, mentor: Mentor): { nearest: boolean; questions: { question: string; mentorId: string }[] } {
  const { language } = state.temp;
  const near = state.temp.offers ?? [];
  if (near.length > 0) return { nearest: true, questions: near.map((n) => ({ question: n.question[language], mentorId: n.mentorId })) };
  return { nearest: false, questions: mentor.explainers.slice(0, 3).map((e) => ({ question: e.question[language], mentorId: mentor.id })) };
}

/**
 * What the answer's follow-ups ("more simply", "an example", "read next") build on: the explainer it
 * cites first (a model's answer: else the first it was given) and, with a model, a reference to the answer, kept in the conversation for the follow-up
 * prompt. A follow-up's own answer offers them again, on the answer it followed.
 */
function followUpsOn(state: HaliTurnState, mentor: Mentor, content: string, cited: readonly Grounding['passages'][number][], deps: AppDeps): { explainerId?: string; answerRef?: string } {
  const followUp = state.temp.followUp;
  if (followUp) return { explainerId: followUp.explainer.id, answerRef: followUp.answer.ref };
  const explainerOf = (p: Grounding['passages'][number]) => p.from?.kind === 'explainer' && p.from.mentorId === mentor.id;
  // A model's answer that cites only a lesson still offers follow-ups, on the explainer it was also given.
  const given = deps.model.offline ? [] : (state.temp.grounding?.passages ?? []);
  const explainerId = (cited.find(explainerOf) ?? given.find(explainerOf))?.from?.id;
  if (!explainerId || deps.model.offline) return { explainerId };
  const { language, input } = state.temp;
  return { explainerId, answerRef: rememberAnswer(state, { mentorId: mentor.id, language, question: input ?? '', answer: content, explainerId }) };
}

/** The note (closing a stream the learner already sees) and then the follow-up from the mentor's authored content. */
async function authoredFollowUpInstead(context: TurnContext, state: HaliTurnState, mentor: Mentor, note: string): Promise<void> {
  const sink = modelTurnOf(state)?.sink;
  const say = async () => {
    await context.sendActivity(note);
  };
  if (sink instanceof AnswerStream) await sink.finish({ text: note }, say);
  else await say();
  await sendAuthoredFollowUp(context, state, state.temp.followUp!.kind, mentor, state.temp.followUp!.explainer);
}

/**
 * Free-text questions (and the "ask" card button) go to one mentor of the faculty, which answers
 * through the Teams AI planner with the retrieved content as its grounding.
 */
export function registerMentor(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, clock } = deps;
  const recent = new RecentAnswers(clock);
  const runner = modelAnswerRunner(app, deps);

  const ask = async (context: TurnContext, state: HaliTurnState, raw: unknown, from: 'message' | 'card', namedMentor?: unknown): Promise<void> => {
    const question = await readableQuestion(context, state, raw, from);
    if (!question) return;
    answerInQuestionLanguage(state, question);
    // An attempt to change how the mentor works is refused in so many words; what else the message asks is answered.
    const attempt = readInstructionAttempt(question);
    if (attempt) {
      deps.log.info('safety.instruction_attempt', { activityId: context.activity.id, restAsked: attempt.rest.length > 0 });
      await context.sendActivity(state.temp.t(attempt.rest ? 'safety.instructionAttempt' : 'safety.instructionAttemptOnly'));
      if (!attempt.rest) return;
    }
    const { asked, mentor, passages } = await chooseMentor(context, state, attempt?.rest ?? question, namedMentor, deps);
    groundTurn(state, asked, mentor, passages, deps);
    const today = await runner.run(context, state, mentor, passages.length);
    await recordTurn(context, state, today, mentor, passages, deps, asked);
  };

  app.adaptiveCards.actionSubmit<{ question?: unknown; mentorId?: unknown }>(Verbs.ask, (context, state, data) => ask(context, state, data?.question, 'card', data?.mentorId));
  app.activity(ActivityTypes.Message, (context, state) => ask(context, state, context.activity.text, 'message'));

  // The planner's SAY command becomes the mentor's answer card, naming the sources of the passages it cites.
  app.ai.action<PredictedSayCommand>(AI.SayCommandActionName, async (context, state, data) => {
    const mentor = faculty.get(state.temp.mentorId ?? '') ?? faculty.defaultMentor;
    // A follow-up the model could not write is answered from the mentor's authored content, with the answer path's note.
    const fellBack = fellBackIn(state);
    if (state.temp.followUp && fellBack) {
      await authoredFollowUpInstead(context, state, mentor, state.temp.t(fellBack));
      return '';
    }
    // The note on an answer from the checked content ("The AI service could not answer just now…") is said to the learner, not
    // by the model: the history the model reads next turn keeps the answer without it (outside testing: a model copied it).
    if (fellBack) withoutNote(state, `conversation.${promptOf(state) ?? mentor.prompts.answer}_history`, [translator('en')(fellBack), translator('cy')(fellBack)]);
    // Model output is untrusted: an answer that repeats the mentor's instructions is not shown.
    const raw = data.response.content ?? '';
    const leaks = repeatsInstructions(raw, mentor.promptLines);
    if (leaks) deps.log.warn('model.output_refused', { activityId: context.activity.id, reason: 'prompt_leak' });
    const content = leaks ? state.temp.t('safety.promptLeak') : raw;
    const passages = state.temp.grounding?.passages ?? [];
    const numbers = [...new Set([...content.matchAll(/\[(\d{1,2})\]/g)].map((m) => Number(m[1])))].filter((n) => n >= 1 && n <= passages.length);
    // An answer that cites nothing was still grounded in what it was given: show all of it.
    const cited = leaks ? [] : (numbers.length > 0 ? numbers : passages.map((_, i) => i + 1)).map((number) => ({ number, sources: passages[number - 1].sources }));
    // Authored content is not AI-generated: it keeps its citations but not the AI label.
    const authored = authoredIn(state);
    const { additionalType, ...citationsOnly } = AI_LABEL;
    const label = {
      ...(authored ? citationsOnly : { ...citationsOnly, additionalType }),
      citation: cited.map(({ number }) => ({
        '@type': 'Claim',
        position: number,
        appearance: { '@type': 'DigitalDocument', name: passages[number - 1].sources[0]?.title ?? mentor.name, url: passages[number - 1].sources[0]?.url, abstract: passages[number - 1].answer.slice(0, 157) + (passages[number - 1].answer.length > 157 ? '...' : '') },
      })),
    };
    // Teams shows thumbs up/down on the answer; the reaction comes back as a feedback invoke.
    const channelData = context.activity.channelId === 'msteams' ? { feedbackLoopEnabled: true } : undefined;
    const followUp = state.temp.followUp;
    const { explainerId, answerRef } = leaks || authored === 'abstained' ? {} : followUpsOn(state, mentor, content, cited.map(({ number }) => passages[number - 1]), deps);
    if (explainerId) state.conversation.followable = { mentorId: mentor.id, explainerId, ...(answerRef ? { answerRef } : {}), language: state.temp.language };
    else delete state.conversation.followable;
    const answerOf = (text: string | undefined) =>
      renderAnswer(state.temp, mentor, text, cited, {
        authored,
        suggestions: authored === 'abstained' ? suggestionsFor(state, mentor) : undefined,
        explainerId,
        answerRef,
        simplified: passages[0]?.simplified === true,
      });
    let answerId: string | undefined;
    const whole = async () => {
      answerId = await sendCardWithId(context, answerOf(content), { entities: [label], channelData });
    };
    const sink = modelTurnOf(state)?.sink;
    const stream = sink instanceof AnswerStream ? sink : undefined;
    if (!stream) await whole();
    // The streamed text becomes the message; the card under it names who answered and the sources.
    else await stream.finish({ text: stream.finalText(content), attachments: [CardFactory.adaptiveCard(answerOf(undefined))], entities: [label], channelData }, whole);
    answerId ??= stream?.id;
    if (answerId && !leaks) {
      const sources = cited.flatMap((c) => c.sources).map((s) => ({ title: s.title, url: s.url }));
      const question = followUp ? `${followUp.answer.question}\n(${state.temp.input ?? ''})` : (state.temp.input ?? '');
      recent.remember(context.activity.conversation.id, answerId, { mentorId: mentor.id, language: state.temp.language, question, answer: content, sources });
    }
    return '';
  });

  // Feedback on an answer is a learning event; any comment is redacted before it is stored.
  app.feedbackLoop(async (context, state, feedback) => {
    let comment = '';
    try {
      const parsed = typeof feedback.actionValue.feedback === 'string' ? JSON.parse(feedback.actionValue.feedback) : feedback.actionValue.feedback;
      comment = typeof parsed?.feedbackText === 'string' ? parsed.feedbackText : '';
    } catch {
      comment = typeof feedback.actionValue.feedback === 'string' ? feedback.actionValue.feedback : '';
    }
    // Teams sends "like" or "dislike"; anything else is no rating and keeps nothing.
    const reaction = feedback.actionValue.reaction;
    if (reaction !== 'like' && reaction !== 'dislike') return;
    // Redacted whole, then cut: an identifier across the cut would leave a fragment the redactor cannot recognise.
    const redacted = redact(comment).text.slice(0, 500);
    recordEvent(state, state.temp.learner.id, { type: 'answer.feedback', at: clock().toISOString(), reaction, comment: redacted, replyToId: feedback.replyToId ?? null });
    // An unhelpful answer is kept, without the learner's identity, for educators to triage.
    const answer = recent.take(context.activity.conversation.id, feedback.replyToId);
    if (reaction === 'dislike') await keepRatedAnswer(answer, redacted, deps);
  });
}

/** The last assistant message of a prompt's history without a fallback note at its start. */
function withoutNote(state: HaliTurnState, key: string, notes: readonly string[]): void {
  const history = state.getValue(key) as { role: string; content?: unknown }[] | undefined;
  const last = history?.at(-1);
  if (!history || last?.role !== 'assistant' || typeof last.content !== 'string') return;
  const note = notes.find((n) => (last.content as string).startsWith(n));
  if (note) state.setValue(key, [...history.slice(0, -1), { ...last, content: last.content.slice(note.length).trimStart() }]);
}
