import { CallLogError } from '../errors/call-log-error.js';
import type { CallDirection, CallLog } from '../model/call-log.js';
import { checkLimit, type CallLogQuery } from '../request/query.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from './call-log-source.js';

export interface MemoryCallLogSourceOptions {
  /** The signed-in user: `callDirection` filters are judged from this user's side. */
  viewerUid?: string;
}

/** The direction of a call from the viewer's side; undefined when the viewer took no part as initiator or receiver. */
export function directionFor(log: CallLog, viewerUid: string): CallDirection | undefined {
  const { initiator, receiver } = log;
  if (initiator.entityType === 'user' && initiator.uid === viewerUid) return 'outgoing';
  if (receiver.entityType === 'group' || receiver.uid === viewerUid) return 'incoming';
  return undefined;
}

function missingViewer(): CallLogError {
  return new CallLogError(
    'INVALID_ARGUMENT',
    'callDirection: a direction filter needs the viewer\'s uid, and this source was given none; pass { viewerUid } to the source.',
  );
}

/**
 * True when the call matches every filter of the query. Throws an `INVALID_ARGUMENT` `CallLogError` when the query
 * filters on `callDirection` and no `viewerUid` is given.
 */
export function matchesQuery(log: CallLog, query: CallLogQuery, viewerUid?: string): boolean {
  const { initiator, receiver } = log;
  const isUser = (uid: string): boolean =>
    (initiator.entityType === 'user' && initiator.uid === uid) || (receiver.entityType === 'user' && receiver.uid === uid);
  if (query.callDirection !== undefined) {
    if (viewerUid === undefined) throw missingViewer();
    if (directionFor(log, viewerUid) !== query.callDirection) return false;
  }
  return (
    (query.sessionType === undefined || log.type === query.sessionType) &&
    (query.callStatus === undefined || log.status === query.callStatus) &&
    (query.callCategory === undefined || log.callCategory === query.callCategory) &&
    (query.hasRecording === undefined || log.hasRecording === query.hasRecording) &&
    (query.uid === undefined || isUser(query.uid)) &&
    (query.guid === undefined || (receiver.entityType === 'group' && receiver.guid === query.guid))
  );
}

/** Newest first; calls started in the same second are ordered by session id, descending, so the order is total. */
function newestFirst(a: CallLog, b: CallLog): number {
  return b.initiatedAt - a.initiatedAt || (a.sessionID < b.sessionID ? 1 : a.sessionID > b.sessionID ? -1 : 0);
}

/**
 * One page of the matching calls, newest first, with the pagination figures. `page` is 1-based; a page past the
 * end has no items. Throws an `INVALID_ARGUMENT` `CallLogError` for a bad page or limit (a limit above `MAX_LIMIT`
 * is clamped to it, as the API does), or a `callDirection` filter without a `viewerUid`.
 */
export function pageOf(items: readonly CallLog[], query: CallLogQuery, page: number, viewerUid?: string): CallLogPage {
  const perPage = checkLimit(query.limit, 'query.limit');
  if (!Number.isInteger(page) || page < 1) {
    throw new CallLogError('INVALID_ARGUMENT', `page: ${String(page)} is not allowed; use an integer from 1.`);
  }
  if (query.callDirection !== undefined && viewerUid === undefined) throw missingViewer();
  const matching = items.filter((log) => matchesQuery(log, query, viewerUid)).sort(newestFirst);
  const pageItems = matching.slice((page - 1) * perPage, page * perPage);
  return {
    items: pageItems,
    pagination: {
      total: matching.length,
      count: pageItems.length,
      perPage,
      currentPage: page,
      totalPages: Math.ceil(matching.length / perPage),
    },
  };
}

/**
 * Settles on a later task, as a network answer would, with the result of `work`; rejects with an `ABORTED`
 * `CallLogError` when `signal` is or becomes aborted first.
 */
function later<T>(signal: AbortSignal | undefined, work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      clearTimeout(timer);
      reject(new CallLogError('ABORTED', 'The request was aborted.', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      try {
        resolve(work());
      } catch (error) {
        reject(CallLogError.from(error, 'BAD_RESPONSE'));
      }
    });
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Call logs held in memory, with the same filter, order and page semantics as the Calls API. */
export class MemoryCallLogSource implements CallLogSource {
  private readonly items: readonly CallLog[];
  private readonly viewerUid: string | undefined;

  /** Keeps its own sorted copy of `items`: later changes to the caller's array do not reach it. */
  constructor(items: readonly CallLog[], options: MemoryCallLogSourceOptions = {}) {
    this.items = [...items].sort(newestFirst);
    this.viewerUid = options.viewerUid;
  }

  fetchPage(request: CallLogPageRequest): Promise<CallLogPage> {
    return later(request.signal, () => pageOf(this.items, request.query, request.page, this.viewerUid));
  }

  fetchCall(sessionID: string, options: { signal: AbortSignal }): Promise<CallLog> {
    return later(options.signal, () => {
      const found = this.items.find((log) => log.sessionID === sessionID);
      if (!found) throw new CallLogError('HTTP', `No call with session id ${JSON.stringify(sessionID)}`, { status: 404 });
      return found;
    });
  }
}
