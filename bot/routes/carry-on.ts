import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { letteredOptions, renderNotice } from '../../cards/render';
import type { AppDeps } from '../deps';
import { inQuiz } from '../learning/open-lesson';
import { findItem } from '../learning/quiz';
import type { HaliTurnState } from '../state';
import { isShared } from './case-context';
import { lessonFlow } from './lesson';
import { questionSender } from './quiz';
import { questionAnswerer } from './quiz-answer';
import { sendCard } from './reply';
import { ANSWER_LETTER, DONE, DONT_KNOW, EXPLAIN_ANSWER, KNOWN, NEXT, OPTION_MEANT, QUIZ_STOP, SKIP_LESSON, TRY_AGAIN } from '../i18n/commands';
import { reviewWhen } from './quiz-answer';
import { changeLearner } from '../state';
import type { Learner } from '../learning/learner';
import type { Mentor } from '../mentors/types';
import { answerIn } from '../state';

const textOf = (context: TurnContext) => (context.activity.text ?? '').trim();

/**
 * The learner's open quiz question with its options lettered as its card showed them (the letters follow the card's shuffle), or
 * undefined when none is open or its item is no longer taught. Read by a letter typed, an option's words typed (bot/turn.ts) and
 * "option meant".
 */
export function openQuestion(mentors: readonly Mentor[], learner: Learner) {
  const pending = learner.pendingQuiz;
  const found = pending && findItem(mentors, pending.itemId);
  return pending && found ? { pending, item: found.item, lettered: letteredOptions(found.item, pending.nonce) } : undefined;
}
/** Typed in personal chat: in a team channel or group chat "next" and the rest belong to the case discussion there (cases.ts). */
const typed = (pattern: RegExp) => async (context: TurnContext) => !isShared(context) && pattern.test(textOf(context));

/**
 * What a learner types in personal chat to carry on from what HALI last sent, done as its buttons would.
 * - "next" / "nesaf": the next question while they are in a quiz (a question open, or one just answered), else the open lesson
 *   card's "Done: next lesson", else the next lesson of their path; "next question" / "skip": a question other than the open one.
 * - "B", "option b", "ateb b": the open question answered with the option its card letters B; with none open, a new one offered.
 * - "done" / "wedi gorffen": the open lesson card's Done.
 * - an option's own words ("check it against the BNF"): typed out whole, that option; pointed to, asked whether it was meant
 *   (bot/turn.ts reads them, learning/typed-option.ts).
 */
