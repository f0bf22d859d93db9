import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import { renderNotice, renderQuizQuestion, renderQuizResult } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { findItem, nextQuizItem, type QuizPick } from '../learning/quiz';
import { scheduleReview } from '../learning/review';
import { describeDay } from '../i18n/dates';
import { recordLearningDay } from '../learning/streak';
import { goalJustMet, learnTowardsGoal } from '../learning/daily-goal';
import type { Mentor } from '../mentors/types';
import { changeLearner, type HaliTurnState } from '../state';
import { CONFIDENCES, type Confidence } from '../learning/learner';
import { onCardAction, sendCard } from './reply';
import { QUIZ } from '../i18n/commands';

/** Records `pick` as the learner's pending question, with a new one-time code, and renders it. */
export function issueQuestion(state: HaliTurnState, pick: QuizPick, now: Date, extras: { notice?: string; skip?: boolean } = {}) {
  const nonce = randomUUID();
  const pending = { itemId: pick.item.id, mentorId: pick.mentor.id, nonce, issuedAt: now.toISOString() };
  changeLearner(state, (l) => ({ ...l, pendingQuiz: pending }));
  const topic = pick.mentor.lessons.find((l) => l.id === pick.item.lessonId)?.topic ?? pick.mentor.topics[0];
  return renderQuizQuestion(state.temp, pick.mentor, pick.item, { nonce, reason: pick.reason, topic, ...extras });
}

/**
 * Quiz questions: issued one at a time with a one-time code, answered with Action.Execute so the same
 * card turns into the result, and scheduled for review by FSRS.
 */
export function registerQuiz(app: Application<HaliTurnState>, { faculty, stores, clock, log }: AppDeps): void {
  const current = (state: HaliTurnState, name?: string) => faculty.forLearner(state.temp.learner.currentMentor, name);

  const sendNext = async (context: TurnContext, state: HaliTurnState, mentor: Mentor, lessonId?: string) => {
    const pick = nextQuizItem(faculty.mentors, mentor, state.temp.learner, clock(), lessonId);
    if (!pick) await context.sendActivity(state.temp.t('quiz.none'));
    else await sendCard(context, issueQuestion(state, pick, clock()));
  };

  app.message(QUIZ, async (context, state) => {
    const named = QUIZ.exec((context.activity.text ?? '').trim())?.[1];
    await sendNext(context, state, current(state, named));
  });

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; lessonId?: unknown }>(Verbs.quizStart, async (context, state, data) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    const lessonId = typeof data?.lessonId === 'string' && mentor?.lessons.some((l) => l.id === data.lessonId) ? data.lessonId : undefined;
    await sendNext(context, state, mentor ?? current(state), lessonId);
  });

  onCardAction<{ itemId?: unknown; optionId?: unknown; nonce?: unknown; confidence?: unknown }>(app, Verbs.quizAnswer, async (context, state, data) => {
    const { t, learner } = state.temp;
    const now = clock();
    const timeZone = learner.preferences.timeZone;
    const found = typeof data?.itemId === 'string' ? findItem(faculty.mentors, data.itemId) : undefined;
    const option = found?.item.options.find((o) => o.id === data?.optionId);
    const replay = learner.lastAnswer;
    // A double click or a replay of the answer just given: show the same result, count nothing again.
    if (found && replay && replay.nonce === data?.nonce && replay.itemId === found.item.id) {
      return renderQuizResult(state.temp, found.mentor, found.item, { ...replay, nextReview: describeDay(learner.reviews[found.item.id]?.due, state.temp.language, timeZone) });
    }
    const pending = learner.pendingQuiz;
    if (!found || !option || !pending || pending.nonce !== data?.nonce || pending.itemId !== found.item.id) {
      log.warn('quiz.answer_refused', { activityId: context.activity.id, reason: !found || !option ? 'unknown_item' : 'not_issued' });
      return renderNotice(state.temp, '', t('quiz.notIssued'));
    }
    const confidence = CONFIDENCES.includes(data?.confidence as Confidence) ? (data!.confidence as Confidence) : undefined;
    const correct = option.correct;
    const itemId = found.item.id;
    const nonce = pending.nonce;
    const before = state.temp.learner;
    // Re-applied to the latest record if another turn wrote first: only the answer to the pending question counts.
    changeLearner(state, (l) => {
      if (l.pendingQuiz?.nonce !== nonce) return l;
      const tally = l.calibration?.[confidence ?? 'unstated'] ?? { answered: 0, correct: 0 };
      return {
        ...learnTowardsGoal('question', now)(l),
        pendingQuiz: undefined,
        lastAnswer: { nonce, itemId, mentorId: found.mentor.id, optionId: option.id, correct, ...(confidence ? { confidence } : {}) },
        reviews: { ...l.reviews, [itemId]: scheduleReview(l.reviews[itemId], correct, confidence, now) },
        calibration: { ...l.calibration, [confidence ?? 'unstated']: { answered: tally.answered + 1, correct: tally.correct + (correct ? 1 : 0) } },
        streak: recordLearningDay(l.streak, now, l.preferences.timeZone),
      };
    });
    stores.events.append(learner.id, { type: 'quiz.answered', at: now.toISOString(), mentorId: found.mentor.id, itemId, correct, confidence: confidence ?? null }, `quiz:${nonce}`);
    const review = state.temp.learner.reviews[itemId];
    const goalMet = goalJustMet(before, state.temp.learner) ? state.temp.t('goal.met.questions') : undefined;
    return renderQuizResult(state.temp, found.mentor, found.item, { optionId: option.id, correct, confidence, nonce, nextReview: describeDay(review?.due, state.temp.language, timeZone), goalMet });
  });

  // The next question comes as a new card under the feedback, which stays where the learner read it.
  const nextQuestion = (context: TurnContext, state: HaliTurnState, data: { mentorId?: unknown } | undefined) =>
    sendNext(context, state, (typeof data?.mentorId === 'string' && faculty.get(data.mentorId)) || current(state));
  app.adaptiveCards.actionSubmit<{ mentorId?: unknown }>(Verbs.quizNext, nextQuestion);
  // A result card sent before this change presses Next as Action.Execute: it keeps its feedback too.
  app.adaptiveCards.actionExecute<{ mentorId?: unknown }>(Verbs.quizNext, async (context, state, data) => {
    const { learner } = state.temp;
    const last = learner.lastAnswer;
    const found = last ? findItem(faculty.mentors, last.itemId) : undefined;
    await nextQuestion(context, state, data);
    if (!found || !last) return renderNotice(state.temp, '', state.temp.t('quiz.next.sent'));
    return renderQuizResult(state.temp, found.mentor, found.item, { ...last, nextReview: describeDay(learner.reviews[found.item.id]?.due, state.temp.language, learner.preferences.timeZone) });
  });
}
