import type { PropertyDeclarations, PropertyValues } from 'lit';
import { html } from 'lit';
import type { AccessLogEntry } from '../client/types.js';
import { isOperatorError } from '../client/errors.js';
import { OperatorElement } from '../shared/operator-element.js';
import { LogChart } from './chart.js';
import { OperatorFilterChangeEvent } from './events.js';
import { ExportController } from './export.js';
import {
  LogFilters,
  timeWindow,
  type AccessLogFilter,
  type TimeRange,
  type TimeWindow,
} from './filters.js';
import { LiveTailController } from './live-tail.js';
import { LogTable } from './log-table.js';
import './messages.js';
import { PagesController } from './pages-controller.js';
import type { LogParts } from './parts.js';
import { LogQuery } from './query.js';
import { accessLogStyles } from './styles.js';

/** The most new entries one live poll adds; a busier interval leaves a gap that scrolling won't fill. */
const MAX_NEW_PER_POLL = 1000;

/**
 * The access log of the account's API tokens, to catch suspicious use early: a chart of requests
 * over time, server-side filters, a virtualized table with infinite scroll, a live tail, CSV and
 * JSON export, and hints about new IP addresses and bursts of 401/403 responses.
 *
 * ```html
 * <operator-access-log base-url="/operator/v1" range="7d" token-id="tok_…"></operator-access-log>
 * ```
 *
 * @attr token-id - Shows one token's requests only (a deep link from the token manager).
 * @attr status - `2xx`, `4xx`, `5xx` or an exact status code.
 * @attr method - An HTTP method, e.g. `POST`.
 * @attr q - Text to find in the path or IP address.
 * @attr range - `1h`, `24h` (default), `7d`, `30d` or `custom`.
 * @attr since - ISO 8601 start of a `custom` range (inclusive).
 * @attr until - ISO 8601 end of a `custom` range (exclusive).
 * @attr live - Polls for new requests and adds them at the top.
 * @attr live-interval - Milliseconds between live polls; 5000 by default.
 * @attr page-size - Entries per request, 1–100; 100 by default.
 * @attr base-url - The Operator API's base URL (with the `auth` property), if no `client` is set.
 *
 * @prop {OperatorClient} client - An Operator client; else `base-url` with `auth`, else a provider's.
 * @prop {OperatorAuth} auth - The credential or a function returning it. Never an attribute.
 * @prop {MessageOverrides} messages - Words of the host's own over the catalogue's.
 *
 * @fires {OperatorFilterChangeEvent} operator-filter-change - The user changed a filter; the detail is the filter.
 * @fires {OperatorExportCompleteEvent} operator-export-complete - An export finished; cancel it to handle the file yourself.
 * @fires {OperatorErrorEvent} operator-error - A request failed. `detail.operation` is `accessLogs.list` (a page), `accessLogs.stats` (the chart), `tokens.list` (the token filter), `accessLogs.export` (an export) or `accessLogs.tail` (a live poll: one event per failed poll, back-off continuing).
 * @fires {OperatorUnauthorizedEvent} operator-unauthorized - A request failed with 401: renew the session, then set a new `auth` or `client` (which ends everything started under the old one).
 *
 * @csspart filters - The filter form; each control's label is a `filter` part.
 * @csspart filter - A filter control with its label.
 * @csspart toolbar - The row with Live and the export buttons.
 * @csspart live-status - What the live tail is doing (`data-live-state`: off, polling, paused, backoff).
 * @csspart chart - The chart of requests over time.
 * @csspart chart-svg - The chart's SVG.
 * @csspart summary - The suspicious-use summary.
 * @csspart table - The table; `header` and `body` (the scroller) are its row groups.
 * @csspart header - The table's header row group.
 * @csspart body - The scrolling, virtualized row group.
 * @csspart entry - One entry: its `row` and, when open, its `details`.
 * @csspart row - An entry's row of cells.
 * @csspart details - An entry's expanded details (user agent, request ID).
 * @csspart time - An entry's relative time; `exact-time` is its tooltip.
 * @csspart exact-time - The exact time, shown on hover and focus.
 * @csspart status - A status code; also `status-2xx`, `status-4xx`, `status-5xx`.
 * @csspart hint - A suspicious-use badge.
 * @csspart toggle - An entry's details button.
 * @csspart copy - The copy request ID button.
 * @csspart state - The loading, empty, error and not-configured messages.
 * @csspart footer - The line under the table (loading more, the end, an error).
 *
 * @cssprop --operator-access-log-height - The table's scrolling height (28rem).
 * @cssprop --operator-access-log-chart-height - The chart's height (7rem).
 * @cssprop --operator-font-family - Text font.
 * @cssprop --operator-font-family-mono - Font of paths, prefixes and request IDs.
 * @cssprop --operator-font-size - Base font size.
 * @cssprop --operator-font-size-small - Size of labels, hints and the chart's axis.
 * @cssprop --operator-color-text - Text colour.
 * @cssprop --operator-color-text-muted - Secondary text colour.
 * @cssprop --operator-color-surface - Background of the table and fields.
 * @cssprop --operator-color-surface-raised - Background of the table's header and the summary.
 * @cssprop --operator-color-border - Borders.
 * @cssprop --operator-color-primary - Primary buttons and the export's progress.
 * @cssprop --operator-color-on-primary - Text on primary buttons.
 * @cssprop --operator-color-danger - 5xx statuses, server errors and error messages.
 * @cssprop --operator-color-on-danger - Text on destructive buttons.
 * @cssprop --operator-color-warning - 4xx statuses, client errors and suspicious-use hints.
 * @cssprop --operator-color-success - 2xx statuses and successful requests in the chart.
 * @cssprop --operator-color-focus - The focus ring.
 * @cssprop --operator-radius - Corners of the table and the empty and error states.
 * @cssprop --operator-radius-small - Button, field, badge and status corners.
 * @cssprop --operator-space - The spacing unit.
 * @cssprop --operator-density - A number that scales every space: 0.75 compact, 1 (default), 1.25 comfortable.
 */
