/**
 * What `<operator-access-log>` lends its parts (the filters, the chart, the table, the live tail,
 * the export), as the token manager lends its dialogs theirs: each part owns its state in
 * `#private` fields and renders itself; the element only puts them together.
 */
import { TaskStatus, type Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { OperatorLocalize } from '../shared/localize.js';
import type { AccessLogFilter } from './filters.js';
import type { OperatorAccessLog } from './operator-access-log.js';
import type { PagesController } from './pages-controller.js';

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
   * A new object whenever what every part's words depend on changed since the last update: the
   * language, the host's words, the catalogue (a language registered later). Each part renders
   * through Lit's `guard` on what it shows and this: formatting dates and numbers and looking up
   * words is most of what a render costs, and most renders (a page arriving) change none of it.
   */
  words: object;
}

/** Aborts `task`'s request when the host disconnects, and makes it again when it reconnects. */
export function resumable(host: ReactiveControllerHost, task: Task<readonly unknown[]>): void {
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
}
