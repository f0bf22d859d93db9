import { createAdapter } from '../../bot/adapter';
import type { Config } from '../../bot/config';
import { createLogger, type Logger } from '../../bot/log';
import type { Faculty } from '../../bot/mentors/faculty';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { runSweep, type RunSummary } from '../../bot/nudges/sweep';
import { createTeamsSender } from '../../bot/proactive';
import type { Stores } from '../../bot/stores';
import type { Learner } from '../../bot/learning/learner';
import { TENANT } from './activities';

/** The conversation id of seeded learner `i`. */
export const seededConversation = (i: number, prefix = 'nudge') => `a:${prefix}-${i}`;

/**
 * Learners who installed HALI in personal chat (a conversation reference pointing at `serviceUrl`)
 * with the default daily lesson, planned as of `plannedAt`, written through the learner repository.
 */
export async function seedLearners(stores: Stores, count: number, serviceUrl: string, plannedAt: Date, options: { prefix?: string; change?: (learner: Learner, i: number) => Learner } = {}) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `aad-${options.prefix ?? 'nudge'}-${i}`;
    ids.push(id);
    await stores.learners.update(
      id,
      [
        (l) => ({
          ...l,
          tenantId: TENANT,
          preferences: { ...l.preferences, timeZone: 'Europe/London' },
          conversationRef: { channelId: 'msteams', serviceUrl, conversationId: seededConversation(i, options.prefix), tenantId: TENANT, userId: `29:${options.prefix ?? 'nudge'}-${i}`, botId: '28:hali-bot' },
        }),
        (l) => (options.change ? options.change(l, i) : l),
      ],
      plannedAt,
    );
  }
  return ids;
}

/** One sweep straight through the engine (no lease), sending with the real Teams sender. */
export function sweepDirect(stores: Stores, faculty: Faculty, config: Config, asOf: Date, options: { instanceId: string; ratePerSecond: number; log?: Logger; concurrency?: number }): Promise<RunSummary> {
  return runSweep(
    {
      learners: stores.learners,
      claims: stores.claims,
      faculty,
      sender: createTeamsSender(createAdapter(config), config.bot.id),
      limiter: new TenantRateLimiter(options.ratePerSecond),
      log: options.log ?? createLogger({ level: 'silent' }),
      instanceId: options.instanceId,
    },
    asOf,
    { concurrency: options.concurrency },
  );
}

/** How many messages the stand-in accepted per conversation. */
export function acceptedPerConversation(activities: { conversation?: { id?: string } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of activities) counts.set(a.conversation!.id!, (counts.get(a.conversation!.id!) ?? 0) + 1);
  return counts;
}