export function registerCarryOn(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, clock } = deps;
  const sendQuestion = questionSender(deps);
  const answerQuestion = questionAnswerer(deps);
  const lessons = lessonFlow(deps);
  /** The lesson card the learner has open, if its lesson is still taught. */
  const openLesson = (state: HaliTurnState) => {
    const open = state.temp.learner.openLesson;
    return open && faculty.get(open.mentorId)?.lessons.some((lesson) => lesson.id === open.lessonId) ? open : undefined;
  };

  app.message(typed(NEXT), async (context, state) => {
    const asked = NEXT.exec(textOf(context))!;
    const { learner } = state.temp;
    const mentor = faculty.forLearner(learner.currentMentor);
    if (asked[1] !== undefined || asked[2] !== undefined || inQuiz(learner, clock())) {
      await sendQuestion(context, state, mentor, undefined, learner.pendingQuiz?.itemId);
      return;
    }
    const open = openLesson(state);
    if (open) await lessons.done(context, state, { mentorId: open.mentorId, lessonId: open.lessonId });
    else await lessons.serveNext(context, state, mentor);
  });

  app.message(typed(ANSWER_LETTER), async (context, state) => {
    const letter = ANSWER_LETTER.exec(textOf(context))![2].toUpperCase();
    const { learner, t } = state.temp;
    const open = openQuestion(faculty.mentors, learner);
    if (!open) {
      await sendCard(context, renderNotice(state.temp, '', t('quiz.noneOpen'), { quizLabel: t('quiz.newQuestion') }));
      return;
    }
    const { lettered } = open;
    const chosen = lettered.find((option) => option.letter === letter);
    if (!chosen) {
      await context.sendActivity(t('quiz.noSuchLetter', { first: lettered[0].letter, last: lettered[lettered.length - 1].letter }));
      return;
    }
    await sendCard(context, await answerQuestion(context, state, { itemId: open.item.id, optionId: chosen.option.id, nonce: open.pending.nonce }));
  });

  // Words of one option typed, not its letter: whether that option was meant, with how to answer with it. Nothing is recorded.
  app.message(typed(OPTION_MEANT), async (context, state) => {
    const letter = OPTION_MEANT.exec(textOf(context))![1].toUpperCase();
    const { learner, t, language } = state.temp;
    const chosen = openQuestion(faculty.mentors, learner)?.lettered.find((option) => option.letter === letter);
    if (!chosen) return void (await sendCard(context, renderNotice(state.temp, '', t('quiz.noneOpen'), { quizLabel: t('quiz.newQuestion') })));
    await context.sendActivity(t('quiz.didYouMean', { letter, text: chosen.option.text[language] }));
  });

  // "I don't know" to the open question: to choose anyway (a wrong answer shows why and brings the question back), or skip it.
  // Said with nothing open, how to go on. Welsh is answered in Welsh from a Teams in English.
  app.message(typed(DONT_KNOW), async (context, state) => {
    if (/\b(?:gwybod|gwbod|gwbo|siŵr|siwr|syniad|clem|sai|dwi|dw)\b/iu.test(textOf(context))) answerIn(state, 'cy');
    const { learner, t } = state.temp;
    const pending = learner.pendingQuiz && findItem(faculty.mentors, learner.pendingQuiz.itemId);
    await context.sendActivity(t(pending ? 'quiz.dontKnow' : 'quiz.dontKnowNone'));
  });

  // "skip lesson" / "I know this": the open lesson card passed over for the next one on the path. In a quiz with no lesson open, a
  // question other than the open one ("something else", "too easy"); with neither, "skip lesson" is the next lesson and "I know
  // this" is told how to choose one or test what they know.
  for (const [pattern, known] of [[SKIP_LESSON, false], [KNOWN, true]] as const) {
    app.message(typed(pattern), async (context, state) => {
      const { learner, t } = state.temp;
      const open = openLesson(state);
      const now = clock();
      if (open && !inQuiz(learner, now)) return lessons.skip(context, state, open, known);
      if (inQuiz(learner, now)) return sendQuestion(context, state, faculty.forLearner(learner.currentMentor), undefined, learner.pendingQuiz?.itemId);
      if (known) return void (await context.sendActivity(t('lesson.knownNone')));
      await lessons.serveNext(context, state, faculty.forLearner(learner.currentMentor));
    });
  }

  // "stop the quiz", "that's enough questions", "stopio'r cwis": the open question is let go (it counts for nothing), and the daily
  // lesson is left as it is. Outside a quiz, an acknowledgement.
  app.message(typed(QUIZ_STOP), async (context, state) => {
    const { learner, t } = state.temp;
    if (!learner.pendingQuiz && !inQuiz(learner, clock())) return void (await context.sendActivity(t('smallTalk.okay')));
    if (learner.pendingQuiz) changeLearner(state, ({ pendingQuiz: _dropped, ...rest }) => rest);
    await context.sendActivity(t('quiz.stopped'));
  });

  // "why?" after an answer (bot/turn.ts): the right option as its card lettered it, why the one chosen tempts, the explanation and
  // its sources. With no answer to explain, how to get a question.
  app.message(typed(EXPLAIN_ANSWER), async (context, state) => {
    const { learner, t, language } = state.temp;
    const last = learner.lastAnswer;
    const found = last && findItem(faculty.mentors, last.itemId);
    if (!last || !found) return void (await context.sendActivity(t('quiz.whyNone')));
    const lettered = letteredOptions(found.item, last.nonce);
    const right = lettered.find((o) => o.option.correct)!;
    const chosen = lettered.find((o) => o.option.id === last.optionId);
    const parts = [`**${t('quiz.whyAnswer', { letter: right.letter, text: right.option.text[language] })}**`];
    if (chosen && !chosen.option.correct) parts.push(t('quiz.whyChosen', { letter: chosen.letter, text: chosen.option.text[language] }) + (chosen.option.misconception ? `: ${chosen.option.misconception[language]}` : ''));
    parts.push(found.item.explanation[language]);
    parts.push(`${t('answer.sources')}\n${found.item.sources.map((s) => `- [${s.title}](${s.url})`).join('\n')}`);
    await context.sendActivity(parts.join('\n\n'));
  });

  // "can I try again" after an answer (bot/turn.ts): the question comes back for review when it will help most; nothing changes.
  app.message(typed(TRY_AGAIN), async (context, state) => {
    const { learner, t } = state.temp;
    const last = learner.lastAnswer;
    const found = last && findItem(faculty.mentors, last.itemId);
    if (!last || !found) return void (await context.sendActivity(t('quiz.whyNone')));
    const when = reviewWhen(state, learner.reviews[last.itemId]?.due, clock());
    await context.sendActivity(t(last.correct ? 'quiz.tryAgainRight' : 'quiz.tryAgain', { when: when || t('quiz.reviewToday') }));
  });

  app.message(typed(DONE), async (context, state) => {
    const open = openLesson(state);
    if (open) await lessons.done(context, state, { mentorId: open.mentorId, lessonId: open.lessonId });
    else await context.sendActivity(state.temp.t('lesson.noneOpen'));
  });
}
