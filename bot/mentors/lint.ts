import type { Mentor, Source } from './types';
import { ROLES } from './types';
import { englishWords, type ContentProblems } from './validate';
import { LONGEST_CORRECT_LIMIT, longestCorrectShare } from './answer-cue';
import { lintCases } from './lint-cases';
import { lintRoleCoverage } from './lint-roles';
import { checkCitation, lintReviewAge, lintSourceList, type AllowedSource } from './lint-sources';

export const LIMITS = { lessonWords: 180, explainerWords: 120, titleCharacters: 60, itemsPerLesson: 2 } as const;

export type { AllowedSource } from './lint-sources';

/**
 * The editorial rules `npm run content:check` adds to validation: word limits, quiz coverage, and
 * every cited URL taken from the team's checked list. Problems are recorded with the file and the fix.
 */
export function lintMentors(mentors: readonly Mentor[], allowed: readonly AllowedSource[], problems: ContentProblems, now: Date = new Date()): void {
  const byUrl = new Map(allowed.map((s) => [s.url, s]));
  lintSourceList(allowed, problems, now);
  for (const mentor of mentors) {
    const file = (name: string) => `mentors/${mentor.id}/${name}`;
    const checkSources = (where: string, sources: readonly Source[]) => {
      for (const source of sources) checkCitation(where, source.url, byUrl, problems);
    };
    for (const e of mentor.explainers) {
      const where = `${file('explainers.json')} ${e.id}`;
      if (englishWords(e.answer.en) > LIMITS.explainerWords) problems.error(where, 'answer.en', `has ${englishWords(e.answer.en)} words; keep it to ${LIMITS.explainerWords}`);
      checkSources(where, e.sources);
    }
    for (const lesson of mentor.lessons) {
      const where = `${file('lessons.json')} ${lesson.id}`;
      if (englishWords(lesson.body.en) > LIMITS.lessonWords) problems.error(where, 'body.en', `has ${englishWords(lesson.body.en)} words; a two-minute lesson has at most ${LIMITS.lessonWords}`);
      if (lesson.title.en.length > LIMITS.titleCharacters) problems.error(where, 'title.en', `is ${lesson.title.en.length} characters; keep it to ${LIMITS.titleCharacters}`);
      if (lesson.body.cy === lesson.body.en) problems.error(where, 'body.cy', 'is the English text; write the Welsh');
      const items = mentor.quiz.filter((q) => q.lessonId === lesson.id).length;
      if (items < LIMITS.itemsPerLesson) problems.error(where, 'quiz', `has ${items} quiz item(s); write at least ${LIMITS.itemsPerLesson} in quiz.json`);
      checkSources(where, lesson.sources);
    }
    for (const item of mentor.quiz) checkSources(`${file('quiz.json')} ${item.id}`, item.sources);
    for (const study of mentor.cases) checkSources(`${file('cases.json')} ${study.id}`, study.sources);
    lintCases(mentor, problems);
    lintReviewAge(mentor, problems, now);
    lintRoleCoverage(mentor, problems);
    const cue = longestCorrectShare(mentor);
    if (cue.share > LONGEST_CORRECT_LIMIT) {
      problems.warn(file('quiz.json'), 'options', `the right answer is the longest option in ${Math.round(cue.share * 100)}% of items (limit ${LONGEST_CORRECT_LIMIT * 100}%), so length gives it away; lengthen distractors or tighten right answers, keeping the clinical meaning: ${cue.items.join(', ')}`);
    }
  }
}

/** One line of the per-mentor summary. */
export function summarise(mentor: Mentor) {
  const all = [...mentor.explainers, ...mentor.lessons, ...mentor.quiz, ...mentor.cases];
  const roles = new Set(mentor.lessons.flatMap((l) => (l.roles.includes('all') ? [...ROLES] : l.roles)));
  return {
    mentor: mentor.id,
    explainers: mentor.explainers.length,
    lessons: mentor.lessons.length,
    quizItems: mentor.quiz.length,
    cases: mentor.cases.length,
    caseStages: mentor.cases.reduce((n, c) => n + c.stages.length, 0),
    rolesCovered: ROLES.filter((r) => roles.has(r)).length,
    reviewed: all.filter((x) => x.review.status === 'reviewed').length,
    draft: all.filter((x) => x.review.status === 'draft').length,
  };
}
