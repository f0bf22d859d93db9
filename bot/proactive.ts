import { CardFactory, MessageFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { CardJson } from '../cards/render';
import type { HaliAdapter } from './adapter';
import { acceptedUnreadable, neverConnected, retryAfterOf, tuneConnectorClient } from './connector-client';
import type { AppDeps } from './deps';
import type { NudgeSender, SendResult } from './nudges/deliver';
import { createNudgeEngine, type NudgeEngine } from './nudges/engine';
import { SweepLease } from './nudges/lease';
import { TenantRateLimiter } from './nudges/limiter';
import type { NudgeTrigger } from './nudge-trigger';
import { forecastForDay } from './nudges/forecast';
import { planDayOf, SendPlans, tenantPlans } from './nudges/plans';
import type { ConversationRef } from './learning/learner';
import { globalTelemetry } from './telemetry/start';

export { neverConnected } from './connector-client';

/** The Bot Framework conversation reference for a learner's personal chat. */
export function toConversationReference(ref: ConversationRef): Partial<ConversationReference> {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: { id: ref.conversationId, tenantId: ref.tenantId, conversationType: 'personal', isGroup: false, name: '' },
    user: { id: ref.userId, name: '' },
    bot: { id: ref.botId, name: '' },
  };
}

interface HttpFailure {
  statusCode?: number;
}

/** The longest one proactive send may wait for the connector before it counts as failed (and is retried). */
export const PROACTIVE_SEND_TIMEOUT_MS = 10_000;

/** Sends nudge cards through the adapter (continueConversationAsync), mapping connector answers to values. */
export function createTeamsSender(adapter: HaliAdapter, botAppId: string | undefined): NudgeSender {
  return {
    async send(ref: ConversationRef, card: CardJson): Promise<SendResult> {
      try {
        await adapter.continueConversationAsync(botAppId ?? '', toConversationReference(ref), async (context) => {
          tuneConnectorClient(context, () => PROACTIVE_SEND_TIMEOUT_MS);
          await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        });
        return { status: 'sent' };
      } catch (error) {
        const { statusCode } = error as HttpFailure;
        // Teams answered 2xx with a body that could not be read: the nudge is in the chat.
        if (acceptedUnreadable(error)) return { status: 'sent' };
        if (statusCode === 429) return { status: 'throttled', retryAfterMs: retryAfterOf(error) };
        if (statusCode === 403 || statusCode === 404) return { status: 'unreachable', httpStatus: statusCode };
        return { status: 'failed', httpStatus: statusCode, error: (error as Error).message?.slice(0, 200) ?? String(error), ...(neverConnected(error) ? { notSent: true } : {}) };
      }
    },
  };
}

/** The nudge engine as bot/index.ts and the HTTP tests build it: the app's stores and content, sending through `adapter`. */
export function buildNudgeEngine(deps: AppDeps, adapter: HaliAdapter, instanceId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`): NudgeEngine {
  const { config, stores, faculty, log, clock } = deps;
  const telemetry = deps.telemetry ?? globalTelemetry();
  return createNudgeEngine({
    learners: stores.learners,
    claims: stores.claims,
    faculty,
    sender: createTeamsSender(adapter, config.bot.id),
    limiter: deps.tenantLimiter ?? new TenantRateLimiter(config.nudges.ratePerSecond),
    log: log.child({ component: 'nudges' }),
    instanceId,
    aggregates: stores.aggregates,
    lease: new SweepLease(stores.documents, instanceId, config.nudges.leaseSeconds * 1000),
    plans: new SendPlans({ learners: stores.learners, plans: tenantPlans(stores.plans), ratePerSecond: config.nudges.ratePerSecond, clock }),
    clock,
    onRun: (summary) => telemetry.nudgeRun(summary),
  });
}

/** What POST /api/nudges/run and GET /api/nudges/forecast serve, as bot/index.ts and the HTTP tests wire them. */
export function nudgeTrigger(deps: AppDeps, engine: NudgeEngine, waitMs?: number): NudgeTrigger {
  const { config, stores, clock } = deps;
  return {
    key: config.nudges.triggerKey,
    allowAt: !config.production,
    run: (at) => engine.runOnce('http', at),
    forecast: (day) => forecastForDay(tenantPlans(stores.plans), day),
    today: () => planDayOf(clock().getTime()),
    now: clock,
    ...(waitMs !== undefined ? { waitMs } : {}),
  };
}
