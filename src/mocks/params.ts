/**
 * Parsing and validation of query parameters and JSON bodies, shared by the handlers. Everything
 * here throws a `FakeApiError` whose `field` names the parameter at fault.
 */
import { DEFAULT_LIMIT, MAX_LIMIT } from '../client/contract.js';
import { badRequest } from './errors.js';

export type JsonObject = Record<string, unknown>;

/** Rejects query parameters the operation does not define (the contract's "unknown" 400). */
export function rejectUnknownQuery(url: URL, allowed: readonly string[]): void {
  for (const name of url.searchParams.keys()) {
    if (!allowed.includes(name)) throw badRequest(`Unknown query parameter ${name}.`, name);
  }
}

/** A query parameter; an empty value counts as absent. */
export function query(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value === null || value === '' ? undefined : value;
}

export function parseLimit(url: URL): number {
  const raw = query(url, 'limit');
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw badRequest(`limit must be an integer between 1 and ${MAX_LIMIT}.`, 'limit');
  }
  return limit;
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * Milliseconds for an ISO 8601 date (`2025-06-03`, UTC midnight) or date-time with a zone
 * (`2025-06-03T08:00:00Z`, `…+02:00`); `undefined` for anything else, including impossible dates
 * such as `2025-02-30` that `Date.parse` would quietly roll over.
 */
export function parseTimestamp(value: string): number | undefined {
  const match = ISO_8601.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zoneHour, zoneMinute] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const valid =
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    (zoneHour === undefined || Number(zoneHour) <= 23) &&
    (zoneMinute === undefined || Number(zoneMinute) <= 59);
  const ms = Date.parse(value);
  return valid && Number.isFinite(ms) ? ms : undefined;
}

/** A query timestamp (`since`, `until`), or `undefined` when absent. */
export function queryTimestamp(url: URL, name: string): number | undefined {
  const raw = query(url, name);
  if (raw === undefined) return undefined;
  const ms = parseTimestamp(raw);
  if (ms === undefined) {
    throw badRequest(`${name} must be an ISO 8601 timestamp, e.g. 2025-06-03T08:00:00Z.`, name);
  }
  return ms;
}

/** The request body as a JSON object; an empty body counts as `{}`. */
export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.');
  }
  return body as JsonObject;
}

/** Rejects body fields the operation does not define. */
export function rejectUnknownFields(body: JsonObject, allowed: readonly string[]): void {
  for (const name of Object.keys(body)) {
    if (!allowed.includes(name)) throw badRequest(`Unknown field ${name}.`, name);
  }
}

/** JSON with sorted keys, so `{a,b}` and `{b,a}` are the same body to idempotency. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as JsonObject)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
