import { CallLogError, invalid } from '../errors/call-log-error.js';
import type { CallLog } from '../model/call-log.js';
import { directionFor } from '../model/party.js';
import { inRange, rangeOf, searchMatcher } from '../model/find.js';
import { checkFilter, type CallLogQuery } from '../model/query.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from './call-log-source.js';
import { wait } from './wait.js';

export interface MemoryCallLogSourceOptions {
  /** The signed-in user: `callDirection` filters are judged from this user's side, and a search never finds them. */
  viewerUid?: string;
}

// The direction a `callDirection` filter judges, from the model (an export's column says the same).
export { directionFor } from '../model/party.js';

/** Throws unless a `callDirection` filter comes with the viewer it is judged from. */
function checkViewer(query: CallLogQuery, viewerUid: string | undefined): void {
  if (query.callDirection !== undefined && viewerUid === undefined) {
    throw new CallLogError(
      'INVALID_ARGUMENT',
      "callDirection: a direction filter needs the viewer's uid; pass { viewerUid } to the source.",
    );
  }
}

/**
 * The test of the query's filters, made once for many calls (the search folded and the range read once); a search
 * does not look at the viewer's own name or id (see `searchedTexts`). Throws an
 * `INVALID_ARGUMENT` `CallLogError` when the query filters on `callDirection` and no `viewerUid` is given.
 */
export function queryMatcher(query: CallLogQuery, viewerUid?: string): (log: CallLog) => boolean {
  checkViewer(query, viewerUid);
  const matchesSearch = searchMatcher(query.search, viewerUid);
  const range = rangeOf(query.from, query.to);
  /** Whether the filter is unset or the call has the value it asks for. */
  const fits = <T>(wanted: T | undefined, actual: T | undefined): boolean => wanted === undefined || wanted === actual;
  return (log) => {
    const { receiver } = log;
    return (
      fits(query.callDirection, viewerUid === undefined ? undefined : directionFor(log, viewerUid)) &&
      fits(query.sessionType, log.type) &&
      fits(query.callStatus, log.status) &&
      fits(query.callCategory, log.callCategory) &&
      fits(query.hasRecording, log.hasRecording) &&
      // As the Calls API: the calls the user took part in, group calls through their participants included.
      (query.uid === undefined ||
        [log.initiator, receiver].some((entity) => entity.entityType === 'user' && entity.uid === query.uid) ||
        log.participantInfoList.some((participant) => participant.uid === query.uid)) &&
      fits(query.guid, receiver.entityType === 'group' ? receiver.guid : undefined) &&
      matchesSearch(log) &&
      inRange(log, range)
    );
  };
}

/**
 * True when the call matches every filter of the query. Throws an `INVALID_ARGUMENT` `CallLogError` when the query
 * filters on `callDirection` and no `viewerUid` is given.
 */
export function matchesQuery(log: CallLog, query: CallLogQuery, viewerUid?: string): boolean {
  return queryMatcher(query, viewerUid)(log);
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
  const perPage = checkFilter('limit', query.limit, 'query.limit');
  if (!Number.isInteger(page) || page < 1) throw invalid('page:', page, 'an integer from 1');
  const matching = items.filter(queryMatcher(query, viewerUid)).sort(newestFirst);
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
  const aborted = () => new CallLogError('ABORTED', 'The request was aborted.', { cause: signal?.reason });
  return wait(0, signal, aborted)
    .then(work)
    .catch((error: unknown) => {
      throw CallLogError.from(error, 'BAD_RESPONSE');
    });
}

/** Call logs held in memory, with the same filter, order and page semantics as the Calls API. */
export class MemoryCallLogSource implements CallLogSource {
  /** Searches and ranges are answered here, as a server that offers them would. */
  readonly capabilities = { search: true, dateRange: true } as const;
  readonly viewerUid: string | undefined;
  readonly #items: readonly CallLog[];

  /** Keeps its own sorted copy of `items`: later changes to the caller's array do not reach it. */
  constructor(items: readonly CallLog[], options: MemoryCallLogSourceOptions = {}) {
    this.#items = [...items].sort(newestFirst);
    this.viewerUid = options.viewerUid;
  }

  fetchPage(request: CallLogPageRequest): Promise<CallLogPage> {
    return later(request.signal, () => pageOf(this.#items, request.query, request.page, this.viewerUid));
  }

  fetchCall(sessionID: string, options: { signal: AbortSignal }): Promise<CallLog> {
    return later(options.signal, () => {
      const found = this.#items.find((log) => log.sessionID === sessionID);
      if (!found) throw new CallLogError('HTTP', `No call with session id ${JSON.stringify(sessionID)}`, { status: 404 });
      return found;
    });
  }
}
