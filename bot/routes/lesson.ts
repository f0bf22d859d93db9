import { wasSent } from '../learning/open-lesson';
import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderLessonComplete, renderPath } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { lessonAfter, nextLesson, pathView, pathwayFor, placeOf } from '../learning/pathway';
import { dueCount, nextQuizItem } from '../learning/quiz';
import { currentStreak } from '../learning/streak';
import { streakShown } from '../learning/daily-goal';
import { goalJustMet } from '../learning/daily-goal';
import type { Lesson, Mentor } from '../mentors/types';
import { answerIn, changeLearner, type HaliTurnState } from '../state';
import { lessonContribution, nudgeContribution } from '../analytics/record';
import { countInCohort } from './count';
import { completeLesson } from './lesson-complete';
import { issueQuestion } from './quiz';
import { sendCard } from './reply';
import { sendLessonCard } from './lesson-card';
import { LESSON, LESSON_NUMBER, LESSON_PART } from '../i18n/commands';
import { redact } from '../safety/redact';
import { lessonNamed } from './lesson-named';

/** The "lesson complete" moment, for a lesson the learner has just finished. */
/** The lesson-complete card; when this lesson met today's goal, the card says so too (one message, not two). */
function completionCard(state: HaliTurnState, mentor: Mentor, lesson: Lesson, now: Date, goalMet: boolean) {
  const { learner } = state.temp;
  const path = pathView(mentor, learner.profile.role, learner.progress.lessonsDone[mentor.id] ?? []);
  const shown = streakShown(learner);
  const streak = shown ? { current: currentStreak(learner.streak, now, learner.preferences.timeZone), longest: learner.streak.longest } : undefined;
  return renderLessonComplete(state.temp, mentor, lesson, path, streak, goalMet && shown ? state.temp.t('goal.met.lesson') : '');
}

/**
 * The lesson side of carrying on, shared by the lesson card's buttons and what is typed ("next", "done": carry-on.ts): the next
 * lesson of the learner's path with a mentor (a due review first), and a lesson's Done.
 */
export function lessonFlow(deps: AppDeps) {
  const { faculty, clock, log } = deps;

  /** Due reviews come before new lessons: offers one, with a way to skip to the lesson. */
  const offerDueReview = async (context: TurnContext, state: HaliTurnState, mentor: Mentor): Promise<boolean> => {
    const now = clock();
    const due = dueCount(faculty.mentors, state.temp.learner, now);
    const pick = due > 0 ? nextQuizItem(faculty.mentors, mentor, state.temp.learner, now) : undefined;
    if (!pick || pick.reason !== 'review') return false;
    await sendCard(context, issueQuestion(state, pick, now, { notice: state.temp.t('quiz.dueBeforeLesson', { count: due }), skip: true }));
    return true;
  };

  const serveNext = async (context: TurnContext, state: HaliTurnState, mentor: Mentor, skipReview = false) => {
    const { t, learner } = state.temp;
    if (learner.currentMentor !== mentor.id) changeLearner(state, (l) => ({ ...l, currentMentor: mentor.id }));
    if (!skipReview && (await offerDueReview(context, state, mentor))) return;
    if (mentor.lessons.length === 0) {
      await context.sendActivity(t('lesson.none', { name: mentor.name }));
      return;
    }
    const next = nextLesson(mentor, learner.profile.role, learner.progress.lessonsDone[mentor.id] ?? []);
    if (!next) {
      await context.sendActivity(t('lesson.finished', { name: mentor.name }));
      return;
    }
    countInCohort(state, deps, mentor.id, lessonContribution('started', next.lesson.id));
    await sendLessonCard(context, state, clock(), mentor, next.lesson, next);
  };

  /** The lesson card's Done: the lesson counts (once), then the next one comes. */
  const done = async (context: TurnContext, state: HaliTurnState, data: { mentorId?: unknown; lessonId?: unknown; via?: unknown } | undefined) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    const lesson = mentor?.lessons.find((l) => l.id === data?.lessonId);
    if (!mentor || !lesson) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.lessonDone });
      await context.sendActivity(state.temp.t('lesson.unknown'));
      return;
    }
    if (!wasSent(state.temp.learner, mentor.id, lesson.id)) {
      // A Done from a card never sent to this learner (made up, or from someone else's chat) counts for nothing.
      log.warn('card.unsent_lesson', { activityId: context.activity.id, verb: Verbs.lessonDone });
      await context.sendActivity(state.temp.t('lesson.notSent'));
      return;
    }
    const before = state.temp.learner;
    if (completeLesson(state, deps, mentor, lesson, data?.via === 'nudge')) {
      await sendCard(context, completionCard(state, mentor, lesson, clock(), goalJustMet(before, state.temp.learner)));
    } else if (data?.via === 'nudge') {
      countInCohort(state, deps, mentor.id, nudgeContribution('opened'));
    }
    await serveNext(context, state, mentor);
  };

  /**
   * The open lesson passed over ("skip this lesson") or said to be known already ("I already know this"): said so, with how to come
   * back to it, then the next lesson on the path after it. The open lesson is not done and counts for nothing; it stays on the path.
   */
  const skip = async (context: TurnContext, state: HaliTurnState, open: { mentorId: string; lessonId: string }, known: boolean) => {
    const { t, learner, language } = state.temp;
    const mentor = faculty.get(open.mentorId);
    const skipped = mentor?.lessons.find((lesson) => lesson.id === open.lessonId);
    if (!mentor || !skipped) return serveNext(context, state, faculty.forLearner(learner.currentMentor), true);
    const title = skipped.title[language];
    const next = lessonAfter(mentor, learner.profile.role, learner.progress.lessonsDone[mentor.id] ?? [], skipped.id);
    if (!next) return void (await context.sendActivity(t('lesson.nothingAfter', { title, name: mentor.name })));
    await context.sendActivity(t(known ? 'lesson.known' : 'lesson.skipped', { title, number: placeOf(mentor, learner.profile.role, skipped.id).position }));
    countInCohort(state, deps, mentor.id, lessonContribution('started', next.lesson.id));
    await sendLessonCard(context, state, clock(), mentor, next.lesson, next);
  };

  return { serveNext, done, skip };
}

