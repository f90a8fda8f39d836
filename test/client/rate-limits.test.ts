import { expect } from '@open-wc/testing';
import type { OperatorError, RateLimitError } from '../../src/client/index.js';
import { setupFake } from '../helpers/fake.js';
import { rejection as rejectionOf } from '../helpers/assertions.js';
import { recordingTimers, TIMEOUT } from './support.js';

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
        const { api, client } = setupFake({}, { retry: 0 });
        api.fault('tokens.list', { status: 429, retryAfter: header });
        const error = (await rejection(client.tokens.list())) as RateLimitError;
        expect(error.name).to.equal('RateLimitError');
        expect(error.retryAfter).to.equal(expected);
      });
    }

    it('is the seconds until an HTTP date', async () => {
      const { api, client } = setupFake({}, { retry: 0 });
      const at = new Date(Date.now() + 30_000).toUTCString();
      api.fault('tokens.list', { status: 429, retryAfter: at });
      const error = (await rejection(client.tokens.list())) as RateLimitError;
      // The date has whole seconds; a slow machine may take a second or two to get here.
      expect(error.retryAfter).to.be.within(25, 30);
    });
  });

  describe('retries', () => {
    it('wait the Retry-After of a 429', async () => {
      const { api, client } = setupFake({}, { retry: 1, timeout: TIMEOUT });
      api.fault('scopes.list', { status: 429, retryAfter: 2, times: 1 });
      const [scopes, delays] = await recordingTimers(() => client.scopes.list());
      expect(scopes.data.length).to.be.greaterThan(0);
      expect(api.requests).to.have.length(2);
      expect(delays).to.include(2000);
    });

    it('wait at least 1 s after a 429 without Retry-After', async () => {
      const { api, client } = setupFake({}, { retry: 1, timeout: TIMEOUT });
      api.fault('scopes.list', { status: 429, retryAfter: null, times: 1 });
      const [, delays] = await recordingTimers(() => client.scopes.list());
      expect(api.requests).to.have.length(2);
      expect(Math.max(...delays)).to.be.at.least(1000);
    });

    it('back off from 1 s, doubling, after 429s without Retry-After', async () => {
      const { api, client } = setupFake({}, { retry: 3, timeout: TIMEOUT });
      api.fault('scopes.list', { status: 429, retryAfter: 'soon', times: 3 });
      const [, delays] = await recordingTimers(() => client.scopes.list());
      expect(api.requests).to.have.length(4);
      // Each after ky's own jittered backoff, which is a fraction of a second here.
      const floors = delays.filter((delay) => [1000, 2000, 4000].includes(delay));
      expect(floors).to.deep.equal([1000, 2000, 4000]);
    });

    it('do not wait longer than ky would after a 503 without Retry-After', async () => {
      const { api, client } = setupFake({}, { retry: 1, timeout: TIMEOUT });
      api.fault('scopes.list', { status: 503, times: 1 });
      const [, delays] = await recordingTimers(() => client.scopes.list());
      expect(api.requests).to.have.length(2);
      expect(delays.every((delay) => delay < 1000)).to.be.true;
    });

    it('stop waiting when the caller aborts during the wait', async () => {
      const { api, client } = setupFake({}, { retry: 1, timeout: TIMEOUT });
      api.fault('scopes.list', { status: 429, retryAfter: null });
      const controller = new AbortController();
      const [error] = await recordingTimers(
        () => rejection(client.scopes.list({ signal: controller.signal })),
        // Once the wait has begun: the recorded timer fires at the next turn, after this.
        (delay) => delay >= 1000 && queueMicrotask(() => controller.abort()),
      );
      expect(error.name).to.equal('AbortError');
      expect(api.requests).to.have.length(1);
    });
  });
});
