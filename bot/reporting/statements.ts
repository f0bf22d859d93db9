import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import { writingLanguage, type Learner } from '../learning/learner';
import type { LanguageMap, QueuedStatement, XapiActivity } from '../learning/learning-records';
import type { LearningFact } from '../learning/learning-records';
import { statementId } from './ids';
export type { QueuedStatement, XapiActivity } from '../learning/learning-records';
import { contentOf, idOf, identityOf } from './identity';
import { ACTIVITY_TYPES, iris, LESSON_MINUTES, PLATFORM, VERBS, type ActivityKind } from './vocabulary';

export interface StatementSettings {
  /** IRI prefix for HALI's activities and extensions. */
  readonly activityBase: string;
}

const TAG: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };
const both = (text: Readonly<Record<Language, string>>): LanguageMap => ({ 'en-GB': text.en, 'cy-GB': text.cy });
const plain = (text: string): LanguageMap => ({ 'en-GB': text, 'cy-GB': text });
const minutes = (n: number) => `PT${Math.round(n * 60)}S`;

/**
 * Words a learning fact as an xAPI 1.0.3 statement: a deterministic id, an ADL verb, a stable
 * activity id, the result, and context (mentor as instructor, role, language, platform "HALI").
 * The id and the object's IRI come from the fact's identity (identity.ts), as the outbox queued it.
 */
export function buildStatement(fact: LearningFact, learner: Learner, mentors: readonly Mentor[], settings: StatementSettings, at: Date): QueuedStatement | undefined {
  const content = 'mentorId' in fact ? contentOf(mentors, fact.mentorId) : undefined;
  const identity = identityOf(fact, content, at);
  if (!identity) return undefined;
  const mentor = content?.mentor;
  const iri = iris(settings.activityBase);
  const activity = (kind: ActivityKind, name: LanguageMap, ...parts: string[]): XapiActivity => ({
    objectType: 'Activity',
    id: iri.activity(kind, ...parts),
    definition: { type: ACTIVITY_TYPES[kind], name },
  });
  const pathway = mentor ? activity('pathway', both({ en: `${mentor.name}: HALI pathway`, cy: `${mentor.name}: llwybr HALI` }), mentor.id) : undefined;
  const context = {
    platform: PLATFORM,
    language: TAG[writingLanguage(learner)],
    ...(pathway ? { contextActivities: { grouping: [pathway] } } : {}),
    extensions: { ...(mentor ? { [iri.extension('mentor')]: mentor.id } : {}), [iri.extension('role')]: learner.profile.role ?? 'unstated' },
  };
  const object = (name: LanguageMap) => activity(identity.kind, name, ...identity.parts);
  const make = (object: XapiActivity, result?: Record<string, unknown>, parent?: XapiActivity): QueuedStatement => ({
    id: idOf(identity, learner, settings.activityBase),
    verb: VERBS[identity.verb],
    object,
    ...(result ? { result } : {}),
    context: parent ? { ...context, contextActivities: { ...(pathway ? { grouping: [pathway] } : {}), parent: [parent] } } : context,
    timestamp: at.toISOString(),
  });
  switch (fact.kind) {
    case 'lessonCompleted':
      return make(object(both(content!.lessons.get(fact.lessonId)!.title)), { completion: true, duration: minutes(LESSON_MINUTES) }, pathway);
    case 'pathwayStarted':
      return make(pathway!);
    case 'pathwayCompleted':
      return make(pathway!, { completion: true });
    case 'itemAnswered': {
      const item = content!.items.get(fact.itemId)!;
      const lesson = content!.lessons.get(item.lessonId)!;
      const question = object(both({ en: `${lesson.title.en}: question`, cy: `${lesson.title.cy}: cwestiwn` }));
      const interaction = { ...question, definition: { ...question.definition, interactionType: 'choice', correctResponsesPattern: item.options.filter((o) => o.correct).map((o) => o.id) } };
      const result = {
        success: fact.correct,
        score: { scaled: fact.correct ? 1 : 0, raw: fact.correct ? 1 : 0, min: 0, max: 1 },
        response: fact.optionId,
        ...(fact.seconds !== undefined ? { duration: `PT${fact.seconds}S` } : {}),
        extensions: { [iri.extension('confidence')]: fact.confidence ?? 'unstated' },
      };
      return make(interaction, result, activity('lesson', both(lesson.title), mentor!.id, lesson.id));
    }
    case 'topicMastered':
      // The topic as the content names it in each language; a topic the content no longer names keeps its id.
      return make(object(mentor?.topicNames[fact.topic] ? both(mentor.topicNames[fact.topic]) : plain(fact.topic)), { success: true, completion: true }, pathway);
    case 'caseTakenPart': {
      const result = { completion: true, extensions: { [iri.extension('contributions')]: fact.contributions } };
      return make(object(both(content!.cases.get(fact.caseId)!.title)), result);
    }
    case 'streakMilestone': {
      const name = { en: `${fact.days} days of learning in a row`, cy: `${fact.days} diwrnod o ddysgu yn olynol` };
      return make(object(both(name)), { completion: true, extensions: { [iri.extension('streak-days')]: fact.days } });
    }
  }
}

/**
 * A statement that voids `targetId`, made in HALI's own name: the learner's record is gone by then,
 * so the actor is HALI's app registration (`appId`) under the tenant's home page.
 */
export function voidingStatement(targetId: string, tenantHomePage: string, appId: string, at: Date): QueuedStatement {
  return {
    id: statementId('void', targetId),
    actor: { objectType: 'Agent', name: PLATFORM, account: { homePage: tenantHomePage, name: appId } },
    verb: VERBS.voided,
    object: { objectType: 'StatementRef', id: targetId },
    timestamp: at.toISOString(),
  };
}
