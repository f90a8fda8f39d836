/**
 * The entries as a virtualized table: only the rows near the viewport are in the DOM, so 100 000
 * loaded entries cost a few dozen rows. The rows are positioned by `@lit-labs/virtualizer`, which
 * a native `<table>` layout cannot host, hence `role="table"` and friends on a CSS grid. The
 * virtualizer is loaded on first use (shared/virtualizer.ts).
 */
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { AccessLogEntry } from '../client/types.js';
import { MINUTE } from '../client/time.js';
import { renderTime } from '../shared/time.js';
import { loadVirtualizer, unvirtualized, virtualizer } from '../shared/virtualizer.js';
import { validTime } from './filters.js';
import type { LogParts } from './parts.js';
import type { LogQuery } from './query.js';

/** What the user is reading: the first entry in view, its index, and how far it is from the top. */
interface ReadingAnchor {
  id: string;
  index: number;
  offset: number;
}

function readingAnchor(body: HTMLElement): ReadingAnchor | undefined {
  if (body.scrollTop <= 0) return;
  const top = body.getBoundingClientRect().top;
  // Rows are in the DOM in their order (the virtualizer renders its range in order).
  const first = [...body.querySelectorAll<HTMLElement>('.entry')].find(
    (entry) => entry.getBoundingClientRect().bottom > top,
  );
  return (
    first && {
      id: first.dataset.id!,
      index: Number(first.firstElementChild!.getAttribute('aria-rowindex')) - 2,
      offset: first.getBoundingClientRect().top - top,
    }
  );
}

export const statusClass = (status: number) =>
  status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx';

/**
 * The loaded entries of the current query: the suspicious-use summary, the table, and the line
 * under it (loading more, the end, a failed page); or the first page's loading, empty and error
 * states. It owns which entries are open, infinite scroll, and keeping the reader's place when
 * newer entries come in above.
 */
export class LogTable {
  readonly #parts: LogParts;
  /** The entries whose details are open, and the one whose request ID was copied. */
  #expanded = new Set<string>();
  #copied?: { id: string; ok: boolean };
  /** The row being read while newer rows come in above it. */
  #anchor?: ReadingAnchor;
  /** The entries the table shows, and the frame that will show newer ones. */
  #items: readonly AccessLogEntry[] = [];
  #frame = 0;

  constructor(parts: LogParts) {
    this.#parts = parts;
  }

  /** The user changed the filter: no entry is open any more. */
  collapse(): void {
    this.#expanded = new Set();
  }

  /**
   * Puts entries newer than the loaded ones on top (for `query` only) without moving the row the
   * user is reading; `false` when they were dropped.
   */
  prepend(query: LogQuery, fresh: AccessLogEntry[]): boolean {
    const { pages, host } = this.#parts;
    const body = host.renderRoot.querySelector<HTMLElement>('.body');
    // While the last arrival is still being laid out, its row is the one to keep.
    const anchor = this.#anchor ?? (body ? readingAnchor(body) : undefined);
    if (!pages.prepend(query, fresh)) return false;
    if (body && anchor) {
      anchor.index += fresh.length;
      this.#anchor = anchor;
      void this.#keep(body, anchor);
    }
    return true;
  }

  /**
   * The virtualizer keeps the reader's row at the top (`layout.pin`) while it draws and measures
   * the rows put above it; once they are laid out, one scroll puts the row back as far from the
   * top as the reader had it (a row may have been partly scrolled past).
   */
  async #keep(body: HTMLElement, anchor: ReadingAnchor) {
    const laidOut = virtualizer && (body as VirtualizerHostElement)[virtualizer.virtualizerRef];
    // At the start of the view (the default `block`) through every reflow, until the user scrolls.
    void laidOut?.updateLayoutConfig({ pin: { index: anchor.index } });
    await this.#parts.host.updateComplete;
    await laidOut?.layoutComplete.catch(() => undefined);
    if (anchor !== this.#anchor) return;
    this.#anchor = undefined;
    const row = body.querySelector(`[data-id="${CSS.escape(anchor.id)}"]`);
    if (row)
      body.scrollTop +=
        row.getBoundingClientRect().top - body.getBoundingClientRect().top - anchor.offset;
  }

