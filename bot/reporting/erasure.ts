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

/** A withdrawal from Viva Learning of the completion HALI reported under `externalId`: nothing else about the learner. */
const withdrawal = (externalId: string, now: Date): OutboxEntry => ({ id: externalId, to: 'viva', at: now.toISOString(), withdrawal: { externalId } });

/**
 * After "forget me", where Viva Learning is a destination: a withdrawal of every self-initiated completion Viva Learning accepted
 * from HALI about the learner, by the external id HALI gave it (nothing else about the learner). An assignment's completion
 * has no such id (the assignment is the assigner's, not HALI's): it is not found, and stays.
 */
export function withdrawalsFor(records: readonly ReportedRecord[], now: Date): OutboxEntry[] {
  return records.filter((r) => r.to === 'viva' && r.outcome === 'accepted').map((r) => withdrawal(r.id, now));
}

/**
 * A completion still queued for Viva Learning when the learner was erased (their outbox as the erasure found it) may be there
 * though HALI never heard so: sent, with the answer lost or come after HALI stopped waiting, or still on its way. Each gets a
 * withdrawal too, sent once any request still open has ended (UNCONFIRMED_WITHDRAWAL_DELAY_MS); one never made is not
 * found, and the withdrawal is done.
 */
export function withdrawalsOfQueued(config: Config, queued: readonly OutboxEntry[], now: Date): OutboxEntry[] {
  return config.reporting.viva ? queued.filter((e) => e.to === 'viva' && e.completion).map((e) => withdrawal(e.id, now)) : [];
}

/** Longer than any Graph request HALI may still have open (20 s) and the outbox's next turn after it, with room to spare. */
export const UNCONFIRMED_WITHDRAWAL_DELAY_MS = 2 * 60_000;

/** What "forget me" queues for records already accepted: voids where XAPI_VOID_ON_ERASURE is on, withdrawals where Viva Learning is a destination. */
export function afterErasure(config: Config, records: readonly ReportedRecord[], tenantId: string | undefined, now: Date): OutboxEntry[] {
  return [
    ...(config.reporting.xapi?.voidOnErasure ? voidsFor(records, tenantId, config.bot.id ?? 'hali', now) : []),
    ...(config.reporting.viva ? withdrawalsFor(records, now) : []),
  ];
}
