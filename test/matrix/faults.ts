/**
 * The faults of the matrix: each puts itself in place for one route until the bench clears it,
 * and says what a user must then read and which client error the host must be told about.
 */
import type { OperatorErrorName } from '../../src/client/errors.js';
import type { AccessLogEntry, ApiToken } from '../../src/client/types.js';
import type { FakeRoute } from '../../src/mocks/index.js';
import type { Bench } from './bench.js';

/** What a fault needs to know of an operation to tell whether it can happen to it. */
export interface OperationTraits {
  /** It walks or pages cursors. */
  paged: boolean;
  /** Its answer holds timestamps. */
  timestamps: boolean;
}

export interface FaultCase {
  /** Its column in the matrix. */
  id: string;
  /** What the element must say about it (a catalogue sentence, or the API's own message). */
  message: RegExp;
  /** The client error it must end in, as `operator-error` reports it. */
  errorName: OperatorErrorName;
  /** The API did the work (minted a token, say) before the answer went wrong. */
  worked?: boolean;
  /** Why it cannot happen to an operation; nothing when it can. */
  notApplicable?(op: OperationTraits): string | undefined;
  /** Puts it in place for every call of `route` until `bench.clear()`. */
  install(bench: Bench, route: FakeRoute): void | Promise<void>;
}

export const NOT_A_DATE = 'not-a-date';

const NETWORK = /Could not reach Operator\./;
const TIMEOUT = /Could not reach Operator\.|did not answer|took too long/;
/** An `InvalidResponseError`'s sentence: what the API sent that the contract does not allow. */
const INVALID = /Operator sent a response this page cannot use: \S.*\./;

/** A contract-shaped answer of `route` whose one timestamp does not parse. */
async function badTimestampBody(bench: Bench, route: FakeRoute): Promise<unknown> {
  const token = bench.workingToken;
  const bad: ApiToken = { ...token, id: 'tok_MatrixBadDate1', created_at: NOT_A_DATE };
  const secret = `op_test_${'MatrixBadDate'.padEnd(32, '0')}`;
  switch (route) {
    case 'tokens.list':
      return { data: [bad], next_cursor: null };
    case 'tokens.get':
    case 'tokens.revoke':
      return { ...token, created_at: NOT_A_DATE };
    case 'tokens.create':
      return { token: bad, secret };
    case 'tokens.rotate':
      return { token: bad, secret, previous: { ...token, replaced_by: bad.id } };
    case 'accessLogs.list': {
      const [entry] = (await bench.client.accessLogs.list({ limit: 1 })).data;
      const badEntry: AccessLogEntry = {
        ...entry!,
        id: 'log_MatrixBadDate1',
        timestamp: NOT_A_DATE,
      };
      return { data: [badEntry], next_cursor: null };
    }
    case 'accessLogs.stats':
      return { data: [{ start: NOT_A_DATE, ok: 3, client_error: 1, server_error: 0 }] };
    case 'scopes.list':
      throw new Error('scopes have no timestamp');
  }
}

const status =
  (code: number, extra: { retryAfter?: number } = {}) =>
  (bench: Bench, route: FakeRoute) =>
    bench.fake.fault(route, { status: code, ...extra });

export const FAULTS: readonly FaultCase[] = [
  {
    id: '401',
    message: /Your session has expired\. Sign in again to continue\./,
    errorName: 'AuthenticationError',
    install: status(401),
  },
  {
    id: '403',
    // Which of the two is right (a read, a write) is asserted in test/shared/operator-element.test.ts.
    message: /Your role may (view but not change|not view) these settings\./,
    errorName: 'PermissionError',
    install: status(403),
  },
  {
    id: '404',
    message: /Not found\.|no longer exists|does not exist/i,
    errorName: 'NotFoundError',
    install: status(404),
  },
  {
    id: '409',
    // The catalogue's sentence: a server's own words show only as detail (issue 12).
    message: /This was already sent with other details\. Reload the page\./,
    errorName: 'ConflictError',
    install: status(409),
  },
  {
    id: '422',
    message: /The request could not be processed\./,
    errorName: 'ValidationError',
    install: status(422),
  },
  {
    id: '429 + Retry-After',
    message: /Too many requests\. Try again in 7 s\./,
    errorName: 'RateLimitError',
    install: status(429, { retryAfter: 7 }),
  },
  {
    id: '429 no Retry-After',
    message: /Too many requests\. Try again (shortly|in \d+ s)\./,
    errorName: 'RateLimitError',
    install: (bench, route) => {
      bench.hostile.hideRetryAfter = true;
      bench.fake.fault(route, { status: 429 });
    },
  },
  {
    id: '500',
    message: /Operator had a problem\. Try again in a moment\./,
    errorName: 'ServerError',
    install: status(500),
  },
  {
    id: '503',
    message: /Operator had a problem\. Try again in a moment\./,
    errorName: 'ServerError',
    install: status(503),
  },
  {
    id: 'network error',
    message: NETWORK,
    errorName: 'NetworkError',
    install: (bench, route) => bench.fake.fault(route, { network: true }),
  },
  {
    id: 'timeout',
    message: TIMEOUT,
    errorName: 'TimeoutError',
    // Far beyond the client's timeout; the client's abort ends the wait (and nothing is done).
    install: (bench, route) => bench.fake.fault(route, { latency: 60_000 }),
  },
  {
    id: 'stalled body',
    message: TIMEOUT,
    errorName: 'TimeoutError',
    install: (bench, route) => bench.fake.fault(route, { stallBody: true }),
  },
  {
    id: 'malformed JSON',
    message: INVALID,
    errorName: 'InvalidResponseError',
    worked: true,
    // The real answer cut in half on the way back: the work was done, its JSON does not parse.
    install: (bench, route) => void (bench.hostile.truncate = route),
  },
  {
    id: 'wrong shape',
    message: INVALID,
    errorName: 'InvalidResponseError',
    install: (bench, route) => bench.fake.fault(route, { body: { items: [], cursor: null } }),
  },
  {
    id: 'bad timestamp',
    message: INVALID,
    errorName: 'InvalidResponseError',
    notApplicable: (op) => (op.timestamps ? undefined : 'its answer holds no timestamp'),
    install: async (bench, route) =>
      bench.fake.fault(route, { body: await badTimestampBody(bench, route) }),
  },
  {
    id: 'HTML with 200',
    message: INVALID,
    errorName: 'InvalidResponseError',
    install: (bench, route) => bench.fake.fault(route, { malformed: true }),
  },
  {
    id: 'response lost',
    message: NETWORK,
    errorName: 'NetworkError',
    worked: true,
    install: (bench, route) => bench.fake.fault(route, { dropResponse: true }),
  },
  {
    id: 'endless cursor',
    message: INVALID,
    errorName: 'InvalidResponseError',
    notApplicable: (op) => (op.paged ? undefined : 'it reads no cursor'),
    install: (bench, route) => bench.fake.fault(route, { body: { data: [], next_cursor: 'c' } }),
  },
];
