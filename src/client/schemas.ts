/**
 * Runtime shapes of the Operator API's responses, as small Standard Schema validators that ky 2
 * accepts in `.json(schema)`. Hand-written rather than a validation library: the client entry has a
 * 10 kB gzip budget with ky included, and these few shapes need only strings, numbers, nulls,
 * arrays and objects. `test/client/contract.test.ts` checks them against `contract/openapi.json`.
 */
import type { StandardSchemaV1 } from 'ky';
import type {
  AccessLogBucket,
  AccessLogEntry,
  ApiToken,
  CreatedToken,
  Page,
  RotatedToken,
  Scope,
} from './types.js';

/** Returns a description of what is wrong with `value` at `path`, or nothing when it fits. */
type Check = (value: unknown, path: string) => string | void;

export interface ObjectShape<T> extends StandardSchemaV1<unknown, T> {
  /** The property names this shape requires, for the contract test. */
  readonly keys: string[];
  readonly check: Check;
}

const is =
  (type: string): Check =>
  (value, path) =>
    typeof value == type && (type != 'number' || Number.isFinite(value))
      ? undefined
      : `${path} should be a ${type}`;

const string = is('string');
const number = is('number');
const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? undefined : check(value, path);
const oneOf =
  (...values: string[]): Check =>
  (value, path) =>
    values.includes(value as string) ? undefined : `${path} should be one of ${values.join(', ')}`;
const array =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} should be an array`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
  };

function object<T>(fields: Record<string, Check>): ObjectShape<T> {
  const keys = Object.keys(fields);
  const check: Check = (value, path) => {
    if (typeof value != 'object' || value === null || Array.isArray(value))
      return `${path} should be an object`;
    for (const key of keys) {
      const problem = fields[key]!((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (problem) return problem;
    }
  };
  return {
    keys,
    check,
    '~standard': {
      version: 1,
      vendor: 'operator',
      validate(value) {
        const message = check(value, 'body');
        return message ? { issues: [{ message }] } : { value: value as T };
      },
    },
  };
}

const date = string;
const page = <T>(item: Check) =>
  object<Page<T>>({ data: array(item), next_cursor: nullable(string) });

export const apiToken = object<ApiToken>({
  id: string,
  name: string,
  prefix: string,
  scopes: array(string),
  status: oneOf('active', 'expired', 'revoked'),
  created_at: date,
  created_by: nullable(object({ id: string, name: string }).check),
  expires_at: nullable(date),
  last_used_at: nullable(date),
  last_used_ip: nullable(string),
  revoked_at: nullable(date),
  replaced_by: nullable(string),
});

export const scope = object<Scope>({ id: string, label: string, description: string });

export const accessLogEntry = object<AccessLogEntry>({
  id: string,
  timestamp: date,
  token_id: string,
  token_name: string,
  token_prefix: string,
  method: string,
  path: string,
  status: number,
  ip: string,
  user_agent: string,
  duration_ms: number,
  request_id: string,
});

export const accessLogBucket = object<AccessLogBucket>({
  start: date,
  ok: number,
  client_error: number,
  server_error: number,
});

export const tokenPage = page<ApiToken>(apiToken.check);
export const accessLogPage = page<AccessLogEntry>(accessLogEntry.check);
export const scopeList = object<{ data: Scope[] }>({ data: array(scope.check) });
export const statsList = object<{ data: AccessLogBucket[] }>({
  data: array(accessLogBucket.check),
});
export const createdToken = object<CreatedToken>({ token: apiToken.check, secret: string });
export const rotatedToken = object<RotatedToken>({
  token: apiToken.check,
  secret: string,
  previous: apiToken.check,
});
