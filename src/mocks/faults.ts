/**
 * Faults: per-test failures on top of the happy-path handlers (429s, 5xx, latency, network
 * errors, lost responses, malformed bodies). They stack; the first one that matches a request
 * applies. Probabilities are drawn from a seeded PRNG, so a flaky run can be replayed.
 */
import type { Random } from './random.js';

export type FakeRoute =
  | 'tokens.list'
  | 'tokens.get'
  | 'tokens.create'
  | 'tokens.rotate'
  | 'tokens.revoke'
  | 'scopes.list'
  | 'accessLogs.list'
  | 'accessLogs.stats';

export const FAKE_ROUTES: readonly FakeRoute[] = [
  'tokens.list',
  'tokens.get',
  'tokens.create',
  'tokens.rotate',
  'tokens.revoke',
  'scopes.list',
  'accessLogs.list',
  'accessLogs.stats',
];

export interface Fault {
  /** Respond with this status (400–599) and a contract-shaped error body. */
  status?: number;
  /** With `status`: the error's message instead of the status's usual one. */
  message?: string;
  /** With `status`: the request field the error is about (`name`, `expires_at`, …). */
  field?: string;
  /**
   * With `status` 401: `step_up_required`, as a host's proxy answers a write whose user must
   * confirm who they are again; to try an element's `stepUp` hook without a proxy.
   */
  reason?: 'step_up_required';
  /**
   * `Retry-After`: seconds, or a string sent as is (an HTTP date, or garbage); `null` for none, as
   * a proxy's 429 or a cross-origin one whose header is not exposed. A 429 carries 1 unless given.
   */
  retryAfter?: number | string | null;
  /**
   * Milliseconds to wait before answering; aborting the request ends the wait. Longer than the
   * client's `timeout`, the client times out. With `dropResponse`, the wait comes after the work.
   */
  latency?: number;
  /** Fail with a network error: `fetch` rejects with `TypeError('Failed to fetch')`. */
  network?: boolean;
  /**
   * Process the request for real (e.g. create the token), then fail with a network error: a
   * response lost after the work was done. With `latency`, the failure comes that long after the
   * work, so a client whose timeout is shorter times out on a request that took effect.
   */
  dropResponse?: boolean;
  /** Answer 200 at once, then never finish the body (until the request is aborted). */
  stallBody?: boolean;
  /** Answer 200 with a body that is not JSON (`<html>oops`). */
  malformed?: boolean;
  /**
   * Answer 200 with this JSON body (e.g. the wrong shape, a bad timestamp, or an endless cursor:
   * `{ data: [], next_cursor: 'x' }` on every call of a list).
   */
  body?: unknown;
  /**
   * Apply to this many matching calls, then stop (default: every call). Like `skip`, it counts the
   * calls that reach this fault, i.e. that no fault added before it took.
   */
  times?: number;
  /** Let this many matching calls through first. */
  skip?: number;
  /** 0..1: the chance that the fault applies to a matching call, from a seeded PRNG. */
  probability?: number;
}

interface ActiveFault {
  route: FakeRoute | '*';
  fault: Fault;
  seen: number;
  applied: number;
}

export class FaultRegistry {
  #faults: ActiveFault[] = [];

  readonly #random: Random;

  constructor(random: Random) {
    this.#random = random;
  }

  add(route: FakeRoute | '*', fault: Fault): void {
    validateFault(route, fault);
    this.#faults.push({ route, fault: { ...fault }, seen: 0, applied: 0 });
  }

  clear(): void {
    this.#faults = [];
  }

  /**
   * The fault to apply to this call of `route` (`null`: a request outside the known routes,
   * which only `'*'` faults match), counting the call against each matching fault.
   */
  take(route: FakeRoute | null): Fault | undefined {
    for (const active of this.#faults) {
      if (active.route !== '*' && active.route !== route) continue;
      const { fault } = active;
      active.seen++;
      if (active.seen <= (fault.skip ?? 0)) continue;
      if (fault.times !== undefined && active.applied >= fault.times) continue;
      if (fault.probability !== undefined && this.#random() >= fault.probability) continue;
      active.applied++;
      return fault;
    }
    return undefined;
  }
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/** Fails loudly on a fault that could not do what its author meant. */
function validateFault(route: string, fault: Fault): void {
  const problems: string[] = [];
  if (route !== '*' && !FAKE_ROUTES.includes(route as FakeRoute)) {
    problems.push(`unknown route "${route}" (one of ${FAKE_ROUTES.join(', ')} or "*")`);
  }
  const { status, retryAfter, latency, times, skip, probability } = fault;
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    problems.push(`status ${status} is not an error status (400–599)`);
  }
  if (status === undefined && (fault.message !== undefined || fault.field !== undefined)) {
    problems.push('message and field describe a status: give one');
  }
  if (fault.reason !== undefined && (status !== 401 || fault.reason !== 'step_up_required')) {
    problems.push('reason is step_up_required, with status 401');
  }
  if (typeof retryAfter === 'number' && !isCount(retryAfter)) {
    problems.push('retryAfter must be a whole number of seconds, a string or null');
  }
  if (latency !== undefined && !(latency >= 0 && latency < 2 ** 31)) {
    problems.push('latency must be a number of milliseconds');
  }
  if (times !== undefined && !isCount(times)) problems.push('times must be a whole number');
  if (skip !== undefined && !isCount(skip)) problems.push('skip must be a whole number');
  if (probability !== undefined && !(probability >= 0 && probability <= 1)) {
    problems.push('probability must be between 0 and 1');
  }
  // What the fault answers instead of the route; latency only delays whichever answer comes.
  const outcomes = [
    status !== undefined,
    fault.network === true,
    fault.dropResponse === true,
    fault.stallBody === true,
    fault.malformed === true,
    fault.body !== undefined,
  ];
  if (latency === undefined && !outcomes.some(Boolean)) {
    problems.push(
      'it does nothing: give status, latency, network, dropResponse, stallBody, malformed or body',
    );
  }
  if (outcomes.filter(Boolean).length > 1) {
    problems.push(
      'give at most one of status, network, dropResponse, stallBody, malformed and body',
    );
  }
  if (problems.length > 0) {
    throw new TypeError(`Invalid fault for ${route}: ${problems.join('; ')}.`);
  }
}
