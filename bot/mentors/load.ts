import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual, CaseStudy, Explainer, Lesson, Mentor, QuizItem, Role } from './types';
import { LEVELS, ROLES } from './types';
import { readStageReplies } from './load-replies';
import { readAskedAs } from './load-asked-as';
import { checkTermGroups, readTermGroup } from './load-terms';
import { checkUniqueIds } from './load-ids';
import { ContentError, ContentProblems, FieldReader } from './validate';
import { PROMPT_LINE_LENGTH } from '../safety/prompt-leak';

export { ContentError } from './validate';

const ID = /^[a-z][a-z0-9-]{1,80}$/;
const ACCENTS = ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'];
const ROLE_VALUES = [...ROLES, 'all'] as const;

export interface LoadOptions {
  /** Serve content still marked draft (true outside production). */
  readonly serveDrafts?: boolean;
}

/** Loads every `mentors/<id>/` folder under `root`, validating all of it; throws ContentError on any error. */
export function loadMentors(root: string, options: LoadOptions = {}): Mentor[] {
  const { mentors, problems } = readFaculty(root);
  if (problems.errors.length > 0) throw new ContentError(problems.errors);
  return options.serveDrafts === false ? mentors.map(reviewedOnly) : mentors;
}

/** Reads and validates the faculty, returning what was read and every problem (for content:check). */
export function readFaculty(root: string): { mentors: Mentor[]; problems: ContentProblems } {
  const problems = new ContentProblems();
  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  const mentors = folders.map((folder) => readMentor(root, folder, problems));
  if (mentors.length === 0) problems.error(root, 'mentors', 'is empty: add mentors/<id>/mentor.json');
  const defaults = mentors.filter((m) => m.isDefault);
  if (mentors.length > 0 && defaults.length !== 1) problems.error(root, 'default', `must be true in exactly one mentor.json (found ${defaults.length})`);
  checkUniqueIds(root, mentors, problems);
  return { mentors, problems };
}

function reviewedOnly(mentor: Mentor): Mentor {
  const reviewed = <T extends { review: { status: string } }>(list: readonly T[]) => list.filter((x) => x.review.status === 'reviewed');
  const lessons = reviewed(mentor.lessons);
  const lessonIds = new Set(lessons.map((l) => l.id));
  return { ...mentor, explainers: reviewed(mentor.explainers), lessons, quiz: reviewed(mentor.quiz).filter((q) => lessonIds.has(q.lessonId)), cases: reviewed(mentor.cases) };
}

function readJson(file: string, problems: ContentProblems, required: boolean): unknown {
  if (!existsSync(file)) {
    if (required) problems.error(file, '(file)', 'is missing; create it');
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.error(file, '(file)', `is not valid JSON (${(error as Error).message}); fix the syntax`);
    return undefined;
  }
}

function readList<T>(file: string, problems: ContentProblems, readItem: (item: FieldReader, index: number) => T): T[] {
  const raw = readJson(file, problems, false);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.error(file, '(file)', 'must be a JSON array');
    return [];
  }
  return raw.map((item, index) => readItem(new FieldReader(`${file}[${index}]`, item && typeof item === 'object' ? item : undefined, problems), index));
}

/** Every topic's name in English and Welsh: "genomics basics" is shown as "Hanfodion genomeg" on a Welsh card. */
function readTopicNames(r: FieldReader, topics: readonly string[]): Record<string, Bilingual> {
  const raw = r.raw('topicNames');
  const given = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const names: Record<string, Bilingual> = {};
  for (const topic of topics) {
    const name = given[topic] as Partial<Record<'en' | 'cy', unknown>> | undefined;
    if (typeof name?.en !== 'string' || !name.en.trim() || typeof name?.cy !== 'string' || !name.cy.trim()) {
      r.fail('topicNames', `has no English and Welsh name for the topic "${topic}"; add "${topic}": { "en": "…", "cy": "…" }`);
    } else names[topic] = { en: name.en, cy: name.cy };
  }
  return names;
}

