// Which element fires which events: the one table of the package's events. An event's name is written once, as its
// class's `eventName`; the event maps here (`HTMLElementEventMap` included), the frameworks' handler props
// (src/types/) and the React wrappers' `on…` props (src/react/) are computed from this table. The element's `@fires`
// tag, which the manifest reads, is the only other place that names an event; the manifest test holds the two equal.
// Kept apart from the classes so the script-tag bundles, which export the classes, leave this table out.
import {
  CallLogCallBackEvent,
  CallLogErrorEvent,
  CallLogFilterChangeEvent,
  CallLogLoadEvent,
  CallLogRecordingOpenEvent,
  CallLogSelectEvent,
} from './call-log-events.js';
import { CallLogExportEvent, CallLogExportStartEvent } from './export-events.js';
import { CallLogPeriodChangeEvent } from './summary-events.js';

/** The events `<call-log-list>` fires, by class. */
export const CALL_LOG_LIST_EVENTS = [
  CallLogLoadEvent,
  CallLogErrorEvent,
  CallLogSelectEvent,
  CallLogCallBackEvent,
  CallLogRecordingOpenEvent,
  // From a row's "All calls with …", a person's change of the filters as the filter's own.
  CallLogFilterChangeEvent,
  // From `exportCalls()`, whether a page's code or a `<call-log-export>` button asked for the export.
  CallLogExportStartEvent,
  CallLogExportEvent,
] as const;

/** The events `<call-log-filter>` fires, by class. */
export const CALL_LOG_FILTER_EVENTS = [CallLogFilterChangeEvent] as const;

/** The events `<call-log-summary>` fires, by class. */
export const CALL_LOG_SUMMARY_EVENTS = [CallLogPeriodChangeEvent] as const;

/** A class of the package's events: the name it is fired under, and its instances. */
export interface CallLogEventClass {
  readonly eventName: string;
  readonly prototype: Event;
}

/** Events by name, from their classes: `{ 'call-log-select': CallLogSelectEvent, ... }`. */
export type EventMapOf<Classes extends readonly CallLogEventClass[]> = {
  [Class in Classes[number] as Class['eventName']]: Class['prototype'];
};

/** The events `<call-log-list>` fires, by name. */
export type CallLogListEventMap = EventMapOf<typeof CALL_LOG_LIST_EVENTS>;

/** The events `<call-log-filter>` fires, by name. */
export type CallLogFilterEventMap = EventMapOf<typeof CALL_LOG_FILTER_EVENTS>;

/** The events `<call-log-summary>` fires, by name. */
export type CallLogSummaryEventMap = EventMapOf<typeof CALL_LOG_SUMMARY_EVENTS>;

/** Every event of the elements, by name (each is also in `HTMLElementEventMap`). */
export interface CallLogElementsEventMap extends CallLogListEventMap, CallLogFilterEventMap, CallLogSummaryEventMap {}

declare global {
  // So `addEventListener('call-log-select', ...)` hands its listener a `CallLogSelectEvent`.
  interface HTMLElementEventMap extends CallLogListEventMap, CallLogFilterEventMap, CallLogSummaryEventMap {}
}
