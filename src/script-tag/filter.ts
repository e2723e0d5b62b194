// The filter element as the script-tag bundles load it, in a file of its own, when a page first has a
// `<call-log-filter>` (see index.ts).
export { CALL_LOG_FILTER_FIELDS, CallLogFilter, type CallLogFilterField } from '../call-log-filter/call-log-filter.js';
export { defineCallLogFilter } from '../call-log-filter/define.js';
