import { defineElement } from '../registration/define-element.js';
import { CallLogSummary } from './call-log-summary.js';

/** Registers `CallLogSummary` as `tag` (default `call-log-summary`); safe to call again, never throws. */
export function defineCallLogSummary(tag = 'call-log-summary'): void {
  defineElement(tag, CallLogSummary);
}
