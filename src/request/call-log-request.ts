import { CallLogError } from '../errors/call-log-error.js';
import type { CallCategory, CallDirection, CallLog, CallStatus, CallType } from '../model/call-log.js';
import { inRange, placedAt, rangeOf, searchMatcher, type TimeRange } from '../model/find.js';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  QUERY_KEYS,
  checkRange,
  checkFilter,
  checkFilters,
  checkId,
  type CallLogFilters,
  type CallLogQuery,
} from '../model/query.js';
import { readCalls, type SkippedItem } from '../model/read-call.js';
import type { CallLogPage, CallLogSource } from '../sources/call-log-source.js';

export interface FetchOptions {
  /** Aborts this fetch; the page position then stays where it was. */
  signal?: AbortSignal;
}

/** The callback form of `fetchNext()`/`fetchPrevious()`, as the Calls SDK documents it. */
export interface FetchCallbacks extends FetchOptions {
  onSuccess(callLogs: CallLog[]): void;
  onError(error: CallLogError): void;
}

interface Read {
  items: CallLog[];
  skipped: SkippedItem[];
  pagination: CallLogPage['pagination'] | undefined;
}

interface InFlight {
  page: number;
  promise: Promise<CallLog[]>;
  signal: AbortSignal;
}

/**
 * A paged query for call logs, made by {@link CallLogRequestBuilder}. Page 1 holds the newest calls;
 * `fetchNext()` moves to older pages and `fetchPrevious()` back toward the newest.
 */
export class CallLogRequest {
  /** `CallLogRequest.CallLogRequestBuilder()` (with or without `new`), as in the Calls SDK. */
  static readonly CallLogRequestBuilder = function CallLogRequestBuilderFactory() {
    return new CallLogRequestBuilder();
  } as unknown as { (): CallLogRequestBuilder; new (): CallLogRequestBuilder };

  readonly #query: Readonly<CallLogQuery>;
  /** What the source is asked: without what it cannot narrow itself, at the page size the request reads. */
  readonly #sent: CallLogQuery;
  /** What the request narrows itself: the search the source cannot do, and the range (always checked). */
  readonly #search: string | undefined;
  readonly #matches: (call: CallLog) => boolean;
  readonly #range: TimeRange;
  /**
   * Whether the request narrows pages itself: a search the source cannot do, or a date range the source does not
   * declare (`CallLogSource.capabilities`). It then reads pages of 100, and a page may hold fewer calls than
   * `limit`, none at all, or more.
   */
  readonly filtersLocally: boolean;
  readonly #source: CallLogSource;
  readonly #authToken: string | undefined;
  #scanned = 0;
  #oldestRead: number | undefined;
  #requests = 0;
  #currentPage = 0;
  #totalPages: number | undefined;
  #total: number | undefined;
  #hasNext = true;
  #skipped: SkippedItem[] = [];
  #inFlight: InFlight | undefined;
  /**
   * Session ids of every call returned, so a page read again returns only the calls that slipped past. A list rather
   * than a set: a page is read again only when the history changed between two pages (then a set is made), and a set
   * of 10,000 ids held four times the memory.
   */
  readonly #returned: string[] = [];
  /** The first and last page whose calls were returned: the pages between were all read. */
  #pagesReturned: [number, number] | undefined;