  render() {
    const { l, describe, pages, words } = this.#parts;
    const { t } = l;
    if (pages.status === 'error')
      return html`<div class="state error" part="state" role="alert">
        <p>${describe(pages.error)}</p>
        <button @click=${() => void pages.reload()}>${t('alRetryLog')}</button>
      </div>`;
    // The virtualizer is fetched beside the first page rather than after it: its rows then wait
    // for one fetch, not two in turn.
    if (!virtualizer && !unvirtualized)
      void loadVirtualizer().then(() => this.#parts.host.requestUpdate());
    if (pages.status !== 'complete')
      return html`<p class="state" part="state" role="status">${t('loading')}</p>`;
    const { entries, suspicion } = pages;
    if (!entries.length) return html`<p class="state" part="state">${t('alEmpty')}</p>`;
    const { newIps, bursts } = suspicion;
    return html`
      ${guard([newIps, bursts, words], () =>
        newIps || bursts
          ? html`<p class="summary" part="summary">
              <strong>${t('alSummaryLabel')}</strong>
              ${t('alSummary', newIps, bursts)}
            </p>`
          : nothing,
      )}
      ${this.#table(this.#shown(entries))}
      <p class="footer muted" part="footer">
        ${
          pages.moreError
            ? html`<span class="error" role="alert"
                  >${t('alLoadMoreFailed', describe(pages.moreError))}</span
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

  /**
   * The entries to show. Older pages may arrive faster than frames (load-all, a fast network):
   * the table then takes them once a frame, sparing the virtualizer a layout per page that no one
   * would see. Anything else (a new query, entries on top) shows at once.
   */
  #shown(entries: readonly AccessLogEntry[]) {
    const items = this.#items;
    if (entries[0] !== items[0] || (entries.length !== items.length && !this.#frame)) {
      // A list of its own (the pages grow theirs): the virtualizer sees a change by a new list.
      this.#items = entries.slice();
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#parts.host.requestUpdate();
      });
    }
    return this.#items;
  }

