/**
 * `<operator-access-log>`: `import '@operator-ai/admin-widget/access-log'` registers it.
 */
import type { OperatorAccessLog } from './operator-access-log.js';

export { OperatorAccessLog } from './operator-access-log.js';
export { OperatorExportCompleteEvent, OperatorFilterChangeEvent } from './events.js';
export type { ExportCompleteDetail } from './events.js';
export type { AccessLogFilter, TimeRange } from './filters.js';
export type { ExportFormat } from './export.js';

declare global {
  interface HTMLElementTagNameMap {
    'operator-access-log': OperatorAccessLog;
  }
}