  /** @internal Use `CallLogRequestBuilder.build()`. */
  constructor(query: CallLogQuery, source: CallLogSource, authToken?: string) {
    this.#query = Object.freeze({ ...query });
    this.#source = source;
    this.#authToken = authToken;
    const { search, from, to, ...sent } = query;
    const can = source.capabilities ?? {};
    this.#sent = sent;
    if (search !== undefined && can.search) this.#sent.search = search;
    else this.#search = search;
    if (can.dateRange) Object.assign(this.#sent, from === undefined ? {} : { from }, to === undefined ? {} : { to });
    this.#range = rangeOf(from, to);
    this.#matches = searchMatcher(this.#search, source.viewerUid);
    const { start, end } = this.#range;
    this.filtersLocally = this.#search !== undefined || (!can.dateRange && (start !== undefined || end !== undefined));
    // Narrowing pages itself, the request reads them as large as a source allows: fewer requests for the same calls.
    if (this.filtersLocally) this.#sent.limit = MAX_LIMIT;
  }

  // The page size and each filter, read-only, as the Calls SDK's request has them: getters made from the query's keys.
  declare readonly limit: number;
  declare readonly sessionType: CallType | undefined;
  declare readonly callStatus: CallStatus | undefined;
  declare readonly hasRecording: boolean | undefined;
  declare readonly callCategory: CallCategory | undefined;
  declare readonly callDirection: CallDirection | undefined;
  declare readonly uid: string | undefined;
  declare readonly guid: string | undefined;
  declare readonly search: string | undefined;
  declare readonly from: string | undefined;
  declare readonly to: string | undefined;
  static {
    for (const key of QUERY_KEYS) {
      Object.defineProperty(this.prototype, key, {
        get(this: CallLogRequest) {
          return this.#query[key];
        },
      });
    }
  }

  /** The whole query (page size and the filters that are set). */
  get query(): Readonly<CallLogQuery> {
    return this.#query;
  }
  get source(): CallLogSource {
    return this.#source;
  }

  /** The page last fetched; 0 before the first fetch. */
  get currentPage(): number {
    return this.#currentPage;
  }
  /** Pages in all, once a page told it and the source knows. */
  get totalPages(): number | undefined {
    return this.#totalPages;
  }
  /** Calls matching the query in all, once a page told it and the source knows. */
  get total(): number | undefined {
    return this.#total;
  }
  /** Whether `fetchNext()` may return more calls. True before the first fetch. */
  get hasNext(): boolean {
    return this.#hasNext;
  }
  /** Whether `fetchPrevious()` has a newer page to go back to. */
  get hasPrevious(): boolean {
    return this.#currentPage > 1;
  }
  /** Items the source could not read on the last page fetched (left out; the rest of the page was kept). */
  get skipped(): readonly SkippedItem[] {
    return this.#skipped;
  }
  /** Calls read from the source and looked through so far (pages skipped as wholly newer than `to` not counted). */
  get scanned(): number {
    return this.#scanned;
  }
  /** When the oldest call read so far was placed (Unix milliseconds), before narrowing; `undefined` before any. */
  get oldestRead(): number | undefined {
    return this.#oldestRead;
  }
  /** Requests sent to the source so far, each retry of a source counting as one. */
  get requests(): number {
    return this.#requests;
  }
  /** Whether a fetch is in flight. */
  get pending(): boolean {
    return this.#inFlight !== undefined;
  }

  /** The next (older) page. Resolves `[]` without a request after the last page. */
  fetchNext(options?: FetchOptions): Promise<CallLog[]>;
  fetchNext(callbacks: FetchCallbacks): void;
  fetchNext(options: FetchOptions | FetchCallbacks = {}): Promise<CallLog[]> | void {
    return this.#withCallbacks(options, this.#move(1, options.signal));
  }

  /** The previous (newer) page. Resolves `[]` without a request before any page or at the first page. */
  fetchPrevious(options?: FetchOptions): Promise<CallLog[]>;
  fetchPrevious(callbacks: FetchCallbacks): void;
  fetchPrevious(options: FetchOptions | FetchCallbacks = {}): Promise<CallLog[]> | void {
    return this.#withCallbacks(options, this.#move(-1, options.signal));
  }

  /** The next page (`step` 1) or the previous one (`step` -1), when there is one. */
  #move(step: 1 | -1, signal?: AbortSignal): Promise<CallLog[]> {
    const inFlight = this.#inFlight;
    // A second fetch for the page in flight gets that same promise: never two requests for one page. One already
    // aborted is not shared: the new fetch starts once it has settled.
    if (inFlight?.page === this.#currentPage + step && !inFlight.signal.aborted) return inFlight.promise;
    const run = () =>
      (step > 0 ? this.hasNext : this.hasPrevious) ? this.#fetchPage(this.#currentPage + step, signal) : [];
    // Moves run one at a time, so the position each one starts from is settled.
    return inFlight ? inFlight.promise.catch(() => undefined).then(run) : Promise.resolve(run());
  }

  #fetchPage(page: number, signal = new AbortController().signal): Promise<CallLog[]> {
    const promise = this.#read(page, signal).then((items) => this.#narrow(items));
    const entry: InFlight = { page, promise, signal };
    this.#inFlight = entry;
    const clear = () => {
      if (this.#inFlight === entry) this.#inFlight = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  /**
   * Reads `page` and what a change in the total says could have slipped past since the last read, then moves there.
   *
   * Pages are numbered, so page `p` covers positions `(p - 1) * limit` on of the matching calls as they are at the
   * time of the read. Between two reads, calls removed before that position move every later call up, and calls
   * added on top move them down. Reading on (`fetchNext`) toward page `p`: say `R` calls went and `A` came since
   * the read of page `p - 1`, which is all a source's total tells (`before - now = R - A`). Calls added move later
   * calls down and are only read again (a repeat, which a caller merges by session id); each call removed before
   * the position lets one unread call move up past it. So at most `R - A`, never more than the shrink of the total,
   * can have moved past the start of page `p`: the calls at the positions just before it. Those positions are
   * read again, and the calls not yet returned come first, older than any returned before and newer than page
   * `p`. A shrink larger than a page reads back over as many pages as it needs (up to every page read so far, when
   * the calls removed were all below the reading position: the total cannot tell where they were).
   *
   * Going back (`fetchPrevious`) toward page `p` is the mirror: calls removed only repeat calls already read, but each
   * call added before the position pushes one unread call down past the end of page `p`, onto the page just read.
   * A growth of the total is read again after page `p`, and the calls not yet returned come last.
   *
   * Without a total in the answer nothing shows that the window moved, and nothing is read again.
   */
  async #read(page: number, signal: AbortSignal): Promise<CallLog[]> {
    const before = this.#total;
    const from = this.#currentPage;
    let result: Read;
    if (from === 0 && this.#range.end !== undefined && !this.#source.capabilities?.dateRange) {
      [page, result] = await this.#seek(this.#range.end, signal);
    } else {
      result = await this.#request(page, signal);
    }
    const now = result.pagination?.total;
    const limit = this.#sent.limit;
    let first = 0;
    let last = 0;
    if (before !== undefined && now !== undefined && from > 0) {
      if (page > from && before > now) {
        // Positions [end - gap, end) of the pages read so far.
        const end = from * limit;
        first = Math.floor(Math.max(0, end - (before - now)) / limit) + 1;
        last = from;
      } else if (page < from && now > before) {
        // Positions [start, start + gap) after page `page`.
        const start = page * limit;
        first = page + 1;
        last = Math.ceil((start + (now - before)) / limit);
      }
    }
    const again: CallLog[] = [];
    for (let p = first; p > 0 && p <= last; p++) again.push(...(await this.#request(p, signal)).items);
    const slipped = this.#slipped(again, page > from, result.items);
    const items = page > from ? [...slipped, ...result.items] : [...result.items, ...slipped];
    this.#moveTo(page, result);
    // A page read before (paging back over it) returned its calls then: only those that slipped past are new.
    const [lowest, highest] = this.#pagesReturned ?? [page, page];
    const readBefore = this.#pagesReturned !== undefined && page >= lowest && page <= highest;
    this.#pagesReturned = [Math.min(lowest, page), Math.max(highest, page)];
    for (const call of readBefore ? slipped : items) this.#returned.push(call.sessionID);
    return items;
  }

  /**
   * The first page holding a call placed at or before `end`, and its number: the pages before it hold only newer
   * calls. Page 1 is read; when it is wholly newer and the number of pages is known, the page is found by bisection
   * over page numbers (the history is newest first), so a range deep in a history of `n` pages costs about
   * `log2(n) + 1` requests before its first calls. Without a count of pages, pages are read in turn.
   */
  async #seek(end: number, signal: AbortSignal): Promise<[number, Read]> {
    const newer = ({ items }: Read) => items.length > 0 && placedAt(items[items.length - 1]!) > end;
    const first = await this.#request(1, signal);
    const { total, totalPages } = first.pagination ?? {};
    const pages = totalPages ?? (total === undefined ? undefined : Math.ceil(total / this.#sent.limit));
    if (!newer(first) || pages === undefined || pages <= 1) return [1, first];
    let low = 2;
    let high = pages;
    let found: [number, Read] | undefined;
    let last: [number, Read] = [1, first];
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const read = await this.#request(middle, signal);
      last = [middle, read];
      if (newer(read)) low = middle + 1;
      else {
        found = last;
        high = middle - 1;
      }
    }
    // Every call is newer than `end`: the last page read stands for the end of the history.
    return found ?? last;
  }

  /**
   * The calls of a page the query asks for, of those read: those the search the source cannot do matches, within
   * the range. A call placed before the range's start ends the reading (the history is newest first).
   */
  #narrow(items: CallLog[]): CallLog[] {
    this.#scanned += items.length;
    const last = items[items.length - 1];
    if (last) this.#oldestRead = Math.min(this.#oldestRead ?? Infinity, placedAt(last));
    const { start, end } = this.#range;
    if (start === undefined && end === undefined && this.#search === undefined) return items;
    if (start !== undefined && items.some((call) => placedAt(call) < start)) this.#hasNext = false;
    return items.filter((call) => inRange(call, this.#range) && this.#matches(call));
  }

  /**
   * Of the calls read again, those that slipped past: reading on, the ones after the last call already returned
   * (any before it are newer, added on top since, and left to a check for new calls); going back, the ones before
   * the first call already returned. Each once, and none the page itself holds.
   */
  #slipped(again: CallLog[], onward: boolean, page: CallLog[]): CallLog[] {
    if (again.length === 0) return [];
    const returnedIds = new Set(this.#returned);
    const returned = again.map((call) => returnedIds.has(call.sessionID));
    const cut = onward ? returned.lastIndexOf(true) + 1 : returned.includes(true) ? returned.indexOf(true) : again.length;
    const seen = new Set(page.map((call) => call.sessionID));
    return (onward ? again.slice(cut) : again.slice(0, cut)).filter(
      (call) => !returnedIds.has(call.sessionID) && !seen.has(call.sessionID) && !!seen.add(call.sessionID),
    );
  }

  /** One page as the source answers it, read defensively; the position does not move. */
  async #request(page: number, signal: AbortSignal): Promise<Read> {
    let result: CallLogPage;
    try {
      signal.throwIfAborted();
      this.#requests++;
      result = await this.#source.fetchPage({
        query: { ...this.#sent },
        page,
        signal,
        ...(this.#authToken === undefined ? {} : { authToken: this.#authToken }),
      });
    } catch (error) {
      throw CallLogError.from(error, signal.aborted ? 'ABORTED' : 'NETWORK');
    }
    // A source that ignores the signal must not move the position after an abort either.
    if (signal.aborted) throw new CallLogError('ABORTED', 'The request was aborted.');
    // Each call is read again defensively (fields of the wrong type get safe defaults, absurd numbers are bounded),
    // so whatever a source returns, every call can be shown; an item without a session id is skipped.
    const calls: unknown[] = Array.isArray(result.items) ? result.items : [];
    const { items, skipped } = readCalls(calls, [...(result.skipped ?? [])]);
    return { items, skipped, pagination: result.pagination };
  }

  /** Moves the position to `page`, as its answer tells. */
  #moveTo(page: number, { items, skipped, pagination }: Read): void {
    this.#currentPage = page;
    this.#total = pagination?.total;
    this.#totalPages = pagination?.totalPages;
    // Without a count of pages, a short page marks the end.
    this.#hasNext =
      this.#totalPages === undefined ? items.length + skipped.length >= this.#sent.limit : page < this.#totalPages;
    this.#skipped = skipped;
  }

  #withCallbacks(options: FetchOptions | FetchCallbacks, promise: Promise<CallLog[]>): Promise<CallLog[]> | void {
    if (!('onSuccess' in options)) return promise;
    promise.then(
      (items) => options.onSuccess(items),
      (error: unknown) => options.onError(CallLogError.from(error)),
    );
  }

}

/**
 * Builds a {@link CallLogRequest}, as the Calls SDK's `CallLogRequestBuilder` does. Each setter checks its argument
 * and throws a `CallLogError` (`INVALID_ARGUMENT`) naming the setter, the value and what is allowed.
 *
 * ```ts
 * const request = new CallLogRequestBuilder().setLimit(30).setCallStatus('missed').setSource(source).build();
 * const calls = await request.fetchNext();
 * ```
 */
export class CallLogRequestBuilder {
  #query: CallLogQuery = { limit: DEFAULT_LIMIT };
  #authToken: string | undefined;
  #source: CallLogSource | undefined;

  /** Page size: an integer from 1; larger than 100 clamps to 100. Default 30. */
  setLimit(limit: number): this {
    return this.#set('limit', limit, 'setLimit');
  }
  setSessionType(type: CallType): this {
    return this.#set('sessionType', type, 'setSessionType');
  }
  /** The Calls SDK's other name for `setSessionType`. */
  setCallType(type: CallType): this {
    return this.#set('sessionType', type, 'setCallType');
  }
  setCallStatus(status: CallStatus): this {
    return this.#set('callStatus', status, 'setCallStatus');
  }
  setHasRecording(hasRecording: boolean): this {
    return this.#set('hasRecording', hasRecording, 'setHasRecording');
  }
  setCallCategory(category: CallCategory): this {
    return this.#set('callCategory', category, 'setCallCategory');
  }
  setCallDirection(direction: CallDirection): this {
    return this.#set('callDirection', direction, 'setCallDirection');
  }
  /** Calls with this user. */
  setUid(uid: string): this {
    return this.#set('uid', uid, 'setUid');
  }
  /** Calls in this group. */
  setGuid(guid: string): this {
    return this.#set('guid', guid, 'setGuid');
  }
  /**
   * Calls whose other party's, group's or participants' name or id contains `keyword`, case and accents ignored.
   * A source without search (`capabilities.search`; the Calls API has none) is read page after page and narrowed
   * here, leaving out the source's `viewerUid` (the user's own name would find every call). The name follows the
   * CometChat SDKs' other request builders.
   */
  setSearchKeyword(keyword: string): this {
    return this.#set('search', keyword, 'setSearchKeyword');
  }
  /** Calls placed at or after this moment: a `Date`, or an ISO 8601 date or date-time (in the page's time zone without an offset). */
  setFrom(from: Date | string): this {
    return this.#set('from', from, 'setFrom');
  }
  /** Calls placed at or before this moment: a `Date`, or an ISO 8601 date (its whole day) or date-time. */
  setTo(to: Date | string): this {
    return this.#set('to', to, 'setTo');
  }
  /** Sets every filter at once from an object keyed by the setters' names; absent keys are left unset. */
  setFilters(filters: CallLogFilters & { limit?: number }): this {
    this.#query = { limit: this.#query.limit, ...checkFilters(filters, 'setFilters') };
    return this;
  }
  /** The signed-in user's auth token, sent by the CometChat source. */
  setAuthToken(authToken: string): this {
    this.#authToken = checkId(authToken, 'setAuthToken');
    return this;
  }
  /** Where the call logs come from. */
  setSource(source: CallLogSource): this {
    if (!source || typeof (source as Partial<CallLogSource>).fetchPage !== 'function') {
      throw new CallLogError('INVALID_ARGUMENT', 'setSource: the source must be an object with a fetchPage() method.');
    }
    this.#source = source;
    return this;
  }

  /** Checks and sets one filter, or the page size; `setter` names the method in the error. */
  #set<K extends keyof CallLogQuery>(key: K, value: unknown, setter: string): this {
    this.#query[key] = checkFilter(key, value, setter);
    return this;
  }

  build(): CallLogRequest {
    if (!this.#source) {
      throw new CallLogError('INVALID_ARGUMENT', 'build: no source set; call setSource() with a CallLogSource.');
    }
    checkRange(this.#query, { from: 'setFrom', to: 'setTo' });
    return new CallLogRequest(this.#query, this.#source, this.#authToken);
  }
}
