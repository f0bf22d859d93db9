import type { CaseStudy, Lesson, Mentor, QuizItem } from '../mentors/types';
import type { Learner } from '../learning/learner';
import type { LearningFact } from '../learning/learning-records';
import { statementId } from './ids';
import { iris, type ActivityKind, type VerbName } from './vocabulary';

/**
 * What makes a statement itself, and so its id: the verb, the object (an activity kind and the parts
 * of its IRI) and a key that tells apart repeats of the same learning (an answer's one-time code, a
 * case thread, a milestone's day). The outbox rule runs before every save of a learner and needs only
 * the id; the whole statement is worded when it is sent (`buildStatement`, which takes its id from
 * here, so the two can never disagree).
 */
export interface StatementIdentity {
  readonly verb: VerbName;
  readonly kind: ActivityKind;
  readonly parts: readonly string[];
  readonly key: string;
}

/** A mentor's content by id (content is immutable once loaded, so each mentor is indexed once). */
export interface MentorContent {
  readonly mentor: Mentor;
  readonly lessons: ReadonlyMap<string, Lesson>;
  readonly items: ReadonlyMap<string, QuizItem>;
  readonly cases: ReadonlyMap<string, CaseStudy>;
}

const indexed = new WeakMap<Mentor, MentorContent>();

/** The mentor a fact names, with its content indexed; undefined when the fact names no mentor HALI serves. */
export function contentOf(mentors: readonly Mentor[], mentorId: string): MentorContent | undefined {
  const mentor = mentors.find((m) => m.id === mentorId);
  if (!mentor) return undefined;
  let content = indexed.get(mentor);
  if (!content) {
    const byId = <T extends { readonly id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
    content = { mentor, lessons: byId(mentor.lessons), items: byId(mentor.quiz), cases: byId(mentor.cases) };
    indexed.set(mentor, content);
  }
  return content;
}

/** The identity of the statement a fact makes as of `at`; undefined when the content it names is gone. */
export function identityOf(fact: LearningFact, content: MentorContent | undefined, at: Date): StatementIdentity | undefined {
  if ('mentorId' in fact && !content) return undefined;
  const mentorId = content?.mentor.id ?? '';
  switch (fact.kind) {
    case 'lessonCompleted':
      return content!.lessons.has(fact.lessonId) ? { verb: 'completed', kind: 'lesson', parts: [mentorId, fact.lessonId], key: '' } : undefined;
    case 'pathwayStarted':
      return { verb: 'attempted', kind: 'pathway', parts: [mentorId], key: '' };
    case 'pathwayCompleted':
      return { verb: 'completed', kind: 'pathway', parts: [mentorId], key: '' };
    case 'itemAnswered': {
      const item = content!.items.get(fact.itemId);
      return item && content!.lessons.has(item.lessonId) ? { verb: 'answered', kind: 'item', parts: [mentorId, item.id], key: fact.nonce } : undefined;
    }
    case 'topicMastered':
      return { verb: 'mastered', kind: 'topic', parts: [mentorId, fact.topic], key: at.toISOString() };
    case 'caseTakenPart':
      return content!.cases.has(fact.caseId) ? { verb: 'experienced', kind: 'case', parts: [mentorId, fact.caseId], key: `${fact.thread}|${fact.finishedAt}` } : undefined;
    case 'streakMilestone':
      return { verb: 'completed', kind: 'milestone', parts: ['streak', String(fact.days)], key: fact.day };
  }
}

/** The statement id of an identity for this learner (a new record after "forget me" gets new ids). */
export function idOf(identity: StatementIdentity, learner: Pick<Learner, 'id' | 'createdAt'>, activityBase: string): string {
  return statementId(learner.id, learner.createdAt, identity.verb, iris(activityBase).activity(identity.kind, ...identity.parts), identity.key);
}

/** The id of the statement a fact makes, without wording it; undefined when its content is gone. */
export function statementIdOf(fact: LearningFact, learner: Pick<Learner, 'id' | 'createdAt'>, mentors: readonly Mentor[], activityBase: string, at: Date): string | undefined {
  const identity = identityOf(fact, 'mentorId' in fact ? contentOf(mentors, fact.mentorId) : undefined, at);
  return identity && idOf(identity, learner, activityBase);
}
