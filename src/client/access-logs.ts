import { paginate, type RequestOptions, type Transport } from './transport.js';
import { accessLogPage, scopeList, statsList } from './schemas.js';
import type { AccessLogStatsParams, ListAccessLogsParams } from './types.js';

/** `client.accessLogs` and `client.scopes`. */
export function accessLogsResource(call: Transport) {
  const list = (params: ListAccessLogsParams = {}, options?: RequestOptions) =>
    call(accessLogPage, 'access-logs', { ...options, searchParams: { ...params } });
  return {
    scopes: {
      /** The scopes the account's plan offers; empty where it has no scoped tokens. */
      list: (options?: RequestOptions) => call(scopeList, 'scopes', options),
    },
    accessLogs: {
      /** One page of access-log entries, newest first. */
      list,
      /** Every entry matching `params`, walking the cursors. */
      iterate: (params: ListAccessLogsParams = {}, options?: RequestOptions) =>
        paginate(list, params, options),
      /** Request counts per `bucket`, by status class, oldest first. */
      stats: (params: AccessLogStatsParams = {}, options?: RequestOptions) =>
        call(statsList, 'access-logs/stats', { ...options, searchParams: { ...params } }),
    },
  };
}
