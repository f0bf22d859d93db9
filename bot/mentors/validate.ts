import type { Bilingual, BilingualList, FileApproval, Review, Source } from './types';

/** Problems found in content: errors stop start-up; warnings are for `npm run content:check`. */
export class ContentProblems {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  error(where: string, field: string, fix: string): void {
    this.errors.push(`${where}: field "${field}" ${fix}.`);
  }

  warn(where: string, field: string, note: string): void {
    this.warnings.push(`${where}: field "${field}" ${note}.`);
  }
}

/** Thrown when mentor content is invalid; the message names the file, the field and the fix. */
export class ContentError extends Error {
  readonly code = 'content_invalid';
  constructor(readonly problems: readonly string[]) {
    super(`Mentor content is invalid (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

export const englishWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Reads typed fields from one parsed JSON object, recording a problem (with the fix) for each one
 * that is missing or malformed and returning a harmless empty value so checking can go on.
 */
export class FieldReader {
  constructor(
    readonly where: string,
    private readonly obj: Record<string, unknown> | undefined,
    private readonly problems: ContentProblems,
  ) {}

  fail(field: string, fix: string): void {
    this.problems.error(this.where, field, fix);
  }

  raw(field: string): unknown {
    return this.obj?.[field];
  }

  string(field: string): string {
    const value = this.obj?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
    this.fail(field, 'must be a non-empty string');
    return '';
  }

  number(field: string): number {
    const value = this.obj?.[field];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(field, 'must be a number');
    return 0;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.obj?.[field];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(field, `must be one of ${allowed.join(', ')} (found ${JSON.stringify(value)})`);
    return allowed[0];
  }

  strings(field: string): string[] {
    const value = this.obj?.[field];
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim())) return value.map((v: string) => v.trim());
    this.fail(field, 'must be a non-empty list of strings');
    return [];
  }

  /** An optional list of strings: absent is an empty list, anything else must be well formed. */
  optionalStrings(field: string): string[] {
    return this.obj?.[field] === undefined ? [] : this.strings(field);
  }

  /** An optional bilingual text: absent is undefined, anything else must have both languages. */
  optionalBilingual(field: string): Bilingual | undefined {
    return this.obj?.[field] === undefined ? undefined : this.bilingual(field);
  }

  bilingual(field: string): Bilingual {
    const value = this.obj?.[field] as Record<string, unknown> | undefined;
    const en = typeof value?.en === 'string' ? value.en.trim() : '';
    const cy = typeof value?.cy === 'string' ? value.cy.trim() : '';
    if (!en || !cy) this.fail(field, 'must have non-empty "en" and "cy" text (Welsh is required alongside English)');
    return { en, cy };
  }

  bilingualList(field: string, min: number, max: number): BilingualList {
    const value = this.obj?.[field] as Record<string, unknown> | undefined;
    const list = (lang: 'en' | 'cy') => (Array.isArray(value?.[lang]) ? (value![lang] as unknown[]).filter((v): v is string => typeof v === 'string' && !!v.trim()) : []);
    const en = list('en');
    const cy = list('cy');
    if (en.length < min || en.length > max) this.fail(field, `must have ${min} to ${max} "en" entries (found ${en.length})`);
    if (cy.length !== en.length) this.fail(field, `must have as many "cy" entries as "en" ones (${cy.length} vs ${en.length})`);
    return { en, cy };
  }

  sources(field = 'sources'): Source[] {
    const value = this.obj?.[field];
    if (!Array.isArray(value) || value.length === 0) {
      this.fail(field, 'must list at least one source { "title", "url" }');
      return [];
    }
    return value.map((source: Record<string, unknown>, i: number) => {
      const title = typeof source?.title === 'string' ? source.title.trim() : '';
      if (!title) this.fail(`${field}[${i}].title`, 'must be a non-empty string naming the source');
      const url = typeof source?.url === 'string' ? source.url : '';
      if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) this.fail(`${field}[${i}].url`, 'must be an https URL of a trusted public source');
      return { title, url };
    });
  }

  review(field = 'review'): Review {
    const value = this.obj?.[field] as Record<string, unknown> | undefined;
    const status = value?.status;
    if (status !== 'draft' && status !== 'reviewed') {
      this.fail(`${field}.status`, 'must be "draft" or "reviewed"');
      return { status: 'draft' };
    }
    if (status === 'reviewed') {
      const reviewer = typeof value?.reviewer === 'string' ? value.reviewer.trim() : '';
      const date = typeof value?.date === 'string' ? value.date : '';
      if (!reviewer) this.fail(`${field}.reviewer`, 'must name who reviewed it (name, role) when the status is "reviewed"');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) this.fail(`${field}.date`, 'must be the review date as YYYY-MM-DD when the status is "reviewed"');
      const approvals = this.approvals(value?.approvals, `${field}.approvals`);
      return approvals.length > 0 ? { status, reviewer, date, approvals } : { status, reviewer, date };
    }
    return { status };
  }

  /** Approvals written by `npm run content:approvals`; each must name its role, reviewer, date and hash. */
  private approvals(value: unknown, field: string): FileApproval[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(field, 'must be a list of { role, reviewer, date, hash }');
      return [];
    }
    return value.flatMap((entry: Record<string, unknown>, i: number) => {
      const role = entry?.role;
      const ok = (role === 'educator' || role === 'welsh-reviewer') && typeof entry.reviewer === 'string' && typeof entry.date === 'string' && typeof entry.hash === 'string' && /^[0-9a-f]{16,64}$/.test(entry.hash);
      if (!ok) {
        this.fail(`${field}[${i}]`, 'must have role (educator or welsh-reviewer), reviewer, date and a hex hash; re-run npm run content:approvals');
        return [];
      }
      const stage = typeof entry.stage === 'string' ? { stage: entry.stage } : {};
      return [{ role, reviewer: entry.reviewer as string, date: entry.date as string, hash: entry.hash as string, ...stage }];
    });
  }

  /** Readers for the objects in a list field, so problems name the path (e.g. `options[2]`). */
  list(field: string): FieldReader[] {
    const value = this.obj?.[field];
    if (!Array.isArray(value)) return [];
    return value.map((item, i) => new FieldReader(`${this.where}.${field}[${i}]`, item && typeof item === 'object' ? (item as Record<string, unknown>) : undefined, this.problems));
  }
}
