/**
 * Export of everything matching the filter: pure CSV and JSON builders, and a controller that
 * walks a query's entries with progress and Cancel, then hands the file over as a download.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { AccessLogEntry } from '../client/types.js';
import { OperatorExportCompleteEvent } from './events.js';
import type { LogParts } from './parts.js';

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
        : // The entries as the API sends them, newest first.
          new Blob([JSON.stringify(entries, null, 2)], { type: 'application/json' }),
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
 * Runs one export at a time, with its buttons and progress: Export walks every entry of the
 * current query through the client's bounded `iterate`, counting as it goes, then fires
 * `operator-export-complete` and, unless that is cancelled, downloads the file. Cancel aborts it,
 * and so do disconnecting the host and the end of the credential the query was made under (then
 * nothing is handed over).
 */
export class ExportController implements ReactiveController {
  #state: ExportState = { phase: 'idle' };
  readonly #parts: LogParts;
  #abort?: AbortController;

  constructor(parts: LogParts) {
    this.#parts = parts;
    parts.host.addController(this);
  }

  /** Exports what the current query matches; it keeps that filter, but ends with its credential. */
  async #start(format: ExportFormat): Promise<void> {
    const { pages, host, report } = this.#parts;
    const query = pages.query;
    if (!query) return;
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
      const event = new OperatorExportCompleteEvent({ ...file, count: entries.length, format });
      if (host.dispatchEvent(event)) download(file.blob, file.filename);
    } catch (error) {
      if (abort !== this.#abort) return;
      if (signal.aborted) {
        // The credential ended: what was read under it is dropped, and the export says so.
        if (!abort.signal.aborted) this.#set({ phase: 'cancelled', format });
        return;
      }
      this.#set({ phase: 'failed', format, error });
      report('accessLogs.export', error);
    }
  }

  #cancel(): void {
    if (this.#state.phase !== 'running') return;
    this.#abort?.abort();
    this.#set({ phase: 'cancelled', format: this.#state.format });
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  #set(state: ExportState): void {
    this.#state = state;
    this.#parts.host.requestUpdate();
  }

  /** What the export is doing, with Retry after a failure; then Cancel, or the export buttons. */
  render() {
    const { l, describe } = this.#parts;
    const { t } = l;
    const run = this.#state;
    const text =
      run.phase === 'running'
        ? t('alExporting', run.count)
        : run.phase === 'done'
          ? t('alExported', run.count, run.filename)
          : run.phase === 'cancelled'
            ? t('alExportCancelled')
            : run.phase === 'failed'
              ? t('alExportFailed', describe(run.error))
              : '';
    const button = (format: ExportFormat, label: string) =>
      html`<button @click=${() => void this.#start(format)}>${label}</button>`;
    return html`<span class=${run.phase === 'failed' ? 'error' : 'muted'} part="export-status"
        >${text} ${run.phase === 'failed' ? button(run.format, t('alRetryExport')) : nothing}</span
      >
      ${
        run.phase === 'running'
          ? html`<progress aria-label=${text}></progress>
              <button @click=${() => this.#cancel()}>${t('alCancelExport')}</button>`
          : html`${button('csv', t('alExportCsv'))} ${button('json', t('alExportJson'))}`
      }`;
  }
}
