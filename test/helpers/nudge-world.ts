/**
 * A world of learners and nudges on a simulated clock: the real app (testApp: TestAdapter and the embedded store) with the real
 * nudge engine (lease, plans, sweep, limiter) wired as bot/proactive.ts wires it; only the sender is a recording stand-in at the
 * NudgeSender edge. `runUntil` sweeps each simulated minute, as the scheduler does. (Written for an outside probe of nudge timing.)
 */
import type { Activity } from 'botbuilder';
import { botInstalled, cardExecute, personalMessage } from './activities';
import { cardTexts, storedLearner, testApp, invokeCard, firstCard } from './app';
import { createNudgeEngine } from '../../bot/nudges/engine';
import { SweepLease } from '../../bot/nudges/lease';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { SendPlans, tenantPlans } from '../../bot/nudges/plans';
import type { NudgeSender } from '../../bot/nudges/deliver';
import type { CardJson } from '../../cards/render';
import { Verbs } from '../../cards/verbs';

export interface Sent {
  readonly conv: string;
  readonly at: string;
  readonly card: CardJson;
}

/** An instant as a learner in `zone` reads it, with the instant: for messages that say which send was wrong. */
export function londonLocal(iso: string, zone = 'Europe/London') {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso)) + ` (${iso})`;
}

/** The world starting at `startIso`; `rate` is the tenant plan's sends a second, `limiterRate` the send limiter's. */
export async function nudgeWorld(startIso: string, options: { env?: Record<string, string>; rate?: number; limiterRate?: number; sender?: NudgeSender } = {}) {
  let now = new Date(startIso);
  const clock = () => now;
  const app = testApp({ now: clock, env: options.env });
  const sent: Sent[] = [];
  const sender: NudgeSender = options.sender ?? {
    async send(ref, card) {
      sent.push({ conv: ref.conversationId, at: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(), card });
      return { status: 'sent' };
    },
  };
  const rate = options.rate ?? 1000;
  const makeEngine = (instance = 'probe') =>
    createNudgeEngine({
      learners: app.stores.learners,
      claims: app.stores.claims,
      faculty: app.deps.faculty,
      sender,
      limiter: new TenantRateLimiter(options.limiterRate ?? rate),
      log: app.deps.log,
      instanceId: instance,
      aggregates: app.stores.aggregates,
      lease: new SweepLease(app.stores.documents, instance, 60_000, () => now.getTime()),
      plans: new SendPlans({ learners: app.stores.learners, plans: tenantPlans(app.stores.plans), ratePerSecond: rate, clock }),
      clock,
      sweep: { sleep: async (ms: number) => void (now = new Date(now.getTime() + ms)) },
    });
  let engine = makeEngine();
  const user = (n: number | string) => ({ userId: `29:u-${n}` });
  const id = (n: number | string) => `aad-29:u-${n}`;
  return {
    app,
    sent,
    clock,
    get now() {
      return now;
    },
    setNow(iso: string | Date) {
      now = new Date(iso);
    },
    user,
    id,
    newEngine(instance?: string) {
      engine = makeEngine(instance);
      return engine;
    },
    async install(n: number | string, zone: string | undefined = 'Europe/London', locale = 'en-GB') {
      return app.send({ ...botInstalled({ ...user(n), locale }), ...(zone !== undefined ? { localTimezone: zone } : {}) } as Partial<Activity>);
    },
    async say(n: number | string, text: string, extra: Record<string, unknown> = {}) {
      return app.send({ ...personalMessage(text, user(n)), ...extra } as Partial<Activity>);
    },
    async execute(n: number | string, verb: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
      return app.send({ ...cardExecute(verb, data, user(n)), ...extra } as Partial<Activity>);
    },
    async settings(n: number | string, data: Record<string, unknown>) {
      const card = invokeCard(await app.send(cardExecute(Verbs.saveSettings, data, user(n))));
      return cardTexts(card).join('\n');
    },
    async learner(n: number | string) {
      return (await storedLearner(app.stores, id(n)))!;
    },
    /** One sweep as of now (the /api/nudges/run path). */
    async sweep() {
      return engine.runOnce('http', now);
    },
    /** Sweeps every `stepMs` from now until `endIso` (exclusive), like the scheduler each minute. */
    async runUntil(endIso: string, stepMs = 60_000) {
      const end = Date.parse(endIso);
      while (now.getTime() < end) {
        // As the scheduler does: a sweep on the clock, waiting (simulated) for who falls due soon.
        await engine.runOnce('schedule');
        now = new Date(Math.floor(now.getTime() / stepMs) * stepMs + stepMs);
      }
    },
    sentTo(n: number | string) {
      return sent.filter((s) => s.conv === `a:personal-29:u-${n}`);
    },
    texts: cardTexts,
    invokeCard,
    firstCard,
  };
}
