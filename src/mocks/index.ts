/**
 * The fake Operator API: an in-memory, seeded, deterministic implementation of the contract in
 * `contract/openapi.json` on msw, for our tests, our demo and our users' own tests.
 *
 * ```ts
 * import { createFakeOperatorApi, FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
 * const fake = createFakeOperatorApi({ seed: 7 });
 * // In-process, no service worker:
 * const client = createOperatorClient({ baseUrl: 'https://api.operator.test/v1', auth: FAKE_CREDENTIAL, fetch: fake.fetch });
 * // Or behind msw: setupWorker(...fake.handlers) / setupServer(...fake.handlers)
 * fake.fault('tokens.list', { status: 503, times: 1 });
 * ```
 *
 * Nothing from Lit is in its import graph.
 */
import type { AccessLogEntry, ApiToken, Scope } from '../client/types.js';
import type { HttpHandler } from 'msw';
import { AccessLogStore } from './access-log-store.js';
import { SECOND } from '../client/time.js';
import { ManualClock, type FakeClock } from './clock.js';
import { FAKE_CREDENTIAL, FAKE_READONLY_CREDENTIAL } from './credentials.js';
import { createFakeFetch } from './fetch.js';
import { FaultRegistry, type FakeRoute, type Fault } from './faults.js';
import { createHandlers } from './handlers/index.js';
import { unread } from './handlers/route.js';
import type { FakeState, RecordedRequest } from './state.js';
import { IdempotencyStore } from './idempotency.js';
import { addLogEntries, LiveTraffic } from './live-traffic.js';
import { mulberry32, streamSeed, uniqueBase62 } from './random.js';
import { seedData, type SeedConfig } from './seed.js';
import { DEFAULT_SCOPES } from './scopes.js';
import { TokenStore } from './store.js';

export type { FakeClock } from './clock.js';
export type { FakeRoute, Fault } from './faults.js';
export type { RecordedRequest } from './state.js';
export { FAKE_ROUTES } from './faults.js';
export {
  DEFAULT_SCOPES,
  FAKE_LANGUAGES,
  negotiateLanguage,
  SCOPE_WORDS,
  type FakeLanguage,
} from './scopes.js';
export {
  FAKE_CREDENTIAL,
  FAKE_EXPIRED_CREDENTIAL,
  FAKE_READONLY_CREDENTIAL,
} from './credentials.js';
export {
  applyScenario,
  FAKE_SCENARIOS,
  isFakeScenarioName,
  type FakeScenario,
  type FakeScenarioName,
} from './scenarios.js';

/**
 * Who creates, rotates and revokes tokens through the fake (`created_by` of new tokens), unless a
 * request names another in its `Operator-Actor` header, as a trusted proxy does.
 */
export const FAKE_ACTOR = { id: 'usr_7AdMn4FkE2Qp', name: 'Alex Morgan' } as const;

export interface FakeOperatorApiOptions {
  /**
   * Default `https://api.operator.test/v1`. May be relative (`/api/v1`), resolved against the
   * page's location in the browser.
   */
  baseUrl?: string;
  /** The credential requests must carry; default `FAKE_CREDENTIAL`; `null` disables the checks. */
  credential?: string | null;
  /** A credential that may read but gets a 403 on writes; default `FAKE_READONLY_CREDENTIAL`. */
  readOnlyCredential?: string;
  /** Default 1. The same seed (and `now`) gives the same tokens and log entries every time. */
  seed?: number;
  /** Seeded tokens, 0 to 500; default 12 (0: an empty account). */
  tokens?: number;
  /** Seeded access-log entries; default 2000. 100 000 seed in well under a second. */
  logEntries?: number;
  /** How many days back from now the seeded entries spread over; default 30. */
  logDays?: number;
  /**
   * The scopes on offer; default `DEFAULT_SCOPES`, worded in each request's `Accept-Language`
   * (`SCOPE_WORDS`); your own are sent as given; `[]`: a plan without scoped tokens.
   */
  scopes?: Scope[];
  /** Secrets and prefixes start `op_live_` or `op_test_`; default `'test'`. */
  mode?: 'live' | 'test';
  /** The clock's start; default `Date.now()` at creation, floored to the second. */
  now?: number | Date;
}

