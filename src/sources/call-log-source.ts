import type { CallLog } from '../model/call-log.js';
import type { CallLogQuery } from '../model/query.js';
import type { SkippedItem } from '../model/read-call.js';

export type { SkippedItem };

/** One page asked of a source. */
export interface CallLogPageRequest {
  query: CallLogQuery;
  /** 1-based page number; page 1 holds the newest calls. */
  page: number;
  /** Aborts the request; a source must reject with an `ABORTED` `CallLogError` when it fires. */
  signal: AbortSignal;
  /** The signed-in user's token, when the request carries one (see `CallLogRequestBuilder.setAuthToken`). */
  authToken?: string;
}

export interface CallLogPagination {
  /** Calls matching the query in all, when the source knows. */
  total?: number;
  /** Items on this page. */
  count: number;
  perPage: number;
  currentPage: number;
  /** Pages in all, when the source knows; without it a short page marks the end. */
  totalPages?: number;
}

export interface CallLogPage {
  /** Newest first. */
  items: CallLog[];
  pagination: CallLogPagination;
  skipped?: SkippedItem[];
}

export interface CallLogSourceCapabilities {
  /**
   * The source finds the calls a `search` matches (by the other party's, the group's or participants' names and ids,
   * never the signed-in user's own).
   */
  search?: boolean;
  /** The source returns only calls placed within `from` and `to`. */
  dateRange?: boolean;
}

/**
 * Where call logs come from. Implement it to serve call logs from your own backend:
 *
 * ```ts
 * const mySource: CallLogSource = {
 *   async fetchPage({ query, page, signal }) {
 *     const res = await fetch(`/my/calls?page=${page}&perPage=${query.limit}`, { signal });
 *     const body = await res.json();
 *     return { items: body.calls, pagination: { count: body.calls.length, perPage: query.limit, currentPage: page, total: body.total } };
 *   },
 * };
 * ```
 * Reject with a `CallLogError` so callers can switch on its `code`.
 */
export interface CallLogSource {
  /**
   * What the source narrows itself. A query's `search` is sent only to a source with `search`, and `from`/`to` only
   * to one with `dateRange`; otherwise the request reads pages of 100 and narrows them itself (see the README,
   * "Finding calls"). A call outside the range is never shown, whatever the source returns.
   */
  readonly capabilities?: CallLogSourceCapabilities;
  /**
   * The signed-in user whose calls the source serves, when it knows: a search the request narrows itself never finds
   * a call by this user's own name or id (they take part in every call).
   */
  readonly viewerUid?: string | undefined;
  fetchPage(request: CallLogPageRequest): Promise<CallLogPage>;
  /** One call's details, when the source offers them. */
  fetchCall?(sessionID: string, options: { signal: AbortSignal; authToken?: string }): Promise<CallLog>;
}
