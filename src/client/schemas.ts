/**
 * Runtime shapes of the Operator API's responses, as small checks the transport runs on each parsed
 * body. Hand-written rather than a validation library: the client entry has a tight gzip budget
 * with ky included, and these few shapes need only strings, numbers, nulls, arrays and objects. They check the contract's patterns, formats, enums and ranges too: a timestamp
 * that does not parse or an id that is not a token id would break whoever renders it.
 * `test/client/contract.test.ts` checks them against `contract/openapi.json`.
 */
import type {
  AccessLogBucket,
  AccessLogEntry,
  ApiToken,
  CreatedToken,
  Page,
  RotatedToken,
  Scope,
} from './types.js';

/**
 * Returns what is wrong with `value`, as the rest of a sentence that starts with where it is
 * (" should be a string", ".name should be a string"), or nothing when it fits. The where is built
 * only on the way out of a failure: a valid body allocates no path strings.
 */
export type Check = (value: unknown) => string | void;

/** A check of a whole response body: one that passes is a `T`. */
export type Shape<T> = Check & { readonly type?: T };

/** A check that `value` passes `fits`; else " should be `what`". */
const test =
  (fits: (value: never) => unknown, what: string): Check =>
  (value) =>
    fits(value as never) ? undefined : ` should be ${what}`;

const string = test((value) => typeof value === 'string', 'a string');
const match = (pattern: RegExp, what: string) =>
  test((value: string) => typeof value === 'string' && pattern.test(value), what);
/** A number, of the contract's type and range. */
const number = (fits: (value: number) => unknown, what: string) =>
  test((value: number) => Number.isFinite(value) && fits(value), what);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? undefined : check(value);
const oneOf = (...values: string[]) =>
  test((value: string) => values.includes(value), `one of ${values.join(', ')}`);
const array =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return ' should be an array';
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem) return `[${i}]${problem}`;
    }
  };

function object<T>(fields: Record<string, Check>): Shape<T> {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return ' should be an object';
    for (const key in fields) {
      const problem = fields[key]!((value as Record<string, unknown>)[key]);
      if (problem) return `.${key}${problem}`;
    }
  };
}

/** The contract's `TokenId`; path segments are checked against it too, before any request. */
export const TOKEN_ID = /^tok_[A-Za-z0-9]{1,64}$/;

/** An RFC 3339 date-time (the contract's `format: date-time`) that `Date` can read. */
const date = test(
  (value: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value) &&
    Number.isFinite(Date.parse(value)),
  'a date-time',
);
const tokenId = match(TOKEN_ID, 'a token id');
const prefix = match(/^op_(live|test)_[A-Za-z0-9]{4}$/, 'a token prefix');
const secret = match(/^op_(live|test)_[A-Za-z0-9]{32}$/, 'a token secret');
const count = number((value) => Number.isInteger(value) && value >= 0, 'a count');
const page = <T>(item: Check) =>
  object<Page<T>>({ data: array(item), next_cursor: nullable(string) });

export const apiToken = object<ApiToken>({
  id: tokenId,
  name: string,
  prefix,
  scopes: array(string),
  status: oneOf('active', 'expired', 'revoked'),
  created_at: date,
  created_by: nullable(object({ id: string, name: string })),
  expires_at: nullable(date),
  last_used_at: nullable(date),
  last_used_ip: nullable(string),
  revoked_at: nullable(date),
  replaced_by: nullable(tokenId),
});

export const scope = object<Scope>({ id: string, label: string, description: string });

export const accessLogEntry = object<AccessLogEntry>({
  id: string,
  timestamp: date,
  token_id: tokenId,
  token_name: string,
  token_prefix: prefix,
  method: string,
  path: string,
  status: number((value) => Number.isInteger(value) && value > 99 && value < 600, 'an HTTP status'),
  ip: string,
  user_agent: string,
  duration_ms: number((value) => value >= 0, 'a duration'),
  request_id: string,
});

export const accessLogBucket = object<AccessLogBucket>({
  start: date,
  ok: count,
  client_error: count,
  server_error: count,
});

export const tokenPage = page<ApiToken>(apiToken);
export const accessLogPage = page<AccessLogEntry>(accessLogEntry);
export const scopeList = object<{ data: Scope[] }>({ data: array(scope) });
export const statsList = object<{ data: AccessLogBucket[] }>({
  data: array(accessLogBucket),
});
export const createdToken = object<CreatedToken>({ token: apiToken, secret });
export const rotatedToken = object<RotatedToken>({
  token: apiToken,
  secret,
  previous: apiToken,
});