/**
 * Two-minute lessons: the next lesson of the learner's pathway with their current mentor (or the one
 * they name), as a card; "Done" records it and brings the next one.
 */
export function registerLesson(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, clock, log } = deps;
  const mentorFor = (state: HaliTurnState, named?: string): Mentor => faculty.forLearner(state.temp.learner.currentMentor, named);
  const { serveNext, done } = lessonFlow(deps);

  // A part of the open lesson card, typed (bot/turn.ts reads "what are the key points", "show sources", "save this for later" as
  // these while one is open): its key points, the whole lesson, its sources, or saved as its button does. With none open, how to get one.
  app.message(LESSON_PART, async (context, state) => {
    const said = (context.activity.text ?? '').trim();
    const [, points, more, sources, save] = LESSON_PART.exec(said) ?? [];
    if (/wers/iu.test(said)) answerIn(state, 'cy');
    const { t, language, learner } = state.temp;
    const open = learner.openLesson;
    const mentor = open ? faculty.get(open.mentorId) : undefined;
    const lesson = mentor?.lessons.find((l) => l.id === open?.lessonId);
    if (!mentor || !lesson) return void (await context.sendActivity(t('lesson.partNone')));
    const title = lesson.title[language];
    if (save) {
      changeLearner(state, (l) => (l.progress.saved.includes(lesson.id) ? l : { ...l, progress: { ...l.progress, saved: [...l.progress.saved, lesson.id] } }));
      return void (await context.sendActivity(t('lesson.saved', { title })));
    }
    const sourceList = lesson.sources.map((s) => `- [${s.title}](${s.url})`).join('\n');
    if (sources) return void (await context.sendActivity(`**${title}**\n\n${t('answer.sources')}\n${sourceList}`));
    const keyPoints = `${t('lesson.keyPoints')}\n${lesson.keyPoints[language].map((p) => `- ${p}`).join('\n')}`;
    if (points) return void (await context.sendActivity(`**${title}**\n\n${keyPoints}`));
    if (more) await context.sendActivity(`**${title}**\n\n${lesson.body[language]}\n\n**${t('lesson.tryThis')}**\n${lesson.tryThis[language]}\n\n${t('answer.sources')}\n${sourceList}`);
  });

  // A lesson by its number on the learner's path with the mentor named, else their current one.
  app.message(LESSON_NUMBER, async (context, state) => {
    const said = (context.activity.text ?? '').trim();
    const [, number, name] = LESSON_NUMBER.exec(said) ?? [];
    // Asked in Welsh ("dos i wers 3") from a Teams in English: answered in Welsh.
    if (/\b(?:gwers|wers)\b/iu.test(said)) answerIn(state, 'cy');
    const named = name === undefined ? undefined : faculty.named(name);
    const mentor = named ?? mentorFor(state);
    const pathway = pathwayFor(mentor, state.temp.learner.profile.role);
    const lesson = pathway[Number(number) - 1];
    if (!lesson) return void (await context.sendActivity(state.temp.t(pathway.length === 0 ? 'lesson.none' : 'lesson.noNumber', { name: mentor.name, total: pathway.length })));
    if (state.temp.learner.currentMentor !== mentor.id) changeLearner(state, (l) => ({ ...l, currentMentor: mentor.id }));
    countInCohort(state, deps, mentor.id, lessonContribution('started', lesson.id));
    await sendLessonCard(context, state, clock(), mentor, lesson, { position: Number(number), total: pathway.length });
  });

  app.message(LESSON, async (context, state) => {
    const named = LESSON.exec((context.activity.text ?? '').trim())?.[1];
    const on = named === undefined ? undefined : lessonNamed(faculty, named);
    if (on?.kind === 'lesson') {
      if (state.temp.learner.currentMentor !== on.mentor.id) changeLearner(state, (l) => ({ ...l, currentMentor: on.mentor.id }));
      countInCohort(state, deps, on.mentor.id, lessonContribution('started', on.lesson.id));
      await sendLessonCard(context, state, clock(), on.mentor, on.lesson, placeOf(on.mentor, state.temp.learner.profile.role, on.lesson.id));
      return;
    }
    // Asked for a subject no lesson teaches ("lesson on cardiology"): said so, then the next lesson. The subject is the learner's
    // words, said back: with any patient identifier removed (letters and hyphens only, no markup).
    const mentor = on?.kind === 'taught' ? on.mentor : mentorFor(state, on?.kind === 'field' ? named : undefined);
    if (on?.kind === 'untaught') await context.sendActivity(state.temp.t('lesson.noneOn', { subject: redact(named!).text, name: mentor.name }));
    await serveNext(context, state, mentor);
  });

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; lessonId?: unknown; via?: unknown }>(Verbs.lessonDone, done);

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; lessonId?: unknown }>(Verbs.lessonPath, async (context, state, data) => {
    const mentor = (typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined) ?? mentorFor(state);
    const { learner } = state.temp;
    const lessonId = typeof data?.lessonId === 'string' ? data.lessonId : undefined;
    const path = pathView(mentor, learner.profile.role, learner.progress.lessonsDone[mentor.id] ?? [], lessonId);
    await sendCard(context, renderPath(state.temp, mentor, path));
  });

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; skipReview?: unknown }>(Verbs.lessonNext, async (context, state, data) => {
    const named = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    await serveNext(context, state, named ?? mentorFor(state), data?.skipReview === true);
  });

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; lessonId?: unknown }>(Verbs.lessonOpen, async (context, state, data) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    const lesson = mentor?.lessons.find((l) => l.id === data?.lessonId);
    if (!mentor || !lesson) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.lessonOpen });
      await context.sendActivity(state.temp.t('lesson.unknown'));
      return;
    }
    await sendLessonCard(context, state, clock(), mentor, lesson, placeOf(mentor, state.temp.learner.profile.role, lesson.id));
  });

  app.adaptiveCards.actionSubmit<{ mentorId?: unknown; lessonId?: unknown }>(Verbs.lessonSave, async (context, state, data) => {
    const mentor = typeof data?.mentorId === 'string' ? faculty.get(data.mentorId) : undefined;
    const lesson = mentor?.lessons.find((l) => l.id === data?.lessonId);
    if (!lesson) {
      log.warn('card.invalid_data', { activityId: context.activity.id, verb: Verbs.lessonSave });
      await context.sendActivity(state.temp.t('lesson.unknown'));
      return;
    }
    changeLearner(state, (l) => (l.progress.saved.includes(lesson.id) ? l : { ...l, progress: { ...l.progress, saved: [...l.progress.saved, lesson.id] } }));
    await context.sendActivity(state.temp.t('lesson.saved', { title: lesson.title[state.temp.language] }));
  });
}
