import type { CallLogFilters } from '../model/query.js';
import type { CallLogExportFormat } from './call-log-events.js';

// The events of an export, in a module of their own: the script-tag bundles keep them in the file loaded with the
// export (a page that never exports does not download them).

const bubbling = { bubbles: true, composed: true } as const;

/**
 * Fired by a list before it reads the calls of an export (`exportCalls()`, or a `<call-log-export>` button); cancel
 * it to export nothing.
 */
export class CallLogExportStartEvent extends Event {
  static readonly eventName = 'call-log-export-start';
  readonly detail: { format: CallLogExportFormat; filters: CallLogFilters };
  constructor(format: CallLogExportFormat, filters: CallLogFilters) {
    super(CallLogExportStartEvent.eventName, { ...bubbling, cancelable: true });
    this.detail = { format, filters };
  }
}

/**
 * Fired by a list once an export's file is built, before it is saved; cancel it to keep the file from being
 * downloaded and use `detail.file` (a `Blob`) yourself, such as sending it to a server.
 */
export class CallLogExportEvent extends Event {
  static readonly eventName = 'call-log-export';
  readonly detail: { format: CallLogExportFormat; file: Blob; fileName: string; count: number };
  constructor(detail: CallLogExportEvent['detail']) {
    super(CallLogExportEvent.eventName, { ...bubbling, cancelable: true });
    this.detail = detail;
  }
}
