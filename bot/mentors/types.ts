import type { Language } from '../i18n';

/** Text authored in both languages. */
export type Bilingual = Readonly<Record<Language, string>>;

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface Explainer {
  readonly id: string;
  readonly topic: string;
  readonly question: Bilingual;
  readonly synonyms: readonly string[];
  readonly answer: Bilingual;
  readonly sources: readonly Source[];
  readonly review: { readonly status: 'draft' | 'reviewed'; readonly reviewer?: string; readonly date?: string };
}

/** One member of the digital faculty: loaded from `mentors/<id>/`, never branched on in code. */
export interface Mentor {
  readonly id: string;
  readonly name: string;
  readonly role: Bilingual;
  readonly persona: Bilingual;
  readonly topics: readonly string[];
  readonly refuses: Bilingual;
  readonly accent: string;
  readonly languages: readonly Language[];
  /** The mentor that answers when no other mentor's content fits. */
  readonly isDefault: boolean;
  readonly explainers: readonly Explainer[];
  /** Prompt names (relative to the mentors folder) by chain step, e.g. `{ answer: 'hali/prompts/answer' }`. */
  readonly prompts: Readonly<Record<string, string>>;
}
