// The export element as the script-tag bundles load it, in a file of its own, when a page first has a
// `<call-log-export>` (see index.ts).
import { CallLogExport } from '../call-log-export/call-log-export.js';
import { defineCallLogExport } from '../call-log-export/define.js';

export { CALL_LOG_EXPORT_FORMATS, CallLogExport } from '../call-log-export/call-log-export.js';
export { defineCallLogExport } from '../call-log-export/define.js';

/** Registers the element (once) and gives its class: what `loadCallLogExport()` resolves with. */
export const register = (): typeof CallLogExport => (defineCallLogExport(), CallLogExport);
