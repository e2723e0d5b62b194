// The export element as the script-tag bundles load it, in a file of its own, when a page first has a
// `<call-log-export>` (see index.ts).
export { CALL_LOG_EXPORT_FORMATS, CallLogExport } from '../call-log-export/call-log-export.js';
export { defineCallLogExport } from '../call-log-export/define.js';
