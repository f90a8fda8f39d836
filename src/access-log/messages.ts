import { plural, registerMessages } from '../shared/localize.js';

const n = plural('en');

/**
 * English strings of `<operator-access-log>`; every key starts with `al`. Functions take counts
 * and seconds as numbers, and format them (`#`) as they choose the plural form.
 */
export const accessLogMessages = {
  alCaption: 'Access log',
  alFilters: 'Access log filters',
  alToken: 'Filter by token',
  alAllTokens: 'All tokens',
  // U+2066 … U+2069 keep the prefix left to right inside a right-to-left sentence: keep them.
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `The token list could not be loaded. ${reason}`,
  alRetryTokens: 'Retry loading tokens',
  alTokensIncomplete: 'Only some tokens could be listed for the filter.',
  alAnyStatus: 'Any status',
  alStatusClass: (range: string) =>
    ({ '2xx': '2xx success', '4xx': '4xx client error', '5xx': '5xx server error' })[range] ??
    range,
  alMethod: 'Method',
  alAnyMethod: 'Any method',
  alRange: 'Time range',
  alRange1h: 'Last hour',
  alRange24h: 'Last 24 hours',
  alRange7d: 'Last 7 days',
  alRange30d: 'Last 30 days',
  alRangeCustom: 'Custom',
  alFrom: 'From',
  alTo: 'To',
  alSearch: 'Search',
  alSearchPlaceholder: 'Path or IP address',
  alLive: 'Live',
  alLiveOn: (seconds: number) => n(seconds, { other: 'Checking for new requests every # s.' }),
  alLivePaused: 'Live updates paused while this page is hidden.',
  alLiveBackoff: (seconds: number, reason: string) =>
    `Live updates failed: ${reason} ${n(seconds, { other: 'Trying again in # s.' })}`,
  alNewEntries: (count: number) => n(count, { one: '# new request.', other: '# new requests.' }),
  alExportCsv: 'Export CSV',
  alExportJson: 'Export JSON',
  alCancelExport: 'Cancel export',
  alExporting: (count: number) =>
    n(count, { one: 'Exporting… # entry so far.', other: 'Exporting… # entries so far.' }),
  alExported: (count: number, filename: string) =>
    `${n(count, { one: 'Exported # entry', other: 'Exported # entries' })} to ${filename}.`,
  alExportCancelled: 'Export cancelled.',
  alExportFailed: (reason: string) => `The export stopped. ${reason}`,
  alRetryExport: 'Retry export',
  alTime: 'Time',
  alPath: 'Path',
  alIp: 'IP address',
  alDuration: 'Duration',
  alDetails: 'Details',
  alDetailsOf: (method: string, path: string, time: string) =>
    `Details of ${method} ${path}, ${time}`,
  alUserAgent: 'User agent',
  alNoUserAgent: 'None sent',
  alRequestIdLabel: 'Request ID',
  alCopyRequestId: 'Copy request ID',
  alCopied: 'Request ID copied.',
  alCopyFailed: 'Could not copy: select the ID and copy it yourself.',
  alEmpty: 'No requests match these filters in this time range.',
  alLoadingMore: 'Loading older requests…',
  alLoadMoreFailed: (reason: string) => `Older requests could not be loaded. ${reason}`,
  alRetryLoadMore: 'Retry loading older requests',
  alEnd: (count: number) =>
    n(count, {
      one: 'The one request for these filters is shown.',
      other: 'All # requests for these filters are shown.',
    }),
  alHintNewIp: 'New IP',
  alHintNewIpLong: 'First request from this IP address for this token in the loaded range.',
  alHintBurst: '401/403 burst',
  alHintBurstLong: 'Part of a burst of rejected (401 or 403) requests.',
  alSummary: (newIps: number, bursts: number) =>
    [
      newIps &&
        n(newIps, {
          one: '# first request from a new IP',
          other: '# first requests from a new IP',
        }),
      bursts &&
        n(bursts, { one: '# burst of 401/403 responses', other: '# bursts of 401/403 responses' }),
    ]
      .filter(Boolean)
      .join('; ') + ' in the loaded requests.',
  alSummaryLabel: 'Suspicious use:',
  alChart: 'Requests over time',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${n(total, { one: '# request', other: '# requests' })} from ${from} to ${to}; ${n(peak, { other: 'at most # in one interval' })}. Choose a bar to narrow the time range to it.`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}: ${n(ok, { other: '# successful' })}, ${n(client, { one: '# client error', other: '# client errors' })}, ${n(server, { one: '# server error', other: '# server errors' })}`,
  alChartStart: 'Start',
  alChartEmpty: 'No requests in this time range.',
  alChartFailed: (reason: string) => `The chart could not be loaded. ${reason}`,
  alRetryChart: 'Retry loading the chart',
  alOk: 'Successful',
  alClientErrors: 'Client errors',
  alServerErrors: 'Server errors',
  alRetryLog: 'Retry loading the log',
};

type AccessLogMessages = typeof accessLogMessages;
declare module '../shared/localize.js' {
  interface OperatorMessages extends AccessLogMessages {}
}

// English's name and direction come with the shared messages.
registerMessages({ $code: 'en', ...accessLogMessages });
