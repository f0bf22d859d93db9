import type { Language } from '../i18n';
import { topicName, type Mentor } from '../mentors/types';
import { CONFIDENCES } from '../learning/learner';
import { proportion, wilson } from './stats';
import { countOrHidden, showable, smallParts, type Cohort } from './suppress';

/** The topics of a mentor's pathway, in pathway order. */
export function topicsOf(mentor: Mentor): string[] {
  return [...new Set(mentor.lessons.map((l) => l.topic))];
}

/** The topic an item belongs to (its lesson's), else the mentor's first. */
export function topicOfItem(mentor: Mentor, lessonId: string): string {
  return mentor.lessons.find((l) => l.id === lessonId)?.topic ?? mentor.topics[0] ?? 'general';
}

export const CALIBRATION_LEVELS = [...CONFIDENCES, 'unstated'] as const;

export interface CalibrationRow {
  readonly topic: string;
  /** The topic's name in the report's language (the mentor's bilingual topic names). */
  readonly topicName: string;
  readonly suppressed: boolean;
  readonly learners?: number;
  /**
   * Per stated confidence: answers and the share right (a reliability curve when plotted); a level's
   * answers are absent when too few to show, and its accuracy when too few were right or wrong.
   */
  readonly points?: readonly { readonly confidence: string; readonly answers?: number; readonly accuracy?: number | null }[];
}

/** Confidence against accuracy per topic (narrow by role with the role filter). */
export function calibration(mentor: Mentor, cohort: Cohort, language: Language): CalibrationRow[] {
  const c = cohort.selected;
  const min = cohort.minCohort;
  return topicsOf(mentor).map((topic) => {
    const named = { topic, topicName: topicName(mentor, topic, language) };
    if (!showable(cohort, `t:${topic}:learners`)) return { ...named, suppressed: true };
    const answersAt = (confidence: string) => c[`t:${topic}:${confidence}:a`] ?? 0;
    const hidden = smallParts(new Map(CALIBRATION_LEVELS.map((level) => [level, answersAt(level)] as const)), min);
    const points = CALIBRATION_LEVELS.map((confidence) => {
      if (hidden.has(confidence)) return { confidence };
      const answers = answersAt(confidence);
      const right = c[`t:${topic}:${confidence}:c`] ?? 0;
      const split = smallParts(new Map([['right', right], ['wrong', answers - right]]), min).size === 0;
      return { confidence, answers, ...(split ? { accuracy: proportion(right, answers) ?? null } : {}) };
    });
    return { ...named, suppressed: false, learners: c[`t:${topic}:learners`], points };
  });
}

export const FUNNEL_STEPS = ['sent', 'opened', 'answered', 'snoozed', 'notToday', 'paused', 'unreachable'] as const;

export interface Engagement {
  readonly suppressed: boolean;
  readonly learners?: number;
  /** Counts of things done: each absent when from 1 to the minimum (countOrHidden). */
  readonly lessonsStarted?: number;
  readonly lessonsFinished?: number;
  readonly answers?: number;
  readonly streak3?: number | null;
  readonly streak7?: number | null;
  readonly weeklyActive?: readonly { readonly week: string; readonly learners: number | null }[];
  /** The daily nudge funnel; null when too few learners were nudged, a step's count absent when too small to show. */
  readonly funnel?: { readonly nudged: number; readonly steps: readonly { readonly step: string; readonly count?: number }[] } | null;
}

/** Lessons, answers, weekly active learners, streaks and the nudge funnel of the cohort. */
export function engagement(cohort: Cohort): Engagement {
  const c = cohort.selected;
  if (!showable(cohort, 'learners')) return { suppressed: true };
  const countIf = (counter: string) => (showable(cohort, counter) ? (c[counter] ?? 0) : null);
  const count = (counter: string) => countOrHidden(c[counter] ?? 0, cohort.minCohort);
  const weeks = Object.keys(c)
    .filter((k) => k.startsWith('w:') && c[k] > 0)
    .sort()
    .map((k) => ({ week: k.slice(2), learners: countIf(k) }));
  return {
    suppressed: false,
    learners: c.learners,
    lessonsStarted: count('e:lessonsStarted'),
    lessonsFinished: count('e:lessonsDone'),
    answers: count('e:answers'),
    streak3: countIf('e:streak3'),
    streak7: countIf('e:streak7'),
    weeklyActive: weeks,
    funnel: showable(cohort, 'n:learners') ? { nudged: c['n:learners'] ?? 0, steps: FUNNEL_STEPS.map((step) => ({ step, count: count(`n:${step}`) })) } : null,
  };
}

export const PROBE_INTERVALS = [7, 30] as const;

export interface RetentionRow {
  readonly topic: string;
  /** The topic's name in the report's language. */
  readonly topicName: string;
  readonly intervalDays: number;
  readonly suppressed: boolean;
  readonly probes?: number;
  /** Absent (with rate and range) when too few were retained or too few forgotten to show. */
  readonly retained?: number;
  readonly rate?: number;
  /** Wilson 95% interval for the rate. */
  readonly low?: number;
  readonly high?: number;
}

/** Retention at each probe interval, per topic, with a Wilson interval; rows with no probes are left out. */
export function retention(mentor: Mentor, cohort: Cohort, language: Language): RetentionRow[] {
  const c = cohort.selected;
  const rows: RetentionRow[] = [];
  for (const intervalDays of PROBE_INTERVALS) {
    for (const topic of topicsOf(mentor)) {
      const name = topicName(mentor, topic, language);
      const key = `r:${topic}:${intervalDays}`;
      const probes = c[`${key}:n`] ?? 0;
      if (probes === 0) continue;
      if (!showable(cohort, `${key}:learners`)) {
        rows.push({ topic, topicName: name, intervalDays, suppressed: true });
        continue;
      }
      const retained = c[`${key}:c`] ?? 0;
      if (smallParts(new Map([['retained', retained], ['forgotten', probes - retained]]), cohort.minCohort).size > 0) {
        rows.push({ topic, topicName: name, intervalDays, suppressed: false, probes });
        continue;
      }
      const interval = wilson(retained, probes)!;
      rows.push({ topic, topicName: name, intervalDays, suppressed: false, probes, retained, rate: retained / probes, low: interval.low, high: interval.high });
    }
  }
  return rows;
}
