import { OperatorEvent } from '../shared/events.js';
import type { ExportFormat } from './export.js';
import type { AccessLogFilter } from './filters.js';

/** The user changed a filter (a control, or a chart bar). The detail is the whole new filter. */
export class OperatorFilterChangeEvent extends OperatorEvent<AccessLogFilter> {
  static override readonly type = 'operator-filter-change';
}

export interface ExportCompleteDetail {
  format: ExportFormat;
  filename: string;
  blob: Blob;
  count: number;
}

/**
 * An export finished. Cancelable: call `preventDefault()` to handle the file yourself (upload it,
 * say) instead of the browser downloading it.
 */
export class OperatorExportCompleteEvent extends CustomEvent<ExportCompleteDetail> {
  static readonly type = 'operator-export-complete';
  constructor(detail: ExportCompleteDetail) {
    super(OperatorExportCompleteEvent.type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail,
    });
  }
}

// Typed on elements, `document` and `window` alike (see ../shared/events.ts).
declare global {
  interface GlobalEventHandlersEventMap {
    'operator-filter-change': OperatorFilterChangeEvent;
    'operator-export-complete': OperatorExportCompleteEvent;
  }
}
