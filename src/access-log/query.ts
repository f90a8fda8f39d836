/**
 * One immutable query of the log: what a (filter, credential) pair asks the API for, and the
 * signal that ends everything started for it. The pages, the live tail, the chart and the export
 * all read their parameters here, so the filter becomes request parameters in one place.
 */
import type { OperatorClient } from '../client/client.js';
import type { RequestOptions } from '../client/transport.js';
import type {
  AccessLogEntry,
  AccessLogStatsParams,
  ListAccessLogsParams,
} from '../client/types.js';
import { bucketFor, listParams, type AccessLogFilter, type TimeWindow } from './filters.js';

/** Entries per request of the walks (export, live tail): the API's largest page. */
const WALK_LIMIT = 100;

export class LogQuery {
  /** The list parameters, without `limit` and `cursor`. */
  readonly params: Readonly<ListAccessLogsParams>;
  /** The chart's parameters: the token and the window, in buckets that suit its length. */
  readonly stats: Readonly<AccessLogStatsParams>;
  /**
   * Aborted when the credential changes or when a newer query replaces this one: pass it (or a
   * signal that follows it) to every request made for this query.
   */
  readonly signal: AbortSignal;
  #abort = new AbortController();

  constructor(
    /** The client of the credential the query was made under. */
    readonly client: OperatorClient,
    readonly filter: Readonly<AccessLogFilter>,
    readonly window: Readonly<TimeWindow>,
    /** Entries per page. */
    readonly limit: number,
    /** The credential's signal (`OperatorElement.credentialSignal`). */
    readonly credential: AbortSignal,
    /** A request's options for its signals: the element's language (`OperatorElement.requestOptions`). */
    readonly options: (...signals: AbortSignal[]) => RequestOptions,
  ) {
    this.params = listParams(filter, window);
    this.stats = {
      ...listParams({ tokenId: filter.tokenId, range: 'custom' }, window),
      bucket: bucketFor(window),
    };
    this.signal = AbortSignal.any([credential, this.#abort.signal]);
  }

  /** Whether this query asks what a query of these arguments would (so it can stay). */
  answers(
    client: OperatorClient | undefined,
    filter: AccessLogFilter,
    window: TimeWindow,
    limit: number,
  ): boolean {
    const keys = Object.keys(filter) as (keyof AccessLogFilter)[];
    return (
      client === this.client &&
      window === this.window &&
      limit === this.limit &&
      !this.signal.aborted &&
      keys.every((key) => filter[key] === this.filter[key])
    );
  }

  /** Ends the query: its requests are aborted and their answers dropped. */
  dispose(): void {
    this.#abort.abort(new DOMException('A newer query replaced this one', 'AbortError'));
  }

  /** One page of entries, newest first, from `cursor` (the first page without one). */
  page(cursor: string | undefined, signal: AbortSignal) {
    return this.client.accessLogs.list(
      { ...this.params, limit: this.limit, cursor },
      this.options(this.signal, signal),
    );
  }

  /**
   * Every entry of the query (from `since`, when given, instead of the window's start), newest
   * first, through the client's bounded `iterate`. `signal` is used as given: the live tail passes
   * one that follows the query, an export one that follows only the credential (an export keeps
   * the filter it was started with).
   */
  entries(signal: AbortSignal, since?: string): AsyncIterable<AccessLogEntry> {
    const params = { ...this.params, limit: WALK_LIMIT };
    if (since) params.since = since;
    return this.client.accessLogs.iterate(params, this.options(signal));
  }
}
