import { expect } from '@open-wc/testing';
import {
  applyScenario,
  FAKE_CREDENTIAL,
  FAKE_EXPIRED_CREDENTIAL,
  FAKE_READONLY_CREDENTIAL,
  FAKE_SCENARIOS,
  isFakeScenarioName,
} from '../../src/mocks/index.js';
import { createFake, get, post } from './support.js';
import { at } from '../helpers/assertions.js';

describe('fake Operator API: scenarios', () => {
  it('names the demo control panel’s scenarios', () => {
    expect(Object.keys(FAKE_SCENARIOS)).to.deep.equal([
      'healthy',
      'slow',
      'flaky',
      'rate-limited',
      'lost',
      'read-only',
      'expired',
      'empty',
    ]);
    expect(isFakeScenarioName('flaky')).to.be.true;
    expect(isFakeScenarioName('toString')).to.be.false;
  });

  it('returns the credential a client sends in each', () => {
    const fake = createFake();
    expect(applyScenario(fake, 'healthy')).to.equal(FAKE_CREDENTIAL);
    expect(applyScenario(fake, 'read-only')).to.equal(FAKE_READONLY_CREDENTIAL);
    expect(applyScenario(fake, 'expired')).to.equal(FAKE_EXPIRED_CREDENTIAL);
  });

  it('rate-limited: answers some requests with 429 and Retry-After 3', async () => {
    const fake = createFake();
    applyScenario(fake, 'rate-limited');
    const replies = await Promise.all(Array.from({ length: 20 }, () => get(fake, '/tokens')));
    const limited = replies.filter((reply) => reply.status === 429);
    expect(limited).to.not.be.empty;
    expect(limited.length).to.be.lessThan(20);
    expect(at(limited, 0).headers.get('Retry-After')).to.equal('3');
  });

  it("replaces the previous scenario's faults", async () => {
    const fake = createFake();
    applyScenario(fake, 'flaky');
    applyScenario(fake, 'lost');
    applyScenario(fake, 'healthy');
    const replies = await Promise.all(Array.from({ length: 10 }, () => get(fake, '/tokens')));
    expect(replies.map((reply) => reply.status)).to.deep.equal(Array(10).fill(200));
    expect((await post(fake, '/tokens', {})).status).to.equal(201);
  });

  it('expired: its credential gets 401; empty: an account without tokens', async () => {
    expect(
      (await get(createFake(), '/tokens', { credential: FAKE_EXPIRED_CREDENTIAL })).status,
    ).to.equal(401);
    expect(createFake(FAKE_SCENARIOS.empty.options).tokens).to.deep.equal([]);
  });
});
