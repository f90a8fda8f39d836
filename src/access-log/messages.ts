import { registerMessages } from '../shared/localize.js';

/**
 * English strings of `<operator-access-log>`; every key starts with `al`. Functions take numbers
 * already formatted through `Intl` (strings) plus, where a plural depends on it, the count itself.
 */
/** English plural of a count already formatted: "1" is the only singular. */
const plural = (formatted: string, one: string, many: string) => (formatted === '1' ? one : many);

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
  alStatus: 'Status',
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
  alLiveOn: (seconds: string) => `Checking for new requests every ${seconds} s.`,
  alLivePaused: 'Live updates paused while this page is hidden.',
  alLiveBackoff: (seconds: string, reason: string) =>
    `Live updates failed: ${reason} Trying again in ${seconds} s.`,
  alNewEntries: (count: number, formatted: string) =>
    count === 1 ? '1 new request.' : `${formatted} new requests.`,
  alExportCsv: 'Export CSV',
  alExportJson: 'Export JSON',
  alCancelExport: 'Cancel export',
  alExporting: (formatted: string) =>
    `Exporting… ${formatted} ${plural(formatted, 'entry', 'entries')} so far.`,
  alExported: (formatted: string, filename: string) =>
    `Exported ${formatted} ${plural(formatted, 'entry', 'entries')} to ${filename}.`,
  alExportCancelled: 'Export cancelled.',
  alExportFailed: (reason: string) => `The export stopped. ${reason}`,
  alRetryExport: 'Retry export',
  alTime: 'Time',
  alTokenColumn: 'Token',
  alMethodColumn: 'Method',
  alPath: 'Path',
  alStatusColumn: 'Status',
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
  alEnd: (formatted: string) =>
    plural(
      formatted,
      'The one request for these filters is shown.',
      `All ${formatted} requests for these filters are shown.`,
    ),
  alHintNewIp: 'New IP',
  alHintNewIpLong: 'First request from this IP address for this token in the loaded range.',
  alHintBurst: '401/403 burst',
  alHintBurstLong: 'Part of a burst of rejected (401 or 403) requests.',
  alSummary: (newIps: number, newIpsFormatted: string, bursts: number, burstsFormatted: string) =>
    [
      newIps && `${newIpsFormatted} first ${newIps === 1 ? 'request' : 'requests'} from a new IP`,
      bursts && `${burstsFormatted} ${bursts === 1 ? 'burst' : 'bursts'} of 401/403 responses`,
    ]
      .filter(Boolean)
      .join('; ') + ' in the loaded requests.',
  alSummaryLabel: 'Suspicious use:',
  alChart: 'Requests over time',
  alChartSummary: (total: string, from: string, to: string, peak: string) =>
    `${total} ${plural(total, 'request', 'requests')} from ${from} to ${to}; at most ${peak} in one interval. Choose a bar to narrow the time range to it.`,
  alChartBar: (when: string, ok: string, client: string, server: string) =>
    `${when}: ${ok} successful, ${client} ${plural(client, 'client error', 'client errors')}, ${server} ${plural(server, 'server error', 'server errors')}`,
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

registerMessages({ $code: 'en', $name: 'English', $dir: 'ltr', ...accessLogMessages });
