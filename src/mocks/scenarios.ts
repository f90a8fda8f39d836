/**
 * Named scenarios: what a host meets, as faults, a data set and a credential. The demo's control
 * panel and `operator-fake-api --scenario` both read them from here.
 *
 * ```ts
 * const scenario = FAKE_SCENARIOS['rate-limited'];
 * const fake = createFakeOperatorApi({ ...options, ...scenario.options });
 * applyScenario(fake, 'rate-limited');
 * const client = createOperatorClient({ baseUrl, auth: scenario.credential, fetch: fake.fetch });
 * ```
 */
import type { FakeRoute, Fault } from './faults.js';
import {
  FAKE_CREDENTIAL,
  FAKE_EXPIRED_CREDENTIAL,
  FAKE_READONLY_CREDENTIAL,
} from './credentials.js';

export interface FakeScenario {
  /** What it shows, for people: the demo's option label, the bin's `--help`. */
  readonly label: string;
  /** The faults it adds, in order (the first that matches a request applies). */
  readonly faults: ReadonlyArray<readonly [FakeRoute | '*', Fault]>;
  /** The credential a client sends in it: the admin's, the read-only one, or a refused one. */
  readonly credential: string;
  /** Options for `createFakeOperatorApi` that the scenario needs (an empty account). */
  readonly options: { readonly tokens?: number; readonly logEntries?: number };
}

export type FakeScenarioName =
  'healthy' | 'slow' | 'flaky' | 'rate-limited' | 'lost' | 'read-only' | 'expired' | 'empty';

const scenario = (label: string, init: Partial<FakeScenario> = {}): FakeScenario => ({
  label,
  faults: [],
  credential: FAKE_CREDENTIAL,
  options: {},
  ...init,
});

export const FAKE_SCENARIOS: Readonly<Record<FakeScenarioName, FakeScenario>> = {
  healthy: scenario('Healthy'),
  slow: scenario('Slow network (1.5 s a request)', { faults: [['*', { latency: 1500 }]] }),
  flaky: scenario('Flaky: 30% of requests fail with 503', {
    faults: [['*', { status: 503, probability: 0.3 }]],
  }),
  'rate-limited': scenario('Rate limited: 429 with Retry-After', {
    faults: [['*', { status: 429, retryAfter: 3, probability: 0.5 }]],
  }),
  // The server does the work, then every automatic attempt loses its answer (the first attempt
  // and the client's 3 retries): the form says the token may exist, and pressing the button
  // again replays it (one token, its secret shown).
  lost: scenario('Answers lost: the first create and rotation', {
    faults: [
      ['tokens.create', { dropResponse: true, times: 4 }],
      ['tokens.rotate', { dropResponse: true, times: 4 }],
    ],
  }),
  'read-only': scenario('Read-only role (403 on writes)', { credential: FAKE_READONLY_CREDENTIAL }),
  expired: scenario('Session expired (401)', { credential: FAKE_EXPIRED_CREDENTIAL }),
  empty: scenario('Empty account', { options: { tokens: 0, logEntries: 0 } }),
};

export const isFakeScenarioName = (name: string): name is FakeScenarioName =>
  Object.hasOwn(FAKE_SCENARIOS, name);

/** What a scenario changes of a fake (a `FakeOperatorApi`): its faults. */
interface FaultTarget {
  fault(route: FakeRoute | '*', fault: Fault): void;
  clearFaults(): void;
}

/**
 * Clears the fake's faults and adds the scenario's; returns the credential a client should send.
 * The scenario's `options` (an empty account) are for `createFakeOperatorApi`: a running fake
 * keeps its data.
 */
export function applyScenario(fake: FaultTarget, name: FakeScenarioName): string {
  const { faults, credential } = FAKE_SCENARIOS[name];
  fake.clearFaults();
  for (const [route, fault] of faults) fake.fault(route, { ...fault });
  return credential;
}
