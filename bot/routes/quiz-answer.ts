import type { TurnContext } from 'botbuilder';
import { renderNotice, renderQuizResult, type CardJson } from '../../cards/render';
import type { AppDeps } from '../deps';
import { answerContribution, probeContribution } from '../analytics/record';
import { topicOfItem } from '../analytics/views';
import { ColleagueAnswers } from '../analytics/colleagues';
import { findItem } from '../learning/quiz';
import { scheduleReview } from '../learning/review';
import { describeDay } from '../i18n/dates';
import { localDate, recordLearningDay } from '../learning/streak';
import { goalJustMet, learnTowardsGoal, streakShown } from '../learning/daily-goal';
import type { Mentor, QuizItem } from '../mentors/types';
import { recordEvent, type HaliTurnState } from '../state';
import { countInCohort } from './count';
import { CONFIDENCES, type Confidence, type Learner } from '../learning/learner';

/** What an answer button sends: the question, the option chosen, the question's one-time code and how sure the learner was. */
export interface AnswerData {
  itemId?: unknown;
  optionId?: unknown;
  nonce?: unknown;
  confidence?: unknown;
}

/**
 * Answers the learner's open question (the card's letter button, or the letter typed: carry-on.ts): only an answer carrying the
 * one-time code of the question issued counts, once; a double click shows the same result. Returns the result card.
 */
export function questionAnswerer(deps: AppDeps) {
  const { faculty, clock, log } = deps;
  const colleagues = new ColleagueAnswers(deps.stores.aggregates, clock, deps.config.analytics.minCohort);
  /** How staff in the learner's role answered the item (first answers), when enough of them have. */
  const colleagueShares = (state: HaliTurnState, mentor: Mentor, item: QuizItem) =>
    colleagues.shares(mentor.id, item.id, item.options.map((o) => o.id), state.temp.learner.profile.role);
  return async function answerQuestion(context: TurnContext, state: HaliTurnState, data: AnswerData | undefined): Promise<CardJson> {
    const { t, learner } = state.temp;
    const now = clock();
    const found = typeof data?.itemId === 'string' ? findItem(faculty.mentors, data.itemId) : undefined;
    const option = found?.item.options.find((o) => o.id === data?.optionId);
    const replay = learner.lastAnswer;
    // A double click or a replay of the answer just given: show the same result, count nothing again.
    if (found && replay && replay.nonce === data?.nonce && replay.itemId === found.item.id) {
      const shares = await colleagueShares(state, found.mentor, found.item);
      return renderQuizResult(state.temp, found.mentor, found.item, { ...replay, nextReview: reviewWhen(state, learner.reviews[found.item.id]?.due, clock()), colleagues: shares });
    }
    const pending = learner.pendingQuiz;
    if (!found || !option || !pending || pending.nonce !== data?.nonce || pending.itemId !== found.item.id) {
      log.warn('quiz.answer_refused', { activityId: context.activity.id, reason: !found || !option ? 'unknown_item' : 'not_issued' });
      return renderNotice(state.temp, '', t('quiz.notIssued'));
    }
    const confidence = CONFIDENCES.includes(data?.confidence as Confidence) ? (data!.confidence as Confidence) : undefined;
    const before = state.temp.learner;
    const answer = { mentor: found.mentor, item: found.item, optionId: option.id, correct: option.correct, confidence, pending };
    if (pending.probe) recordProbeAnswer(state, answer, now, deps);
    else recordAnswer(state, answer, now, deps);
    const { correct } = option;
    const itemId = found.item.id;
    const review = state.temp.learner.reviews[itemId];
    const goalMet = goalJustMet(before, state.temp.learner) && streakShown(state.temp.learner) ? state.temp.t('goal.met.questions') : undefined;
    const shares = await colleagueShares(state, found.mentor, found.item);
    return renderQuizResult(state.temp, found.mentor, found.item, { optionId: option.id, correct, confidence, nonce: pending.nonce, nextReview: reviewWhen(state, review?.due, now), goalMet, colleagues: shares });
  };
}

