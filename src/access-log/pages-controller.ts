/**
 * The loaded pages of the current query, as a reactive controller: the first page, older pages
 * on demand (infinite scroll), newer entries put on top (the live tail), and the suspicious use
 * among them, updated as they arrive. A new query drops every page of the previous one;
 * disconnecting aborts the request in flight and reconnecting makes it again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { endless } from '../client/transport.js';
import type { AccessLogEntry } from '../client/types.js';
import type { LogQuery } from './query.js';
import { Suspicion } from './suspicious.js';

/** `pending`: the first page is on its way; `complete`: it came; `error`: it failed. */
export type PagesStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface PagesOptions {
  /** A request failed (not aborted): report it. */
  fail(error: unknown): void;
  /** The first page of a query arrived. */
  loaded?(): void;
}

export class PagesController implements ReactiveController {
  #host: ReactiveControllerHost;
  #options: PagesOptions;
  #query?: LogQuery;
  #status: PagesStatus = 'initial';
  #entries: AccessLogEntry[] = [];
  #suspicion = new Suspicion();
  #cursor: string | null = null;
  /** Every cursor followed for this query: one seen again would load the same pages forever. */
  #cursors = new Set<string>();
  #error?: unknown;
  #moreError?: unknown;
  #loading?: Promise<void>;
  /** Aborts the request in flight when the host disconnects (which then makes it again). */
  #request?: AbortController;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: PagesOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The query whose pages these are. Setting another drops these pages and loads its first. */
  get query(): LogQuery | undefined {
    return this.#query;
  }

  set query(query: LogQuery | undefined) {
    if (query === this.#query) return;
    this.#request?.abort();
    this.#query = query;
    this.#clear();
    this.#loading = undefined;
    this.#interrupted = false;
    this.#status = 'initial';
    if (query) this.reload();
  }

  get status(): PagesStatus {
    return this.#status;
  }
  /** Why the first page failed. */
  get error(): unknown {
    return this.#error;
  }
  /**
   * The loaded entries, newest first. Older pages are added to the same list (copying it for
   * each page would cost the square of the pages); newer entries on top make a new one.
   */
  get entries(): readonly AccessLogEntry[] {
    return this.#entries;
  }
  /** Suspicious use among the loaded entries. */
  get suspicion(): Suspicion {
    return this.#suspicion;
  }
  /** Whether older entries remain on the server. */
  get more(): boolean {
    return this.#cursor !== null;
  }
  /** Whether an older page is on its way. */
  get loadingMore(): boolean {
    return this.#loading !== undefined && this.#status === 'complete';
  }
  /** Why the last older page failed (cleared by `loadMore`). */
  get moreError(): unknown {
    return this.#moreError;
  }

  /** Loads the first page again (Retry). */
  reload(): Promise<void> {
    this.#clear();
    this.#status = 'pending';
    return this.#fetch(undefined);
  }

  /**
   * Loads the next page of older entries, as scrolling to the end does; after a failure, tries
   * again. Resolves when the page has been added (or failed), at once when there is nothing more.
   */
  loadMore(): Promise<void> {
    if (this.#status !== 'complete' || this.#cursor === null) return Promise.resolve();
    if (this.#loading) return this.#loading;
    this.#moreError = undefined;
    return this.#fetch(this.#cursor);
  }

  /** Puts entries newer than the loaded ones on top (for `query` only: else they are dropped). */
  prepend(query: LogQuery, fresh: readonly AccessLogEntry[]): boolean {
    if (query !== this.#query || query.signal.aborted || this.#status !== 'complete') return false;
    this.#entries = fresh.concat(this.#entries);
    // Newer entries change what is "earlier" for every one below them: counted again, once.
    this.#suspicion = new Suspicion();
    this.#suspicion.add(this.#entries);
    this.#host.requestUpdate();
    return true;
  }

  /** Forgets the loaded pages and their failures. */
  #clear() {
    this.#entries = [];
    this.#suspicion = new Suspicion();
    this.#cursor = null;
    this.#cursors = new Set();
    this.#error = this.#moreError = undefined;
  }

  hostConnected(): void {
    // The page that disconnecting interrupted: the first one, or an older one.
    if (this.#interrupted) void (this.#status === 'complete' ? this.loadMore() : this.reload());
    this.#interrupted = false;
  }

  hostDisconnected(): void {
    this.#interrupted = !!this.#loading;
    this.#request?.abort();
  }

  #fetch(cursor: string | undefined): Promise<void> {
    const query = this.#query!;
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const loading = query.page(cursor, request.signal).then((page) => {
      if (query.signal.aborted) return;
      request.signal.throwIfAborted();
      const next = page.next_cursor;
      // An empty page with a next_cursor is refused by the client's `list` already.
      if (next !== null && this.#cursors.has(next)) throw endless('a next_cursor twice');
      if (next !== null) this.#cursors.add(next);
      this.#entries.push(...page.data);
      this.#suspicion.add(page.data);
      this.#cursor = next;
      this.#status = 'complete';
      if (cursor === undefined) this.#options.loaded?.();
    });
    const settled = loading
      .catch((error: unknown) => {
        // A newer query, a newer request, or disconnecting (then made again on reconnecting).
        if (query.signal.aborted || query !== this.#query || request.signal.aborted) return;
        if (cursor === undefined) {
          this.#status = 'error';
          this.#error = error;
        } else this.#moreError = error;
        this.#options.fail(error);
      })
      .finally(() => {
        if (this.#loading === settled) this.#loading = undefined;
        if (query === this.#query) this.#host.requestUpdate();
      });
    this.#loading = settled;
    this.#host.requestUpdate();
    return settled;
  }
}
