import {
  lister,
  paginate,
  type IterateOptions,
  type RequestOptions,
  type Query,
  type Transport,
} from './transport.js';
import { accessLogPage, scopeList, statsList } from './schemas.js';
import type { AccessLogEntry, AccessLogStatsParams, ListAccessLogsParams } from './types.js';

/** `client.accessLogs` and `client.scopes`. */
export function accessLogsResource(call: Transport) {
  const list = lister<AccessLogEntry, ListAccessLogsParams>(call, accessLogPage, 'access-logs');
  return {
    scopes: {
      /** The scopes the account's plan offers; empty where it has no scoped tokens. */
      list: (options?: RequestOptions) => call(scopeList, 'scopes', options),
    },
    accessLogs: {
      /** One page of access-log entries, newest first, of at most `limit` (50 by default). */
      list,
      /** Every entry matching `params`, walking the cursors; see `IterateOptions.maxPages`. */
      iterate: (params: ListAccessLogsParams = {}, options?: IterateOptions) =>
        paginate(list, params, options),
      /** Request counts per `bucket`, by status class, oldest first. */
      stats: (params: AccessLogStatsParams = {}, options?: RequestOptions) =>
        call(statsList, 'access-logs/stats', { ...options, searchParams: params as Query }),
    },
  };
}
