/**
 * Export of everything matching the filter: pure CSV and JSON builders, and a controller that
 * walks a query's entries with progress and Cancel, then hands the file over as a download.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccessLogEntry } from '../client/types.js';
import type { LogQuery } from './query.js';

export type ExportFormat = 'csv' | 'json';

/** The CSV columns: the entry's wire fields, in a reading order. */
export const CSV_COLUMNS: (keyof AccessLogEntry)[] = [
  'timestamp',
  'token_id',
  'token_name',
  'token_prefix',
  'method',
  'path',
  'status',
  'ip',
  'duration_ms',
  'user_agent',
  'request_id',
  'id',
];

/**
 * One CSV field (RFC 4180), safe in a spreadsheet whatever its list separator. It is quoted, its
 * quotes doubled, when it holds a comma, a semicolon, a tab, a quote or a line break, so that a
 * spreadsheet splitting on `,` keeps it in one cell. A text that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return is prefixed with `'`, so that a spreadsheet shows it as text rather than
 * running it as a formula (OWASP's CSV injection advice). A spreadsheet whose separator is `;` or a
 * tab (many locales) splits inside the quotes too, so each `;` or tab followed by one of those
 * characters (or a quote) gets the same `'` after it: no cell can start a formula. The JSON export
 * keeps every value as sent.
 */
export function csvField(value: string | number): string {
  if (typeof value !== 'string') return String(value);
  const text = value.replace(/[;\t](?=[=+\-@\t\r"])/g, "$&'").replace(/^(?=[=+\-@\t\r])/, "'");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180: CRLF line ends, a header row) of `entries`. */
export function toCsv(entries: readonly AccessLogEntry[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const entry of entries) rows.push(CSV_COLUMNS.map((key) => csvField(entry[key])).join(','));
  return rows.join('\r\n') + '\r\n';
}

/** A JSON document: the entries as the API sends them, newest first. */
export function toJson(entries: readonly AccessLogEntry[]): string {
  return JSON.stringify(entries, null, 2);
}

/** The file of an export: its contents, type and a name that says when it was taken. */
export function exportFile(
  entries: readonly AccessLogEntry[],
  format: ExportFormat,
  now = new Date(),
) {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return {
    filename: `access-log-${stamp}Z.${format}`,
    blob:
      format === 'csv'
        ? new Blob([toCsv(entries)], { type: 'text/csv;charset=utf-8' })
        : new Blob([toJson(entries)], { type: 'application/json' }),
  };
}

/** Saves a blob as a file through a temporary object URL and `<a download>`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat; count: number }
  | { phase: 'done'; format: ExportFormat; count: number; filename: string }
  | { phase: 'cancelled'; format: ExportFormat }
  | { phase: 'failed'; format: ExportFormat; error: unknown };

export interface ExportOptions {
  /** Receives the finished file. */
  finish(file: { blob: Blob; filename: string; count: number; format: ExportFormat }): void;
  /** The walk failed (it was not cancelled). */
  fail(error: unknown): void;
}

/**
 * Runs one export at a time: `start()` walks every entry of a query through the client's bounded
 * `iterate`, counting as it goes; `cancel()` aborts it, and so do disconnecting the host and the
 * end of the credential the query was made under (then nothing is handed over).
 */
export class ExportController implements ReactiveController {
  state: ExportState = { phase: 'idle' };
  #host: ReactiveControllerHost;
  #options: ExportOptions;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: ExportOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Exports what `query` matches; it keeps that filter, but ends with its credential. */
  async start(query: LogQuery, format: ExportFormat): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const signal = AbortSignal.any([query.credential, abort.signal]);
    const entries: AccessLogEntry[] = [];
    this.#set({ phase: 'running', format, count: 0 });
    try {
      for await (const entry of query.entries(signal)) {
        // The count shows once per page: every 100 entries, and at the end.
        if (entries.push(entry) % 100 === 0)
          this.#set({ phase: 'running', format, count: entries.length });
      }
      signal.throwIfAborted();
      const file = exportFile(entries, format);
      this.#set({ phase: 'done', format, count: entries.length, filename: file.filename });
      this.#options.finish({ ...file, count: entries.length, format });
    } catch (error) {
      if (abort !== this.#abort) return;
      if (signal.aborted) {
        // The credential ended: what was read under it is dropped, and the export says so.
        if (!abort.signal.aborted) this.#set({ phase: 'cancelled', format });
        return;
      }
      this.#set({ phase: 'failed', format, error });
      this.#options.fail(error);
    }
  }

  cancel(): void {
    if (this.state.phase !== 'running') return;
    this.#abort?.abort();
    this.#set({ phase: 'cancelled', format: this.state.format });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #set(state: ExportState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
