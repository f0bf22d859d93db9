import type { Progress } from '../bot/learning/progress';
import { topicName, type Lesson, type Mentor, type QuizItem, type QuizOption } from '../bot/mentors/types';
import { DAILY_GOALS, type Confidence } from '../bot/learning/learner';
import type { GoalProgress } from '../bot/learning/daily-goal';
import { cardLink, escapeCardText } from './escape';
import { expand, type CardContext, type CardJson } from './expand';
import { lessonParts, type LessonPlace } from './lesson-parts';
import { shuffled } from './shuffle';

/** A two-minute lesson: key points first, the rest behind "Read more", the actions in view. */
export function renderLesson(context: CardContext, mentor: Mentor, lesson: Lesson, place: LessonPlace): CardJson {
  const { language, t } = context;
  return expand('lesson', {
    ...lessonParts(context, mentor, lesson, place),
    saveLabel: t('lesson.save'),
    pathLabel: t('path.show'),
    askLabel: t('lesson.ask', { name: mentor.name }),
    askQuestion: lesson.title[language],
  });
}

const LETTERS = 'ABCDEFGH';

/**
 * A question's options in the order its card shows them, with their letters: shuffled the same way every time for the same
 * issued question (seeded by its one-time code), so the card, its feedback and a letter typed for it ("B") agree.
 */
export function letteredOptions(item: QuizItem, nonce: string): { readonly letter: string; readonly option: QuizOption }[] {
  return shuffled(item.options, `${item.id}:${nonce}`).map((option, i) => ({ letter: LETTERS[i], option }));
}

/** A quiz question: options listed in the text, answered with letter buttons that carry the one-time `nonce`. */
export function renderQuizQuestion(
  { language, t }: CardContext,
  mentor: Mentor,
  item: QuizItem,
  issue: { nonce: string; reason: 'review' | 'new'; topic: string; notice?: string; skip?: boolean },
): CardJson {
  return expand('quiz', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    tag: escapeCardText(t(issue.reason === 'review' ? 'quiz.tagReview' : 'quiz.tagNew', { topic: topicName(mentor, issue.topic, language) })),
    // Outside production unapproved items are served too, and say so.
    notice: escapeCardText([issue.notice, item.review.status === 'draft' ? t('quiz.draft') : undefined].filter(Boolean).join(' ')),
    stem: escapeCardText(item.stem[language]),
    options: letteredOptions(item, issue.nonce).map(({ letter, option }) => ({ letter, id: option.id, text: escapeCardText(option.text[language]) })),
    confidenceLabel: t('quiz.confidence'),
    confidences: (['unsure', 'fairly', 'sure'] as const).map((value) => ({ value, title: t(`quiz.${value}`) })),
    itemId: item.id,
    nonce: issue.nonce,
    skipLabel: issue.skip ? t('quiz.skip') : '',
    mentorId: mentor.id,
  });
}

/** The answered question, shown in place of the question card. */
export function renderQuizResult(
  { language, t }: CardContext,
  mentor: Mentor,
  item: QuizItem,
  answer: {
    optionId: string;
    correct: boolean;
    confidence?: Confidence;
    nextReview: string;
    nonce: string;
    goalMet?: string;
    /** How staff in the learner's role answered (only given when enough did). */
    colleagues?: { readonly answered: number; readonly percent: Readonly<Record<string, number>> };
  },
): CardJson {
  // The letters the question card showed: the same shuffle, from the same one-time code.
  const lettered = letteredOptions(item, answer.nonce);
  const shown = lettered.map(({ option }) => option);
  const letterOf = (id: string) => lettered.find(({ option }) => option.id === id)!.letter;
  const chosen = item.options.find((o) => o.id === answer.optionId)!;
  const right = item.options.find((o) => o.correct)!;
  const facts = [{ title: t('quiz.yourAnswer'), value: escapeCardText(`${letterOf(chosen.id)}. ${chosen.text[language]}`) }];
  if (!answer.correct) facts.push({ title: t('quiz.correctAnswer'), value: escapeCardText(`${letterOf(right.id)}. ${right.text[language]}`) });
  return expand('quiz-result', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('answer.from', { name: mentor.name, role: mentor.role[language] })),
    verdict: t(answer.correct ? 'quiz.correct' : 'quiz.incorrect'),
    verdictColor: answer.correct ? 'Good' : 'Attention',
    goalMet: answer.goalMet ? escapeCardText(answer.goalMet) : '',
    colleaguesTitle: answer.colleagues ? escapeCardText(t('quiz.colleagues', { count: answer.colleagues.answered })) : '',
    colleagues: answer.colleagues ? shown.map((o) => colleagueRow(t, letterOf(o.id), answer.colleagues!.percent[o.id] ?? 0, o.id === answer.optionId, o.correct)) : [],
    stem: escapeCardText(item.stem[language]),
    facts,
    misconceptionTitle: escapeCardText(t('quiz.misconception')),
    misconception: !answer.correct && chosen.misconception ? escapeCardText(chosen.misconception[language]) : '',
    explanationTitle: escapeCardText(t('quiz.explanation')),
    explanation: escapeCardText(item.explanation[language]),
    nextReview: escapeCardText(t('quiz.nextReview', { date: answer.nextReview })),
    sourcesTitle: escapeCardText(t('answer.sources')),
    sources: item.sources.map((s, i) => ({ link: `${i + 1}\\. ${cardLink(s.title, s.url)}` })),
    nextLabel: t('quiz.next'),
    askLabel: t('lesson.ask', { name: mentor.name }),
    askQuestion: item.stem[language],
    mentorId: mentor.id,
  });
}

