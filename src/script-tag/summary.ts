// The summary element as the script-tag bundles load it, in a file of its own, when a page first has a
// `<call-log-summary>` (see index.ts).
import { CallLogSummary } from '../call-log-summary/call-log-summary.js';
import { defineCallLogSummary } from '../call-log-summary/define.js';

export { CallLogSummary } from '../call-log-summary/call-log-summary.js';
export { SUMMARY_PERIODS } from '../call-log-summary/periods.js';
export { defineCallLogSummary } from '../call-log-summary/define.js';
export { CallLogPeriodChangeEvent } from '../events/summary-events.js';

/** Registers the element (once) and gives its class: what `loadCallLogSummary()` resolves with. */
export const register = (): typeof CallLogSummary => (defineCallLogSummary(), CallLogSummary);
