import type { CallDirection, CallLog } from '../model/call-log.js';
import type { CallLogQuery } from '../request/query.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from './call-log-source.js';

export interface MemoryCallLogSourceOptions {
  /** The signed-in user: `callDirection` filters are judged from this user's side. */
  viewerUid?: string;
}

/** The direction of a call from the viewer's side; undefined when the viewer took no part as initiator or receiver. */
export function directionFor(_log: CallLog, _viewerUid: string): CallDirection | undefined {
  throw new Error('not implemented yet');
}

/** True when the call matches every filter of the query. */
export function matchesQuery(_log: CallLog, _query: CallLogQuery, _viewerUid?: string): boolean {
  throw new Error('not implemented yet');
}

/** One page of the matching calls, newest first, with the pagination figures. */
export function pageOf(_items: readonly CallLog[], _query: CallLogQuery, _page: number, _viewerUid?: string): CallLogPage {
  throw new Error('not implemented yet');
}

/** Call logs held in memory, with the same filter, order and page semantics as the Calls API. */
export class MemoryCallLogSource implements CallLogSource {
  constructor(_items: readonly CallLog[], _options: MemoryCallLogSourceOptions = {}) {}

  fetchPage(_request: CallLogPageRequest): Promise<CallLogPage> {
    throw new Error('not implemented yet');
  }

  fetchCall(_sessionID: string, _options: { signal: AbortSignal }): Promise<CallLog> {
    throw new Error('not implemented yet');
  }
}
