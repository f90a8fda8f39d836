import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { OperatorClient } from '../client/client.js';
import { BUCKET_MS } from '../client/contract.js';
import type { AccessLogBucket, AccessLogEntry, ApiToken } from '../client/types.js';
import { isOperatorError } from '../client/errors.js';
import { OperatorElement } from '../shared/operator-element.js';
import { renderChart } from './chart.js';
import { OperatorExportCompleteEvent, OperatorFilterChangeEvent } from './events.js';
import { download, ExportController, type ExportFormat } from './export.js';
import {
  renderFilters,
  timeWindow,
  type AccessLogFilter,
  type TimeRange,
  type TimeWindow,
} from './filters.js';
import { LiveTailController } from './live-tail.js';
import { loadVirtualizer } from '../shared/virtualizer.js';
import { keepInPlace, readingAnchor, renderTable } from './log-table.js';
import './messages.js';
import { PagesController } from './pages-controller.js';
import { LogQuery } from './query.js';
import { accessLogStyles } from './styles.js';
import { findSuspicious, type Suspicion } from './suspicious.js';

/** The most tokens the token filter lists. */
const MAX_TOKENS = 1000;
/** The most new entries one live poll adds; a busier interval leaves a gap that scrolling won't fill. */
const MAX_NEW_PER_POLL = 1000;

