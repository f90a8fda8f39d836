/**
 * Export of everything matching the filter: pure CSV and JSON builders, and a controller that
 * walks the pages with progress and Cancel, then hands the file over as a download.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OperatorClient } from '../client/client.js';
import type { AccessLogEntry, ListAccessLogsParams } from '../client/types.js';

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
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A text starting with `=`, `+`, `-`, `@` (or a tab or carriage return) is prefixed with `'` so
 * that a spreadsheet shows it as text rather than running it as a formula (OWASP's advice).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value == 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
      format == 'csv'
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

/**
 * Runs one export at a time: `start()` walks every page of `params` (100 entries each), counting
 * as it goes; `cancel()` aborts it; disconnecting the host aborts it too.
 */
export class ExportController implements ReactiveController {
  state: ExportState = { phase: 'idle' };
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Receives the finished file. */
    private readonly finish: (file: {
      blob: Blob;
      filename: string;
      count: number;
      format: ExportFormat;
    }) => void,
    private readonly fail: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  async start(api: OperatorClient, params: ListAccessLogsParams, format: ExportFormat) {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const entries: AccessLogEntry[] = [];
    this.#set({ phase: 'running', format, count: 0 });
    try {
      let cursor: string | undefined;
      do {
        const page = await api.accessLogs.list(
          { ...params, limit: 100, cursor },
          { signal: abort.signal },
        );
        entries.push(...page.data);
        cursor = page.next_cursor ?? undefined;
        this.#set({ phase: 'running', format, count: entries.length });
      } while (cursor);
      const file = exportFile(entries, format);
      this.#set({ phase: 'done', format, count: entries.length, filename: file.filename });
      this.finish({ ...file, count: entries.length, format });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#set({ phase: 'failed', format, error });
      this.fail(error);
    }
  }

  cancel() {
    if (this.state.phase != 'running') return;
    this.#abort?.abort();
    this.#set({ phase: 'cancelled', format: this.state.format });
  }

  hostDisconnected() {
    this.cancel();
  }

  #set(state: ExportState) {
    this.state = state;
    this.host.requestUpdate();
  }
}
