/**
 * Requests over time, stacked by status class, as inline SVG. Each bar is a focusable control
 * (one tab stop; arrow keys, Home and End move between bars; Enter or a click narrows the time
 * range to it), and a visually hidden table gives the same numbers to screen readers.
 */
import { html, svg } from 'lit';
import type { AccessLogBucket, StatsBucket } from '../client/types.js';
import type { OperatorLocalize } from '../shared/localize.js';
import { validTime } from './filters.js';

export interface ChartContext {
  buckets: AccessLogBucket[];
  bucket: StatsBucket;
  /** The index of the bar that takes the tab stop. */
  active: number;
  localize: OperatorLocalize;
  activate(index: number): void;
  choose(bucket: AccessLogBucket): void;
}

const total = (b: AccessLogBucket) => b.ok + b.client_error + b.server_error;

/** The highest bucket total, and the stacked segments of each bar in a 0–100 box. */
export function chartGeometry(buckets: readonly AccessLogBucket[]) {
  const peak = Math.max(0, ...buckets.map(total));
  const scale = peak ? 100 / peak : 0;
  return {
    peak,
    bars: buckets.map((b) => {
      const ok = b.ok * scale;
      const client = b.client_error * scale;
      const server = b.server_error * scale;
      return { ok, client, server, top: 100 - ok - client - server };
    }),
  };
}

export function renderChart(ctx: ChartContext) {
  const { buckets, localize } = ctx;
  const { t } = localize;
  const n = (value: number) => localize.number(value);
  // A start that does not parse (the client rejects it) shows as sent rather than throwing.
  const when = (b: AccessLogBucket) =>
    validTime(b.start)
      ? localize.date(
          b.start,
          ctx.bucket === 'day'
            ? { dateStyle: 'medium' }
            : { dateStyle: 'medium', timeStyle: 'short' },
        )
      : b.start;
  const { peak, bars } = chartGeometry(buckets);
  const sum = buckets.reduce((s, b) => s + total(b), 0);
  if (!sum) return html`<p part="chart-empty" class="muted">${t('alChartEmpty')}</p>`;

  const active = Math.min(Math.max(ctx.active, 0), buckets.length - 1);
  const move = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      Home: 0,
      End: buckets.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      ctx.choose(buckets[index]!);
      return;
    }
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = Math.min(Math.max(next, 0), buckets.length - 1);
    ctx.activate(target);
    const svgRoot = (event.currentTarget as SVGElement).ownerSVGElement!;
    svgRoot.querySelectorAll<SVGGElement>('.bar')[target]?.focus();
  };
  const summary = t(
    'alChartSummary',
    sum,
    when(buckets[0]!),
    when(buckets[buckets.length - 1]!),
    peak,
  );

  return html`<figure part="chart" class="chart" aria-label=${t('alChart')}>
    <svg
      part="chart-svg"
      role="group"
      aria-label=${summary}
      viewBox="0 0 ${buckets.length} 100"
      preserveAspectRatio="none"
    >
      ${bars.map(
        (bar, i) => svg`<g
          class="bar"
          role="button"
          tabindex=${i === active ? 0 : -1}
          aria-label=${t(
            'alChartBar',
            when(buckets[i]!),
            buckets[i]!.ok,
            buckets[i]!.client_error,
            buckets[i]!.server_error,
          )}
          @click=${() => ctx.choose(buckets[i]!)}
          @keydown=${(event: KeyboardEvent) => move(event, i)}
          @focus=${() => ctx.activate(i)}
        >
          <rect class="hit" x=${i} y="0" width="1" height="100"></rect>
          <rect class="server" x=${i + 0.1} y=${bar.top} width="0.8" height=${bar.server}></rect>
          <rect class="client" x=${i + 0.1} y=${bar.top + bar.server} width="0.8" height=${bar.client}></rect>
          <rect class="ok" x=${i + 0.1} y=${100 - bar.ok} width="0.8" height=${bar.ok}></rect>
        </g>`,
      )}
    </svg>
    <div class="axis" aria-hidden="true">
      <span>${when(buckets[0]!)}</span>
      <span class="legend">
        <span><i class="ok"></i>${t('alOk')}</span>
        <span><i class="client"></i>${t('alClientErrors')}</span>
        <span><i class="server"></i>${t('alServerErrors')}</span>
      </span>
      <span>${when(buckets[buckets.length - 1]!)}</span>
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
