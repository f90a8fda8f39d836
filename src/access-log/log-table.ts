/**
 * The entries as a virtualized table: only the rows near the viewport are in the DOM, so 100 000
 * loaded entries cost a few dozen rows. The rows are positioned by `@lit-labs/virtualizer`, which
 * a native `<table>` layout cannot host, hence `role="table"` and friends on a CSS grid. The
 * virtualizer is loaded on first use (shared/virtualizer.ts).
 */
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { AccessLogEntry } from '../client/types.js';
import type { OperatorLocalize } from '../shared/localize.js';
import { renderTime } from '../shared/time.js';
import { unvirtualized, virtualizer } from '../shared/virtualizer.js';
import { validTime } from './filters.js';
import type { Hint } from './suspicious.js';

/**
 * Without the virtualizer, the end of the list is near when the scroller is scrolled close to its
 * end, or when the rows do not fill it yet (a small page size): then the next page is asked for.
 */
function nearEnd(ctx: TableContext, body: HTMLElement) {
  if (body.scrollTop + body.clientHeight >= body.scrollHeight - body.clientHeight / 2) ctx.end();
}

/** What the user is reading: the first entry in view, and how far it is from the top. */
export interface ReadingAnchor {
  id: string;
  offset: number;
  /** The height of a closed row, to estimate how far new rows push the anchor down. */
  rowHeight: number;
}

