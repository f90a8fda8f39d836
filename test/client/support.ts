/**
 * Helpers for the client's tests: timers that record the waits a client chooses without taking
 * them, and wire bodies made from the fake's own records, to break one field at a time.
 */
import type { AccessLogBucket, ApiToken } from '../../src/client/types.js';
import type { FakeOperatorApi } from '../../src/mocks/index.js';

/**
 * The client timeout to give a client whose timers `recordingTimers` records: its timers (each
 * attempt's, and ky's bound on reading an error body) run as usual and are not recorded.
 */
export const TIMEOUT = 30_000;

/**
 * Runs `body` with a `setTimeout` that records every delay asked for and fires at the next turn,
 * so a test asserts the waits a client chose (a retry's backoff) without waiting for them, and
 * without measuring time. `onDelay` sees each recorded delay as it is asked for.
 */
export async function recordingTimers<T>(
  body: () => Promise<T>,
  onDelay: (delay: number) => void = () => {},
): Promise<[T, number[]]> {
  const original = window.setTimeout;
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    if (delay === TIMEOUT) return original(handler, delay, ...args);
    delays.push(Number(delay));
    onDelay(Number(delay));
    return original(handler, 0, ...args);
  }) as typeof window.setTimeout;
  try {
    return [await body(), delays];
  } finally {
    window.setTimeout = original;
  }
}

/** A token as the fake lists it, with `changes` over it. */
export const tokenWith = (
  api: FakeOperatorApi,
  changes: Partial<Record<keyof ApiToken, unknown>>,
) => ({ ...api.tokens[0]!, ...changes }) as ApiToken;

/** A stats bucket with `changes` over a well-formed one. */
export const bucketWith = (changes: Partial<Record<keyof AccessLogBucket, unknown>>) =>
  ({
    start: '2026-06-03T12:00:00Z',
    ok: 3,
    client_error: 1,
    server_error: 0,
    ...changes,
  }) as AccessLogBucket;
