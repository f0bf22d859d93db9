import { expect } from 'chai';
import { deliver, surelyNotSent, type NudgeSender, type SendResult } from '../../bot/nudges/deliver';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { neverConnected } from '../../bot/proactive';

describe('which failed nudge sends surely never reached Teams', () => {
  const coded = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

  it('reads a connection never made, however the error is wrapped, and nothing else, as not connected', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']) {
      expect(neverConnected(coded(code)), code).to.equal(true);
      expect(neverConnected(new Error('fetch failed', { cause: coded(code) })), `${code} as a cause`).to.equal(true);
      expect(neverConnected(Object.assign(new Error('send failed'), { cause: new Error('fetch failed', { cause: coded(code) }) })), `${code} two deep`).to.equal(true);
    }
    // The connection was made, and the message may have been posted before it broke.
    for (const code of ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'ABORT_ERR']) expect(neverConnected(coded(code)), code).to.equal(false);
    expect(neverConnected(Object.assign(new Error('Internal Server Error'), { statusCode: 500 }))).to.equal(false);
    expect(neverConnected(undefined)).to.equal(false);
  });

  it('counts 429, 503 and a connection never made as surely not sent; a timeout, a reset, 500 or 502 may have landed', () => {
    const results: [SendResult, boolean][] = [
      [{ status: 'throttled', retryAfterMs: 1000 }, true],
      [{ status: 'failed', httpStatus: 503, error: 'Service Unavailable' }, true],
      [{ status: 'failed', error: 'connect ECONNREFUSED', notSent: true }, true],
      [{ status: 'failed', error: 'timeout' }, false],
      [{ status: 'failed', error: 'socket hang up' }, false],
      [{ status: 'failed', httpStatus: 500, error: 'Internal Server Error' }, false],
      [{ status: 'failed', httpStatus: 502, error: 'Bad Gateway' }, false],
      [{ status: 'unreachable', httpStatus: 403 }, false],
      [{ status: 'sent' }, false],
    ];
    for (const [result, expected] of results) expect(surelyNotSent(result), JSON.stringify(result)).to.equal(expected);
  });

  it('tries a connection never made again within the send, as it does a 503, and stops at the first answer', async () => {
    const answers: SendResult[] = [{ status: 'failed', error: 'connect ECONNREFUSED', notSent: true }, { status: 'failed', error: 'connect ECONNREFUSED', notSent: true }, { status: 'sent' }];
    let asked = 0;
    const sender: NudgeSender = { send: async () => answers[asked++] };
    const { result } = await deliver(sender, new TenantRateLimiter(1000), { conversationId: 'c', serviceUrl: 'http://127.0.0.1:1', tenantId: 't' } as never, {} as never, { sleep: async () => undefined });
    expect(result.status).to.equal('sent');
    expect(asked).to.equal(3);
  });
});
