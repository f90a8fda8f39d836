/**
 * Requests over time, stacked by status class, as inline SVG. Each bar is a focusable control
 * (one tab stop; arrow keys, Home and End move between bars; Enter or a click narrows the time
 * range to it), and a visually hidden table gives the same numbers to screen readers.
 */
import { TaskStatus, type Task } from '@lit/task';
import { html, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { BUCKET_MS } from '../client/contract.js';
import type { AccessLogBucket } from '../client/types.js';
import { validTime } from './filters.js';
import { queryTask, type LogParts } from './parts.js';
import type { LogQuery } from './query.js';

const total = (b: AccessLogBucket) => b.ok + b.client_error + b.server_error;

/**
 * The chart of the current query: its stats request (asked again when new entries came in), and
 * the bar that takes the tab stop.
 */
export class LogChart {
  readonly #parts: LogParts;
  readonly #stats: Task<unknown[], { query: LogQuery; buckets: AccessLogBucket[] }>;
  /** The bar that takes the tab stop; the last when none was chosen (-1). */
  #active = -1;

  constructor(parts: LogParts) {
    this.#parts = parts;
    this.#stats = queryTask(
      parts,
      'accessLogs.stats',
      (query) => [query.stats.token_id, query.window],
      async (query, options) => ({
        query,
        buckets: (await query.client.accessLogs.stats(query.stats, options)).data,
      }),
    );
  }

  /** The user changed the filter: the last bar takes the tab stop again. */
  reset(): void {
    this.#active = -1;
  }

  /** Asks for the stats again (new entries came in); the chart stays until they answer. */
  refresh(): void {
    void this.#stats.run();
  }

  render() {
    const { l, describe, pages, words } = this.#parts;
    const { t } = l;
    const task = this.#stats;
    const value = task.value;
    const query = pages.query;
    // While a live refresh of the same filter runs, the previous chart stays.
    const current =
      value &&
      query &&
      value.query.client === query.client &&
      value.query.window === query.window &&
      value.query.stats.token_id === query.stats.token_id;
    if (task.status === TaskStatus.ERROR)
      return html`<p class="error" part="chart">
        ${t('alChartFailed', describe(task.error))}
        <button @click=${() => this.refresh()}>${t('alRetryChart')}</button>
      </p>`;
    if (!current || task.status === TaskStatus.INITIAL)
      return html`<p class="muted" part="chart">${t('loading')}</p>`;
    return guard([value, this.#active, words], () => this.#draw(value.query, value.buckets));
  }

  #activate(index: number) {
    this.#active = index;
    this.#parts.host.requestUpdate();
  }

  /** Narrows the time range to a bar's bucket. */
  #choose(query: LogQuery, bucket: AccessLogBucket) {
    const start = Date.parse(bucket.start);
    if (Number.isNaN(start)) return;
    this.#parts.change({
      range: 'custom',
      since: bucket.start,
      until: new Date(start + BUCKET_MS[query.stats.bucket!]).toISOString(),
    });
  }

  #draw(query: LogQuery, buckets: AccessLogBucket[]) {
    const { l } = this.#parts;
    const { t } = l;
    const n = (value: number) => l.number(value);
    // A start that does not parse (the client rejects it) shows as sent rather than throwing.
    const when = (b: AccessLogBucket) =>
      validTime(b.start)
        ? l.date(
            b.start,
            query.stats.bucket === 'day'
              ? { dateStyle: 'medium' }
              : { dateStyle: 'medium', timeStyle: 'short' },
          )
        : b.start;
    const peak = Math.max(0, ...buckets.map(total));
    const sum = buckets.reduce((s, b) => s + total(b), 0);
    if (!sum) return html`<p part="chart-empty" class="muted">${t('alChartEmpty')}</p>`;

    const end = buckets.length - 1;
    const [first, last] = [when(buckets[0]!), when(buckets[end]!)];
    // The last bar, until another is chosen.
    const index = this.#active;
    const active = index < 0 ? end : Math.min(index, end);
    const choose = (bucket: AccessLogBucket) => this.#choose(query, bucket);
    const move = (event: KeyboardEvent, index: number) => {
      const keys: Record<string, number> = {
        ArrowLeft: index - 1,
        ArrowRight: index + 1,
        Home: 0,
        End: end,
      };
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(buckets[index]!);
        return;
      }
      const next = keys[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = Math.min(Math.max(next, 0), end);
      this.#activate(target);
      const svgRoot = (event.currentTarget as SVGElement).ownerSVGElement!;
      svgRoot.querySelectorAll<SVGGElement>('.bar')[target]?.focus();
    };

    return html`<figure part="chart" class="chart" aria-label=${t('alChart')}>
      <svg
        part="chart-svg"
        role="group"
        aria-label=${t('alChartSummary', sum, first, last, peak)}
        viewBox="0 0 ${buckets.length} 100"
        preserveAspectRatio="none"
      >
        ${buckets.map((b, i) => {
          // The bar's segments, stacked in a 0–100 box scaled to the highest total.
          const ok = (b.ok * 100) / peak;
          const client = (b.client_error * 100) / peak;
          const server = (b.server_error * 100) / peak;
          const top = 100 - ok - client - server;
          return svg`<g
            class="bar"
            role="button"
            tabindex=${i === active ? 0 : -1}
            aria-label=${t('alChartBar', when(b), b.ok, b.client_error, b.server_error)}
            @click=${() => choose(b)}
            @keydown=${(event: KeyboardEvent) => move(event, i)}
            @focus=${() => this.#activate(i)}
          >
            <rect class="hit" x=${i} y="0" width="1" height="100"></rect>
            <rect class="server" x=${i + 0.1} y=${top} width="0.8" height=${server}></rect>
            <rect class="client" x=${i + 0.1} y=${top + server} width="0.8" height=${client}></rect>
            <rect class="ok" x=${i + 0.1} y=${100 - ok} width="0.8" height=${ok}></rect>
          </g>`;
        })}
      </svg>
      <div class="axis" aria-hidden="true">
        <span>${first}</span>
        <span class="legend">
          <span><i class="ok"></i>${t('alOk')}</span>
          <span><i class="client"></i>${t('alClientErrors')}</span>
          <span><i class="server"></i>${t('alServerErrors')}</span>
        </span>
        <span>${last}</span>
      </div>
      <!-- A table never shrinks to 1px: the wrapper is what is visually hidden. -->
      <div class="visually-hidden">
        <table>
          <caption>
            ${t('alChart')}
          </caption>
          <tr>
            <th scope="col">${t('alChartStart')}</th>
            <th scope="col">${t('alOk')}</th>
            <th scope="col">${t('alClientErrors')}</th>
            <th scope="col">${t('alServerErrors')}</th>
          </tr>
          ${buckets.map(
            (b) =>
              html`<tr>
                <th scope="row">${when(b)}</th>
                <td>${n(b.ok)}</td>
                <td>${n(b.client_error)}</td>
                <td>${n(b.server_error)}</td>
              </tr>`,
          )}
        </table>
      </div>
    </figure>`;
  }
}
