// The package entry: classes and types only. Importing it registers nothing; see `call-log-elements/define`.
export * from './list-exports.js';
export { CALL_LOG_FILTER_FIELDS, CallLogFilter, type CallLogFilterField } from './call-log-filter/call-log-filter.js';
export { defineCallLogFilter } from './call-log-filter/define.js';
export { CALL_LOG_EXPORT_FORMATS, CallLogExport } from './call-log-export/call-log-export.js';
export { defineCallLogExport } from './call-log-export/define.js';
export { CallLogExportEvent, CallLogExportStartEvent } from './events/export-events.js';
export { REPORT_ENGLISH } from './localize/report-messages.js';
export { CallLogSummary } from './call-log-summary/call-log-summary.js';
export type { CallFigures } from './call-log-summary/call-tally.js';
export { SUMMARY_PERIODS } from './call-log-summary/periods.js';
export { defineCallLogSummary } from './call-log-summary/define.js';
export { CallLogPeriodChangeEvent, type SummaryPeriod } from './events/summary-events.js';
