import { defineElement } from '../registration/define-element.js';
import { CallLogFilter } from './call-log-filter.js';

/** Registers `CallLogFilter` as `tag` (default `call-log-filter`); safe to call again, never throws. */
export function defineCallLogFilter(tag = 'call-log-filter'): void {
  defineElement(tag, CallLogFilter);
}