export class OperatorAccessLog extends OperatorElement {
  static override styles = [...OperatorElement.styles, accessLogStyles];

  static override properties: PropertyDeclarations = {
    tokenId: { attribute: 'token-id', reflect: true },
    status: { reflect: true },
    method: { reflect: true },
    q: { reflect: true },
    range: { reflect: true },
    since: { reflect: true },
    until: { reflect: true },
    live: { type: Boolean, reflect: true },
    liveInterval: { type: Number, attribute: 'live-interval' },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /** Shows one token's requests only. */
  tokenId?: string;
  /** `2xx`, `4xx`, `5xx` or an exact status code. */
  status?: string;
  /** An HTTP method, e.g. `POST`. */
  method?: string;
  /** Text to find in the path or IP address. */
  q?: string;
  /** The time range: `1h`, `24h`, `7d`, `30d`, or `custom` (then `since` and `until`). */
  range: TimeRange = '24h';
  /** ISO 8601 start of a `custom` range. */
  since?: string;
  /** ISO 8601 end of a `custom` range (exclusive). */
  until?: string;
  /** Polls for newer requests and adds them at the top. */
  live = false;
  /** Milliseconds between live polls. */
  liveInterval = 5000;
  /** Entries per request, 1–100. */
  pageSize = 100;

  /** The window the range stands for, worked out when the range changes. */
  #window: TimeWindow = {};
  /** What the live region says (new entries, a copied request ID). */
  #announcement = '';

  /** The current filter, as `operator-filter-change` reports it. */
  get filter(): AccessLogFilter {
    const { tokenId, status, method, q, range, since, until } = this;
    return { tokenId, status, method, q, range, since, until };
  }

  readonly #pages = new PagesController(this, {
    fail: (error) => this.reportError('accessLogs.list', error),
    loaded: () => this.#liveTail.restart(),
  });

  readonly #parts: LogParts = {
    host: this,
    l: this.localize,
    pages: this.#pages,
    describe: (error, requestId = true) => {
      const id = requestId && isOperatorError(error) ? error.requestId : undefined;
      const text = this.describeError(error);
      return id ? `${text} ${this.localize.t('requestId', id)}` : text;
    },
    report: (operation, error) => this.reportError(operation, error),
    change: (patch) => {
      if (patch.range && patch.range !== 'custom')
        Object.assign(patch, { since: undefined, until: undefined });
      if (patch.range === 'custom' && this.range !== 'custom')
        patch = { since: this.#window.since, until: new Date().toISOString(), ...patch };
      Object.assign(this, patch);
      this.#table.collapse();
      this.#chart.reset();
      this.dispatchEvent(new OperatorFilterChangeEvent(this.filter));
    },
    announce: (text) => {
      this.#announcement = text;
      this.requestUpdate();
    },
    words: [],
  };

  readonly #filters = new LogFilters(this.#parts);
  readonly #chart = new LogChart(this.#parts);
  readonly #table = new LogTable(this.#parts);
  readonly #liveTail = new LiveTailController(this.#parts, (signal) => this.#pollNewer(signal));
  readonly #exporter = new ExportController(this.#parts);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const l = this.localize;
    const words = [l.lang(), this.messages, l.t('alDetails')];
    if (words.some((item, i) => item !== this.#parts.words[i])) this.#parts.words = words;
    if (changed.has('range') || changed.has('since') || changed.has('until'))
      this.#window = timeWindow(this.filter);
    // One query per (filter, window, page size, credential): a new one drops the pages.
    const client = this.activeClient;
    const query = this.#pages.query;
    if (!query?.answers(client, this.filter, this.#window, this.pageSize)) {
      query?.dispose();
      this.#pages.query = client
        ? new LogQuery(
            client,
            this.filter,
            this.#window,
            this.pageSize,
            this.credentialSignal,
            this.requestOptions,
          )
        : undefined;
    }
  }

  /**
   * Loads the next page of older entries, as scrolling to the end does. Resolves when the page has
   * been added (or failed), with the page already on its way if there is one, or at once when
   * there is nothing more to load.
   */
  loadMore(): Promise<void> {
    return this.#pages.loadMore();
  }

  /** One live-tail poll: fetch what is newer than the newest entry, and put it on top. */
  async #pollNewer(signal: AbortSignal): Promise<void> {
    const { query, entries } = this.#pages;
    if (!query || this.#pages.status !== 'complete') return;
    const newest = entries[0]?.timestamp;
    // The entries of the newest time may come again: newest first, they are the first ones.
    const known = new Set<string>();
    for (const entry of entries) {
      if (entry.timestamp !== newest) break;
      known.add(entry.id);
    }
    const fresh: AccessLogEntry[] = [];
    for await (const entry of query.entries(AbortSignal.any([query.signal, signal]), newest)) {
      if (!known.has(entry.id) && fresh.push(entry) >= MAX_NEW_PER_POLL) break;
    }
    if (signal.aborted || !fresh.length) return;
    if (!this.#table.prepend(query, fresh)) return;
    this.#parts.announce(this.localize.t('alNewEntries', fresh.length));
    this.#chart.refresh();
  }

  protected override render() {
    if (!this.activeClient)
      return html`<p class="state" part="state">${this.localize.t('noClient')}</p>`;
    return html`
      ${this.#filters.render()}
      <div class="toolbar" part="toolbar">
        ${this.#liveTail.render()} ${this.#exporter.render()}
      </div>
      ${this.#chart.render()} ${this.#table.render()}
      <div role="status" class="visually-hidden">${this.#announcement}</div>
    `;
  }
}

customElements.define('operator-access-log', OperatorAccessLog);
