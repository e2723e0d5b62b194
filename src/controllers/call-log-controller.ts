import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CallLogError } from '../errors/call-log-error.js';
import type { CallLogLoadDetail } from '../events/call-log-events.js';
import type { CallLog } from '../model/call-log.js';
import { placedAt } from '../model/find.js';
import { DEFAULT_LIMIT, checkFilters, sameQuery, type CallLogFilters, type CallLogQuery } from '../model/query.js';
import { CallLogRequest } from '../request/call-log-request.js';
import { fetchNextRenewing } from '../request/fetch-renewing.js';
import type { CallLogSource } from '../sources/call-log-source.js';
import { RefreshSchedule } from './refresh-schedule.js';

/**
 * - `idle`: nothing to load yet (no source).
 * - `loading`: a page is on its way.
 * - `ready`: calls are shown and more pages exist.
 * - `complete`: every page is in.
 * - `error`: loading failed, or the configuration is not valid (see `error`).
 */
export type CallLogStatus = 'idle' | 'loading' | 'ready' | 'complete' | 'error';

export interface CallLogControllerConfig {
  /** Called when a page has been merged into `items`. */
  onLoad?(detail: CallLogLoadDetail): void;
  /** Called when loading fails, or a configuration error is set. */
  onError?(error: CallLogError): void;
  /** Called when a check for new calls put calls at the top. */
  onNewCalls?(calls: CallLog[]): void;
  /**
   * Called once when loading a page fails with `AUTH`: resolve `true` once a fresh token is in place and the page
   * is asked for once more; `false` (or a rejection) lets the `AUTH` error stand.
   */
  renewAuth?(signal: AbortSignal): Promise<boolean>;
  /** Called when the browser goes offline (`true`) or back online (`false`) while the host is connected. */
  onOfflineChange?(offline: boolean): void;
}

/** Most pages a check for new calls reads before it meets a call already shown. */
const MAX_REFRESH_PAGES = 10;

/**
 * Most pages one load reads while the request narrows pages itself (a search or range the source cannot do) and
 * finds fewer calls than the page size: 10 pages of 100, a thousand calls. It then pauses until a person asks for
 * more, so a search for a name that is not there never reads a whole long history unasked.
 */
export const SEARCH_PAGES = 10;

interface PageResult {
  request: CallLogRequest;
  items: CallLog[];
}

/** What a request loaded, kept to show at once when a person goes back to its source and filters. */
type Snapshot = PageResult;

/** How many recent filter sets keep their rows. */
const RECENT_QUERIES = 4;

/**
 * The state of one call history: a source, the filters, the calls loaded so far (newest first, each session once)
 * and the loading status. `<call-log-list>` owns one; `<call-log-filter>` drives the one of the list it is linked to.
 *
 * Pages load through a `@lit/task` `Task`: a new run aborts the one in flight, and a result that arrives for
 * filters no longer current is dropped.
 */
export class CallLogController implements ReactiveController {
  readonly host: ReactiveControllerHost;

  readonly #config: CallLogControllerConfig;
  readonly #task: Task<[CallLogRequest | undefined], PageResult>;
  readonly #listeners = new Set<() => void>();
  readonly #latestListeners = new Set<(calls: readonly CallLog[]) => void>();
  #source: CallLogSource | undefined;
  #query: CallLogQuery = { limit: DEFAULT_LIMIT };
  #request: CallLogRequest | undefined;
  /**
   * The calls shown. Which ids they hold is made into a set only while calls just read are sorted out against them:
   * that happens once a page, which already copies the list, and a set kept of 10,000 ids held a seventh of the
   * list's memory.
   */
  #items: CallLog[] = [];
  #configError: CallLogError | undefined;
  #refreshInterval = 0;
  readonly #schedule: RefreshSchedule;
  /** Why the last check for new calls failed, until one succeeds or the rows load afresh. */
  #checkError: CallLogError | undefined;
  #refreshAbort: AbortController | undefined;
  // A page load and a check for new calls take turns, so that two requests for the same page are never in flight.
  /** The page load in flight; it settles however it ends, an abort included. */
  #loading: Promise<unknown> | undefined;
  /** The check for new calls in flight, and the one asked for meanwhile. */
  #refreshing: Promise<void> | undefined;
  #nextCheck: Promise<void> | undefined;
  #connected = false;
  #interrupted = false;
  #shifts = 0;
  /** Newest first. */
  #recent: Snapshot[] = [];
  /** A load that narrows pages itself stopped before the end: at `SEARCH_PAGES`, or a person's `stop()`. */
  #paused = false;

