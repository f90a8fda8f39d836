/** `/access-logs`: the requests made with the account's tokens, as pages and as counts. */
import type { HttpHandler } from 'msw';
import type { StatsBucket } from '../../client/types.js';
import { BUCKET_MS } from '../../client/contract.js';
import { TOKEN_ID } from '../../client/schemas.js';
import { DAY, HOUR, MINUTE } from '../../client/time.js';
import { MAX_BUCKETS, type LogFilter } from '../access-log-store.js';
import { badRequest } from '../errors.js';
import { parseLimit, query, queryTimestamp, rejectUnknownQuery } from '../params.js';
import { ok, route } from './route.js';
import type { FakeState } from '../state.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const BUCKETS = Object.keys(BUCKET_MS) as StatsBucket[];
/** The span `stats` covers when `since` is not given. */
const DEFAULT_SPAN: Record<StatsBucket, number> = {
  minute: 60 * MINUTE,
  hour: 24 * HOUR,
  day: 30 * DAY,
};
const MAX_QUERY_LENGTH = 200;

export function accessLogHandlers(state: FakeState): HttpHandler[] {
  return [
    route(state, 'accessLogs.list', 'get', '/access-logs', ({ url }) => {
      rejectUnknownQuery(url, [
        'token_id',
        'status',
        'method',
        'since',
        'until',
        'q',
        'limit',
        'cursor',
      ]);
      const filter: LogFilter = {
        ...timeRange(url),
        tokenId: tokenId(url),
        status: statusMatcher(url),
        method: method(url),
        q: search(url),
      };
      const limit = parseLimit(url);
      return ok(state.logs.list(filter, limit, query(url, 'cursor')));
    }),

    route(state, 'accessLogs.stats', 'get', '/access-logs/stats', ({ url }) => {
      rejectUnknownQuery(url, ['token_id', 'since', 'until', 'bucket']);
      const bucket = query(url, 'bucket') ?? 'hour';
      if (!BUCKETS.includes(bucket as StatsBucket)) {
        throw badRequest(`bucket must be one of ${BUCKETS.join(', ')}.`, 'bucket');
      }
      const size = BUCKET_MS[bucket as StatsBucket];
      const range = timeRange(url);
      const until = range.until ?? state.clock.now();
      const since = range.since ?? until - DEFAULT_SPAN[bucket as StatsBucket];
      if (since >= until) throw badRequest('since must be earlier than until.', 'since');
      const count = Math.ceil((until - Math.floor(since / size) * size) / size);
      if (count > MAX_BUCKETS) {
        throw badRequest(
          `That is ${count} ${bucket} buckets; at most ${MAX_BUCKETS} are allowed. Use a larger bucket or a shorter range.`,
          'bucket',
        );
      }
      const data = state.logs.stats({ tokenId: tokenId(url), since, until }, bucket as StatsBucket);
      return ok({ data });
    }),
  ];
}

function timeRange(url: URL): { since?: number; until?: number } {
  const since = queryTimestamp(url, 'since');
  const until = queryTimestamp(url, 'until');
  if (since !== undefined && until !== undefined && since >= until) {
    throw badRequest('since must be earlier than until.', 'since');
  }
  return { since, until };
}

function tokenId(url: URL): string | undefined {
  const id = query(url, 'token_id');
  if (id !== undefined && !TOKEN_ID.test(id)) {
    throw badRequest('token_id must be a token id (tok_…).', 'token_id');
  }
  return id;
}

/** `2xx`, `4xx`, `5xx` or an exact status code. */
function statusMatcher(url: URL): LogFilter['status'] {
  const raw = query(url, 'status');
  if (raw === undefined) return undefined;
  const range = /^([245])xx$/i.exec(raw);
  if (range) {
    const hundreds = Number(range[1]) * 100;
    return (status) => status >= hundreds && status < hundreds + 100;
  }
  const code = /^\d{3}$/.test(raw) ? Number(raw) : NaN;
  if (code >= 100 && code <= 599) return (status) => status === code;
  throw badRequest('status must be 2xx, 4xx, 5xx or a status code such as 404.', 'status');
}

function method(url: URL): string | undefined {
  const raw = query(url, 'method');
  if (raw === undefined) return undefined;
  const upper = raw.toUpperCase();
  if (!METHODS.includes(upper)) {
    throw badRequest(`method must be one of ${METHODS.join(', ')}.`, 'method');
  }
  return upper;
}

function search(url: URL): string | undefined {
  const q = query(url, 'q');
  if (q !== undefined && q.length > MAX_QUERY_LENGTH) {
    throw badRequest(`q must be at most ${MAX_QUERY_LENGTH} characters.`, 'q');
  }
  return q?.toLowerCase();
}
