import type { CallLogError } from '../errors/call-log-error.js';
import type { CallEntity, CallLog, CallRecording, CallType } from '../model/call-log.js';
import type { CallLogFilters } from '../model/query.js';

const bubbling = { bubbles: true, composed: true } as const;

export interface CallLogLoadDetail {
  /** The calls of the page just shown. */
  items: CallLog[];
  page: number;
  /** Calls matching the filters in all, when the source knows (absent when the list narrows pages itself). */
  total: number | undefined;
  hasMore: boolean;
  /**
   * Calls looked through so far, when the list narrows pages itself (a search or date range the source cannot do):
   * the progress of a search.
   */
  searched?: number;
}

/** Fired after each page of calls is shown. */
export class CallLogLoadEvent extends Event {
  static readonly eventName = 'call-log-load';
  readonly detail: CallLogLoadDetail;
  constructor(detail: CallLogLoadDetail) {
    super(CallLogLoadEvent.eventName, bubbling);
    this.detail = detail;
  }
}

/** Fired when loading fails or the configuration is not valid. */
export class CallLogErrorEvent extends Event {
  static readonly eventName = 'call-log-error';
  readonly detail: { error: CallLogError };
  constructor(error: CallLogError) {
    super(CallLogErrorEvent.eventName, bubbling);
    this.detail = { error };
  }
}

/** Fired when a person activates a row (click or Enter). */
export class CallLogSelectEvent extends Event {
  static readonly eventName = 'call-log-select';
  readonly detail: { callLog: CallLog };
  constructor(callLog: CallLog) {
    super(CallLogSelectEvent.eventName, bubbling);
    this.detail = { callLog };
  }
}

export interface CallLogCallBackDetail {
  callLog: CallLog;
  type: CallType;
  /** Whom to call: the other party of the call, a user or a group. */
  target: CallEntity;
}

/** Fired by a row's call-back buttons; the page starts the call. */
export class CallLogCallBackEvent extends Event {
  static readonly eventName = 'call-log-call-back';
  readonly detail: CallLogCallBackDetail;
  constructor(detail: CallLogCallBackDetail) {
    super(CallLogCallBackEvent.eventName, bubbling);
    this.detail = detail;
  }
}

/** Fired before a recording opens; cancel it to play the recording in the page's own player. */
export class CallLogRecordingOpenEvent extends Event {
  static readonly eventName = 'call-log-recording-open';
  readonly detail: { callLog: CallLog; recording: CallRecording };
  constructor(callLog: CallLog, recording: CallRecording) {
    super(CallLogRecordingOpenEvent.eventName, { ...bubbling, cancelable: true });
    this.detail = { callLog, recording };
  }
}

/** Fired when a person changes the filters; cancel it to leave the linked list as it is. */
export class CallLogFilterChangeEvent extends Event {
  static readonly eventName = 'call-log-filter-change';
  readonly detail: { filters: CallLogFilters };
  constructor(filters: CallLogFilters) {
    super(CallLogFilterChangeEvent.eventName, { ...bubbling, cancelable: true });
    this.detail = { filters };
  }
}

/** The file formats a list exports to: CSV for spreadsheets, JSON Lines (one call per line) for scripts. */
export type CallLogExportFormat = 'csv' | 'jsonl';
