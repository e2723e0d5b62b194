// The script-tag bundles' entry (dist/call-log-elements.js, and dist/call-log-elements.iife.js made from the same
// modules, see build/bundles.mjs): registers `<call-log-list>` at once, and `<call-log-filter>` and
// `<call-log-export>` when the page first has one, each from a file beside the bundle, so a page with a list alone
// downloads neither. Exports the package entry's classes but theirs, which `loadCallLogFilter()` and
// `loadCallLogExport()` resolve with.
import { defineCallLogList } from '../call-log-list/define.js';
import { defineOnUse } from './define-on-use.js';

defineCallLogList();

/**
 * Loads and registers `<call-log-filter>` (once) and resolves with its class. The bundle does this by itself when the
 * document has the tag; call it for a filter placed in a shadow root, or to have the class.
 */
export const loadCallLogFilter = defineOnUse('call-log-filter', 'call-log-elements-filter.js', async () => {
  // The module the filter shares with the export is asked for at once, not once the filter's file has been read.
  const [filter] = await Promise.all([import('./filter.js'), import('../linking/list-link.js')]);
  filter.defineCallLogFilter();
  return filter.CallLogFilter;
});

/** Loads and registers `<call-log-export>` (once) and resolves with its class, as `loadCallLogFilter()` does. */
export const loadCallLogExport = defineOnUse('call-log-export', 'call-log-elements-export.js', async () => {
  const [element] = await Promise.all([import('./export.js'), import('../linking/list-link.js')]);
  element.defineCallLogExport();
  return element.CallLogExport;
});

export * from '../list-exports.js';
