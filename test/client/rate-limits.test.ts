import { expect } from '@open-wc/testing';
import type { OperatorError, RateLimitError } from '../../src/client/index.js';
import { setupFake } from '../helpers/fake.js';
import { rejection as rejectionOf } from '../helpers/assertions.js';
import { fakeClock, settle } from '../helpers/clock.js';
import { clientOnClock, gaps } from './support.js';

const rejection = (promise: Promise<unknown>) => rejectionOf<OperatorError>(promise);

describe('the Operator client: rate limits', () => {
  describe('retryAfter', () => {
    const cases: [string, number | string | null, number | undefined][] = [
      ['seconds', 7, 7],
      ['0 seconds', 0, 0],
      ['no Retry-After', null, undefined],
      ['an empty Retry-After', '', undefined],
      ['a Retry-After that is neither seconds nor a date', 'soon', undefined],
      ['a date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
    ];
    for (const [what, header, expected] of cases) {
      it(`is ${String(expected)} for ${what}`, async () => {
        const { fake, client } = setupFake({}, { retry: 0 });
        fake.fault('tokens.list', { status: 429, retryAfter: header });
        const error = (await rejection(client.tokens.list())) as RateLimitError;
        expect(error.name).to.equal('RateLimitError');
        expect(error.retryAfter).to.equal(expected);
      });
    }

    describe('from an HTTP date', () => {
      // The page's Date stands still, on a whole second as an HTTP date has it.
      const time = fakeClock(['Date']);

      it('is the seconds until it', async () => {
        const { fake, client } = setupFake({}, { retry: 0 });
        const at = new Date(time.clock.now + 30_000).toUTCString();
        fake.fault('tokens.list', { status: 429, retryAfter: at });
        const error = (await rejection(client.tokens.list())) as RateLimitError;
        expect(error.retryAfter).to.equal(30);
      });
    });
  });

  describe('retries', () => {
    const time = fakeClock(['setTimeout', 'clearTimeout']);

    it('wait the Retry-After of a 429', async () => {
      const { fake, client, sent } = clientOnClock(time.clock, { retry: 1 });
      fake.fault('scopes.list', { status: 429, retryAfter: 2, times: 1 });
      const scopes = await settle(time.clock, client.scopes.list());
      expect(scopes.data.length).to.be.greaterThan(0);
      expect(fake.requests).to.have.length(2);
      expect(gaps(sent)).to.deep.equal([2000]);
    });

    it('wait at least 1 s after a 429 without Retry-After', async () => {
      const { fake, client, sent } = clientOnClock(time.clock, { retry: 1 });
      fake.fault('scopes.list', { status: 429, retryAfter: null, times: 1 });
      await settle(time.clock, client.scopes.list());
      expect(fake.requests).to.have.length(2);
      expect(gaps(sent)[0]).to.be.at.least(1000);
    });

    it('back off from 1 s, doubling, after 429s without Retry-After', async () => {
      // ky's own jittered backoff (a fraction of a second before each) set to none: the waits
      // between the requests are the client's alone.
      const { fake, client, sent } = clientOnClock(time.clock, {
        retry: { limit: 3, delay: () => 0 },
      });
      fake.fault('scopes.list', { status: 429, retryAfter: 'soon', times: 3 });
      await settle(time.clock, client.scopes.list());
      expect(fake.requests).to.have.length(4);
      expect(gaps(sent)).to.deep.equal([1000, 2000, 4000]);
    });

    it('do not wait longer than ky would after a 503 without Retry-After', async () => {
      const { fake, client, sent } = clientOnClock(time.clock, { retry: 1 });
      fake.fault('scopes.list', { status: 503, times: 1 });
      await settle(time.clock, client.scopes.list());
      expect(fake.requests).to.have.length(2);
      expect(gaps(sent)[0]).to.be.below(1000);
    });

    it('stop waiting when the caller aborts during the wait', async () => {
      const { fake, client } = clientOnClock(time.clock, { retry: 1 });
      fake.fault('scopes.list', { status: 429, retryAfter: null });
      const controller = new AbortController();
      const failed = rejection(client.scopes.list({ signal: controller.signal }));
      // Turns of the page's event loop, the clock standing still, until the wait has begun.
      while (!time.clock.countTimers()) await time.clock.tickAsync(0);
      controller.abort();
      const error = await failed;
      expect(error.name).to.equal('AbortError');
      expect(fake.requests).to.have.length(1);
    });
  });
});
