/**
 * Helpers for the client's tests: a client whose waits a fake clock measures, and wire bodies made
 * from the fake's own records, to break one field at a time.
 */
import type { Clock } from '@sinonjs/fake-timers';
import type { OperatorClientOptions } from '../../src/client/transport.js';
import type { AccessLogBucket, ApiToken } from '../../src/client/types.js';
import type { FakeOperatorApi } from '../../src/mocks/index.js';
import { setupFake } from '../helpers/fake.js';

/**
 * A fake and a client that notes the fake clock's time as it sends each request (`sent`), with a
 * timeout beyond `settle`'s horizon: its guards never fire while the page works.
 */
export function clientOnClock(clock: Clock, options: Partial<OperatorClientOptions> = {}) {
  const sent: number[] = [];
  const { fake, client } = setupFake(
    {},
    {
      timeout: 30_000,
      ...options,
      fetch: (input, init) => {
        sent.push(clock.now);
        return fake.fetch(input, init);
      },
    },
  );
  return { fake, client, sent };
}

/** The waits between requests, from the times they were sent. */
export const gaps = (sent: number[]) => sent.slice(1).map((at, i) => at - sent[i]!);

/** A token as the fake lists it, with `changes` over it. */
export const tokenWith = (
  fake: FakeOperatorApi,
  changes: Partial<Record<keyof ApiToken, unknown>>,
) => ({ ...fake.tokens[0]!, ...changes }) as ApiToken;

/** A stats bucket with `changes` over a well-formed one. */
export const bucketWith = (changes: Partial<Record<keyof AccessLogBucket, unknown>>) =>
  ({
    start: '2026-06-03T12:00:00Z',
    ok: 3,
    client_error: 1,
    server_error: 0,
    ...changes,
  }) as AccessLogBucket;