/** One option's share among colleagues: its letter, a bar and the percentage (marking the learner's choice and the right one). */
function colleagueRow(t: CardContext['t'], letter: string, percent: number, mine: boolean, right: boolean) {
  const marks = [right ? t('quiz.colleagues.right') : '', mine ? t('quiz.colleagues.yours') : ''].filter(Boolean).join(', ');
  return { label: escapeCardText(marks ? `${letter}: ${percent}% (${marks})` : `${letter}: ${percent}%`), ...bar(percent, 100, right ? 'good' : 'accent') };
}

/** Weighted column widths for a progress bar built from card elements. */
/** One continuous bar: the filled and the empty part side by side with no gap, and no sliver at 0% or 100%. */
export function bar(done: number, total: number, style: 'good' | 'accent') {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return { filled: percent, rest: 100 - percent, fill: style };
}

/** A lesson the learner saved for later: a row on the progress card opens it. */
export interface SavedLesson {
  readonly mentorId: string;
  readonly lessonId: string;
  readonly title: string;
}

/** Today's goal: what it is, how far, a bar, and the button that switches to the other goal. */
function goalView(t: CardContext['t'], goal: GoalProgress) {
  const label = goal.met ? t(`goal.met.${goal.goal}`) : t(`goal.progress.${goal.goal}`, { done: goal.done, target: goal.target });
  const other = DAILY_GOALS.find((g) => g !== goal.goal)!;
  return { label: escapeCardText(label), color: goal.met ? 'Good' : 'Default', ...bar(goal.done, goal.target, 'good'), other, switchLabel: t(`goal.switch.${other}`) };
}

/** The learner's progress, with bars built from card elements so every Teams client shows them. */
export function renderProgress({ language, t }: CardContext, progress: Progress, saved: readonly SavedLesson[]): CardJson {
  const anything = progress.lessons.some((l) => l.done > 0) || progress.mastery.length > 0 || progress.streak > 0;
  const emptyText = anything ? '' : t('progress.empty');
  return expand('progress', {
    language,
    title: escapeCardText(t('progress.title')),
    // Turned off in settings, the streak, freezes and goal are one line saying how to turn them back on.
    streakShown: progress.streakShown,
    streak: escapeCardText(progress.streakShown ? t('progress.streak', { days: progress.streak, longest: progress.longestStreak }) : t('progress.streakHidden')),
    freezes: escapeCardText(t('progress.freezes', { count: progress.freezes })),
    goal: goalView(t, progress.goal),
    empty: escapeCardText(emptyText),
    savedTitle: escapeCardText(t('progress.saved')),
    // Each saved lesson is a wrapped row that opens it when tapped: a button's title is cut to one line in Teams.
    saved: saved.map((s) => ({ text: escapeCardText(s.title), title: s.title, mentorId: s.mentorId, lessonId: s.lessonId })),
    lessonsTitle: escapeCardText(t('progress.lessons')),
    lessons: progress.lessons.map((l) => ({ label: escapeCardText(l.mentor.name), value: `${l.done}/${l.total}`, ...bar(l.done, l.total, 'good') })),
    masteryTitle: escapeCardText(t('progress.mastery')),
    mastery: progress.mastery.map((m) => ({ label: escapeCardText(`${m.mentor.name}: ${topicName(m.mentor, m.topic, language)}`), value: `${m.mastered}/${m.total}`, ...bar(m.mastered, m.total, 'accent') })),
    due: escapeCardText(t('progress.due', { count: progress.due })),
    calibrationTitle: escapeCardText(t('progress.calibration')),
    calibration: progress.calibration.map((c) => ({
      title: c.confidence === 'unstated' ? t('progress.unstated') : t(`quiz.${c.confidence}`),
      value: t('progress.calibrationRow', { correct: c.correct, answered: c.answered, percent: Math.round((c.correct / c.answered) * 100) }),
    })),
    quizLabel: t('progress.quiz'),
    lessonLabel: t('progress.lesson'),
  });
}
