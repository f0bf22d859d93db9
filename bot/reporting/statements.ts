import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import type { Learner } from '../learning/learner';
import type { LanguageMap, QueuedStatement, XapiActivity } from '../learning/learning-records';
import type { LearningFact } from '../learning/learning-records';
import { statementId } from './ids';
export type { QueuedStatement, XapiActivity } from '../learning/learning-records';
import { ACTIVITY_TYPES, iris, LESSON_MINUTES, PLATFORM, VERBS, type ActivityKind, type VerbName } from './vocabulary';

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
 */
export function buildStatement(fact: LearningFact, learner: Learner, mentors: readonly Mentor[], settings: StatementSettings, at: Date): QueuedStatement | undefined {
  const iri = iris(settings.activityBase);
  const mentor = 'mentorId' in fact ? mentors.find((m) => m.id === fact.mentorId) : undefined;
  if ('mentorId' in fact && !mentor) return undefined;
  const activity = (kind: ActivityKind, name: LanguageMap, ...parts: string[]): XapiActivity => ({
    objectType: 'Activity',
    id: iri.activity(kind, ...parts),
    definition: { type: ACTIVITY_TYPES[kind], name },
  });
  const pathway = mentor ? activity('pathway', plain(`${mentor.name}: HALI pathway`), mentor.id) : undefined;
  const context = {
    platform: PLATFORM,
    language: TAG[learner.language ?? 'en'],
    ...(pathway ? { contextActivities: { grouping: [pathway] } } : {}),
    extensions: { ...(mentor ? { [iri.extension('mentor')]: mentor.id } : {}), [iri.extension('role')]: learner.profile.role ?? 'unstated' },
  };
  const make = (verb: VerbName, object: XapiActivity, key: string, result?: Record<string, unknown>, parent?: XapiActivity): QueuedStatement => ({
    id: statementId(learner.id, learner.createdAt, verb, object.id, key),
    verb: VERBS[verb],
    object,
    ...(result ? { result } : {}),
    context: parent ? { ...context, contextActivities: { ...(pathway ? { grouping: [pathway] } : {}), parent: [parent] } } : context,
    timestamp: at.toISOString(),
  });
  switch (fact.kind) {
    case 'lessonCompleted': {
      const lesson = mentor!.lessons.find((l) => l.id === fact.lessonId);
      if (!lesson) return undefined;
      return make('completed', activity('lesson', both(lesson.title), mentor!.id, lesson.id), '', { completion: true, duration: minutes(LESSON_MINUTES) }, pathway);
    }
    case 'pathwayStarted':
      return make('attempted', pathway!, '');
    case 'pathwayCompleted':
      return make('completed', pathway!, '', { completion: true });
    case 'itemAnswered': {
      const item = mentor!.quiz.find((q) => q.id === fact.itemId);
      const lesson = item && mentor!.lessons.find((l) => l.id === item.lessonId);
      if (!item || !lesson) return undefined;
      const object: XapiActivity = {
        ...activity('item', both({ en: `${lesson.title.en}: question`, cy: `${lesson.title.cy}: cwestiwn` }), mentor!.id, item.id),
      };
      const interaction = { ...object, definition: { ...object.definition, interactionType: 'choice', correctResponsesPattern: item.options.filter((o) => o.correct).map((o) => o.id) } };
      const result = {
        success: fact.correct,
        score: { scaled: fact.correct ? 1 : 0, raw: fact.correct ? 1 : 0, min: 0, max: 1 },
        response: fact.optionId,
        ...(fact.seconds !== undefined ? { duration: `PT${fact.seconds}S` } : {}),
        extensions: { [iri.extension('confidence')]: fact.confidence ?? 'unstated' },
      };
      return make('answered', interaction, fact.nonce, result, activity('lesson', both(lesson.title), mentor!.id, lesson.id));
    }
    case 'topicMastered':
      return make('mastered', activity('topic', plain(fact.topic), mentor!.id, fact.topic), at.toISOString(), { success: true, completion: true }, pathway);
    case 'caseTakenPart': {
      const study = mentor!.cases.find((c) => c.id === fact.caseId);
      if (!study) return undefined;
      const result = { completion: true, extensions: { [iri.extension('contributions')]: fact.contributions } };
      return make('experienced', activity('case', both(study.title), mentor!.id, study.id), `${fact.thread}|${fact.finishedAt}`, result);
    }
    case 'streakMilestone': {
      const name = { en: `${fact.days} days of learning in a row`, cy: `${fact.days} diwrnod o ddysgu yn olynol` };
      return make('completed', activity('milestone', both(name), 'streak', String(fact.days)), fact.day, { completion: true, extensions: { [iri.extension('streak-days')]: fact.days } });
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
