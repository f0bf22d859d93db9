import type { Mentor } from '../mentors/types';
import type { Learner } from '../learning/learner';
import type { LearningFact } from './facts';
import { MAX_ANSWER_SECONDS, STREAK_MILESTONES } from './vocabulary';

/** Per mentor: each quiz item's topic, and the items of each topic (content is immutable once loaded). */
const topicIndex = new WeakMap<Mentor, { topicOf: Map<string, string>; itemsOf: Map<string, string[]> }>();
function topicsOf(mentor: Mentor) {
  let index = topicIndex.get(mentor);
  if (!index) {
    const lessonTopic = new Map(mentor.lessons.map((l) => [l.id, l.topic]));
    index = { topicOf: new Map(), itemsOf: new Map() };
    for (const item of mentor.quiz) {
      const topic = lessonTopic.get(item.lessonId);
      if (!topic) continue;
      index.topicOf.set(item.id, topic);
      index.itemsOf.set(topic, [...(index.itemsOf.get(topic) ?? []), item.id]);
    }
    topicIndex.set(mentor, index);
  }
  return index;
}

/**
 * Topics newly mastered (every question last answered right): only the topics of items whose review
 * changed in this write are looked at, so a save that answered nothing costs nothing here (it runs
 * before every save of a learner).
 */
function masteryFacts(before: Learner, after: Learner, mentors: readonly Mentor[]): LearningFact[] {
  if (before.reviews === after.reviews) return [];
  const changed = Object.keys(after.reviews).filter((id) => after.reviews[id] !== before.reviews[id]);
  const facts: LearningFact[] = [];
  for (const mentor of mentors) {
    const { topicOf, itemsOf } = topicsOf(mentor);
    const topics = new Set(changed.flatMap((id) => topicOf.get(id) ?? []));
    const mastered = (learner: Learner, topic: string) => itemsOf.get(topic)!.every((id) => learner.reviews[id]?.lastCorrect === true);
    for (const topic of topics) if (mastered(after, topic) && !mastered(before, topic)) facts.push({ kind: 'topicMastered', mentorId: mentor.id, topic });
  }
  return facts;
}

function lessonFacts(before: Learner, after: Learner, mentors: readonly Mentor[]): LearningFact[] {
  const facts: LearningFact[] = [];
  for (const mentor of mentors) {
    const was = new Set(before.progress.lessonsDone[mentor.id] ?? []);
    const now = after.progress.lessonsDone[mentor.id] ?? [];
    const added = now.filter((id) => !was.has(id) && mentor.lessons.some((l) => l.id === id));
    if (added.length === 0) continue;
    if (was.size === 0) facts.push({ kind: 'pathwayStarted', mentorId: mentor.id });
    for (const lessonId of added) facts.push({ kind: 'lessonCompleted', mentorId: mentor.id, lessonId });
    const all = mentor.lessons.every((l) => now.includes(l.id));
    if (all && !mentor.lessons.every((l) => was.has(l.id))) facts.push({ kind: 'pathwayCompleted', mentorId: mentor.id });
  }
  return facts;
}

function answerFact(before: Learner, after: Learner, now: Date): LearningFact[] {
  const answer = after.lastAnswer;
  if (!answer || answer.nonce === before.lastAnswer?.nonce) return [];
  const issued = before.pendingQuiz?.nonce === answer.nonce ? Date.parse(before.pendingQuiz.issuedAt) : NaN;
  const answeredAt = now.getTime();
  const seconds = Number.isFinite(issued) && Number.isFinite(answeredAt) ? Math.max(0, Math.min(MAX_ANSWER_SECONDS, Math.round((answeredAt - issued) / 1000))) : undefined;
  return [{ kind: 'itemAnswered', mentorId: answer.mentorId, itemId: answer.itemId, optionId: answer.optionId, correct: answer.correct, confidence: answer.confidence, seconds, nonce: answer.nonce }];
}

/**
 * What a change to a learner's record achieved, worth reporting: lessons and pathways finished or
 * begun, an answer, topics newly mastered, case discussions credited, streak milestones reached.
 * A pure comparison of the record before and after, so it sees every route that changes the record
 * (chat, cards, nudges, cases) and, re-run when a write is retried, finds the same facts.
 */
export function factsBetween(before: Learner, after: Learner, mentors: readonly Mentor[], now: Date): LearningFact[] {
  const facts = [...lessonFacts(before, after, mentors), ...answerFact(before, after, now), ...masteryFacts(before, after, mentors)];
  const knownCases = new Set((before.cases ?? []).map((c) => `${c.thread}|${c.caseId}|${c.finishedAt}`));
  for (const c of after.cases ?? []) {
    if (!knownCases.has(`${c.thread}|${c.caseId}|${c.finishedAt}`)) facts.push({ kind: 'caseTakenPart', mentorId: c.mentorId, caseId: c.caseId, thread: c.thread, finishedAt: c.finishedAt, contributions: c.contributions });
  }
  const { streak } = after;
  if (streak.lastDay && streak.lastDay !== before.streak.lastDay && STREAK_MILESTONES.includes(streak.current)) {
    facts.push({ kind: 'streakMilestone', days: streak.current, day: streak.lastDay });
  }
  return facts;
}
