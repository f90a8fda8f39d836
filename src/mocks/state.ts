import type { Actor, Scope } from '../client/types.js';
import type { AccessLogStore } from './access-log-store.js';
import type { ManualClock } from './clock.js';
import type { FaultRegistry } from './faults.js';
import type { IdempotencyStore } from './idempotency.js';
import type { TokenStore } from './store.js';
import type { LiveTraffic } from './live-traffic.js';

/** A request as it reached the fake (the `Authorization` value redacted). */
export interface RecordedRequest {
  method: string;
  url: string;
  /** Lower-case names, as `Headers` gives them. */
  headers: Record<string, string>;
  /** The parsed JSON body, its text when it is not JSON, `undefined` when there is none. */
  body: unknown;
}

/**
 * Everything the handlers work on. `reset()` swaps the stores for fresh ones; handlers read them
 * from here on every request, so the same handlers keep working across resets.
 */
export interface FakeState {
  readonly baseUrl: string;
  /** `null`: no authentication (a host's cookie session through its proxy). */
  readonly credential: string | null;
  readonly readOnlyCredential: string;
  /** Who creates and rotates tokens through the fake, unless a request names its `Operator-Actor`. */
  readonly actor: Actor;
  readonly scopes: readonly Scope[];
  readonly clock: ManualClock;
  tokens: TokenStore;
  logs: AccessLogStore;
  traffic: LiveTraffic;
  idempotency: IdempotencyStore;
  faults: FaultRegistry;
  requests: RecordedRequest[];
  nextRequestId(): string;
}