/** The token filter's options: the tokens of one client, and why the walk stopped early if it did. */
interface TokenOptions {
  api: OperatorClient;
  tokens: ApiToken[];
  error?: unknown;
}

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
    window: { state: true },
    expanded: { state: true },
    copied: { state: true },
    announcement: { state: true },
    chartIndex: { state: true },
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

  private window: TimeWindow = {};
  private expanded = new Set<string>();
  private copied?: { id: string; ok: boolean };
  private announcement = '';
  private chartIndex = -1;

  #suspicion?: { entries: readonly AccessLogEntry[]; result: Suspicion };
  #virtualizer?: Promise<unknown>;
  #chart?: { key: unknown[]; result: unknown };
  /** The tasks that disconnecting aborted, to run again on reconnecting. */
  #aborted: Task<readonly unknown[], unknown>[] = [];

  /** The current filter, as `operator-filter-change` reports it. */
  get filter(): AccessLogFilter {
    const { tokenId, status, method, q, range, since, until } = this;
    return { tokenId, status, method, q, range, since, until };
  }

  /** The current query: one per (filter, page size, credential), made in `willUpdate`. */
  get #query(): LogQuery | undefined {
    return this.#pages.query;
  }

  #pages = new PagesController(this, {
    fail: (error) => this.reportError('accessLogs.list', error),
    loaded: () => this.#liveTail.restart(),
  });

  #tokensTask = new Task(this, {
    args: () => [this.api] as const,
    task: async ([api], { signal }) => {
      if (!api) return initialState;
      const tokens: ApiToken[] = [];
      try {
        const walk = api.tokens.iterate(
          { limit: 100 },
          this.requestOptions(signal, this.credentialSignal),
        );
        for await (const token of walk) if (tokens.push(token) >= MAX_TOKENS) break;
      } catch (error) {
        // What loaded still filters; a walk that stopped early (an endless cursor) says so.
        if (signal.aborted || !tokens.length) throw error;
        this.reportError('tokens.list', error);
        return { api, tokens, error } as TokenOptions;
      }
      return { api, tokens } as TokenOptions;
    },
    onError: (error) => this.reportError('tokens.list', error),
  });

  #statsTask = new Task(this, {
    args: () => [this.#query?.api, this.#query?.stats.token_id, this.window] as const,
    task: async (_, { signal }) => {
      const query = this.#query;
      if (!query) return initialState;
      const { data } = await query.api.accessLogs.stats(
        query.stats,
        this.requestOptions(signal, query.credential),
      );
      return { query, buckets: data };
    },
    onError: (error) => this.reportError('accessLogs.stats', error),
  });

  #liveTail = new LiveTailController(this, {
    poll: (signal) => this.#pollNewer(signal),
    interval: () => this.liveInterval,
    fail: (error) => this.reportError('accessLogs.tail', error),
  });

  #exporter = new ExportController(this, {
    finish: (file) => {
      const event = new OperatorExportCompleteEvent(file);
      if (this.dispatchEvent(event)) download(file.blob, file.filename);
    },
    fail: (error) => this.reportError('accessLogs.export', error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A request aborted by disconnecting runs again when the element comes back.
    for (const task of this.#aborted.splice(0)) void task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const task of [this.#tokensTask, this.#statsTask] as Task[]) {
      if (task.status === TaskStatus.PENDING) {
        this.#aborted.push(task);
        task.abort();
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('range') || changed.has('since') || changed.has('until'))
      this.window = timeWindow(this.filter);
    if (changed.has('live')) this.#liveTail.enabled = this.live;
    const api = this.api;
    if (!this.#query?.answers(api, this.filter, this.window, this.pageSize)) {
      this.#query?.dispose();
      this.#pages.query = api
        ? new LogQuery(
            api,
            this.filter,
            this.window,
            this.pageSize,
            this.credentialSignal,
            this.requestOptions,
          )
        : undefined;
    }
    // The virtualizer is fetched when there are rows to show, not before.
    if (!this.#virtualizer && this.#pages.entries.length)
      this.#virtualizer = loadVirtualizer().then(() => this.requestUpdate());
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
    const known = new Set(entries.filter((e) => e.timestamp === newest).map((e) => e.id));
    const fresh: AccessLogEntry[] = [];
    for await (const entry of query.entries(query.follow(signal), newest)) {
      if (!known.has(entry.id) && fresh.push(entry) >= MAX_NEW_PER_POLL) break;
    }
    if (signal.aborted || !fresh.length) return;
    await this.#showNewer(query, fresh);
  }

  /** Puts entries on top without moving the rows the user is reading. */
  async #showNewer(query: LogQuery, fresh: AccessLogEntry[]): Promise<void> {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    const anchor = body ? readingAnchor(body) : undefined;
    if (!this.#pages.prepend(query, fresh)) return;
    this.announcement = this.localize.t('alNewEntries', fresh.length);
    void this.#statsTask.run();
    await this.updateComplete;
    if (body && anchor) await keepInPlace(body, anchor, fresh.length);
  }

  #change = (patch: Partial<AccessLogFilter>) => {
    if (patch.range && patch.range !== 'custom')
      Object.assign(patch, { since: undefined, until: undefined });
    if (patch.range === 'custom' && this.range !== 'custom')
      patch = { since: this.window.since, until: new Date().toISOString(), ...patch };
    Object.assign(this, patch);
    this.expanded = new Set();
    this.chartIndex = -1;
    this.dispatchEvent(new OperatorFilterChangeEvent(this.filter));
  };

  #chooseBucket = (bucket: AccessLogBucket) => {
    const size = BUCKET_MS[this.#statsTask.value?.query.stats.bucket ?? 'hour'];
    const start = Date.parse(bucket.start);
    if (Number.isNaN(start)) return;
    this.#change({
      range: 'custom',
      since: bucket.start,
      until: new Date(start + size).toISOString(),
    });
  };

  #toggle = (entry: AccessLogEntry) => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(entry.id)) expanded.add(entry.id);
    this.expanded = expanded;
  };

  #copy = async (entry: AccessLogEntry) => {
    let ok = true;
    try {
      await navigator.clipboard.writeText(entry.request_id);
    } catch {
      ok = false;
    }
    this.copied = { id: entry.id, ok };
    this.announcement = this.localize.t(ok ? 'alCopied' : 'alCopyFailed');
  };

  #startExport(format: ExportFormat) {
    const query = this.#query;
    if (query) void this.#exporter.start(query, format);
  }

  #suspicionOf(entries: readonly AccessLogEntry[]): Suspicion {
    if (this.#suspicion?.entries !== entries)
      this.#suspicion = { entries, result: findSuspicious(entries.toReversed()) };
    return this.#suspicion.result;
  }

  /** The message for a failed request, with its request ID when there is one. */
  #errorText(error: unknown): string {
    const id = isOperatorError(error) ? error.requestId : undefined;
    const text = this.describeError(error);
    return id ? `${text} ${this.localize.t('requestId', id)}` : text;
  }

  protected override render() {
    const { t } = this.localize;
    if (!this.api) return html`<p class="state" part="state">${t('noClient')}</p>`;
    const tokens = this.#tokensTask;
    // Only the current client's tokens: a new credential's list replaces them, never adds to them.
    const options = tokens.value?.api === this.api ? tokens.value : undefined;
    return html`
      ${renderFilters({
        filter: this.filter,
        tokens: options?.tokens,
        tokensError:
          tokens.status === TaskStatus.ERROR
            ? t('alTokensFailed', this.#errorText(tokens.error))
            : options?.error
              ? `${t('alTokensIncomplete')} ${this.#errorText(options.error)}`
              : undefined,
        localize: this.localize,
        change: this.#change,
        retryTokens: () => void this.#tokensTask.run(),
      })}
      ${this.#renderToolbar()} ${this.#renderStats()} ${this.#renderLog()}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    `;
  }

  #renderToolbar() {
    const { t } = this.localize;
    const run = this.#exporter.state;
    const live = this.#liveTail;
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    const liveText = {
      off: '',
      polling: t('alLiveOn', seconds(this.liveInterval)),
      paused: t('alLivePaused'),
      backoff: t('alLiveBackoff', seconds(live.delay), this.describeError(live.error)),
    }[live.state];
    const exportText = {
      idle: '',
      running: run.phase === 'running' && t('alExporting', run.count),
      done: run.phase === 'done' && t('alExported', run.count, run.filename),
      cancelled: t('alExportCancelled'),
      failed: run.phase === 'failed' && t('alExportFailed', this.#errorText(run.error)),
    }[run.phase];

    return html`<div class="toolbar" part="toolbar">
      <label class="live"
        ><input
          type="checkbox"
          .checked=${this.live}
          @change=${(event: Event) => {
            this.live = (event.target as HTMLInputElement).checked;
          }}
        />${t('alLive')}</label
      >
      <span class="grow muted" part="live-status" data-live-state=${live.state}
        >${liveText}
        ${
          live.state === 'backoff'
            ? html`<button @click=${() => live.retryNow()}>${t('retry')}</button>`
            : nothing
        }</span
      >
      <span class=${run.phase === 'failed' ? 'error' : 'muted'} part="export-status"
        >${exportText || nothing}
        ${
          run.phase === 'failed'
            ? html`<button @click=${() => this.#startExport(run.format)}>
                ${t('alRetryExport')}
              </button>`
            : nothing
        }</span
      >
      ${
        run.phase === 'running'
          ? html`<progress aria-label=${exportText as string}></progress>
              <button @click=${() => this.#exporter.cancel()}>${t('alCancelExport')}</button>`
          : html`<button @click=${() => this.#startExport('csv')}>${t('alExportCsv')}</button>
              <button @click=${() => this.#startExport('json')}>${t('alExportJson')}</button>`
      }
    </div>`;
  }

  #renderStats() {
    const { t } = this.localize;
    const task = this.#statsTask;
    const value = task.value;
    const query = this.#query;
    // While a live refresh of the same filter runs, the previous chart stays.
    const current =
      value &&
      query &&
      value.query.api === query.api &&
      value.query.window === query.window &&
      value.query.stats.token_id === query.stats.token_id;
    if (task.status === TaskStatus.ERROR)
      return html`<p class="error" part="chart">
        ${t('alChartFailed', this.#errorText(task.error))}
        <button @click=${() => void task.run()}>${t('alRetryChart')}</button>
      </p>`;
    if (!current || task.status === TaskStatus.INITIAL)
      return html`<p class="muted" part="chart">${t('loading')}</p>`;
    // The chart formats a date and numbers per bar: redo it only when something it shows changed.
    const key = [value, this.chartIndex, this.localize.lang(), this.messages];
    if (this.#chart?.key.some((part, i) => part !== key[i]) ?? true)
      this.#chart = {
        key,
        result: renderChart({
          buckets: value.buckets,
          bucket: value.query.stats.bucket!,
          active: this.chartIndex < 0 ? value.buckets.length - 1 : this.chartIndex,
          localize: this.localize,
          activate: (index) => (this.chartIndex = index),
          choose: this.#chooseBucket,
        }),
      };
    return this.#chart!.result;
  }

  #renderLog() {
    const { t } = this.localize;
    const pages = this.#pages;
    if (pages.status === 'error')
      return html`<div class="state error" part="state" role="alert">
        <p>${this.#errorText(pages.error)}</p>
        <button @click=${() => void pages.reload()}>${t('alRetryLog')}</button>
      </div>`;
    if (pages.status !== 'complete')
      return html`<p class="state" part="state" role="status">${t('loading')}</p>`;
    const entries = pages.entries;
    if (!entries.length) return html`<p class="state" part="state">${t('alEmpty')}</p>`;
    const suspicion = this.#suspicionOf(entries);
    return html`
      ${
        suspicion.newIps || suspicion.bursts
          ? html`<p class="summary" part="summary">
              <strong>${t('alSummaryLabel')}</strong>
              ${t('alSummary', suspicion.newIps, suspicion.bursts)}
            </p>`
          : nothing
      }
      ${renderTable({
        entries,
        more: pages.more,
        hints: suspicion.hints,
        expanded: this.expanded,
        copied: this.copied,
        localize: this.localize,
        toggle: this.#toggle,
        copy: this.#copy,
        end: () => void (pages.moreError ? undefined : pages.loadMore()),
      })}
      <p class="footer muted" part="footer">
        ${
          pages.moreError
            ? html`<span class="error" role="alert"
                  >${t('alLoadMoreFailed', this.#errorText(pages.moreError))}</span
                >
                <button @click=${() => void pages.loadMore()}>${t('alRetryLoadMore')}</button>`
            : pages.loadingMore
              ? t('alLoadingMore')
              : pages.more
                ? nothing
                : t('alEnd', entries.length)
        }
      </p>
    `;
  }
}

customElements.define('operator-access-log', OperatorAccessLog);