export function readingAnchor(body: HTMLElement): ReadingAnchor | undefined {
  if (body.scrollTop <= 0) return;
  const top = body.getBoundingClientRect().top;
  let first: HTMLElement | undefined;
  let closed: HTMLElement | undefined;
  // The virtualizer positions rows absolutely: DOM order need not be screen order.
  for (const entry of body.querySelectorAll<HTMLElement>('.entry')) {
    const box = entry.getBoundingClientRect();
    if (box.bottom > top && (!first || box.top < first.getBoundingClientRect().top)) first = entry;
    if (!entry.hasAttribute('data-open')) closed ??= entry;
  }
  if (!first || !closed) return;
  return {
    id: first.dataset.id!,
    offset: first.getBoundingClientRect().top - top,
    rowHeight: closed.getBoundingClientRect().height,
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * After `added` rows were put above the anchor: scrolls so that the anchor is where it was. The
 * first step estimates; then, as the virtualizer draws and measures, each frame corrects, until
 * the anchor has stayed in place for two frames.
 */
export async function keepInPlace(body: HTMLElement, anchor: ReadingAnchor, added: number) {
  body.scrollTop += added * anchor.rowHeight;
  for (let i = 0, still = 0; i < 30 && still < 2; i++) {
    await frame();
    const row = [...body.querySelectorAll<HTMLElement>('.entry')].find(
      (entry) => entry.dataset.id === anchor.id,
    );
    if (!row) continue;
    const delta =
      row.getBoundingClientRect().top - body.getBoundingClientRect().top - anchor.offset;
    if (Math.abs(delta) < 1) still++;
    else {
      still = 0;
      body.scrollTop += delta;
    }
  }
}

export interface TableContext {
  entries: readonly AccessLogEntry[];
  /** Whether older entries remain on the server (the row count is then unknown). */
  more: boolean;
  hints: Map<string, Hint[]>;
  expanded: ReadonlySet<string>;
  /** The entry whose request id was just copied, and whether that worked. */
  copied?: { id: string; ok: boolean };
  localize: OperatorLocalize;
  toggle(entry: AccessLogEntry): void;
  copy(entry: AccessLogEntry): void;
  /** The rendered range reached the last loaded entry. */
  end(): void;
}

/** An entry's exact time and duration, formatted once per language (rows re-render often). */
const formatted = new WeakMap<AccessLogEntry, { lang: string; exact: string; duration: string }>();
function format(localize: OperatorLocalize, entry: AccessLogEntry) {
  const lang = localize.lang();
  let text = formatted.get(entry);
  if (text?.lang !== lang) {
    text = {
      lang,
      exact: validTime(entry.timestamp) ? localize.exact(entry.timestamp) : entry.timestamp,
      duration: localize.number(entry.duration_ms, {
        style: 'unit',
        unit: 'millisecond',
        unitDisplay: 'short',
        maximumFractionDigits: 0,
      }),
    };
    formatted.set(entry, text);
  }
  return text;
}

export const statusClass = (status: number) =>
  status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx';

export function renderTable(ctx: TableContext) {
  const { t } = ctx.localize;
  const columns = [
    'alTime',
    'token',
    'alMethod',
    'alPath',
    'status',
    'alIp',
    'alDuration',
  ] as const;
  return html`<div
    part="table"
    class="table"
    role="table"
    aria-label=${t('alCaption')}
    aria-rowcount=${ctx.more ? -1 : ctx.entries.length + 1}
  >
    <div role="rowgroup" part="header" class="head">
      <div role="row" class="row" aria-rowindex="1">
        ${columns.map(
          (name, i) =>
            html`<span role="columnheader" class=${i > 4 ? 'wide' : ''}>${t(name)}</span>`,
        )}
        <span role="columnheader"><span class="visually-hidden">${t('alDetails')}</span></span>
      </div>
    </div>
    <div
      role="rowgroup"
      part="body"
      class="body"
      tabindex="0"
      aria-label=${t('alCaption')}
      @rangeChanged=${(event: Event & { last: number }) => {
        if (event.last >= ctx.entries.length - 1) ctx.end();
      }}
      @scroll=${unvirtualized ? (event: Event) => nearEnd(ctx, event.currentTarget as HTMLElement) : nothing}
      ${ref((body) => {
        if (unvirtualized && body) requestAnimationFrame(() => nearEnd(ctx, body as HTMLElement));
      })}
    >
      ${
        virtualizer
          ? virtualizer.virtualize({
              items: ctx.entries as AccessLogEntry[], // it only reads them
              scroller: true,
              keyFunction: (entry: AccessLogEntry) => entry.id,
              renderItem: (entry: AccessLogEntry, index: number) => renderRow(ctx, entry, index),
            })
          : unvirtualized
            ? ctx.entries.map((entry, index) => renderRow(ctx, entry, index))
            : nothing
      }
    </div>
  </div>`;
}

function renderRow(ctx: TableContext, entry: AccessLogEntry, index: number) {
  const { localize } = ctx;
  const { t } = localize;
  const open = ctx.expanded.has(entry.id);
  const hints = ctx.hints.get(entry.id) ?? [];
  const relative = validTime(entry.timestamp)
    ? localize.relative(entry.timestamp)
    : entry.timestamp;
  const text = format(localize, entry);
  const kind = statusClass(entry.status);
  const badge = (hint: Hint) =>
    hints.includes(hint)
      ? html` <span class="hint" part="hint"
          >${t(hint === 'new-ip' ? 'alHintNewIp' : 'alHintBurst')}</span
        >`
      : nothing;

  return html`<div class="entry" part="entry" data-id=${entry.id} ?data-open=${open}>
    <div role="row" class="row" part="row" aria-rowindex=${index + 2}>
      <span role="cell">${renderTime(entry.timestamp, relative, text.exact)}</span>
      <span role="cell" class="token">${entry.token_name} <code>${entry.token_prefix}…</code></span>
      <span role="cell">${entry.method}</span>
      <span role="cell" class="path"><code>${entry.path}</code></span>
      <span role="cell"
        ><span class="status s${kind}" part="status status-${kind}">${entry.status}</span
        >${badge('auth-burst')}</span
      >
      <span role="cell" class="wide">${entry.ip}${badge('new-ip')}</span>
      <span role="cell" class="wide number">${text.duration}</span>
      <span role="cell"
        ><button
          class="toggle"
          part="toggle"
          aria-expanded=${open}
          aria-controls="details-${entry.id}"
          aria-label=${t('alDetailsOf', entry.method, entry.path, relative)}
          @click=${() => ctx.toggle(entry)}
        ></button
      ></span>
    </div>
    ${open ? renderDetails(ctx, entry, hints) : nothing}
  </div>`;
}

function renderDetails(ctx: TableContext, entry: AccessLogEntry, hints: Hint[]) {
  const { t } = ctx.localize;
  const copied = ctx.copied?.id === entry.id ? ctx.copied : undefined;
  return html`<div role="row" class="details" part="details">
    <div role="cell" aria-colspan="8" id="details-${entry.id}">
      <dl>
        <dt>${t('alPath')}</dt>
        <dd><code>${entry.path}</code></dd>
        <dt>${t('alIp')}</dt>
        <dd>${entry.ip}</dd>
        <dt>${t('alDuration')}</dt>
        <dd>${format(ctx.localize, entry).duration}</dd>
        <dt>${t('alUserAgent')}</dt>
        <dd>${entry.user_agent || t('alNoUserAgent')}</dd>
        <dt>${t('alRequestIdLabel')}</dt>
        <dd>
          <code>${entry.request_id}</code>
          <button part="copy" @click=${() => ctx.copy(entry)}>${t('alCopyRequestId')}</button>
          ${
            copied
              ? html`<span class=${copied.ok ? 'muted' : 'error'}>
                  ${t(copied.ok ? 'alCopied' : 'alCopyFailed')}
                </span>`
              : nothing
          }
        </dd>
      </dl>
      ${hints.map(
        (hint) =>
          html`<p class="hint-text">
            ${t(hint === 'new-ip' ? 'alHintNewIpLong' : 'alHintBurstLong')}
          </p>`,
      )}
    </div>
  </div>`;
}
