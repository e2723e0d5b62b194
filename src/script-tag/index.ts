// The script-tag bundles' entry (dist/call-log-elements.js, and dist/call-log-elements.iife.js made from the same
// modules, see build/bundles.mjs): registers `<call-log-list>` at once and `<call-log-filter>` when the page first has one, from a
// file beside the bundle, so a page with a list alone does not download the filter. Exports the package entry's
// classes but the filter's, which `loadCallLogFilter()` resolves with.
import { defineCallLogList } from '../call-log-list/define.js';
import { defineOnUse } from './define-on-use.js';

defineCallLogList();

/**
 * Loads and registers `<call-log-filter>` (once) and resolves with its class. The bundle does this by itself when the
 * document has the tag; call it for a filter placed in a shadow root, or to have the class.
 */
export const loadCallLogFilter = defineOnUse('call-log-filter', 'call-log-elements-filter.js', async () => {
  const filter = await import('./filter.js');
  filter.defineCallLogFilter();
  return filter.CallLogFilter;
});

export * from '../list-exports.js';
