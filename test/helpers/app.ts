import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { join } from 'node:path';
import { createApp } from '../../bot/app';
import { loadConfig, type Config } from '../../bot/config';
import type { AppDeps } from '../../bot/deps';
import { createFaculty } from '../../bot/mentors/faculty';
import { loadMentors } from '../../bot/mentors/load';
import { OfflineMentorModel } from '../../bot/mentors/offline-model';
import { MemoryLearnerStore, type LearnerStore } from '../../bot/store/learners';
import { captureLogger } from './log';

export const MENTORS_DIR = join(__dirname, '..', '..', 'mentors');

/** Loaded once per test run: content is read-only. */
let faculty: ReturnType<typeof createFaculty> | undefined;
export function realFaculty() {
  return (faculty ??= createFaculty(loadMentors(MENTORS_DIR)));
}

export interface TestAppOptions {
  env?: Record<string, string>;
  learners?: LearnerStore;
  now?: Date;
}

/** The real app with in-memory stores, the offline model and a capturing logger. */
export function testDeps(options: TestAppOptions = {}) {
  const logs = captureLogger();
  const config: Config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const learners = options.learners ?? new MemoryLearnerStore();
  const deps: AppDeps = {
    config,
    log: logs.log,
    storage: new MemoryStorage(),
    learners,
    faculty: realFaculty(),
    mentorsDir: MENTORS_DIR,
    model: new OfflineMentorModel(),
    clock: () => options.now ?? new Date('2026-11-27T09:00:00Z'),
    typingIndicator: false,
  };
  return { deps, logs, learners };
}

/** The app under botbuilder's TestAdapter, with a helper that runs one activity and returns what HALI sent. */
export function testApp(options: TestAppOptions = {}) {
  const { deps, logs, learners } = testDeps(options);
  const { app, handleTurn } = createApp(deps);
  const adapter = new TestAdapter(handleTurn);
  return {
    app,
    adapter,
    logs,
    learners,
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
