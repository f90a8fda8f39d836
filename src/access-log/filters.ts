/**
 * The log's filter: its shape, the time window a range stands for, the request parameters it
 * becomes, and the form that edits it.
 */
import { TaskStatus, type Task } from '@lit/task';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { OperatorClient } from '../client/client.js';
import type { ApiToken, ListAccessLogsParams, StatsBucket } from '../client/types.js';
import { DAY, HOUR } from '../client/time.js';
import { localDateTime } from '../shared/time.js';
import { queryTask, type LogParts } from './parts.js';

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

/** The most tokens the token filter lists. */
const MAX_TOKENS = 1000;

type TokensTask = Task<unknown[], { client: OperatorClient; tokens: ApiToken[]; error?: unknown }>;

/**
 * The filter form, with the account's tokens for its token filter (walked once per client, at
 * most `MAX_TOKENS`). Every control applies on `change`; the search also on Enter.
 */
export class LogFilters {
  readonly #parts: LogParts;
  /** The tokens of one client, and why the walk stopped early if it did. */
  readonly #tokens: TokensTask;

  constructor(parts: LogParts) {
    this.#parts = parts;
    this.#tokens = queryTask(
      parts,
      'tokens.list',
      () => [],
      async ({ client }, options) => {
        const tokens: ApiToken[] = [];
        try {
          for await (const token of client.tokens.iterate({ limit: 100 }, options))
            if (tokens.push(token) >= MAX_TOKENS) break;
        } catch (error) {
          // What loaded still filters; a walk that stopped early (an endless cursor) says so.
          if (options.signal?.aborted || !tokens.length) throw error;
          parts.report('tokens.list', error);
          return { client, tokens, error };
        }
        return { client, tokens };
      },
    );
  }

  render() {
    const { host, pages, words } = this.#parts;
    const task = this.#tokens;
    const filter = host.filter;
    // Only the current client's tokens: a new credential's list replaces them, never adds to them.
    const loaded = task.value?.client === pages.query?.client ? task.value : undefined;
    const failed = task.status === TaskStatus.ERROR && task.error;
    return guard([...Object.values(filter), loaded, failed, words], () =>
      this.#draw(filter, loaded, failed),
    );
  }

  #draw(filter: AccessLogFilter, loaded: TokensTask['value'], failed: unknown) {
    const { l, describe, change } = this.#parts;
    const { t } = l;
    const task = this.#tokens;
    const tokens = loaded?.tokens ?? [];
    const tokensError = failed
      ? t('alTokensFailed', describe(failed))
      : loaded?.error && `${t('alTokensIncomplete')} ${describe(loaded.error)}`;
    const known = !filter.tokenId || tokens.some((token) => token.id === filter.tokenId);
    // A value set by the host that the list does not offer is offered too.
    const also = (list: string[], value?: string) =>
      value && !list.includes(value) ? [...list, value] : list;
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
      const q = input.value.trim() || undefined;
      if (q !== filter.q) change({ q });
    };
    const custom = (key: 'since' | 'until') => (event: Event) =>
      change({ range: 'custom', [key]: fromLocalInput((event.target as HTMLInputElement).value) });

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
          ...tokens.map(
            (token) => [token.id, t('alTokenOption', token.name, token.prefix)] as const,
          ),
          ...(known ? [] : [[filter.tokenId!, filter.tokenId!] as const]),
        ],
        t('alAllTokens'),
      )}
      ${field(
        t('status'),
        'status',
        also(STATUSES, filter.status).map(
          (status) => [status, t('alStatusClass', status)] as const,
        ),
        t('alAnyStatus'),
      )}
      ${field(
        t('alMethod'),
        'method',
        also(METHODS, filter.method).map((method) => [method, method] as const),
        t('alAnyMethod'),
      )}
      ${field(
        t('alRange'),
        'range',
        // alRange1h, alRange24h, alRange7d, alRange30d, alRangeCustom.
        RANGES.map(
          (range) =>
            [range, t(`alRange${range === 'custom' ? 'Custom' : range}` as 'alRange1h')] as const,
        ),
      )}
      ${
        filter.range === 'custom'
          ? html`<label part="filter"
                ><span>${t('alFrom')}</span>
                <input
                  type="datetime-local"
                  .value=${toLocalInput(filter.since)}
                  @change=${custom('since')} /></label
              ><label part="filter"
                ><span>${t('alTo')}</span>
                <input
                  type="datetime-local"
                  .value=${toLocalInput(filter.until)}
                  @change=${custom('until')}
              /></label>`
          : nothing
      }
      <label part="filter search"
        ><span>${t('alSearch')}</span>
        <input
          type="search"
          .value=${filter.q ?? ''}
          placeholder=${t('alSearchPlaceholder')}
          @change=${search}
      /></label>
      ${
        tokensError
          ? html`<p class="error" part="error" id="tokens-error">
              ${tokensError}
              <button type="button" @click=${() => void task.run()}>${t('alRetryTokens')}</button>
            </p>`
          : nothing
      }
    </form>`;
  }
}