function readMentor(root: string, folder: string, problems: ContentProblems): Mentor {
  const dir = join(root, folder);
  const r = new FieldReader(join(dir, 'mentor.json'), readJson(join(dir, 'mentor.json'), problems, true) as Record<string, unknown>, problems);
  const id = r.string('id');
  if (id && !ID.test(id)) r.fail('id', `"${id}" must be lower-case letters, digits and hyphens`);
  if (id && id !== folder) r.fail('id', `"${id}" must match its folder name "${folder}"`);
  const accent = r.string('accent');
  if (accent && !ACCENTS.includes(accent)) r.fail('accent', `must be one of ${ACCENTS.join(', ')}`);
  const topics = r.strings('topics');
  const onTopic = (item: FieldReader) => {
    const topic = item.string('topic');
    if (topic && !topics.includes(topic)) item.fail('topic', `"${topic}" is not one of the mentor's topics (${topics.join(', ')})`);
    return topic;
  };
  const topicNames = readTopicNames(r, topics);
  const lessons = readList(join(dir, 'lessons.json'), problems, (item) => readLesson(item, onTopic));
  const lessonIds = new Set(lessons.map((l) => l.id));
  const quiz = readList(join(dir, 'quiz.json'), problems, (item) => readQuizItem(item, lessonIds));
  const terms = readList(join(dir, 'terms.json'), problems, readTermGroup);
  checkTermGroups(join(dir, 'terms.json'), terms, problems);
  return {
    id: id || folder,
    name: r.string('name'),
    role: r.bilingual('role'),
    persona: r.bilingual('persona'),
    topics,
    topicNames,
    refuses: r.bilingual('refuses'),
    accent,
    languages: r.strings('languages').filter((l): l is 'en' | 'cy' => l === 'en' || l === 'cy'),
    isDefault: r.raw('default') === true,
    ...readReviewPeriod(r),
    ...readFieldWords(r),
    explainers: readList(join(dir, 'explainers.json'), problems, (item) => readExplainer(item, onTopic)),
    lessons: [...lessons].sort((a, b) => a.order - b.order),
    quiz,
    cases: readList(join(dir, 'cases.json'), problems, (item) => readCase(item, onTopic, lessonIds)),
    terms,
    prompts: readPrompts(root, folder, problems),
    promptLines: readPromptLines(join(dir, 'prompts')),
  };
}

