import { CallLogList } from './call-log-list.js';

/**
 * Registers `<call-log-list>` (or another tag name). Safe to call again: a second load of the script, or the module
 * and the classic script on one page, leaves the first registration in place and at most warns.
 */
export function defineCallLogList(tag = 'call-log-list'): void {
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, CallLogList);
  else if (existing !== CallLogList) console.warn(`<${tag}> is already defined by another script; keeping that one.`);
}
