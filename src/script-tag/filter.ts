// The filter element as the script-tag bundles load it, in a file of its own, when a page first has a
// `<call-log-filter>` (see index.ts).
import { CallLogFilter } from '../call-log-filter/call-log-filter.js';
import { defineCallLogFilter } from '../call-log-filter/define.js';

export { CALL_LOG_FILTER_FIELDS, CallLogFilter, type CallLogFilterField } from '../call-log-filter/call-log-filter.js';
export { defineCallLogFilter } from '../call-log-filter/define.js';

/** Registers the element (once) and gives its class: what `loadCallLogFilter()` resolves with. */
export const register = (): typeof CallLogFilter => (defineCallLogFilter(), CallLogFilter);
