import { createHash } from 'node:crypto';
import type { Bilingual, BilingualList, CaseStage, CaseStudy, Explainer, Lesson, Level, Mentor, QuizItem, Review, Role, Source } from '../mentors/types';

/**
 * The units educators review: every lesson, quiz item, explainer and case stage, with the text they
 * approve flattened to named fields in both languages, and a hash of everything that reaches a
 * learner (all of the item but its review field), so any edit makes a new hash.
 */
export const ITEM_KINDS = ['lesson', 'quiz', 'explainer', 'case-stage'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ReviewItem {
  /** `<kind>:<id>`, or `case-stage:<case id>/<stage id>`. */
  readonly key: string;
  readonly kind: ItemKind;
  readonly id: string;
  readonly mentorId: string;
  readonly title: Bilingual;
  readonly level?: Level;
  readonly roles: readonly (Role | 'all')[];
  readonly hash: string;
  readonly text: Readonly<Record<string, Bilingual>>;
  readonly sources: readonly Source[];
  /** The review field in the mentor file (a case's, for its stages). */
  readonly fileReview: Review;
  /** For a case stage: its case and stage ids. */
  readonly caseId?: string;
  readonly stageId?: string;
}

/** A short, stable hash of a JSON value (keys sorted, so formatting and key order do not matter). */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex').slice(0, 32);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const withoutReview = <T extends { review: Review }>(item: T): Omit<T, 'review'> & { review: undefined } => ({ ...item, review: undefined });
const list = (value: BilingualList): Bilingual => ({ en: value.en.map((x) => `• ${x}`).join('\n'), cy: value.cy.map((x) => `• ${x}`).join('\n') });

export function lessonItem(mentorId: string, lesson: Lesson): ReviewItem {
  return {
    key: `lesson:${lesson.id}`, kind: 'lesson', id: lesson.id, mentorId, title: lesson.title, level: lesson.level, roles: lesson.roles,
    hash: contentHash(withoutReview(lesson)), sources: lesson.sources, fileReview: lesson.review,
    text: { title: lesson.title, body: lesson.body, keyPoints: list(lesson.keyPoints), tryThis: lesson.tryThis },
  };
}

export function quizItem(mentorId: string, item: QuizItem, lesson: Lesson | undefined): ReviewItem {
  const options = Object.fromEntries(
    item.options.map((o, i) => [`option ${String.fromCharCode(65 + i)}${o.correct ? ' (correct)' : ''}`, o.misconception ? { en: `${o.text.en}\n— ${o.misconception.en}`, cy: `${o.text.cy}\n— ${o.misconception.cy}` } : o.text]),
  );
  return {
    key: `quiz:${item.id}`, kind: 'quiz', id: item.id, mentorId, title: item.stem, level: lesson?.level, roles: lesson?.roles ?? ['all'],
    hash: contentHash(withoutReview(item)), sources: item.sources, fileReview: item.review,
    text: { stem: item.stem, ...options, explanation: item.explanation },
  };
}

export function explainerItem(mentorId: string, explainer: Explainer): ReviewItem {
  return {
    key: `explainer:${explainer.id}`, kind: 'explainer', id: explainer.id, mentorId, title: explainer.question, roles: ['all'],
    hash: contentHash(withoutReview(explainer)), sources: explainer.sources, fileReview: explainer.review,
    // Reviewers approve everything the hash covers, so the follow-ups' authored texts are shown too.
    text: {
      question: explainer.question,
      answer: explainer.answer,
      ...(explainer.simpler ? { simpler: explainer.simpler } : {}),
      // How staff ask for it (retrieval only): covered by the hash, so shown for approval too.
      ...(explainer.askedAs ? { askedAs: list(explainer.askedAs) } : {}),
      ...Object.fromEntries((explainer.roleExamples ?? []).map((e) => [`example:${e.role}`, e.text])),
    },
  };
}

/** A stage's hash covers the case's shared parts too (title, summary, sources): editing them re-queues every stage. */
export function caseStageItem(mentorId: string, study: CaseStudy, stage: CaseStage, index: number): ReviewItem {
  const shared = { ...withoutReview(study), stages: undefined };
  return {
    key: `case-stage:${study.id}/${stage.id}`, kind: 'case-stage', id: `${study.id}/${stage.id}`, mentorId, caseId: study.id, stageId: stage.id,
    title: { en: `${study.title.en} · ${index + 1}. ${stage.title.en}`, cy: `${study.title.cy} · ${index + 1}. ${stage.title.cy}` }, roles: study.roles,
    hash: contentHash({ shared, stage }), sources: study.sources, fileReview: study.review,
    text: {
      ...(index === 0 ? { summary: study.summary } : {}),
      reveal: stage.reveal, questions: list(stage.questions), hint: stage.hint, modelAnswer: stage.modelAnswer, learningPoints: list(stage.learningPoints),
      concepts: { en: stage.concepts.map((c) => `• ${c.label.en}`).join('\n'), cy: stage.concepts.map((c) => `• ${c.label.cy}`).join('\n') },
      corrections: { en: stage.misconceptions.map((m) => `• ${m.correction.en}`).join('\n'), cy: stage.misconceptions.map((m) => `• ${m.correction.cy}`).join('\n') },
    },
  };
}

/** Every reviewable item of the faculty, in pathway order per mentor. */
export function reviewItems(mentors: readonly Mentor[]): ReviewItem[] {
  return mentors.flatMap((mentor) => {
    const lessons = new Map(mentor.lessons.map((l) => [l.id, l]));
    return [
      ...mentor.lessons.map((l) => lessonItem(mentor.id, l)),
      ...mentor.quiz.map((q) => quizItem(mentor.id, q, lessons.get(q.lessonId))),
      ...mentor.explainers.map((e) => explainerItem(mentor.id, e)),
      ...mentor.cases.flatMap((c) => c.stages.map((s, i) => caseStageItem(mentor.id, c, s, i))),
    ];
  });
}
