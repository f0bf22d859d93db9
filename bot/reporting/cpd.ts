import type { Mentor, Source } from '../mentors/types';
import { localDate } from '../learning/streak';
import type { Learner } from '../learning/learner';
import type { LearningEvent } from '../store/events';
import { LESSON_MINUTES, MAX_ANSWER_SECONDS } from './vocabulary';

/** A period of local dates, both ends included (YYYY-MM-DD). */
export interface CpdPeriod {
  readonly from: string;
  readonly to: string;
}

export const DEFAULT_CPD_DAYS = 30;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 3660;

function shift(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const realDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(`${text}T12:00:00Z`)) && new Date(`${text}T12:00:00Z`).toISOString().startsWith(text);

/** "" → the last 30 days; "90" → the last 90 days; "2026-01-01 2026-03-31" → those dates. Undefined when unreadable. */
export function parsePeriod(args: string, today: string): CpdPeriod | undefined {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { from: shift(today, 1 - DEFAULT_CPD_DAYS), to: today };
  if (words.length === 1 && /^\d{1,4}$/.test(words[0])) {
    const days = Number(words[0]);
    return days >= 1 && days <= MAX_DAYS ? { from: shift(today, 1 - days), to: today } : undefined;
  }
  if (words.length === 2 && realDate(words[0]) && realDate(words[1]) && words[0] <= words[1] && shift(words[0], MAX_DAYS) >= words[1]) return { from: words[0], to: words[1] };
  return undefined;
}

export interface CpdSummary {
  readonly minutes: number;
  readonly lessons: readonly { readonly date: string; readonly mentor: Mentor; readonly title: Readonly<Record<'en' | 'cy', string>>; readonly minutes: number }[];
  readonly answered: number;
  readonly correct: number;
  readonly questionMinutes: number;
  readonly cases: number;
  readonly sources: readonly Source[];
}

/**
 * The learning of a period for revalidation: lessons finished (two minutes each, with their sources),
 * questions answered (the measured time to answer, capped), and team case discussions taken part in.
 */
export function cpdSummary(events: readonly LearningEvent[], learner: Learner, mentors: readonly Mentor[], period: CpdPeriod): CpdSummary {
  const zone = learner.preferences.timeZone;
  const inPeriod = (at: string) => {
    const day = localDate(new Date(at), zone);
    return day >= period.from && day <= period.to;
  };
  const lessons: CpdSummary['lessons'][number][] = [];
  const sources = new Map<string, Source>();
  let answered = 0;
  let correct = 0;
  let seconds = 0;
  for (const event of events) {
    if (!inPeriod(event.at)) continue;
    if (event.type === 'lesson.completed') {
      const mentor = mentors.find((m) => m.id === event.mentorId);
      const lesson = mentor?.lessons.find((l) => l.id === event.lessonId);
      if (!mentor || !lesson) continue;
      lessons.push({ date: localDate(new Date(event.at), zone), mentor, title: lesson.title, minutes: LESSON_MINUTES });
      for (const source of lesson.sources) sources.set(source.url, source);
    } else if (event.type === 'quiz.answered') {
      answered++;
      if (event.correct === true) correct++;
      if (typeof event.seconds === 'number') seconds += Math.min(MAX_ANSWER_SECONDS, Math.max(0, event.seconds));
    }
  }
  const cases = (learner.cases ?? []).filter((c) => inPeriod(c.finishedAt)).length;
  const questionMinutes = Math.round(seconds / 60);
  lessons.sort((a, b) => a.date.localeCompare(b.date));
  return { minutes: lessons.length * LESSON_MINUTES + questionMinutes, lessons, answered, correct, questionMinutes, cases, sources: [...sources.values()] };
}
