import { expect } from 'chai';
import { COOL_DOWN_MS, ModelBreaker, THRESHOLD } from '../../bot/models/breaker';

describe('model breaker (models/breaker.ts)', () => {
  let now = 0;
  const breaker = () => new ModelBreaker(() => now);
  beforeEach(() => (now = 1_000_000));

  it('keeps asking the model through fewer failures in a row than the threshold, and an answer starts the count again', () => {
    const b = breaker();
    for (let i = 0; i < THRESHOLD - 1; i++) expect(b.failed()).to.equal(false);
    b.succeeded();
    for (let i = 0; i < THRESHOLD - 1; i++) b.failed();
    expect(b.allows()).to.equal(true);
  });

  it('opens at the threshold, stays open for the cool-down, then lets one turn try while the others wait', () => {
    const b = breaker();
    for (let i = 0; i < THRESHOLD - 1; i++) b.failed();
    expect(b.failed(), 'this failure opens it').to.equal(true);
    expect(b.allows()).to.equal(false);
    now += COOL_DOWN_MS - 1;
    expect(b.allows()).to.equal(false);
    now += 1;
    expect(b.allows(), 'the trial').to.equal(true);
    expect(b.allows(), 'others wait for the trial').to.equal(false);
  });

  it('closes when the trial is answered, and opens for another cool-down when it fails', () => {
    const failing = breaker();
    for (let i = 0; i < THRESHOLD; i++) failing.failed();
    now += COOL_DOWN_MS;
    expect(failing.allows()).to.equal(true);
    expect(failing.failed(), 'already open: no second "opened"').to.equal(false);
    now += COOL_DOWN_MS - 1;
    expect(failing.allows()).to.equal(false);

    const answered = breaker();
    for (let i = 0; i < THRESHOLD; i++) answered.failed();
    now += 2 * COOL_DOWN_MS;
    expect(answered.allows()).to.equal(true);
    answered.succeeded();
    expect([answered.allows(), answered.allows()]).to.deep.equal([true, true]);
  });
});