  /** The rendered range reached the last loaded entry: the next page, unless the last one failed. */
  #end() {
    const { pages } = this.#parts;
    if (!pages.moreError) void pages.loadMore();
  }

  /**
   * Without the virtualizer, the end of the list is near when the scroller is scrolled close to
   * its end, or when the rows do not fill it yet (a small page size): then the next page is asked
   * for.
   */
  #nearEnd(body: HTMLElement) {
    if (body.scrollTop + body.clientHeight >= body.scrollHeight - body.clientHeight / 2)
      this.#end();
  }

  /**
   * The table, drawn again only when its rows or what they show changed (not when the footer
   * does, a page on its way).
   */
  #table(entries: readonly AccessLogEntry[]) {
    const { l, pages, words } = this.#parts;
    const { t } = l;
    // Relative times ("3 minutes ago") move on each minute.
    const stamp = [words, Math.floor(Date.now() / MINUTE)];
    const columns = [
      'alTime',
      'token',
      'alMethod',
      'alPath',
      'status',
      'alIp',
      'alDuration',
    ] as const;
    const key = [entries, pages.more, this.#expanded, this.#copied, virtualizer, unvirtualized];
    return guard([...key, ...stamp], () => {
      // Without the virtualizer, rows that do not fill the scroller yet ask for the next page
      // once they are drawn.
      if (unvirtualized)
        requestAnimationFrame(() => {
          const body = this.#parts.host.renderRoot.querySelector<HTMLElement>('.body');
          if (body) this.#nearEnd(body);
        });
      return html`<div
        part="table"
        class="table"
        role="table"
        aria-label=${t('alCaption')}
        aria-rowcount=${pages.more ? -1 : entries.length + 1}
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
            if (event.last >= entries.length - 1) this.#end();
          }}
          @scroll=${unvirtualized ? (event: Event) => this.#nearEnd(event.currentTarget as HTMLElement) : nothing}
        >
          ${
            virtualizer
              ? virtualizer.virtualize({
                  items: entries as AccessLogEntry[], // it only reads them
                  scroller: true,
                  keyFunction: (entry: AccessLogEntry) => entry.id,
                  // Rows go to Lit's `repeat`, which takes any value, a guard's too.
                  renderItem: ((entry: AccessLogEntry, index: number) =>
                    this.#row(stamp, entry, index)) as never,
                })
              : unvirtualized
                ? entries.map((entry, index) => this.#row(stamp, entry, index))
                : nothing
          }
        </div>
      </div>`;
    });
  }

  /** An entry's duration, as the table and its details show it. */
  #duration(entry: AccessLogEntry) {
    return this.#parts.l.number(entry.duration_ms, {
      style: 'unit',
      unit: 'millisecond',
      unitDisplay: 'short',
      maximumFractionDigits: 0,
    });
  }

  /**
   * An entry's row, built again only when what it shows changed: its place, its details, its
   * hints, or what every row shows alike (`stamp`). Pages arriving or a row opening elsewhere do
   * not build every row in view again.
   */
  #row(stamp: unknown[], entry: AccessLogEntry, index: number) {
    const { suspicion } = this.#parts.pages;
    const open = this.#expanded.has(entry.id);
    const copied = open && this.#copied?.id === entry.id && this.#copied.ok;
    const newIp = suspicion.newIp(entry);
    const burst = suspicion.inBurst(entry);
    return guard([entry, index, open, copied, newIp, burst, ...stamp], () =>
      this.#build(entry, index, open, newIp, burst),
    );
  }

  #build(entry: AccessLogEntry, index: number, open: boolean, newIp: boolean, burst: boolean) {
    const { l } = this.#parts;
    const { t } = l;
    const valid = validTime(entry.timestamp);
    const relative = valid ? l.relative(entry.timestamp) : entry.timestamp;
    const kind = statusClass(entry.status);
    const badge = (shown: boolean, key: 'alHintNewIp' | 'alHintBurst') =>
      shown ? html` <span class="hint" part="hint">${t(key)}</span>` : nothing;

    return html`<div class="entry" part="entry" data-id=${entry.id} ?data-open=${open}>
      <div role="row" class="row" part="row" aria-rowindex=${index + 2}>
        <span role="cell"
          >${renderTime(entry.timestamp, relative, valid ? l.exact(entry.timestamp) : entry.timestamp)}</span
        >
        <span role="cell" class="token"
          >${entry.token_name} <code>${entry.token_prefix}…</code></span
        >
        <span role="cell">${entry.method}</span>
        <span role="cell" class="path"><code>${entry.path}</code></span>
        <span role="cell"
          ><span class="status s${kind}" part="status status-${kind}">${entry.status}</span
          >${badge(burst, 'alHintBurst')}</span
        >
        <span role="cell" class="wide">${entry.ip}${badge(newIp, 'alHintNewIp')}</span>
        <span role="cell" class="wide number">${this.#duration(entry)}</span>
        <span role="cell"
          ><button
            class="toggle"
            part="toggle"
            aria-expanded=${open}
            aria-controls="details-${entry.id}"
            aria-label=${t('alDetailsOf', entry.method, entry.path, relative)}
            @click=${() => this.#toggle(entry)}
          ></button
        ></span>
      </div>
      ${open ? this.#details(entry, newIp, burst) : nothing}
    </div>`;
  }

  #details(entry: AccessLogEntry, newIp: boolean, burst: boolean) {
    const { t } = this.#parts.l;
    const copied = this.#copied?.id === entry.id ? this.#copied : undefined;
    return html`<div role="row" class="details" part="details">
      <div role="cell" aria-colspan="8" id="details-${entry.id}">
        <dl>
          <dt>${t('alPath')}</dt>
          <dd><code>${entry.path}</code></dd>
          <dt>${t('alIp')}</dt>
          <dd>${entry.ip}</dd>
          <dt>${t('alDuration')}</dt>
          <dd>${this.#duration(entry)}</dd>
          <dt>${t('alUserAgent')}</dt>
          <dd>${entry.user_agent || t('alNoUserAgent')}</dd>
          <dt>${t('alRequestIdLabel')}</dt>
          <dd>
            <code>${entry.request_id}</code>
            <button part="copy" @click=${() => this.#copy(entry)}>${t('alCopyRequestId')}</button>
            ${
              copied
                ? html`<span class=${copied.ok ? 'muted' : 'error'}>
                    ${t(copied.ok ? 'alCopied' : 'alCopyFailed')}
                  </span>`
                : nothing
            }
          </dd>
        </dl>
        ${newIp ? html`<p class="hint-text">${t('alHintNewIpLong')}</p>` : nothing}
        ${burst ? html`<p class="hint-text">${t('alHintBurstLong')}</p>` : nothing}
      </div>
    </div>`;
  }

  #toggle(entry: AccessLogEntry) {
    this.#expanded = new Set(this.#expanded);
    if (!this.#expanded.delete(entry.id)) this.#expanded.add(entry.id);
    this.#parts.host.requestUpdate();
  }

  async #copy(entry: AccessLogEntry) {
    let ok = true;
    try {
      await navigator.clipboard.writeText(entry.request_id);
    } catch {
      ok = false;
    }
    this.#copied = { id: entry.id, ok };
    this.#parts.announce(this.#parts.l.t(ok ? 'alCopied' : 'alCopyFailed'));
  }
}
