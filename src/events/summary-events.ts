// The events of `<call-log-summary>`, in a module of their own: the script-tag bundles keep them in the file loaded
// with the summary.

/**
 * What a `<call-log-summary>` counts: all time, today, this week (from the day the language's week starts on), this
 * month, or the range of its `from` and `to`.
 */
export type SummaryPeriod = 'all' | 'today' | 'week' | 'month' | 'range';

/** Fired by a summary when a person picks another period in its select (not when the `period` property is set). */
export class CallLogPeriodChangeEvent extends Event {
  static readonly eventName = 'call-log-period-change';
  readonly detail: { period: SummaryPeriod };
  constructor(period: SummaryPeriod) {
    super(CallLogPeriodChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { period };
  }
}
