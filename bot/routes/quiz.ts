import { wasSent } from '../learning/open-lesson';
import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import { renderNotice, renderQuizQuestion, renderQuizResult } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { nudgeContribution } from '../analytics/record';
import { countInCohort } from './count';
import { completeLesson } from './lesson-complete';
import { lessonNamed } from './lesson-named';
import { pickProbe } from '../learning/probes';
import { dueCount, findItem, nextQuizItem, type QuizPick } from '../learning/quiz';
import { endOfLocalDay } from '../learning/zoned-time';
import type { Mentor } from '../mentors/types';
import { changeLearner, type HaliTurnState } from '../state';
import type { Learner } from '../learning/learner';
import { onCardAction, sendCard } from './reply';
import { questionAnswerer, reviewWhen, type AnswerData } from './quiz-answer';
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
  const pending = { itemId: pick.item.id, mentorId: pick.mentor.id, nonce, issuedAt: now.toISOString(), language: state.temp.language, ...(pick.probe ? { probe: pick.probe } : {}) };
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
  const { faculty, clock } = deps;
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
    if (mentor && lesson && wasSent(state.temp.learner, mentor.id, lesson.id)) completeLesson(state, deps, mentor, lesson, data?.via === 'nudge');
    await sendNext(context, state, mentor ?? current(state), lesson?.id);
  });

  onCardAction<AnswerData>(app, Verbs.quizAnswer, questionAnswerer(deps));

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
