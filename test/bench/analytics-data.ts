/**
 * Generates the analytics bench's data set into an embedded store: learners, their answer events
 * (learning-event documents in their partitions, as the quiz route writes them) and the cohort
 * aggregates those answers add, through the same domain functions the quiz route calls. Events are
 * written in large transactions (createMany commits each batch once).
 */
import { cellOf } from '../../bot/analytics/contribution';
import { answerContribution, record } from '../../bot/analytics/record';
import { topicOfItem } from '../../bot/analytics/views';
import type { Mentor } from '../../bot/mentors/types';
import type { AggregateStore } from '../../bot/store/aggregates';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { newLearner, type AnalyticsMarks, type Learner } from '../../bot/learning/learner';
import { LEARNER_RECORD_ID } from '../../bot/store/learners';
import { ROLES } from '../../bot/mentors/types';
import { noteUnanswered } from '../../bot/analytics/questions';

const BATCH = 50_000;
const START = Date.parse('2026-01-05T08:00:00Z');
const YEAR_MS = 360 * 86_400_000;

/** A small, fast, seeded generator (mulberry32), so every run generates the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface LearnerSketch {
  role: string;
  language: 'en' | 'cy';
  ability: number;
  seen: Set<string>;
  marks?: AnalyticsMarks;
}

export interface Generated {
  readonly answers: number;
  readonly learners: number;
  readonly ms: number;
  /** CPU time this process used (the machine may be shared: wall time alone can mislead). */
  readonly cpuMs: number;
}

/** Writes `learners` learners and `answers` answers spread over a year; returns how long it took. */
export async function generate(documents: DocumentStore, aggregates: AggregateStore, mentors: readonly Mentor[], learners: number, answers: number, retentionDays: number): Promise<Generated> {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const rnd = random(18);
  const sketches: LearnerSketch[] = Array.from({ length: learners }, () => ({
    role: ROLES[Math.floor(rnd() * ROLES.length)],
    language: rnd() < 0.2 ? 'cy' : 'en',
    ability: 0.35 + rnd() * 0.6,
    seen: new Set(),
  }));
  const items = mentors.flatMap((mentor) => mentor.quiz.map((item) => ({ mentor, item, topic: topicOfItem(mentor, item.lessonId) })));
  let batch: { pk: string; id: string; value: Record<string, unknown>; options: { ttlSeconds: number } }[] = [];
  for (let n = 0; n < answers; n++) {
    const at = new Date(START + Math.floor((n / answers) * YEAR_MS));
    const index = Math.floor(rnd() * learners);
    const sketch = sketches[index];
    const { mentor, item, topic } = items[Math.floor(rnd() * items.length)];
    const correctness = rnd() < sketch.ability * (item.options.length > 3 ? 0.9 : 1);
    const option = correctness ? item.options.find((o) => o.correct)! : item.options.filter((o) => !o.correct)[Math.floor(rnd() * (item.options.length - 1))];
    const confidence = (['unsure', 'fairly', 'sure'] as const)[Math.floor(rnd() * 3)];
    const id = `aad-bench-${index}`;
    const before = {
      id,
      profile: { role: sketch.role },
      language: sketch.language,
      reviews: sketch.seen.has(item.id) ? { [item.id]: {} } : {},
      analytics: sketch.marks,
    } as unknown as Learner;
    const facts = { itemId: item.id, optionId: option.id, topic, correct: option.correct, confidence, streakAfter: n % 7, viaNudge: n % 5 === 0 };
    // The quiz route's own aggregate code: record() adds to the aggregates and returns the marks' change.
    const change = record(aggregates, before, cellOf(before, mentor.id), answerContribution(before, facts), at);
    sketch.marks = change(before).analytics;
    sketch.seen.add(item.id);
    if (n % 250 === 0) noteUnanswered(aggregates, mentor.id, `how does ${topic} apply to ${sketch.role} work ${n % 40}`, sketch.language, at, id);
    batch.push({ pk: id, id: `event:quiz:${n}`, value: { type: 'quiz.answered', at: at.toISOString(), mentorId: mentor.id, itemId: item.id, correct: option.correct, confidence }, options: { ttlSeconds: retentionDays * 86_400 } });
    if (batch.length >= BATCH) {
      await documents.createMany(CONTAINERS.learners, batch);
      await aggregates.flush();
      batch = [];
    }
  }
  await documents.createMany(CONTAINERS.learners, batch);
  await aggregates.flush();
  await writeLearners(documents, sketches);
  const used = process.cpuUsage(cpu);
  return { answers, learners, ms: Date.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

async function writeLearners(documents: DocumentStore, sketches: readonly LearnerSketch[]): Promise<void> {
  const now = new Date(START + YEAR_MS);
  for (let from = 0; from < sketches.length; from += BATCH) {
    await documents.createMany(
      CONTAINERS.learners,
      sketches.slice(from, from + BATCH).map((s, i) => {
        const id = `aad-bench-${from + i}`;
        const value = { ...newLearner(id, 'bench-tenant', now), profile: { role: s.role }, language: s.language, analytics: s.marks };
        return { pk: id, id: LEARNER_RECORD_ID, value };
      }),
    );
  }
}