/** Optional `fieldWords`: single words in lower case, each naming something in the mentor's field. */
function readFieldWords(r: FieldReader): { fieldWords?: readonly string[] } {
  const value = r.raw('fieldWords');
  if (value === undefined) return {};
  if (Array.isArray(value) && value.length > 0 && value.every((w) => typeof w === 'string' && /^\p{Ll}[\p{Ll}\d'’-]*$/u.test(w))) return { fieldWords: value as string[] };
  r.fail('fieldWords', 'must be a list of single words in lower case (what puts a question in this mentor\'s field, e.g. "nipt", "trisomy")');
  return {};
}

/** Optional `reviewPeriodMonths`: a whole number of months, 1 to 60. */
function readReviewPeriod(r: FieldReader): { reviewPeriodMonths?: number } {
  const value = r.raw('reviewPeriodMonths');
  if (value === undefined) return {};
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60) return { reviewPeriodMonths: value };
  r.fail('reviewPeriodMonths', 'must be a whole number of months from 1 to 60 (how often reviewed content is re-reviewed)');
  return {};
}

function readExplainer(r: FieldReader, onTopic: (r: FieldReader) => string): Explainer {
  const simpler = r.optionalBilingual('simpler');
  const roleExamples = readRoleExamples(r);
  const askedAs = readAskedAs(r);
  return {
    id: r.string('id'),
    topic: onTopic(r),
    question: r.bilingual('question'),
    synonyms: r.strings('synonyms'),
    ...(askedAs ? { askedAs } : {}),
    answer: r.bilingual('answer'),
    ...(simpler ? { simpler } : {}),
    ...(roleExamples.length > 0 ? { roleExamples } : {}),
    sources: r.sources(),
    review: r.review(),
  };
}

/** Optional `roleExamples`: a list of { role, text: { en, cy } }, one per role. */
function readRoleExamples(r: FieldReader): NonNullable<Explainer['roleExamples']> {
  const raw = r.raw('roleExamples');
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    r.fail('roleExamples', 'must be a list of { "role": "<role>", "text": { "en": "...", "cy": "..." } }');
    return [];
  }
  const examples = r.list('roleExamples').map((e) => ({ role: e.string('role') as Role, text: e.bilingual('text') }));
  for (const { role } of examples) if (!(ROLES as readonly string[]).includes(role)) r.fail('roleExamples', `has role "${role}", which is not one of ${ROLES.join(', ')}`);
  if (new Set(examples.map((e) => e.role)).size !== examples.length) r.fail('roleExamples', 'has a role twice: keep one example per role');
  return examples;
}

function readLesson(r: FieldReader, onTopic: (r: FieldReader) => string): Lesson {
  return {
    id: r.string('id'),
    order: r.number('order'),
    title: r.bilingual('title'),
    topic: onTopic(r),
    level: r.oneOf('level', LEVELS),
    roles: readRoles(r),
    body: r.bilingual('body'),
    keyPoints: r.bilingualList('keyPoints', 2, 3),
    tryThis: r.bilingual('tryThis'),
    sources: r.sources(),
    review: r.review(),
  };
}

function readRoles(r: FieldReader): Lesson['roles'] {
  const roles = r.strings('roles');
  for (const role of roles) if (!(ROLE_VALUES as readonly string[]).includes(role)) r.fail('roles', `has "${role}", which is not one of ${ROLE_VALUES.join(', ')}`);
  return roles.filter((role): role is Lesson['roles'][number] => (ROLE_VALUES as readonly string[]).includes(role));
}

function readQuizItem(r: FieldReader, lessonIds: Set<string>): QuizItem {
  const lessonId = r.string('lessonId');
  if (lessonId && !lessonIds.has(lessonId)) r.fail('lessonId', `"${lessonId}" is not a lesson of this mentor`);
  const options = r.list('options').map((o) => {
    const correct = o.raw('correct') === true;
    if (typeof o.raw('correct') !== 'boolean') o.fail('correct', 'must be true or false');
    return { id: o.string('id'), text: o.bilingual('text'), correct, ...(correct ? {} : { misconception: o.bilingual('misconception') }) };
  });
  if (options.length < 3 || options.length > 4) r.fail('options', `must have 3 or 4 options (found ${options.length})`);
  const correct = options.filter((o) => o.correct).length;
  if (correct !== 1) r.fail('options', `must have exactly one correct option (found ${correct})`);
  if (new Set(options.map((o) => o.id)).size !== options.length) r.fail('options', 'must have distinct option ids');
  return { id: r.string('id'), lessonId, stem: r.bilingual('stem'), options, explanation: r.bilingual('explanation'), sources: r.sources(), review: r.review() };
}

function readCase(r: FieldReader, onTopic: (r: FieldReader) => string, lessonIds: ReadonlySet<string>): CaseStudy {
  const stages = r.list('stages').map((s) => {
    const concepts = s.list('concepts').map((c) => {
      const probe = c.optionalBilingual('probe');
      return { id: c.string('id'), label: c.bilingual('label'), synonyms: c.strings('synonyms'), ...(probe ? { probe } : {}) };
    });
    if (concepts.length < 2 || concepts.length > 5) s.fail('concepts', `must list 2 to 5 concepts (found ${concepts.length})`);
    const misconceptions = s.list('misconceptions').map((m) => ({ id: m.string('id'), synonyms: m.strings('synonyms'), correction: m.bilingual('correction') }));
    return {
      id: s.string('id'),
      title: s.bilingual('title'),
      reveal: s.bilingual('reveal'),
      questions: s.bilingualList('questions', 1, 3),
      concepts,
      modelAnswer: s.bilingual('modelAnswer'),
      learningPoints: s.bilingualList('learningPoints', 1, 3),
      hint: s.bilingual('hint'),
      misconceptions,
      replies: readStageReplies(s, concepts.map((c) => c.id), misconceptions.map((m) => m.id)),
    };
  });
  if (stages.length < 3 || stages.length > 5) r.fail('stages', `must have 3 to 5 stages (found ${stages.length})`);
  const relatedLessons = r.optionalStrings('relatedLessons');
  for (const id of relatedLessons) if (!lessonIds.has(id)) r.fail('relatedLessons', `"${id}" is not a lesson of this mentor; use an id from lessons.json`);
  return { id: r.string('id'), title: r.bilingual('title'), topic: onTopic(r), roles: readRoles(r), summary: r.bilingual('summary'), stages, sources: r.sources(), relatedLessons, review: r.review() };
}

function readPrompts(root: string, folder: string, problems: ContentProblems): Record<string, string> {
  const dir = join(root, folder, 'prompts');
  const prompts: Record<string, string> = {};
  if (!existsSync(dir)) {
    problems.error(dir, '(folder)', 'is missing: add prompts/answer/skprompt.txt and prompts/answer/config.json');
    return prompts;
  }
  for (const step of readdirSync(dir)) {
    if (!existsSync(join(dir, step, 'skprompt.txt'))) problems.error(join(dir, step), 'skprompt.txt', 'is missing; every prompt folder needs skprompt.txt and config.json');
    readJson(join(dir, step, 'config.json'), problems, true);
    prompts[step] = `${folder}/prompts/${step}`;
  }
  if (!prompts.answer) problems.error(dir, 'answer', 'prompt folder is missing; every mentor needs prompts/answer');
  return prompts;
}

/** Every line of the mentor's prompt texts long enough to be recognised if a model repeats it. */
function readPromptLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((step) => existsSync(join(dir, step, 'skprompt.txt')))
    .flatMap((step) => readFileSync(join(dir, step, 'skprompt.txt'), 'utf8').split('\n'))
    .map((line) => line.replace(/\{\{\$[\w.]+\}\}/g, '').replace(/^[-\s]+/, '').trim())
    .filter((line) => line.length >= 40)
    .map((line) => line.slice(0, PROMPT_LINE_LENGTH).toLowerCase());
}
