import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import { renderNotice, renderQuizQuestion, renderQuizResult } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { answerContribution, nudgeContribution, probeContribution, record } from '../analytics/record';
import { countInCohort } from './count';
import { completeLesson } from './lesson-complete';
import { lessonNamed } from './lesson-named';
import { cellOf } from '../analytics/contribution';
import { topicOfItem } from '../analytics/views';
import { pickProbe } from '../learning/probes';
import { dueCount, findItem, nextQuizItem, type QuizPick } from '../learning/quiz';
import { endOfLocalDay } from '../learning/zoned-time';
import { scheduleReview } from '../learning/review';
import { describeDay } from '../i18n/dates';
import { localDate, recordLearningDay } from '../learning/streak';
import { goalJustMet, learnTowardsGoal } from '../learning/daily-goal';
import { ColleagueAnswers } from '../analytics/colleagues';
import type { Mentor, QuizItem } from '../mentors/types';
import { changeLearner, recordEvent, type HaliTurnState } from '../state';
import { CONFIDENCES, type Confidence, type Learner } from '../learning/learner';
import { onCardAction, sendCard } from './reply';
import { QUIZ } from '../i18n/commands';

/** A question picked for the learner, possibly a retention probe asked in place of a due review. */
export type IssuedPick = QuizPick & { readonly probe?: { readonly intervalDays: number } };

/** The next question, with a retention probe in place of a due review when one is sampled for this week. */
export function nextQuestion(mentors: readonly Mentor[], mentor: Mentor, learner: Learner, now: Date, lessonId?: string, except?: string): IssuedPick | undefined {
  const pick = nextQuizItem(mentors, mentor, learner, now, lessonId, except);
  if (pick?.reason !== 'review' || lessonId) return pick;
  const probe = pickProbe(mentors, learner, now);
  return probe ? { mentor: probe.mentor, item: probe.item, reason: 'review', probe: { intervalDays: probe.intervalDays } } : pick;
}

/** Records `pick` as the learner's pending question, with a new one-time code, and renders it. */
export function issueQuestion(state: HaliTurnState, pick: IssuedPick, now: Date, extras: { notice?: string; skip?: boolean } = {}) {
  const nonce = randomUUID();
  const pending = { itemId: pick.item.id, mentorId: pick.mentor.id, nonce, issuedAt: now.toISOString(), ...(pick.probe ? { probe: pick.probe } : {}) };
  changeLearner(state, (l) => ({ ...l, pendingQuiz: pending, ...(pick.probe ? { analytics: { month: '', seen: [], ever: [], ...l.analytics, lastProbeAt: now.toISOString() } } : {}) }));
  const topic = pick.mentor.lessons.find((l) => l.id === pick.item.lessonId)?.topic ?? pick.mentor.topics[0];
  return renderQuizQuestion(state.temp, pick.mentor, pick.item, { nonce, reason: pick.reason, topic, ...extras });
}

/**
 * Sends the learner's next question with `mentor` (on `lessonId` when given; never `except`, the open question they skipped), or
 * says why there is none.
 */
export function questionSender({ faculty, clock }: AppDeps) {
  return async function sendNext(context: TurnContext, state: HaliTurnState, mentor: Mentor, lessonId?: string, except?: string): Promise<void> {
    const now = clock();
    const { learner, t } = state.temp;
    const pick = nextQuestion(faculty.mentors, mentor, learner, now, lessonId, except);
    // Nothing due this minute, but reviews come back later today (as the last result said, and progress counts them).
    const laterToday = pick ? 0 : dueCount(faculty.mentors, learner, endOfLocalDay(now, learner.preferences.timeZone));
    if (!pick && except) await context.sendActivity(t('quiz.noOther'));
    else if (!pick) await context.sendActivity(laterToday > 0 ? t('quiz.noneUntilLater', { count: laterToday }) : t('quiz.none'));
    else await sendCard(context, issueQuestion(state, pick, clock()));
  };
}

/**
 * Quiz questions: issued one at a time with a one-time code, answered with Action.Execute so the same
 * card turns into the result, and scheduled for review by FSRS.
 */
