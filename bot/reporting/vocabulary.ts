/**
 * The xAPI vocabulary HALI speaks: ADL verbs a learning team expects (the cmi5 set's experienced,
 * answered, completed, mastered, attempted, plus voided), ADL activity types, and HALI's own
 * extension and activity IRIs under one configurable base, so ids stay stable across releases.
 */
export const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-GB': 'experienced', 'cy-GB': 'profi' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered', 'cy-GB': 'ateb' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed', 'cy-GB': 'cwblhau' } },
  mastered: { id: 'http://adlnet.gov/expapi/verbs/mastered', display: { 'en-GB': 'mastered', 'cy-GB': 'meistroli' } },
  attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-GB': 'attempted', 'cy-GB': 'rhoi cynnig ar' } },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-GB': 'voided', 'cy-GB': 'dirymu' } },
} as const;
export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  pathway: 'http://adlnet.gov/expapi/activities/course',
  item: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  topic: 'http://adlnet.gov/expapi/activities/objective',
  case: 'http://adlnet.gov/expapi/activities/meeting',
  milestone: 'http://adlnet.gov/expapi/activities/performance',
} as const;
export type ActivityKind = keyof typeof ACTIVITY_TYPES;

/** The platform named in every statement's context. */
export const PLATFORM = 'HALI';

/** Streak lengths (days in a row) worth a statement. */
export const STREAK_MILESTONES: readonly number[] = [3, 7, 14, 30, 60, 100, 200, 365];

/** Minutes credited for a two-minute lesson (HALI's lessons are written to take two minutes). */
export const LESSON_MINUTES = 2;
/** The longest time an answer is credited with: a question left open over lunch is not an hour of study. */
export const MAX_ANSWER_SECONDS = 600;

/** The home page an Entra tenant's accounts live under (xAPI account.homePage). */
export function tenantHomePage(tenantId: string | undefined): string {
  return `https://login.microsoftonline.com/${tenantId ?? 'common'}/`;
}

/** IRIs under `base` (an IRI ending in "/" or ":"), for activities and extensions. */
export function iris(base: string) {
  const join = (...parts: string[]) => base + parts.map(encodeURIComponent).join('/');
  return {
    activity: (kind: ActivityKind, ...parts: string[]) => join(kind, ...parts),
    extension: (name: 'mentor' | 'role' | 'confidence' | 'contributions' | 'streak-days') => join('extension', name),
  };
}
