/**
 * What `<operator-access-log>` lends its parts (the filters, the chart, the table, the live tail,
 * the export), as the token manager lends its dialogs theirs: each part owns its state in
 * `#private` fields and renders itself; the element only puts them together.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { RequestOptions } from '../client/transport.js';
import type { OperatorLocalize } from '../shared/localize.js';
import type { AccessLogFilter } from './filters.js';
import type { OperatorAccessLog } from './operator-access-log.js';
import type { PagesController } from './pages-controller.js';
import type { LogQuery } from './query.js';

export interface LogParts {
  host: OperatorAccessLog;
  l: OperatorLocalize;
  /** The loaded pages of the current query (which holds the client and credential in use). */
  pages: PagesController;
  /** The sentence for a failed request, with its request ID when there is one (unless `false`). */
  describe(error: unknown, requestId?: boolean): string;
  /** Fires `operator-error` (and `operator-unauthorized` on a 401) for a failed request. */
  report(operation: string, error: unknown): void;
  /** The user changed the filter (a control, a chart bar). */
  change(patch: Partial<AccessLogFilter>): void;
  /** Says `text` in the element's live region. */
  announce(text: string): void;
  /**
   * What every part's words depend on: the language, the host's words, the catalogue (a language
   * registered later). A new list only when one of them changed, so each part renders through
   * Lit's `guard` on what it shows and this: formatting dates and numbers and looking up words is
   * most of what a render costs, and most renders (a page arriving) change none of it.
   */
  words: readonly unknown[];
}

/**
 * A request of the current query's client and credential as a task: none without a query, run
 * again when `args` of the query change, its failure reported as `operation`, aborted when the
 * host disconnects and made again when it comes back.
 */
export function queryTask<T>(
  { host, pages, report }: LogParts,
  operation: string,
  args: (query: LogQuery) => unknown[],
  request: (query: LogQuery, options: RequestOptions) => Promise<T>,
): Task<unknown[], T> {
  const task = new Task(host, {
    args: (): unknown[] => (pages.query ? [pages.query.client, ...args(pages.query)] : []),
    task: (_, { signal }) => {
      const query = pages.query;
      return query ? request(query, query.options(signal, query.credential)) : initialState;
    },
    onError: (error) => report(operation, error),
  });
  let aborted = false;
  host.addController({
    hostConnected() {
      if (aborted) void task.run();
      aborted = false;
    },
    hostDisconnected() {
      aborted = task.status === TaskStatus.PENDING;
      if (aborted) task.abort();
    },
  });
  return task;
}