  constructor(host: ReactiveControllerHost, config: CallLogControllerConfig = {}) {
    (this.host = host).addController(this);
    this.#config = config;
    this.#schedule = new RefreshSchedule(host, {
      seconds: () => this.#refreshInterval,
      refresh: () => void this.refresh(),
      onOfflineChange: (offline) => this.#config.onOfflineChange?.(offline),
    });
    this.#task = new Task<[CallLogRequest | undefined], PageResult>(host, {
      autoRun: false,
      // Running with no request is how a load is cancelled: the run in flight is aborted and its result dropped.
      task: ([request], { signal }) => {
        if (!request) return initialState;
        const loading = this.#load(request, signal)
          .finally(() => {
            if (this.#loading === loading) this.#loading = undefined;
          });
        return (this.#loading = loading);
      },
      onComplete: (result) => this.#merge(result),
      onError: (error) => this.#config.onError?.(CallLogError.from(error)),
    });
  }

  // Reactive controller lifecycle

  hostConnected(): void {
    this.#connected = true;
    globalThis.addEventListener?.('online', this.#onOnline);
    // Resume a load that disconnecting interrupted.
    if (this.#interrupted) {
      this.#interrupted = false;
      this.#run();
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.#refreshAbort?.abort();
    if (this.#task.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.#cancel();
    }
  }

  // Read-only state

  get source(): CallLogSource | undefined {
    return this.#source;
  }
  /** The current filters, keyed by the builder's names, with the page size; unset filters are absent. */
  get filters(): CallLogFilters & { limit: number } {
    return { ...this.#query };
  }
  /** Every loaded call, newest first. */
  get items(): readonly CallLog[] {
    return this.#items;
  }
  get status(): CallLogStatus {
    const status = this.#task.status;
    if (this.#configError || status === TaskStatus.ERROR) return 'error';
    if (status === TaskStatus.PENDING) return 'loading';
    if (status === TaskStatus.INITIAL) {
      if (this.#interrupted) return 'loading';
      // Rows restored for filters used a moment ago stand without a run of their own; a search paused before it
      // found any has more to read.
      if (!this.#request || (this.#items.length === 0 && !this.#paused)) return 'idle';
    }
    return this.hasMore ? 'ready' : 'complete';
  }
  get error(): CallLogError | undefined {
    return (
      this.#configError ?? (this.#task.status === TaskStatus.ERROR ? CallLogError.from(this.#task.error) : undefined)
    );
  }
  /** Whether more (older) pages exist. */
  get hasMore(): boolean {
    return this.#request?.hasNext ?? false;
  }
  /** The last page loaded; 0 before the first. */
  get page(): number {
    return this.#request?.currentPage ?? 0;
  }
  /** Calls matching the filters in all, when the source knows (not while the list narrows pages itself). */
  get total(): number | undefined {
    return this.#request?.filtersLocally ? undefined : this.#request?.total;
  }
  /**
   * Whether the calls are narrowed here rather than by the source: a search the source cannot do, or a date range
   * (see `CallLogRequest.filtersLocally`). Loads then read on until they find a page's worth, up to `SEARCH_PAGES`.
   */
  get searching(): boolean {
    return this.#request?.filtersLocally ?? false;
  }
  /** Calls looked through so far for the current filters. */
  get scanned(): number {
    return this.#request?.scanned ?? 0;
  }
  /** Whether a search stopped before the end of the history (at `SEARCH_PAGES`, or by `stop()`); `loadMore()` goes on. */
  get paused(): boolean {
    return this.#paused && this.hasMore && this.#task.status !== TaskStatus.PENDING;
  }
  /**
   * Why the last check for new calls failed (the rows shown stay, and may be out of date), until a check succeeds
   * or the rows load afresh.
   */
  get checkError(): CallLogError | undefined {
    return this.#checkError;
  }
  /** Whether the browser is offline: no check for new calls runs, and the rows may be out of date. */
  get offline(): boolean {
    return this.#schedule.offline;
  }
  /**
   * How often a page came back overlapping the calls already loaded: calls were added at the top while paging, so
   * the pages' offsets moved. Each time, the repeated calls are kept once and the new ones are fetched at the top.
   */
  get shiftsDetected(): number {
    return this.#shifts;
  }

  // Public methods

  /** Uses a new source: what was loaded is cleared and the first page loads. `undefined` stops loading. */
  setSource(source: CallLogSource | undefined): void {
    this.configure(source, this.#query);
  }

  /**
   * Applies new filters (and page size). Throws a `CallLogError` for a bad value. Filters equal to the current
   * ones change nothing; others abort the request in flight and load the first page.
   */
  setFilters(filters: CallLogFilters & { limit?: number }): void {
    this.configure(this.#source, filters);
  }

  /**
   * Sets the source and the filters together (and clears a configuration error), loading the first page once
   * when anything changed.
   */
  configure(source: CallLogSource | undefined, filters: CallLogFilters & { limit?: number }): void {
    const query: CallLogQuery = { limit: DEFAULT_LIMIT, ...checkFilters(filters) };
    const queryChanged = !sameQuery(query, this.#query);
    const recovered = !!this.#configError;
    if (!queryChanged && source === this.#source && !recovered) return;
    this.#configError = undefined;
    this.#source = source;
    if (queryChanged) this.#query = query;
    if (queryChanged || recovered) for (const listener of this.#listeners) listener();
    this.#reset();
  }

  /** Puts the controller in a configuration error: nothing loads until the next `configure()`. */
  setConfigError(error: CallLogError): void {
    const changed = error.message !== this.#configError?.message;
    this.#configError = error;
    this.#cancel();
    this.#refreshAbort?.abort();
    this.#items = [];
    this.#request = undefined;
    this.host.requestUpdate();
    if (changed) this.#config.onError?.(error);
    // Even with the same error, the host's settings may have changed: a linked filter shows them.
    for (const listener of this.#listeners) listener();
  }

  /** Loads the next (older) page, unless one is loading or every page is in. */
  loadMore(): void {
    if (this.status !== 'ready') return;
    if (this.#afterCheck(() => this.loadMore())) return;
    this.#run();
  }

  /**
   * Stops a search in flight (see `searching`): the calls found so far stay, and `loadMore()` goes on from where it
   * stopped. Nothing else is stopped.
   */
  stop(): void {
    if (!this.searching || this.#task.status !== TaskStatus.PENDING) return;
    this.#paused = true;
    this.#cancel();
    this.host.requestUpdate();
  }

  /** Asks again for the page that failed. */
  retry(): void {
    if (this.#configError || !this.#source) return;
    if (!this.#request) this.#reset();
    else if (this.#task.status === TaskStatus.ERROR && !this.#afterCheck(() => this.retry())) this.#run();
  }

  /**
   * Checks for calls that arrived since the first page loaded and puts them at the top, reading pages from the
   * newest until one holds a call already shown; calls already shown are updated in place and none is removed.
   * Before anything has loaded, it loads the first page. When more than 10 pages are new, the history is loaded
   * afresh, since the calls in between could not be placed.
   */
  async refresh(): Promise<void> {
    if (this.#configError || !this.#source) return;
    if (!this.#request || this.#items.length === 0) {
      if (this.#task.status !== TaskStatus.PENDING) this.#reset();
      return;
    }
    // A check already on its way may have read the newest page before this call: one more follows it, shared by
    // every call made meanwhile.
    if (this.#refreshing) {
      return (this.#nextCheck ??= this.#refreshing.then(() => {
        this.#nextCheck = undefined;
        return this.refresh();
      }));
    }
    const checked = this.#checkNewCalls().finally(() => {
      if (this.#refreshing === checked) this.#refreshing = undefined;
    });
    this.#refreshing = checked;
    return checked;
  }

  /** Reads pages from the newest until one holds a call already shown; see `refresh()`. */
  async #checkNewCalls(): Promise<void> {
    const shown = this.#request;
    // A page on its way may be one the check reads: it finishes first.
    while (this.#loading) await this.#loading.catch(() => undefined);
    // Nothing to check if the host left, or other filters or another source came meanwhile.
    if (!this.#connected || !shown || shown !== this.#request || this.#items.length === 0) return;
    const abort = (this.#refreshAbort = new AbortController());
    const request = new CallLogRequest(shown.query, shown.source);
    const latest: CallLog[] = [];
    let met = false;
    try {
      for (let page = 0; page < MAX_REFRESH_PAGES && !met && request.hasNext; page++) {
        // An expired token is renewed here too, or new calls would stop coming without a word.
        const calls = await this.fetchNextPage(request, abort.signal);
        latest.push(...calls);
        // Narrowed here, a page may hold none of the calls shown: reaching the time of the newest one is meeting it.
        const newest = this.#items[0];
        const shownIds = this.#shownIds();
        met =
          calls.some((call) => shownIds.has(call.sessionID)) ||
          (newest !== undefined && request.oldestRead !== undefined && request.oldestRead <= placedAt(newest));
      }
    } catch (error) {
      // A failed background check keeps the rows shown, says quietly that they may be out of date, and the next
      // check tries again. One stopped on purpose (a person's load, new filters, removal) failed at nothing.
      if (!abort.signal.aborted) this.#setCheckError(CallLogError.from(error));
      return;
    }
    // Drop the answer if the host left, or the filters or the source changed, while it was on its way: each of
    // those aborts the check.
    if (abort.signal.aborted) return;
    this.#setCheckError(undefined);
    if (!met && request.hasNext) this.#reset(false);
    else this.#mergeLatest(latest);
  }

  /**
   * The next page of `request`, as the controller asks for its own: when it is refused with `AUTH`, the host renews
   * the token once (`renewAuth`) and it is asked for again. What reads every call (`readCalls()`) pages so.
   */
  fetchNextPage(request: CallLogRequest, signal: AbortSignal): Promise<CallLog[]> {
    return fetchNextRenewing(request, signal, this.#config.renewAuth);
  }

  /** Seconds between checks for new calls; 0 turns them off. */
  setRefreshInterval(seconds: number): void {
    if (seconds === this.#refreshInterval) return;
    this.#refreshInterval = seconds;
    this.#schedule.sync();
  }

  /**
   * Calls `listener` whenever the filters change, whoever changed them, and whenever a configuration error is set
   * or cleared; returns the function that stops it.
   */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Calls `listener` with the calls each check for new calls put at the top or updated in place (a call that has
   * since ended), so what sums the calls up can follow without reading them all again; returns the function that
   * stops it.
   */
  subscribeLatest(listener: (calls: readonly CallLog[]) => void): () => void {
    this.#latestListeners.add(listener);
    return () => this.#latestListeners.delete(listener);
  }

  // Private helpers

  /** Clears the rows and loads the first page; `reuse` lets rows kept for these filters stand in at once. */
  #reset(reuse = true): void {
    this.#refreshAbort?.abort();
    this.#checkError = undefined;
    if (reuse) this.#remember();
    else this.#takeKept(this.#source, this.#query);
    this.#items = [];
    this.#interrupted = false;
    if (this.#configError || !this.#source) {
      this.#request = undefined;
      this.#cancel();
      return;
    }
    if (reuse && this.#restore()) return;
    this.#request = new CallLogRequest(this.#query, this.#source);
    this.#run();
  }

  /** Keeps what the current filters loaded, so going back to them shows it at once. */
  #remember(): void {
    const request = this.#request;
    if (!request || this.#items.length === 0) return;
    this.#takeKept(request.source, request.query);
    this.#recent = [{ request, items: this.#items }, ...this.#recent].slice(0, RECENT_QUERIES);
  }

  /** Removes and returns the rows kept for `source` and `query`, if any. */
  #takeKept(source: CallLogSource | undefined, query: CallLogQuery): Snapshot | undefined {
    const kept = this.#recent.find(({ request }) => request.source === source && sameQuery(request.query, query));
    this.#recent = this.#recent.filter((snapshot) => snapshot !== kept);
    return kept;
  }

  /**
   * Shows the rows kept for the current source and filters, if any, and checks them again in the background for
   * calls that arrived since.
   */
  #restore(): boolean {
    const snapshot = this.#takeKept(this.#source, this.#query);
    if (!snapshot) return false;
    this.#cancel();
    this.#request = snapshot.request;
    this.#items = snapshot.items;
    this.host.requestUpdate();
    this.#loaded(snapshot.request, snapshot.items);
    if (this.#connected) void this.refresh();
    return true;
  }

  /**
   * The next page; while the request narrows pages itself, the pages that follow too, until a page's worth of calls
   * is found, the history ends or `SEARCH_PAGES` have been read. Pages found on the way are shown at once.
   */
  async #load(request: CallLogRequest, signal: AbortSignal): Promise<PageResult> {
    this.#paused = false;
    let found = 0;
    for (let pages = 1; ; pages++) {
      const items = await this.fetchNextPage(request, signal);
      found += items.length;
      if (!request.filtersLocally || found >= request.limit || !request.hasNext) return { request, items };
      if (pages >= SEARCH_PAGES) {
        this.#paused = true;
        return { request, items };
      }
      this.#merge({ request, items });
      this.host.requestUpdate();
    }
  }

  /** Back online: a page that failed for want of a network is asked for again (the schedule checks for new calls). */
  readonly #onOnline = (): void => {
    const code = this.error?.code;
    if (code === 'NETWORK' || code === 'TIMEOUT') this.retry();
  };

  #setCheckError(error: CallLogError | undefined): void {
    if (error?.message === this.#checkError?.message) return;
    this.#checkError = error;
    this.host.requestUpdate();
  }

  /**
   * A person's load comes before a check for new calls: a check in flight is stopped, and `load` runs once it has
   * settled, then the check starts again. False when no check is in flight.
   */
  #afterCheck(load: () => void): boolean {
    const checking = this.#refreshing;
    if (!checking) return false;
    this.#refreshAbort?.abort();
    void checking.then(() => {
      load();
      void this.refresh();
    });
    return true;
  }

  #run(): void {
    if (!this.#request) return;
    if (!this.#connected) {
      this.#interrupted = true;
      this.host.requestUpdate();
      return;
    }
    void this.#task.run([this.#request]);
  }

  #cancel(): void {
    if (this.#task.status !== TaskStatus.INITIAL) void this.#task.run([undefined]);
  }

  /** The session ids of the calls shown, as they are now. */
  #shownIds(): Set<string> {
    const ids = new Set<string>();
    for (const call of this.#items) ids.add(call.sessionID);
    return ids;
  }

  /** Tells `onLoad` of a page shown. */
  #loaded(request: CallLogRequest, items: CallLog[]): void {
    const narrowed = request.filtersLocally;
    this.#config.onLoad?.({
      items,
      page: request.currentPage,
      // The source's total counts calls before they are narrowed here.
      total: narrowed ? undefined : request.total,
      hasMore: request.hasNext,
      ...(narrowed && { searched: request.scanned }),
    });
  }

  /**
   * Sorts calls just read against those shown: a call already shown takes its place (the copy just read is the
   * newer); the others are returned in order. A call read twice counts once, as first read.
   */
  #sortOut(calls: CallLog[]): { fresh: CallLog[]; repeated: boolean; changed: CallLog[] } {
    const seen = new Set<string>();
    const shownIds = this.#shownIds();
    const fresh: CallLog[] = [];
    const changed: CallLog[] = [];
    let repeated = false;
    for (const call of calls) {
      if (seen.has(call.sessionID)) continue;
      seen.add(call.sessionID);
      if (!shownIds.has(call.sessionID)) fresh.push(call);
      else {
        repeated = true;
        const index = this.#items.findIndex((shown) => shown.sessionID === call.sessionID);
        if (this.#items[index] !== call) {
          this.#items[index] = call;
          changed.push(call);
        }
      }
    }
    return { fresh, repeated, changed };
  }

  /** Adds a page below the calls shown. */
  #merge({ request, items }: PageResult): void {
    if (request !== this.#request) return;
    const { fresh, repeated } = this.#sortOut(items);
    this.#items = [...this.#items, ...fresh];
    this.#loaded(request, items);
    // A later page repeating calls already loaded means calls were added at the top since: fetch them.
    if (repeated && request.currentPage > 1) {
      this.#shifts++;
      void this.refresh();
    }
  }

  /** Puts the calls a check for new calls read at the top, and updates those already shown. */
  #mergeLatest(latest: CallLog[]): void {
    const { fresh, changed } = this.#sortOut(latest);
    if (fresh.length === 0 && changed.length === 0) return;
    this.#items = [...fresh, ...this.#items];
    if (fresh.length > 0) this.#config.onNewCalls?.(fresh);
    for (const listener of this.#latestListeners) listener([...fresh, ...changed]);
    this.host.requestUpdate();
  }
}