export function registerQuiz(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, clock, log } = deps;
  const colleagues = new ColleagueAnswers(deps.stores.aggregates, clock, deps.config.analytics.minCohort);
  /** How staff in the learner's role answered the item (first answers), when enough of them have. */
  const colleagueShares = (state: HaliTurnState, mentor: Mentor, item: QuizItem) =>
    colleagues.shares(mentor.id, item.id, item.options.map((o) => o.id), state.temp.learner.profile.role);
  const current = (state: HaliTurnState, name?: string) => faculty.forLearner(state.temp.learner.currentMentor, name);

  const sendNext = questionSender(deps);

  app.message(QUIZ, async (context, state) => {
    const named = QUIZ.exec((context.activity.text ?? '').trim())?.[1];
    // "quiz me on consent", "cwis ar ganiatâd": a question on that lesson's subject.
    const on = named === undefined ? undefined : lessonNamed(faculty, named);
    const mentor = on?.kind === 'lesson' || on?.kind === 'taught' ? on.mentor : current(state, on?.kind === 'field' ? named : undefined);
    await sendNext(context, state, mentor, on?.kind === 'lesson' ? on.lesson.id : undefined);
  });

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; lessonId?: unknown; via?: unknown }>(Verbs.quizStart, async (context, state, data) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    if (mentor && data?.via === 'nudge') countInCohort(state, deps, mentor.id, nudgeContribution('opened'));
    const lesson = typeof data?.lessonId === 'string' ? mentor?.lessons.find((l) => l.id === data.lessonId) : undefined;
    // Taking a lesson's quiz from its card finishes the lesson: read, then tested (progress, the path and today's goal agree).
    if (mentor && lesson) completeLesson(state, deps, mentor, lesson, data?.via === 'nudge');
    await sendNext(context, state, mentor ?? current(state), lesson?.id);
  });

  onCardAction<{ itemId?: unknown; optionId?: unknown; nonce?: unknown; confidence?: unknown }>(app, Verbs.quizAnswer, async (context, state, data) => {
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
    const goalMet = goalJustMet(before, state.temp.learner) ? state.temp.t('goal.met.questions') : undefined;
    const shares = await colleagueShares(state, found.mentor, found.item);
    return renderQuizResult(state.temp, found.mentor, found.item, { optionId: option.id, correct, confidence, nonce: pending.nonce, nextReview: reviewWhen(state, review?.due, now), goalMet, colleagues: shares });
  });

  // The next question comes as a new card under the feedback, which stays where the learner read it.
  const sendNextFrom = (context: TurnContext, state: HaliTurnState, data: { mentorId?: unknown } | undefined) =>
    sendNext(context, state, (typeof data?.mentorId === 'string' && faculty.get(data.mentorId)) || current(state));
  app.adaptiveCards.actionSubmit<{ mentorId?: unknown }>(Verbs.quizNext, sendNextFrom);
  // A result card sent before this change presses Next as Action.Execute: it keeps its feedback too.
  app.adaptiveCards.actionExecute<{ mentorId?: unknown }>(Verbs.quizNext, async (context, state, data) => {
    const { learner } = state.temp;
    const last = learner.lastAnswer;
    const found = last ? findItem(faculty.mentors, last.itemId) : undefined;
    await sendNextFrom(context, state, data);
    if (!found || !last) return renderNotice(state.temp, '', state.temp.t('quiz.next.sent'));
    return renderQuizResult(state.temp, found.mentor, found.item, { ...last, nextReview: reviewWhen(state, learner.reviews[found.item.id]?.due, clock()) });
  });
}

/** When an item comes back for review, as the result card says it: "later today" for today, else "on Tuesday 1 December". */
function reviewWhen(state: HaliTurnState, due: string | undefined, now: Date): string {
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
 * answer to the pending question counts.
 */
function recordAnswer(state: HaliTurnState, { mentor, item, optionId, correct, confidence, pending }: Answer, now: Date, { stores }: AppDeps): void {
  const before = state.temp.learner;
  const { nonce } = pending;
  changeLearner(state, (l) => {
    if (l.pendingQuiz?.nonce !== nonce) return l;
    const tally = l.calibration?.[confidence ?? 'unstated'] ?? { answered: 0, correct: 0 };
    return {
      ...learnTowardsGoal('question', now)(l),
      pendingQuiz: undefined,
      lastAnswer: { nonce, itemId: item.id, mentorId: mentor.id, optionId, correct, ...(confidence ? { confidence } : {}), at: now.toISOString() },
      reviews: { ...l.reviews, [item.id]: scheduleReview(l.reviews[item.id], correct, confidence, now) },
      calibration: { ...l.calibration, [confidence ?? 'unstated']: { answered: tally.answered + 1, correct: tally.correct + (correct ? 1 : 0) } },
      streak: recordLearningDay(l.streak, now, l.preferences.timeZone),
    };
  });
  const facts = { itemId: item.id, optionId, topic: topicOfItem(mentor, item.lessonId), correct, confidence, streakAfter: state.temp.learner.streak.current, viaNudge: pending.via === 'nudge' };
  changeLearner(state, record(stores.aggregates, before, cellOf(before, mentor.id, state.temp.language), answerContribution(before, facts), now));
  // The time from the question to the answer, for the CPD summary's minutes.
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(pending.issuedAt)) / 1000));
  recordEvent(state, before.id, { type: 'quiz.answered', at: now.toISOString(), mentorId: mentor.id, itemId: item.id, correct, confidence: confidence ?? null, seconds }, `quiz:${nonce}`);
}

/** A retention probe's answer: kept for the cohort's retention figures; the item's schedule is untouched. */
function recordProbeAnswer(state: HaliTurnState, { mentor, item, optionId, correct, confidence, pending }: Answer, now: Date, { stores }: AppDeps): void {
  const before = state.temp.learner;
  const { nonce } = pending;
  const intervalDays = pending.probe!.intervalDays;
  changeLearner(state, (l) =>
    l.pendingQuiz?.nonce !== nonce
      ? l
      : {
          ...learnTowardsGoal('question', now)(l),
          pendingQuiz: undefined,
          lastAnswer: { nonce, itemId: item.id, mentorId: mentor.id, optionId, correct, ...(confidence ? { confidence } : {}), at: now.toISOString() },
          streak: recordLearningDay(l.streak, now, l.preferences.timeZone),
        },
  );
  const contribution = probeContribution(topicOfItem(mentor, item.lessonId), intervalDays, correct, state.temp.learner.streak.current, pending.via === 'nudge');
  changeLearner(state, record(stores.aggregates, before, cellOf(before, mentor.id, state.temp.language), contribution, now));
  recordEvent(state, before.id, { type: 'quiz.probed', at: now.toISOString(), mentorId: mentor.id, itemId: item.id, intervalDays, correct, confidence: confidence ?? null }, `quiz:${nonce}`);
}
