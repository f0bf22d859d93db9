import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import { itemFlags, pointBiserial, proportion, type ItemFlag } from './stats';
import { countOrHidden, showable, smallParts, type Cohort } from './suppress';

export interface OptionRow {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  readonly misconception?: string;
  /** True when too few learners chose it to show how many (suppress.ts smallParts): `chosen` and `rate` are then absent. */
  readonly suppressed: boolean;
  readonly chosen?: number;
  /** Share of first answers choosing this option: for a wrong option, how common its misconception is. */
  readonly rate?: number;
}

/**
 * One quiz item's analysis; the figures are absent when too few learners answered it. Within a shown item,
 * a figure resting on a small group is absent too: the proportion right, discrimination and flags when
 * the right or the wrong answers are fewer than the minimum, "sure but wrong" likewise for the "sure"
 * answers, and an option's count (null stays for a figure that cannot be computed, such as no variance).
 */
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

/** Whether a count and the rest of its whole are both big enough (or nothing) to show the split between them. */
function splitShown(part: number, whole: number, minCohort: number): boolean {
  return smallParts(new Map([['part', part], ['rest', whole - part]]), minCohort).size === 0;
}

/** Item analysis for every quiz item of `mentor` in the cohort. */
export function itemAnalysis(mentor: Mentor, cohort: Cohort, language: Language): ItemRow[] {
  const c = cohort.selected;
  const min = cohort.minCohort;
  return mentor.quiz.map((item) => {
    const base = { itemId: item.id, lessonId: item.lessonId, stem: item.stem[language] };
    const key = (name: string) => c[`i:${item.id}:${name}`] ?? 0;
    const n = key('n');
    if (!showable(cohort, `i:${item.id}:n`)) return { ...base, suppressed: true };
    const hidden = smallParts(new Map(item.options.map((o) => [o.id, key(`o:${o.id}`)] as const)), min);
    const options = item.options.map((o): OptionRow => {
      const named = { id: o.id, text: o.text[language], correct: o.correct, ...(o.misconception ? { misconception: o.misconception[language] } : {}) };
      const chosen = key(`o:${o.id}`);
      return hidden.has(o.id) ? { ...named, suppressed: true } : { ...named, suppressed: false, chosen, rate: chosen / n };
    });
    const rightWrong = splitShown(key('c'), n, min);
    const pCorrect = rightWrong ? key('c') / n : undefined;
    const discrimination = rightWrong ? (pointBiserial({ n: key('rn'), sx: key('rx'), sxx: key('rxx'), sy: key('ry'), sxy: key('rxy') }) ?? null) : undefined;
    const wrongCounts = options.filter((o) => !o.correct && !o.suppressed).map((o) => o.chosen!);
    const flags = itemFlags(pCorrect, discrimination ?? undefined, wrongCounts);
    return {
      ...base,
      suppressed: false,
      attempts: key('att'),
      learners: n,
      ...(pCorrect === undefined ? {} : { pCorrect, discrimination }),
      ...(splitShown(key('sw'), key('sure'), min) ? { sureButWrong: proportion(key('sw'), key('sure')) ?? null } : {}),
      options,
      flags,
    };
  });
}

export interface MisconceptionRow {
  readonly misconception: string;
  /** True when a wrong option voicing it was chosen by too few learners to show, or all of them together were. */
  readonly suppressed: boolean;
  /** Wrong choices that voice it, over first answers to the items that offer it. */
  readonly chosen?: number;
  readonly answers?: number;
  readonly prevalence?: number;
  readonly items: readonly { readonly itemId: string; readonly stem: string }[];
  readonly lessons: readonly { readonly lessonId: string; readonly title: string }[];
}

/**
 * Misconceptions mapped to wrong options, most prevalent first, from the items whose figures may be
 * shown; the same misconception on several items is counted together. One whose options' counts are
 * hidden is listed after the others without figures.
 */
export function rankMisconceptions(mentor: Mentor, rows: readonly ItemRow[], language: Language, minCohort: number): MisconceptionRow[] {
  const byText = new Map<string, { chosen: number; answers: number; hidden: boolean; items: Map<string, string>; lessons: Set<string> }>();
  for (const row of rows) {
    if (row.suppressed || !row.options) continue;
    for (const option of row.options) {
      if (option.correct || !option.misconception) continue;
      const entry = byText.get(option.misconception) ?? { chosen: 0, answers: 0, hidden: false, items: new Map(), lessons: new Set() };
      entry.chosen += option.chosen ?? 0;
      entry.hidden ||= option.suppressed;
      if (!entry.items.has(row.itemId)) entry.answers += row.learners ?? 0;
      entry.items.set(row.itemId, row.stem);
      entry.lessons.add(row.lessonId);
      byText.set(option.misconception, entry);
    }
  }
  return [...byText]
    .map(([misconception, e]): MisconceptionRow => {
      const where = {
        items: [...e.items].map(([itemId, stem]) => ({ itemId, stem })),
        lessons: [...e.lessons].map((lessonId) => ({ lessonId, title: mentor.lessons.find((l) => l.id === lessonId)?.title[language] ?? lessonId })),
      };
      if (e.hidden || countOrHidden(e.chosen, minCohort) === undefined) return { misconception, suppressed: true, ...where };
      return { misconception, suppressed: false, chosen: e.chosen, answers: e.answers, prevalence: e.answers > 0 ? e.chosen / e.answers : 0, ...where };
    })
    .sort((a, b) => Number(a.suppressed) - Number(b.suppressed) || (b.prevalence ?? 0) - (a.prevalence ?? 0) || (b.chosen ?? 0) - (a.chosen ?? 0));
}
