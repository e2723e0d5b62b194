import { defineElement } from '../registration/define-element.js';
import { CallLogExport } from './call-log-export.js';

/** Registers `CallLogExport` as `tag` (default `call-log-export`); safe to call again, never throws. */
export function defineCallLogExport(tag = 'call-log-export'): void {
  defineElement(tag, CallLogExport);
}
