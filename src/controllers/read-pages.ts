import { CallLogError } from '../errors/call-log-error.js';
import type { CallLog } from '../model/call-log.js';
import { MAX_LIMIT, checkFilters, type CallLogFilters } from '../model/query.js';
import { CallLogRequest } from '../request/call-log-request.js';
import { fetchNextRenewing, type RenewAuth } from '../request/fetch-renewing.js';
import type { CallLogSource } from '../sources/call-log-source.js';
import type { CallLogController } from './call-log-controller.js';

// Every call a query matches, page after page: what an export writes and a summary adds up. It reads through a
// request of its own, so the pages a list has shown, and where its paging stands, are left as they are. Only what
// reads every call imports it (the export, the summary), so the script-tag bundles keep it in a file of its own that
// those share.

/** How far a reading has come, after each page. */
export interface ReadProgress {
  /** The calls of the page just read that match the query, each call once over the whole reading. */
  calls: readonly CallLog[];
  /** Calls read so far, this page's included. */
  read: number;
  /** Calls matching the query in all, when the source says and it narrows the calls itself. */
  total?: number;
  /** Calls looked through so far: more than `read` while the calls are narrowed here (a search the source cannot do). */
  scanned: number;
  /**
   * Calls the source holds for what it is asked, before they are narrowed here, when it says: the most a reading
   * looks through (it stops sooner at the start of a date range).
   */
  sourceTotal?: number;
}

export interface ReadOptions {
  /** Stops the reading: no request is sent after it fires, and the reading rejects with an `ABORTED` `CallLogError`. */
  signal?: AbortSignal;
  /** Called after each page, before the next is asked for. */
  onPage?(progress: ReadProgress): void;
}

export interface ReadAllOptions extends ReadOptions {
  /** Called once when a page is refused with `AUTH` (see {@link RenewAuth}). */
  renewAuth?: RenewAuth;
  /** Asks for the next page of a request instead, renewal included (a controller's `fetchNextPage`). */
  fetchNextPage?(request: CallLogRequest, signal: AbortSignal): Promise<CallLog[]>;
}

/** A task for the page to render and handle input in between: `scheduler.yield()` where there is one, else a timer. */
function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?(): Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * The calls `source` holds for `filters` (any `limit` is ignored), page after page at the largest page size
 * (`MAX_LIMIT`), each call once, newest first, to the end of the history: unlike a list's load, a search or range
 * narrowed here does not pause after ten pages. Rejects with a `CallLogError` (`INVALID_ARGUMENT` for bad filters).
 */
export async function* readPages(
  source: CallLogSource,
  filters: CallLogFilters,
  { signal = new AbortController().signal, onPage, renewAuth, fetchNextPage }: ReadAllOptions = {},
): AsyncGenerator<CallLog[], void, undefined> {
  const request = new CallLogRequest({ ...checkFilters(filters), limit: MAX_LIMIT }, source);
  // A call added on top while reading moves the later ones down a place: the one at a page's end comes again at the
  // next page's start. The request says so only for calls removed (it reads back over them), so repeats end here.
  const seen = new Set<string>();
  let read = 0;
  while (request.hasNext) {
    if (signal.aborted) throw new CallLogError('ABORTED', 'The reading was aborted.', { cause: signal.reason });
    const page = await (fetchNextPage ? fetchNextPage(request, signal) : fetchNextRenewing(request, signal, renewAuth));
    const calls = page.filter((call) => !seen.has(call.sessionID) && !!seen.add(call.sessionID));
    read += calls.length;
    const total = request.total;
    onPage?.({
      calls,
      read,
      scanned: request.scanned,
      ...(total !== undefined && (request.filtersLocally ? { sourceTotal: total } : { total, sourceTotal: total })),
    });
    yield calls;
    if (request.hasNext) await yieldToPage();
  }
}

/** Every page's calls in one list, in order. */
export async function collectPages(pages: AsyncIterable<readonly CallLog[]>): Promise<CallLog[]> {
  const calls: CallLog[] = [];
  for await (const page of pages) calls.push(...page);
  return calls;
}

/** Every call `source` holds for `filters`, as {@link readPages} reads them. */
export function readAll(source: CallLogSource, filters: CallLogFilters, options?: ReadAllOptions): Promise<CallLog[]> {
  return collectPages(readPages(source, filters, options));
}

/**
 * Every call matching `controller`'s filters (or `filters`, such as a summary's narrowed to its period), page by page
 * (pages of 100), from its source, each page asked for as the controller asks for its own (an expired token renewed
 * the same way). Filters or a source set meanwhile do not change the reading. Rejects with the controller's
 * configuration error, if any, or one saying it has no source.
 */
export async function* readCalls(
  controller: CallLogController,
  { filters = controller.filters, ...options }: ReadOptions & { filters?: CallLogFilters } = {},
): AsyncGenerator<CallLog[], void, undefined> {
  const { source, error } = controller;
  if (error?.code === 'INVALID_CONFIG') throw error;
  if (!source) throw new CallLogError('INVALID_CONFIG', 'No source is set: there are no calls to read.');
  yield* readPages(source, filters, { ...options, fetchNextPage: (request, signal) => controller.fetchNextPage(request, signal) });
}
