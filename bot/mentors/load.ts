import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual, Explainer, Mentor, Source } from './types';

/** Thrown when mentor content is invalid; the message names the file, the field and the fix. */
export class ContentError extends Error {
  readonly code = 'content_invalid';
  constructor(readonly problems: readonly string[]) {
    super(`Mentor content is invalid (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

const ID = /^[a-z][a-z0-9-]{1,40}$/;
const ACCENTS = ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'];

/** Loads every `mentors/<id>/` folder under `root`, validating all of it before returning. */
export function loadMentors(root: string): Mentor[] {
  const problems: string[] = [];
  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  const mentors = folders.map((folder) => loadMentor(root, folder, problems));
  if (mentors.length === 0) problems.push(`${root}: no mentor folders found. Add mentors/<id>/mentor.json.`);
  const defaults = mentors.filter((m) => m.isDefault);
  if (mentors.length > 0 && defaults.length !== 1) {
    problems.push(`${root}: exactly one mentor.json must have "default": true (found ${defaults.length}).`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return mentors;
}

function loadMentor(root: string, folder: string, problems: string[]): Mentor {
  const dir = join(root, folder);
  const file = join(dir, 'mentor.json');
  const check = checker(file, problems);
  const raw = readJson(file, problems) ?? {};
  const id = check.string(raw, 'id');
  if (id && !ID.test(id)) check.fail('id', `"${id}" must be lower-case letters, digits and hyphens`);
  if (id && id !== folder) check.fail('id', `"${id}" must match its folder name "${folder}"`);
  const accent = check.string(raw, 'accent');
  if (accent && !ACCENTS.includes(accent)) check.fail('accent', `must be one of ${ACCENTS.join(', ')}`);
  return {
    id: id || folder,
    name: check.string(raw, 'name'),
    role: check.bilingual(raw, 'role'),
    persona: check.bilingual(raw, 'persona'),
    topics: check.strings(raw, 'topics'),
    refuses: check.bilingual(raw, 'refuses'),
    accent,
    languages: check.strings(raw, 'languages').filter((l): l is 'en' | 'cy' => l === 'en' || l === 'cy'),
    isDefault: raw.default === true,
    explainers: loadExplainers(join(dir, 'explainers.json'), problems),
    prompts: loadPrompts(root, folder, problems),
  };
}

function loadExplainers(file: string, problems: string[]): Explainer[] {
  if (!existsSync(file)) return [];
  const raw = readJson(file, problems);
  if (!Array.isArray(raw)) {
    if (raw !== undefined) problems.push(`${file}: must be a JSON array of explainers.`);
    return [];
  }
  const seen = new Set<string>();
  return raw.map((item: Record<string, unknown>, index: number) => {
    const check = checker(`${file}[${index}]`, problems);
    const id = check.string(item, 'id');
    if (seen.has(id)) check.fail('id', `"${id}" is used twice; ids must be unique`);
    seen.add(id);
    const status = (item.review as Record<string, unknown> | undefined)?.status;
    if (status !== 'draft' && status !== 'reviewed') check.fail('review.status', 'must be "draft" or "reviewed"');
    return {
      id,
      topic: check.string(item, 'topic'),
      question: check.bilingual(item, 'question'),
      synonyms: check.strings(item, 'synonyms'),
      answer: check.bilingual(item, 'answer'),
      sources: check.sources(item, 'sources'),
      review: { ...(item.review as object), status: status === 'reviewed' ? 'reviewed' : 'draft' },
    };
  });
}

function loadPrompts(root: string, folder: string, problems: string[]): Record<string, string> {
  const dir = join(root, folder, 'prompts');
  const prompts: Record<string, string> = {};
  if (!existsSync(dir)) {
    problems.push(`${dir}: missing. Add prompts/answer/skprompt.txt and prompts/answer/config.json.`);
    return prompts;
  }
  for (const step of readdirSync(dir)) {
    for (const part of ['skprompt.txt', 'config.json']) {
      if (!existsSync(join(dir, step, part))) problems.push(`${join(dir, step)}: missing ${part}; every prompt folder needs skprompt.txt and config.json.`);
    }
    readJson(join(dir, step, 'config.json'), problems);
    prompts[step] = `${folder}/prompts/${step}`;
  }
  if (!prompts.answer) problems.push(`${dir}: missing the "answer" prompt folder that every mentor needs.`);
  return prompts;
}

function readJson(file: string, problems: string[]): any {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${existsSync(file) ? `not valid JSON (${(error as Error).message}); fix the syntax` : 'missing; create it'}.`);
    return undefined;
  }
}

function checker(where: string, problems: string[]) {
  const fail = (field: string, fix: string) => problems.push(`${where}: field "${field}" ${fix}.`);
  const string = (obj: Record<string, unknown> | undefined, field: string): string => {
    const value = obj?.[field];
    if (typeof value === 'string' && value.trim()) return value;
    fail(field, 'must be a non-empty string');
    return '';
  };
  return {
    fail,
    string,
    strings(obj: Record<string, unknown>, field: string): string[] {
      const value = obj?.[field];
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim())) return value;
      fail(field, 'must be a non-empty array of strings');
      return [];
    },
    bilingual(obj: Record<string, unknown>, field: string): Bilingual {
      const value = obj?.[field] as Record<string, unknown> | undefined;
      const en = typeof value?.en === 'string' ? value.en.trim() : '';
      const cy = typeof value?.cy === 'string' ? value.cy.trim() : '';
      if (!en || !cy) fail(field, 'must have non-empty "en" and "cy" text (Welsh is required alongside English)');
      return { en, cy };
    },
    sources(obj: Record<string, unknown>, field: string): Source[] {
      const value = obj?.[field];
      if (!Array.isArray(value) || value.length === 0) {
        fail(field, 'must list at least one source { "title", "url" }');
        return [];
      }
      return value.map((source: Record<string, unknown>, i: number) => {
        const title = typeof source?.title === 'string' ? source.title.trim() : '';
        if (!title) fail(`${field}[${i}].title`, 'must be a non-empty string naming the source');
        const url = typeof source?.url === 'string' ? source.url : '';
        if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) fail(`${field}[${i}].url`, 'must be an https URL of a trusted public source');
        return { title, url };
      });
    },
  };
}
