import { expect } from 'chai';
import { createLogger } from '../../bot/log';

describe('log', () => {
  it('writes one JSON object per line with time, level, event and bound fields', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l), now: () => new Date('2026-01-01T00:00:00Z') }).child({ component: 'test' });
    log.debug('hidden');
    log.info('shown', { count: 2 });
    log.error('failed', { error: new Error('boom') });
    expect(lines).to.have.length(2);
    expect(lines.every((l) => l.endsWith('\n'))).to.equal(true);
    expect(JSON.parse(lines[0])).to.deep.equal({ time: '2026-01-01T00:00:00.000Z', level: 'info', event: 'shown', component: 'test', count: 2 });
    expect(JSON.parse(lines[1]).error).to.include({ name: 'Error', message: 'boom' });
  });

  it('says nothing when silent', () => {
    const lines: string[] = [];
    createLogger({ level: 'silent', write: (l) => lines.push(l) }).error('x');
    expect(lines).to.deep.equal([]);
  });
});
