// The script-tag bundles' entry (dist/call-log-elements.js, and dist/call-log-elements.iife.js made from the same
// modules, see build/bundles.mjs): registers `<call-log-list>` at once, and `<call-log-filter>` and
// `<call-log-export>` when the page first has one, each from a file beside the bundle, so a page with a list alone
// downloads neither. `<call-log-summary>` likewise. Exports the package entry's classes but theirs, which
// `loadCallLogFilter()`, `loadCallLogExport()` and `loadCallLogSummary()` resolve with.
import { defineCallLogList } from '../call-log-list/define.js';
import { defineOnUse } from './define-on-use.js';

defineCallLogList();

/**
 * An element's module, asked for together with the link to its list that each of them needs (not once the element's
 * module is read); resolves with the element's class, registered. Only that shared module is asked for so: a module
 * both imported and `import()`ed by files of their own needs the bundler's helper for its namespace, which would be a
 * file of its own that each of those waits on.
 */
const registeredWithLink = async <T>(element: Promise<{ register(): T }>): Promise<T> =>
  (await Promise.all([element, import('../linking/list-link.js')]))[0].register();

/**
 * Loads and registers `<call-log-filter>` (once) and resolves with its class. The bundle does this by itself when the
 * document has the tag; call it for a filter placed in a shadow root, or to have the class.
 */
export const loadCallLogFilter = defineOnUse('call-log-filter', 'call-log-elements-filter.js', () =>
  registeredWithLink(import('./filter.js')),
);

/** Loads and registers `<call-log-export>` (once) and resolves with its class, as `loadCallLogFilter()` does. */
export const loadCallLogExport = defineOnUse('call-log-export', 'call-log-elements-export.js', () =>
  registeredWithLink(import('./export.js')),
);

/** Loads and registers `<call-log-summary>` (once) and resolves with its class, as `loadCallLogFilter()` does. */
export const loadCallLogSummary = defineOnUse('call-log-summary', 'call-log-elements-summary.js', () =>
  registeredWithLink(import('./summary.js')),
);

export * from '../list-exports.js';