export interface FakeOperatorApi {
  /** msw handlers, for `setupWorker(...fake.handlers)` or `setupServer(...fake.handlers)`. */
  readonly handlers: HttpHandler[];
  /**
   * A `fetch` answered in-process by the handlers (msw's `getResponse`); no service worker. A
   * network fault rejects with `TypeError('Failed to fetch')`; a URL outside the base URL rejects.
   */
  readonly fetch: typeof fetch;
  readonly clock: FakeClock;
  /**
   * Every request that reached the fake, in order of arrival, each once its body has been read;
   * `Authorization` redacted to `Bearer ***`.
   */
  readonly requests: ReadonlyArray<RecordedRequest>;
  /** A snapshot of the store, newest first. */
  readonly tokens: ReadonlyArray<ApiToken>;
  readonly logCount: number;
  /** Adds a fault. Faults stack; the first that matches a request applies. */
  fault(route: FakeRoute | '*', fault: Fault): void;
  clearFaults(): void;
  /**
   * Adds `n` entries of new traffic at `clock.now()` (or `init.timestamp`), newest first in the
   * return value, and updates the tokens' `last_used_at`/`last_used_ip`. Fields of `init` are used
   * as given, except `id`; without `token_id`, tokens in use are picked by their usual traffic.
   */
  addLogEntries(n: number, init?: Partial<AccessLogEntry>): AccessLogEntry[];
  /** Back to the seeded state: the clock back to its start, faults, requests and keys cleared. */
  reset(): void;
}

export function createFakeOperatorApi(options: FakeOperatorApiOptions = {}): FakeOperatorApi {
  const config = resolveOptions(options);
  const clock = new ManualClock(config.now);
  const requestSalt = streamSeed(config.seed, 5);
  let requestCount = 0;

  /** The stores, as seeded, with their run-time randomness from the start of its streams. */
  const seeded = () => {
    const data = seedData({ ...config, now: clock.start });
    const tokens = new TokenStore(clock, config.mode, mulberry32(streamSeed(config.seed, 2)));
    tokens.load(data.tokens);
    const logs = new AccessLogStore(streamSeed(config.seed, 3));
    logs.load(data.logs);
    const traffic = new LiveTraffic(
      mulberry32(streamSeed(config.seed, 4)),
      data.profiles,
      data.rates,
      data.pools,
    );
    return {
      tokens,
      logs,
      traffic,
      idempotency: new IdempotencyStore(clock),
      faults: new FaultRegistry(mulberry32(streamSeed(config.seed, 6))),
      requests: [] as RecordedRequest[],
    };
  };

  const state: FakeState = {
    baseUrl: config.baseUrl,
    credential: config.credential,
    readOnlyCredential: config.readOnlyCredential,
    actor: { ...FAKE_ACTOR },
    scopes: config.scopes,
    clock,
    nextRequestId: () => `req_${uniqueBase62(requestSalt, ++requestCount, 16)}`,
    ...seeded(),
  };
  const reset = () => {
    clock.reset();
    requestCount = 0;
    Object.assign(state, seeded());
  };

  const handlers = createHandlers(state);
  return {
    handlers,
    fetch: createFakeFetch(handlers, config.baseUrl),
    clock: {
      now: () => clock.now(),
      set: (ms) => clock.set(ms),
      advance: (ms) => clock.advance(ms),
    },
    get requests() {
      return state.requests.filter((request) => !unread.has(request));
    },
    get tokens() {
      return state.tokens.sorted().map((record) => state.tokens.toApiToken(record));
    },
    get logCount() {
      return state.logs.count;
    },
    fault: (route, fault) => state.faults.add(route, fault),
    clearFaults: () => state.faults.clear(),
    addLogEntries: (n, init) => addLogEntries(state, n, init),
    reset,
  };
}

/** The options with their defaults: what seeding takes, and the base URL and credentials. */
interface ResolvedOptions extends SeedConfig {
  baseUrl: string;
  credential: string | null;
  readOnlyCredential: string;
}

function resolveOptions(options: FakeOperatorApiOptions): ResolvedOptions {
  const {
    baseUrl = 'https://api.operator.test/v1',
    credential = FAKE_CREDENTIAL,
    readOnlyCredential = FAKE_READONLY_CREDENTIAL,
    seed = 1,
    tokens = 12,
    logEntries = 2000,
    logDays = 30,
    scopes = DEFAULT_SCOPES,
    mode = 'test',
  } = options;
  const now =
    options.now === undefined
      ? Math.floor(Date.now() / SECOND) * SECOND
      : typeof options.now === 'number'
        ? options.now
        : options.now.getTime();
  const problems = [
    !Number.isFinite(seed) && `seed ${seed} is not a number`,
    !(Number.isInteger(tokens) && tokens >= 0 && tokens <= 500) && `tokens ${tokens} is not 0–500`,
    !(Number.isInteger(logEntries) && logEntries >= 0 && logEntries <= 1_000_000) &&
      `logEntries ${logEntries} is not 0–1 000 000`,
    !(logDays > 0 && logDays <= 3650) && `logDays ${logDays} is not a number of days up to 3650`,
    !Number.isFinite(now) && `now ${String(options.now)} is not a time`,
    mode !== 'live' && mode !== 'test' && `mode ${String(mode)} is not 'live' or 'test'`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new RangeError(`createFakeOperatorApi: ${problems.join('; ')}.`);
  }
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    credential,
    readOnlyCredential,
    seed,
    tokens,
    logEntries,
    logDays,
    scopes: scopes.map((scope) => ({ ...scope })),
    mode,
    now,
  };
}
