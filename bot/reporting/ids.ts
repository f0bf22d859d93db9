import { hash } from 'node:crypto';

/** HALI's namespace for name-based (version 5) statement ids; fixed forever so ids never change. */
const HALI_NAMESPACE = '6f1d3a52-5a0e-4c53-9a86-2f3f6b0d7c41';
const NAMESPACE_BYTES = Buffer.from(HALI_NAMESPACE.replaceAll('-', ''), 'hex');

/**
 * A statement id derived from what the statement records, so the same learning always gets the same
 * id: a resend after a crash or an outage is a duplicate the LRS ignores, never a second record.
 *
 * A version 5 UUID (RFC 9562 §5.5: SHA-1 of the namespace's bytes and the name's UTF-8, with the
 * version and variant bits set), made with node:crypto's one-shot hash. The outbox rule computes one
 * for every statement on the save of the turn that caused it; the `uuid` package's v5 gives the same
 * ids (a test compares them) but re-parses the namespace and encodes the name a character at a time
 * on every call, which made it most of that rule's cost.
 */
export function statementId(...parts: readonly string[]): string {
  const digest = hash('sha1', Buffer.concat([NAMESPACE_BYTES, Buffer.from(parts.join('\u001f'), 'utf8')]), 'buffer') as unknown as Buffer;
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