/** When an item comes back for review, as the result card says it: "later today" for today, else "on Tuesday 1 December". */
export function reviewWhen(state: HaliTurnState, due: string | undefined, now: Date): string {
  if (!due) return '';
  const { t, language, learner } = state.temp;
  const zone = learner.preferences.timeZone;
  const today = localDate(now, zone) === localDate(new Date(due), zone);
  return today ? t('quiz.reviewToday') : t('quiz.reviewOn', { day: describeDay(due, language, zone, 'on') });
}

interface Answer {
  readonly mentor: Mentor;
  readonly item: QuizItem;
  readonly optionId: string;
  readonly correct: boolean;
  readonly confidence?: Confidence;
  readonly pending: NonNullable<Learner['pendingQuiz']>;
}

/**
 * A normal answer: FSRS schedules the item, the learner's calibration and streak move on, and the
 * cohort aggregates count it. Re-applied to the latest record if another turn wrote first: only the
 * answer to the pending question counts, and is counted (with the learner's save: routes/count.ts).
 */
function recordAnswer(state: HaliTurnState, { mentor, item, optionId, correct, confidence, pending }: Answer, now: Date, deps: AppDeps): void {
  const { nonce } = pending;
  const topic = topicOfItem(mentor, item.lessonId);
  countInCohort(state, deps, mentor.id, (l) => {
    if (l.pendingQuiz?.nonce !== nonce) return { learner: l };
    const tally = l.calibration?.[confidence ?? 'unstated'] ?? { answered: 0, correct: 0 };
    const streak = recordLearningDay(l.streak, now, l.preferences.timeZone);
    const facts = { itemId: item.id, optionId, topic, correct, confidence, streakAfter: streak.current, viaNudge: pending.via === 'nudge' };
    return {
      learner: {
        ...learnTowardsGoal('question', now)(l),
        pendingQuiz: undefined,
        lastAnswer: { nonce, itemId: item.id, mentorId: mentor.id, optionId, correct, ...(confidence ? { confidence } : {}), at: now.toISOString() },
        reviews: { ...l.reviews, [item.id]: scheduleReview(l.reviews[item.id], correct, confidence, now) },
        calibration: { ...l.calibration, [confidence ?? 'unstated']: { answered: tally.answered + 1, correct: tally.correct + (correct ? 1 : 0) } },
        streak,
      },
      contribution: answerContribution(l, facts),
    };
  });
  // The time from the question to the answer, for the CPD summary's minutes.
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(pending.issuedAt)) / 1000));
  recordEvent(state, state.temp.learner.id, { type: 'quiz.answered', at: now.toISOString(), mentorId: mentor.id, itemId: item.id, correct, confidence: confidence ?? null, seconds }, `quiz:${nonce}`);
}

/** A retention probe's answer: kept for the cohort's retention figures; the item's schedule is untouched. */
function recordProbeAnswer(state: HaliTurnState, { mentor, item, optionId, correct, confidence, pending }: Answer, now: Date, deps: AppDeps): void {
  const { nonce } = pending;
  const intervalDays = pending.probe!.intervalDays;
  const topic = topicOfItem(mentor, item.lessonId);
  countInCohort(state, deps, mentor.id, (l) => {
    if (l.pendingQuiz?.nonce !== nonce) return { learner: l };
    const streak = recordLearningDay(l.streak, now, l.preferences.timeZone);
    return {
      learner: {
        ...learnTowardsGoal('question', now)(l),
        pendingQuiz: undefined,
        lastAnswer: { nonce, itemId: item.id, mentorId: mentor.id, optionId, correct, ...(confidence ? { confidence } : {}), at: now.toISOString() },
        streak,
      },
      contribution: probeContribution(topic, intervalDays, correct, streak.current, pending.via === 'nudge'),
    };
  });
  recordEvent(state, state.temp.learner.id, { type: 'quiz.probed', at: now.toISOString(), mentorId: mentor.id, itemId: item.id, intervalDays, correct, confidence: confidence ?? null }, `quiz:${nonce}`);
}
