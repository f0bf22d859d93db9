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
