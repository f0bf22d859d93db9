import type { Config } from '../config';
import type { ReportedRecord } from '../store/reported';
import type { OutboxEntry } from './outbox';
import { voidingStatement } from './statements';
import { tenantHomePage } from './vocabulary';

/**
 * After "forget me", where the organisation enables it (XAPI_VOID_ON_ERASURE): a voiding statement
 * for every statement the LRS accepted about the learner. They are made in HALI's name and carry
 * only statement ids, so nothing about the erased learner stays behind while they wait to be sent.
 */
export function voidsFor(records: readonly ReportedRecord[], tenantId: string | undefined, appId: string, now: Date): OutboxEntry[] {
  const home = tenantHomePage(tenantId);
  return records
    .filter((r) => r.to === 'lrs' && r.outcome === 'accepted')
    .map((r) => {
      const statement = voidingStatement(r.id, home, appId, now);
      return { id: statement.id, to: 'lrs' as const, at: now.toISOString(), statement };
    });
}

/**
 * After "forget me", where Viva Learning is a destination: a withdrawal of every self-initiated completion Viva Learning accepted
 * from HALI about the learner, by the external id HALI gave it (nothing else about the learner). An assignment's completion
 * has no such id (the assignment is the assigner's, not HALI's): it is not found, and stays.
 *
 * And of every completion still queued for Viva Learning (`queued`, the learner's outbox as the erasure found it): one sent
 * whose answer was lost, or came after HALI stopped waiting, may be in Viva Learning though HALI never heard so. Withdrawing
 * one never sent finds nothing, and is done.
 */
export function withdrawalsFor(records: readonly ReportedRecord[], now: Date, queued: readonly OutboxEntry[] = []): OutboxEntry[] {
  const ids = new Set([...records.filter((r) => r.to === 'viva' && r.outcome === 'accepted').map((r) => r.id), ...queued.filter((e) => e.to === 'viva' && e.completion).map((e) => e.id)]);
  return [...ids].map((id) => ({ id, to: 'viva' as const, at: now.toISOString(), withdrawal: { externalId: id } }));
}

/**
 * What "forget me" queues: voids of the statements the LRS accepted where XAPI_VOID_ON_ERASURE is on; withdrawals, where Viva
 * Learning is a destination, of the completions it accepted and of those still queued (`queued`).
 */
export function afterErasure(config: Config, records: readonly ReportedRecord[], tenantId: string | undefined, now: Date, queued: readonly OutboxEntry[] = []): OutboxEntry[] {
  return [
    ...(config.reporting.xapi?.voidOnErasure ? voidsFor(records, tenantId, config.bot.id ?? 'hali', now) : []),
    ...(config.reporting.viva ? withdrawalsFor(records, now, queued) : []),
  ];
}
