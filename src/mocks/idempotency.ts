/**
 * Idempotency keys. The first successful response to a key is kept with the request it answered;
 * the same key with the same method, path and body replays it (same status, same body, same
 * secret), and the same key with anything else is a 409. Failed requests are not kept, so a
 * client may fix its request and retry with the same key.
 */
import { FakeApiError } from './errors.js';

interface Stored {
  method: string;
  path: string;
  body: string;
  status: number;
  response: unknown;
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export class IdempotencyStore {
  readonly #results = new Map<string, Stored>();

  /** The stored response for this request, or `undefined` when the key is new. */
  replay(key: string, method: string, path: string, body: string) {
    const stored = this.#results.get(key);
    if (!stored) return undefined;
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
    this.#results.set(key, { method, path, body, status, response });
  }

  clear(): void {
    this.#results.clear();
  }
}
