/**
 * The log's filter: its shape, the time window a range stands for, the request parameters it
 * becomes, and the form that edits it.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiToken, ListAccessLogsParams, StatsBucket } from '../client/types.js';
import type { OperatorLocalize } from '../shared/localize.js';
import { DAY, HOUR } from '../client/time.js';
import { localDateTime } from '../shared/time.js';

export type TimeRange = '1h' | '24h' | '7d' | '30d' | 'custom';

/** What `operator-filter-change` carries, and what the element's attributes hold. */
export interface AccessLogFilter {
  tokenId?: string;
  /** `2xx`, `4xx`, `5xx` or an exact status code. */
  status?: string;
  method?: string;
  /** Free text matched against path and IP by the server. */
  q?: string;
  range: TimeRange;
  /** ISO 8601; used when `range` is `custom`. */
  since?: string;
  /** ISO 8601, exclusive; used when `range` is `custom`. */
  until?: string;
}

export const RANGE_MS: Record<Exclude<TimeRange, 'custom'>, number> = {
  '1h': HOUR,
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
};
export const RANGES = [...Object.keys(RANGE_MS), 'custom'] as TimeRange[];
export const STATUSES = [
  '2xx',
  '4xx',
  '5xx',
  ...[200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503].map(String),
];
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface TimeWindow {
  since?: string;
  until?: string;
}

/** The window a range stands for at `now`: the last hour, … or the custom `since`/`until`. */
export function timeWindow(filter: AccessLogFilter, now = Date.now()): TimeWindow {
  if (filter.range === 'custom') return { since: filter.since, until: filter.until };
  const span = RANGE_MS[filter.range] ?? DAY;
  return { since: new Date(now - span).toISOString() };
}

/** The stats bucket for a window: 1h → minute, up to 8 days → hour, longer → day. */
export function bucketFor(window: TimeWindow, now = Date.now()): StatsBucket {
  const from = window.since ? Date.parse(window.since) : now - 30 * DAY;
  const span = (window.until ? Date.parse(window.until) : now) - from;
  return span <= 2 * HOUR ? 'minute' : span <= 8 * DAY ? 'hour' : 'day';
}

/** The `accessLogs.list` parameters of a filter over a window; empty values left out. */
export function listParams(filter: AccessLogFilter, window: TimeWindow): ListAccessLogsParams {
  const params: ListAccessLogsParams = {
    token_id: filter.tokenId,
    status: filter.status as ListAccessLogsParams['status'],
    method: filter.method,
    q: filter.q?.trim(),
    since: window.since,
    until: window.until,
  };
  for (const key of Object.keys(params) as (keyof ListAccessLogsParams)[])
    if (params[key] === undefined || params[key] === '') delete params[key];
  return params;
}

/**
 * Whether `iso` is a time that `Intl` can format. The client rejects a page with an unparseable
 * timestamp; this keeps a render from throwing ("Invalid time value") should one get through.
 */
export const validTime = (iso: string) => !Number.isNaN(Date.parse(iso));

/** `2025-06-03T10:15` in local time, as `<input type="datetime-local">` wants it. */
export function toLocalInput(iso = ''): string {
  return validTime(iso) ? localDateTime(Date.parse(iso)) : '';
}

/** An ISO timestamp from a `datetime-local` value (read as local time); undefined when empty. */
export function fromLocalInput(value: string): string | undefined {
  return validTime(value) ? new Date(value).toISOString() : undefined;
}

export interface FiltersContext {
  filter: AccessLogFilter;
  /** The account's tokens; undefined while they load or when they failed. */
  tokens?: ApiToken[];
  tokensError?: string;
  localize: OperatorLocalize;
  change(patch: Partial<AccessLogFilter>): void;
  retryTokens(): void;
}

/** The filter form. Every control applies on `change`; the search also on Enter. */
export function renderFilters(ctx: FiltersContext) {
  const { filter, localize, change } = ctx;
  const { t } = localize;
  const tokens = ctx.tokens ?? [];
  const known = !filter.tokenId || tokens.some((token) => token.id === filter.tokenId);
  const statuses =
    filter.status && !STATUSES.includes(filter.status) ? [...STATUSES, filter.status] : STATUSES;
  const methods =
    filter.method && !METHODS.includes(filter.method) ? [...METHODS, filter.method] : METHODS;
  /** A labelled select of one filter: "any" first when given, then `[value, text]` options. */
  const field = (
    label: string,
    key: 'tokenId' | 'status' | 'method' | 'range',
    options: readonly (readonly [string, string])[],
    any?: string,
  ) =>
    html`<label part="filter"
      ><span>${label}</span>
      <select
        @change=${(event: Event) =>
          change({ [key]: (event.target as HTMLSelectElement).value || undefined })}
      >
        ${any === undefined ? nothing : html`<option value="" ?selected=${!filter[key]}>${any}</option>`}
        ${options.map(
          ([value, text]) =>
            html`<option value=${value} ?selected=${value === filter[key]}>${text}</option>`,
        )}
      </select></label
    >`;
  const search = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLElement)
      .closest('form')!
      .querySelector<HTMLInputElement>('input[type=search]')!;
    if ((input.value.trim() || undefined) !== filter.q)
      change({ q: input.value.trim() || undefined });
  };
  const custom = (key: 'since' | 'until') => (event: Event) =>
    change({ range: 'custom', [key]: fromLocalInput((event.target as HTMLInputElement).value) });
  const rangeLabel: Record<TimeRange, string> = {
    '1h': t('alRange1h'),
    '24h': t('alRange24h'),
    '7d': t('alRange7d'),
    '30d': t('alRange30d'),
    custom: t('alRangeCustom'),
  };

  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${t('alFilters')}
    @submit=${search}
  >
    ${field(
      t('alToken'),
      'tokenId',
      [
        ...tokens.map((token) => [token.id, t('alTokenOption', token.name, token.prefix)] as const),
        ...(known ? [] : [[filter.tokenId!, filter.tokenId!] as const]),
      ],
      t('alAllTokens'),
    )}
    ${field(
      t('status'),
      'status',
      statuses.map((status) => [status, t('alStatusClass', status)] as const),
      t('alAnyStatus'),
    )}
    ${field(
      t('alMethod'),
      'method',
      methods.map((method) => [method, method] as const),
      t('alAnyMethod'),
    )}
    ${field(
      t('alRange'),
      'range',
      RANGES.map((range) => [range, rangeLabel[range]] as const),
    )}
    ${
      filter.range === 'custom'
        ? html`<label part="filter"
              ><span>${t('alFrom')}</span>
              <input
                type="datetime-local"
                .value=${live(toLocalInput(filter.since))}
                @change=${custom('since')} /></label
            ><label part="filter"
              ><span>${t('alTo')}</span>
              <input
                type="datetime-local"
                .value=${live(toLocalInput(filter.until))}
                @change=${custom('until')}
            /></label>`
        : nothing
    }
    <label part="filter search"
      ><span>${t('alSearch')}</span>
      <input
        type="search"
        .value=${live(filter.q ?? '')}
        placeholder=${t('alSearchPlaceholder')}
        @change=${search}
    /></label>
    ${
      ctx.tokensError
        ? html`<p class="error" part="error" id="tokens-error">
            ${ctx.tokensError}
            <button type="button" @click=${ctx.retryTokens}>${t('alRetryTokens')}</button>
          </p>`
        : nothing
    }
  </form>`;
}
