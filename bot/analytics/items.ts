import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import { itemFlags, pointBiserial, proportion, type ItemFlag } from './stats';
import { showable, type Cohort } from './suppress';

export interface OptionRow {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  readonly misconception?: string;
  readonly chosen: number;
  /** Share of first answers choosing this option: for a wrong option, how common its misconception is. */
  readonly rate: number;
}

/** One quiz item's analysis; the figures are absent when too few learners answered it. */
export interface ItemRow {
  readonly itemId: string;
  readonly lessonId: string;
  readonly stem: string;
  readonly suppressed: boolean;
  readonly attempts?: number;
  readonly learners?: number;
  readonly pCorrect?: number;
  readonly discrimination?: number | null;
  readonly sureButWrong?: number | null;
  readonly options?: readonly OptionRow[];
  readonly flags?: readonly ItemFlag[];
}

/** Item analysis for every quiz item of `mentor` in the cohort. */
export function itemAnalysis(mentor: Mentor, cohort: Cohort, language: Language): ItemRow[] {
  const c = cohort.selected;
  return mentor.quiz.map((item) => {
    const base = { itemId: item.id, lessonId: item.lessonId, stem: item.stem[language] };
    const key = (name: string) => c[`i:${item.id}:${name}`] ?? 0;
    const n = key('n');
    if (!showable(cohort, `i:${item.id}:n`)) return { ...base, suppressed: true };
    const options = item.options.map((o) => {
      const chosen = key(`o:${o.id}`);
      return { id: o.id, text: o.text[language], correct: o.correct, ...(o.misconception ? { misconception: o.misconception[language] } : {}), chosen, rate: chosen / n };
    });
    const pCorrect = key('c') / n;
    const discrimination = pointBiserial({ n: key('rn'), sx: key('rx'), sxx: key('rxx'), sy: key('ry'), sxy: key('rxy') });
    const flags = itemFlags(pCorrect, discrimination, options.filter((o) => !o.correct).map((o) => o.chosen));
    return {
      ...base,
      suppressed: false,
      attempts: key('att'),
      learners: n,
      pCorrect,
      discrimination: discrimination ?? null,
      sureButWrong: proportion(key('sw'), key('sure')) ?? null,
      options,
      flags,
    };
  });
}

export interface MisconceptionRow {
  readonly misconception: string;
  /** Wrong choices that voice it, over first answers to the items that offer it. */
  readonly chosen: number;
  readonly answers: number;
  readonly prevalence: number;
  readonly items: readonly { readonly itemId: string; readonly stem: string }[];
  readonly lessons: readonly { readonly lessonId: string; readonly title: string }[];
}

/**
 * Misconceptions mapped to wrong options, most prevalent first, from the items whose figures may be
 * shown; the same misconception on several items is counted together.
 */
export function rankMisconceptions(mentor: Mentor, rows: readonly ItemRow[], language: Language): MisconceptionRow[] {
  const byText = new Map<string, { chosen: number; answers: number; items: Map<string, string>; lessons: Set<string> }>();
  for (const row of rows) {
    if (row.suppressed || !row.options) continue;
    for (const option of row.options) {
      if (option.correct || !option.misconception) continue;
      const entry = byText.get(option.misconception) ?? { chosen: 0, answers: 0, items: new Map(), lessons: new Set() };
      entry.chosen += option.chosen;
      if (!entry.items.has(row.itemId)) entry.answers += row.learners ?? 0;
      entry.items.set(row.itemId, row.stem);
      entry.lessons.add(row.lessonId);
      byText.set(option.misconception, entry);
    }
  }
  return [...byText]
    .map(([misconception, e]) => ({
      misconception,
      chosen: e.chosen,
      answers: e.answers,
      prevalence: e.answers > 0 ? e.chosen / e.answers : 0,
      items: [...e.items].map(([itemId, stem]) => ({ itemId, stem })),
      lessons: [...e.lessons].map((lessonId) => ({ lessonId, title: mentor.lessons.find((l) => l.id === lessonId)?.title[language] ?? lessonId })),
    }))
    .sort((a, b) => b.prevalence - a.prevalence || b.chosen - a.chosen);
}
