import { v5 as uuidv5 } from 'uuid';

/** HALI's namespace for name-based (version 5) statement ids; fixed forever so ids never change. */
const HALI_NAMESPACE = '6f1d3a52-5a0e-4c53-9a86-2f3f6b0d7c41';

/**
 * A statement id derived from what the statement records, so the same learning always gets the same
 * id: a resend after a crash or an outage is a duplicate the LRS ignores, never a second record.
 */
export function statementId(...parts: readonly string[]): string {
  return uuidv5(parts.join('\u001f'), HALI_NAMESPACE);
}
