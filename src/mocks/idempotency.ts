/**
 * Idempotency keys. The first successful response to a key is kept with the request it answered,
 * for 24 hours on the fake's clock: within them, the same key with the same method, path and body
 * replays it (same status, same body, same secret), and the same key with anything else is a 409.
 * After them the key is forgotten and may be used again. Failed requests are not kept, so a client
 * may fix its request and retry with the same key.
 */
import { DAY } from '../client/time.js';
import type { FakeClock } from './clock.js';
import { FakeApiError } from './errors.js';

interface Stored {
  method: string;
  path: string;
  body: string;
  status: number;
  response: unknown;
  /** When it was saved, on the fake's clock. */
  at: number;
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** How long a key's first response is replayed. */
export const IDEMPOTENCY_TTL = DAY;

export class IdempotencyStore {
  readonly #results = new Map<string, Stored>();

  readonly #clock: FakeClock;

  constructor(clock: FakeClock) {
    this.#clock = clock;
  }

  /** The stored response for this request, or `undefined` when the key is new or expired. */
  replay(key: string, method: string, path: string, body: string) {
    const stored = this.#results.get(key);
    if (!stored) return undefined;
    if (this.#clock.now() - stored.at >= IDEMPOTENCY_TTL) {
      this.#results.delete(key);
      return undefined;
    }
    if (stored.method !== method || stored.path !== path || stored.body !== body) {
      throw new FakeApiError(
        409,
        'This Idempotency-Key was used with a different request. Use a new key for a new request.',
        IDEMPOTENCY_HEADER,
      );
    }
    return { status: stored.status, body: stored.response };
  }

  save(key: string, method: string, path: string, body: string, status: number, response: unknown) {
    this.#results.set(key, { method, path, body, status, response, at: this.#clock.now() });
  }

  clear(): void {
    this.#results.clear();
  }
}
