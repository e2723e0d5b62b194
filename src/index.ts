// The package entry: classes and types only. Importing it registers nothing; see `call-log-elements/define`.
export * from './list-exports.js';
export { CALL_LOG_FILTER_FIELDS, CallLogFilter, type CallLogFilterField } from './call-log-filter/call-log-filter.js';
export { defineCallLogFilter } from './call-log-filter/define.js';
export { CALL_LOG_EXPORT_FORMATS, CallLogExport } from './call-log-export/call-log-export.js';
export { defineCallLogExport } from './call-log-export/define.js';
export { CallLogExportEvent, CallLogExportStartEvent } from './events/export-events.js';
