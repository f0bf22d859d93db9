import { TestAdapter, type Activity } from 'botbuilder';
import { join } from 'node:path';
import { createApp } from '../../bot/app';
import { loadConfig, type Config } from '../../bot/config';
import type { AppDeps } from '../../bot/deps';
import { createGovernance } from '../../bot/educator/workspace';
import { createFaculty } from '../../bot/mentors/faculty';
import type { DecisionModel } from '../../bot/mentors/decision-model';
import { loadMentors } from '../../bot/mentors/load';
import { OfflineMentorModel } from '../../bot/models/offline';
import { reportingRules } from '../../bot/reporting';
import { createStores, type Stores } from '../../bot/stores';
import type { DocumentStore } from '../../bot/store/documents';
import type { Learner } from '../../bot/learning/learner';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { Verbs } from '../../cards/verbs';
import { captureLogger } from './log';

export const MENTORS_DIR = join(__dirname, '..', '..', 'mentors');

/** Loaded once per test run: content is read-only. */
let faculty: ReturnType<typeof createFaculty> | undefined;
export function realFaculty() {
  return (faculty ??= createFaculty(loadMentors(MENTORS_DIR)));
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** The document store; default a fresh in-memory SQLite store. */
  documents?: DocumentStore;
  now?: () => Date;
  /** A mentors folder to load instead of the real one. */
  mentorsDir?: string;
  /** The mentor model; default the offline mentor. */
  model?: AppDeps['model'];
  /** Traces and metrics; default the global API (records nothing). */
  telemetry?: AppDeps['telemetry'];
  /** Serve content through review governance (decisions in the store), as bot/index.ts does. */
  governed?: boolean;
  /** The offline mentor's answer-or-abstain model instead of the committed one (mentors/decision-model.json). */
  decisionModel?: DecisionModel;
}

/** The real app's dependencies with an in-memory store, the offline model and a capturing logger. */
export function testDeps(options: TestAppOptions = {}) {
  const logs = captureLogger();
  const config: Config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const clock = options.now ?? (() => new Date('2026-11-27T09:00:00Z'));
  const documents = options.documents ?? new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 });
  // The outbox rule words learning in the content learners are served (read when a learner is saved).
  const faculty = () => deps.faculty;
  const stores = createStores(documents, config, clock, { learnerRules: reportingRules(() => faculty().mentors, config) });
  const governance = options.governed ? createGovernance(loadMentors(options.mentorsDir ?? MENTORS_DIR), stores, config) : undefined;
  const deps: AppDeps = {
    config,
    log: logs.log,
    stores,
    faculty: governance?.faculty ?? (options.mentorsDir || options.decisionModel ? createFaculty(loadMentors(options.mentorsDir ?? MENTORS_DIR), options.decisionModel) : realFaculty()),
    mentorsDir: options.mentorsDir ?? MENTORS_DIR,
    model: options.model ?? new OfflineMentorModel(),
    clock,
    typingIndicator: false,
    streamIntervalMs: 5,
    telemetry: options.telemetry,
  };
  return { deps, logs, stores, governance };
}

/** The stored learner record, or undefined when nothing is stored for `id`. */
export async function storedLearner(stores: Stores, id: string): Promise<Learner | undefined> {
  const loaded = await stores.learners.load(id);
  return loaded.etag ? loaded.learner : undefined;
}

/** The app under botbuilder's TestAdapter, with a helper that runs one activity and returns what HALI sent. */
export function testApp(options: TestAppOptions = {}) {
  const { deps, logs, stores, governance } = testDeps(options);
  const { app, handleTurn } = createApp(deps);
  const adapter = new TestAdapter(handleTurn);
  return {
    app,
    adapter,
    logs,
    stores,
    deps,
    /** Content governance, with `governed` (review decisions in the store decide what is served). */
    governance,
    /** Processes one inbound activity and returns the activities HALI sent during that turn. */
    async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}

/** The Adaptive Card content of the first card attachment in `activities`. */
export function firstCard(activities: Partial<Activity>[]): Record<string, any> | undefined {
  for (const activity of activities) {
    const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    if (attachment) return attachment.content as Record<string, any>;
  }
  return undefined;
}

/** The card an Action.Execute invoke answered with. */
export function invokeCard(activities: Partial<Activity>[]): Record<string, any> | undefined {
  return activities.find((a) => a.type === 'invokeResponse')?.value?.body?.value;
}

/** Every text in a card, in order, for readable assertions. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (typeof obj.text === 'string') out.push(obj.text);
      if (typeof obj.title === 'string') out.push(obj.title);
      if (typeof obj.value === 'string') out.push(obj.value);
      Object.values(obj).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** A row of a card's body that does something when tapped: an offered question, a saved lesson. */
export interface TappableRow {
  /** What the row shows (card text, escaped), without its "›". */
  readonly text: string;
  /** Whether every text block showing it wraps, so none is cut to one line. */
  readonly wraps: boolean;
  /** The row's tap: its title (what a screen reader announces) and the data it submits. */
  readonly action: Record<string, any>;
}

/** A question a card offers as a row of its body that asks it when tapped. */
export type OfferedQuestion = TappableRow;

/** The rows of a card that do `verb` when tapped (a `selectAction` submitting it), in order. */
export function tappableRows(card: unknown, verb: string): TappableRow[] {
  const out: TappableRow[] = [];
  const textBlocks = (node: unknown): Record<string, any>[] =>
    Array.isArray(node) ? node.flatMap(textBlocks) : node && typeof node === 'object' ? [...((node as any).type === 'TextBlock' ? [node as Record<string, any>] : []), ...Object.values(node).flatMap(textBlocks)] : [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, any>;
      if (obj.selectAction?.data?.verb === verb) {
        const shown = textBlocks(obj.items ?? obj.columns ?? []).filter((block) => block.text !== '›');
        out.push({ text: shown.map((block) => block.text).join(' '), wraps: shown.length > 0 && shown.every((block) => block.wrap === true), action: obj.selectAction });
      }
      Object.values(obj).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The questions a card offers as tappable rows (a `selectAction` asking the mentor), in order. */
export function offeredQuestions(card: unknown): OfferedQuestion[] {
  return tappableRows(card, Verbs.ask);
}

/** Every action a card can take: its buttons, and the taps on its rows (`selectAction`). */
export function cardActions(card: unknown): Record<string, any>[] {
  if (Array.isArray(card)) return card.flatMap(cardActions);
  if (!card || typeof card !== 'object') return [];
  const obj = card as Record<string, any>;
  const own = typeof obj.type === 'string' && obj.type.startsWith('Action.') ? [obj] : [];
  return [...own, ...Object.values(obj).flatMap(cardActions)];
}

/** The streaming info HALI put on an activity, if it is part of a streamed answer. */
export function streamInfo(activity: Partial<Activity>): Record<string, any> | undefined {
  return activity.entities?.find((e) => e.type === 'streaminfo') as Record<string, any> | undefined;
}

/**
 * Everything a learner reads of a mentor's answer: a streamed answer's final text and its sources
 * card, or the answer card of an answer sent whole.
 */
export function answerTexts(activities: Partial<Activity>[]): string {
  const final = activities.find((a) => a.type === 'message' && streamInfo(a)?.streamType === 'final');
  return [...(final ? [final.text ?? ''] : []), ...cardTexts(firstCard(final ? [final] : activities))].join('\n');
}
