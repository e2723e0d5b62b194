import { defineElement } from '../registration/define-element.js';
import { CallLogList } from './call-log-list.js';

/** Registers `CallLogList` as `tag` (default `call-log-list`); safe to call again, never throws. */
export function defineCallLogList(tag = 'call-log-list'): void {
  defineElement(tag, CallLogList);
}
