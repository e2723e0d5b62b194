import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { CallLogController, type CallLogStatus } from '../controllers/call-log-controller.js';
import { UserDirectory, type UserResolver } from '../controllers/user-directory.js';
import { CallLogError } from '../errors/call-log-error.js';
import { CallLogErrorEvent, CallLogFilterChangeEvent, CallLogLoadEvent } from '../events/call-log-events.js';
import type { CallLogExportOptions, CallLogExportResult } from '../export/export-calls.js';
import { entityId, type CallLog } from '../model/call-log.js';
import { otherParty } from '../model/party.js';
import { Localize, stringsAttribute } from '../localize/localize.js';
import type { MessageOverrides } from '../localize/messages.js';
import { FILTER_KEYS, type CallLogFilters } from '../model/query.js';
import type { CallLogSource } from '../sources/call-log-source.js';
import { DEMO_VIEWER_UID, ListSources, type RetryOptions } from '../sources/source-for-list.js';
import { LiveAnnouncer } from './announcer.js';
import { CallLogFormat } from './call-log-format.js';
import { ChunkWindow, type Gap, type SectionPlan, type WindowPlan } from './chunk-window.js';
import { styles } from './call-log-list.styles.js';
import { styleProperties } from './style-properties.js';
import { rowDirection, viewCall } from './call-log-view.js';
import { booleanFilter, numberOrText, readListConfig, type GroupBy, type HideToken, type ListConfig } from './list-config.js';
import { LiveClock } from './live-clock.js';
import { LoadMoreObserver } from './load-more-observer.js';
import {
  defaultRenderers,
  detailsLoaded,
  highlight,
  loadDetails,
  renderRow,
  searchHit,
  type RowContext,
  type RowRenderers,
  type RowView,
} from './row.js';
import { RowState } from './row-state.js';
import { ScrollBox } from './scroll-box.js';
import {
  describeFilters,
  renderEmpty,
  renderError,
  renderFooter,
  renderLoading,
  renderNotice,
  searchProgressText,
  type SearchProgress,
} from './states.js';
import { buildSections, chunkOfRow, type Chunk, type Section } from './sections.js';

/** The uids of participants the calls leave unnamed. */
function* unnamedParticipants(calls: readonly CallLog[]): Generator<string> {
  for (const call of calls) for (const participant of call.participantInfoList) if (!participant.name) yield participant.uid;
}

const NOTHING_HIDDEN: ReadonlySet<HideToken> = new Set();


/** Rows and sections that are not rendered: one empty box of their height, hidden from assistive technology. */
const renderGap = (gap: Gap): TemplateResult =>
  html`<div class="gap" aria-hidden="true" ${styleProperties({ height: `${gap.height}px` })}></div>`;

/**
 * A call history: who called, when, for how long, missed or not, with recordings.
 *
 * @summary Shows a person's call history from the CometChat Calls API, embedded demo data or any `CallLogSource`.
 *
 * @fires call-log-load - After each page of calls is shown. `detail`: `{ items, page, total, hasMore }`.
 * @fires call-log-error - When loading fails or the configuration is not valid. `detail`: `{ error }`, a `CallLogError` with its `code`.
 * @fires call-log-select - When a person activates a row (click or Enter). `detail`: `{ callLog }`.
 * @fires call-log-call-back - From a row's call-back buttons; the page starts the call. `detail`: `{ callLog, type, target }`.
 * @fires call-log-recording-open - Before a recording opens; cancelable: cancel it to play the recording in the page's own player. `detail`: `{ callLog, recording }`.
 * @fires call-log-filter-change - {CallLogFilterChangeEvent} A person chose "All calls with …" in a row's details; cancelable: cancelled, the filters stay. `detail`: `{ filters }`, the new filters.
 * @fires call-log-export-start - {CallLogExportStartEvent} Before `exportCalls()` (or a `<call-log-export>` button) reads the calls; cancelable: cancelled, nothing is exported. `detail`: `{ format, filters }`.
 * @fires call-log-export - {CallLogExportEvent} Once an export's file is built, before it is downloaded; cancelable: cancelled, it is not downloaded and the page uses `detail.file`. `detail`: `{ format, file, fileName, count }`.
 *
 * @slot - Content shown above the rows, such as a `<call-log-filter>` (which then links to this list).
 * @slot empty - Replaces the built-in "No calls" state.
 * @slot error - Replaces the built-in error state.
 * @slot loading - Replaces the built-in loading skeleton of the first page.
 *
 * @csspart base - The scrolling box around everything.
 * @csspart section - One day's group of rows.
 * @csspart section-header - The heading of a day (Today, Yesterday, a weekday, a date).
 * @csspart rows - A list of rows.
 * @csspart row - One call.
 * @csspart row-main - The button that selects the call: avatar, name and details.
 * @csspart avatar - The other party's picture or initials.
 * @csspart name - The other party's name.
 * @csspart meta - The line under the name: direction, type, status, duration, participants, recording.
 * @csspart direction - The incoming, outgoing or missed mark.
 * @csspart status - The status word of a call that did not simply end.
 * @csspart duration - How long the call lasted.
 * @csspart category - "Meeting" or "Presentation", for calls that are not plain calls.
 * @csspart participants - How many took part, for groups, meetings and presentations.
 * @csspart recording-mark - The mark of a call with recordings.
 * @csspart time - When the call was made.
 * @csspart actions - The call-back and expand buttons of a row.
 * @csspart call-back-button - A button that calls the other party back (audio or video).
 * @csspart expand-button - The button that shows a row's details.
 * @csspart details - A row's participants and recordings.
 * @csspart participant - One participant in the details.
 * @csspart run-call - One call of a row that stands for several (with `collapse`), in its details.
 * @csspart party-calls-button - "All calls with …" at the end of a row's details: narrows the list to the other party.
 * @csspart match - The part of a name that the `search` matches, marked.
 * @csspart search-hit - In the line under the name, the text a `search` matched when the name does not show it (a
 * group call found by a member's name, a call found by an id).
 * @csspart recording - One recording in the details.
 * @csspart player - The native audio or video player of a recording.
 * @csspart loading - The loading skeleton of the first page.
 * @csspart spinner - The small spinner shown while a later page loads.
 * @csspart empty - The "No calls" state.
 * @csspart error - The error state.
 * @csspart retry-button - The "Retry" button of the error state.
 * @csspart load-more-button - The "Load more" button (with `load-more="button"`), and "Search older calls" once a search the source cannot do has paused.
 * @csspart search-status - While a search the source cannot do reads pages: "12 found · 1,480 calls searched".
 * @csspart stop-button - Stops that search; the calls found stay.
 * @csspart notice - The quiet line above the rows when they may be out of date: offline, or a check for new calls failed.
 *
 * @cssprop --call-log-font - Font family. Default: the page's.
 * @cssprop --call-log-font-size - Base font size. Default: `0.9375rem`.
 * @cssprop --call-log-color-text - Text colour.
 * @cssprop --call-log-color-muted - Secondary text colour.
 * @cssprop --call-log-color-bg - Background colour.
 * @cssprop --call-log-color-hover - Background of a hovered or focused row.
 * @cssprop --call-log-color-border - Lines between sections and around controls.
 * @cssprop --call-log-color-accent - Buttons, links and focus rings.
 * @cssprop --call-log-color-missed - The warning colour of missed calls.
 * @cssprop --call-log-spacing - The base unit of space. Default: `0.5rem`.
 * @cssprop --call-log-row-height - The least height of a row. Default: `3.75rem`.
 * @cssprop --call-log-avatar-size - Avatar width and height. Default: `2.5rem`.
 * @cssprop --call-log-radius - Corner radius of buttons and panels. Default: `0.5rem`.
 * @cssprop --call-log-max-height - Height past which the list scrolls inside itself. Default: `none`.
 */
export class CallLogList extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators, which would add Lit's decorator code to the script-tag bundle.
  static override properties: PropertyDeclarations = {
    source: {},
    appId: { attribute: 'app-id' },
    region: {},
    authToken: { attribute: 'auth-token' },
    baseUrl: { attribute: 'base-url' },
    viewerUid: { attribute: 'viewer-uid' },
    limit: { converter: numberOrText, reflect: true },
    sessionType: { attribute: 'session-type', reflect: true },
    callStatus: { attribute: 'call-status', reflect: true },
    callCategory: { attribute: 'call-category', reflect: true },
    callDirection: { attribute: 'call-direction', reflect: true },
    uid: { reflect: true },
    guid: { reflect: true },
    hasRecording: { attribute: 'has-recording', converter: booleanFilter, reflect: true },
    search: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    serverSearch: { attribute: 'server-search', type: Boolean },
    locale: {},
    groupBy: { attribute: 'group-by' },
    loadMoreTrigger: { attribute: 'load-more' },
    refreshInterval: { attribute: 'refresh-interval', converter: numberOrText },
    tokenProvider: { attribute: false },
    retryOptions: { attribute: false },
    resolveUsers: { attribute: false },
    renderers: { attribute: false },
    strings: { converter: stringsAttribute },
    hide: {},
    collapse: { type: Boolean },
  };

  readonly #localize = new Localize(this, {
    locale: () => this.#config?.locale,
    strings: () => this.strings,
  });
  readonly #t = this.#localize.t.bind(this.#localize);
  readonly #controller = new CallLogController(this, {
    onLoad: (detail) => {
      // A search that reads pages itself is announced once it stops reading (see `willUpdate`), not page by page.
      if (detail.searched === undefined) this.#announcer.announce(() =>
        detail.page === 1
          ? this.#t('list.loaded', { count: detail.total ?? detail.items.length })
          : this.#t('list.loadedMore', { count: detail.items.length }),
      );
      void this.updateComplete.then(() => this.dispatchEvent(new CallLogLoadEvent(detail)));
    },
    onError: (error) => {
      void this.updateComplete.then(() => this.dispatchEvent(new CallLogErrorEvent(error)));
    },
    onNewCalls: (calls) => this.#announcer.announce(() => this.#t('list.newCalls', { count: calls.length })),
    // Said once as the browser goes offline; the notice stays on screen until it is back.
    onOfflineChange: (offline) => {
      if (offline && this.#controller.items.length > 0) this.#announcer.announce(() => this.#t('list.offline'));
    },
    renewAuth: async () => {
      const provider = this.tokenProvider;
      const rest = this.#sources.rest;
      if (typeof provider !== 'function' || !rest || this.#controller.source !== rest) return false;
      const token: unknown = await provider();
      if (typeof token !== 'string' || token.trim() === '') return false;
      rest.setAuthToken(token);
      return true;
    },
  });
  readonly #users = new UserDirectory(this, {
    resolver: () => this.resolveUsers,
    onResolved: () => this.#rowsChanged(),
  });
  /** The calls whose unnamed participants were last given to the directory. */
  #namesAskedFor: readonly CallLog[] | undefined;
  #config: ListConfig | undefined;
  readonly #sources = new ListSources();
  #renderers: RowRenderers = defaultRenderers;
  // Made with the page's language up front, so the common case builds its Intl formatters once.
  #format = new CallLogFormat(document.documentElement.lang || undefined);
  /**
   * The views of the rows rendered in this update and the last: a row that stays renders from its chunk's guard,
   * without asking again, and views of every row a scroll went past would be most of what the list holds (10,000
   * calls scrolled to the end: 4 MB held, the peer 2.2).
   */
  #views = new Map<CallLog, RowView>();
  #viewsBefore = new Map<CallLog, RowView>();
  #viewer: string | undefined;
  #sections: Section[] = [];
  /** The call heading each row, in order (with `collapse`, the newest of each run). */
  #rows: readonly CallLog[] = [];
  /** The calls of each row that stands for several, by its first call's session id. */
  #runs = new Map<string, CallLog[]>();
  /** Whether a loaded call is ongoing (its live timer needs a tick), found when the calls change, not each render. */
  #hasOngoing = false;
  readonly #window = new ChunkWindow(this, {
    sections: () => this.#sections,
    content: () => this.renderRoot.querySelector<HTMLElement>('.sections'),
    scrollBox: () => this.#scrollBox.box,
  });
  /** What renders of the sections: those near the box, and gaps for the rest (see `ChunkWindow.plan`). */
  #plan: WindowPlan = [];
  /** The clock ongoing calls count from, ticking each second while one is shown. */
  readonly #clock = new LiveClock(this, { running: () => this.#hasOngoing });
  readonly #rowState = new RowState({
    rows: () => this.#rows,
    chunkOf: (sessionID) => chunkOfRow(this.#sections, sessionID),
    pin: (chunk) => this.#window.pin(chunk),
    rtl: () => this.#localize.dir === 'rtl',
    party: (call) => otherParty(call, this.#viewer),
    dispatch: (event) => this.dispatchEvent(event),
    changed: () => this.#rowsChanged(),
    wantsDetails: () => this.#loadDetails(),
    showParty: (call) => this.showCallsWith(call),
    focus: async (call) => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`.row-main[data-id="${CSS.escape(call.sessionID)}"]`)?.focus();
    },
  });
  /** Bumped whenever what rows show changes other than their calls (focus, expansion, players, formats), so
   * unchanged chunks can skip rendering. */
  #rowsVersion = 0;
  /** The details panel's renderer on its way (see `#loadDetails`). */
  #detailsLoading: Promise<void> | undefined;
  #sectionsFor:
    | { items: readonly CallLog[]; groupBy: GroupBy; format: CallLogFormat; collapse: boolean; viewer: string | undefined }
    | undefined;
  readonly #scrollBox = new ScrollBox(this, { base: () => this.renderRoot.querySelector('.base') });
  readonly #announcer = new LiveAnnouncer(this);
  #lastStatus: CallLogStatus | undefined;
  /** The sentence of the empty state that names the active filters. */
  #filtersText = '';
  /** How far a search the source cannot do got, while there is one. */
  #search: SearchProgress | undefined;
  readonly #stop = (): void => this.stop();
  /** What `showCallsWith()` replaced, and what it set. */
  #previousFilters: { filters: CallLogFilters; narrowed: CallLogFilters } | undefined;

  /** `demo` for embedded demo data; `cometchat` or absent for the CometChat Calls API. As a property, also any `CallLogSource`. */
  source: string | CallLogSource | undefined;
  /** The CometChat app id. */
  appId: string | undefined;
  /** The CometChat app's region: `us`, `eu` or `in`. */
  region: string | undefined;
  /** The signed-in user's auth token for the Calls API. Never reflected. */
  authToken: string | undefined;
  /** A full API base URL (a proxy, a local server) that replaces the one built from app id and region. */
  baseUrl: string | undefined;
  /**
   * The signed-in user's uid: rows show the other party and the direction from this user's side, and a search never
   * finds this user by their own name or id (a change loads a REST list again).
   */
  viewerUid: string | undefined;
  /** Page size, 1 to 100 (larger clamps to 100). Default 30. */
  limit: number | string | undefined;
  /** Only `audio` or `video` calls. */
  sessionType: string | undefined;
  /** Only calls of this status: `ongoing`, `busy`, `rejected`, `cancelled`, `ended`, `missed`, `initiated`, `unanswered`. */
  callStatus: string | undefined;
  /** Only `call`s, only `meet`ings, or only `presenter` sessions (one presents, the others watch). */
  callCategory: string | undefined;
  /** Only `incoming` or `outgoing` calls, judged from the viewer's side. */
  callDirection: string | undefined;
  /** Only calls with this user. */
  uid: string | undefined;
  /** Only calls in this group. */
  guid: string | undefined;
  /** Present or `true`: only calls with recordings; `false`: only calls without. */
  hasRecording: boolean | string | undefined;
  /**
   * Only calls whose other party's, group's or participants' name or id contains this text (never the signed-in
   * user's own), case and accents ignored (`jose` finds "José"). The match is marked in each row (`part="match"`), or
   * shown under a name that does not hold it (`part="search-hit"`). A source that cannot search (CometChat's Calls
   * API) is read page after page; see the README, "Finding calls".
   */
  search: string | undefined;
  /**
   * Only calls placed on or after this ISO 8601 date or date-time (`2026-11-01`, `2026-11-01T09:00`, in the page's time
   * zone unless an offset such as `Z` is given).
   */
  from: string | Date | undefined;
  /** Only calls placed on or before this ISO 8601 date (its whole day) or date-time. */
  to: string | Date | undefined;
  /**
   * With the REST source: the server at `base-url` finds calls by a `search` parameter (an app's own backend or
   * proxy that adds search, as the demo's local Calls API does). CometChat's Calls API has none.
   */
  serverSearch = false;
  /**
   * A BCP 47 tag for the words, dates, times and numbers (`de`, `pt-BR`, `ar`). Default: the closest `lang` around
   * the element, then the page's, then the browser's language.
   */
  locale: string | undefined;
  /** `day` (default): sections Today, Yesterday, weekdays, then dates; `none`: one plain list. */
  groupBy: string | undefined;
  /** `scroll` (default): the next page loads as the end comes into view; `button`: a "Load more" button. Attribute `load-more`. */
  loadMoreTrigger: string | undefined;
  /** Seconds between checks for new calls; 0 or absent: off. */
  refreshInterval: number | string | undefined;
  /**
   * Parts of every row to leave out, as space-separated tokens: `avatar time direction type category status duration
   * participants recording call-back details`. An unknown token is a configuration error that names the allowed ones.
   */
  hide: string | undefined;
  /**
   * Consecutive calls with the same party, direction and outcome on one day show as one row with a count, as phone
   * apps do; its details list each call. The row stands for its newest call (selecting it selects that call);
   * `items` still holds every call.
   */
  collapse = false;
  /**
   * Property only. With the CometChat source: when the Calls API refuses the token (`AUTH`), the list awaits this
   * function once for a fresh token and asks again for the same page; only if that fails too is the error shown.
   * The token goes to the `authToken` header only.
   */
  tokenProvider: (() => Promise<string> | string) | undefined;
  /**
   * Property only. How the CometChat source retries transient failures: `{ retries, baseDelay, maxDelay }`
   * (default 3 retries, 500 ms, 8000 ms), or `false` for none. See `RetryOptions`.
   */
  retryOptions: RetryOptions | false | undefined;
  /**
   * Property only. Names the participants the source leaves unnamed (the Calls API names only a call's initiator and
   * receiver): `(uids, signal) => Promise<{ uid, name, avatar? }[]>`. Called in batches of up to 100 uids as pages
   * arrive, each uid once per list; rows never wait for it, and a uid it fails on or leaves out shows as the uid.
   */
  resolveUsers: UserResolver | undefined;
  /**
   * Property only. Replaces parts of every row: `{ leading?, title?, subtitle?, trailing?, details? }`, each
   * `(call, view, context) => unknown` returning what Lit renders (a template, a DOM node, a string). The list keeps
   * the row itself (its role and position, the focusable button, the keyboard, the expand button, windowing), so
   * a custom part cannot break keyboard use, screen readers or long histories. `defaultRenderers` holds the
   * built-in parts, to wrap them. Parts not given stay as built in.
   */
  renderers: Partial<RowRenderers> | undefined;
  /**
   * Other words for some messages, by key: `{ 'list.loadMore': 'Older calls' }`. A value is text with the
   * message's `{placeholders}`, plural texts (`{ one, other }`), or a function of the values. As an attribute, the
   * same as JSON. The keys and their English words are listed in the README ("Languages").
   */
  strings: MessageOverrides | undefined;

  constructor() {
    super();
    // Held by the host, which drives it: with `load-more="scroll"`, the next page loads as the end nears the view.
    new LoadMoreObserver(this, {
      sentinel: () => this.renderRoot.querySelector('.sentinel'),
      scrollBox: () => this.#scrollBox.box,
      onEnd: () => this.#controller.loadMore(),
    });
  }

  /** The controller that loads and holds the calls; `<call-log-filter>` drives it too. */
  get controller(): CallLogController {
    return this.#controller;
  }

  /** Every filter and the page size, keyed by the builder's names; unset filters are absent. */
  get filters(): CallLogFilters & { limit?: number } {
    const filters: Record<string, unknown> = {};
    for (const key of ['limit', ...FILTER_KEYS] as const) {
      const value = this[key];
      if (value !== undefined && value !== null) filters[key] = value;
    }
    return filters as CallLogFilters & { limit?: number };
  }
  set filters(filters: (CallLogFilters & { limit?: number }) | null | undefined) {
    const next = (filters ?? {}) as Record<string, unknown>;
    for (const key of ['limit', ...FILTER_KEYS] as const) {
      (this as Record<string, unknown>)[key] = next[key] ?? undefined;
    }
  }

  /** Every loaded call, in display order (newest first). */
  get items(): readonly CallLog[] {
    return this.#controller.items;
  }
  get status(): CallLogStatus {
    return this.#controller.status;
  }
  get error(): CallLogError | undefined {
    return this.#controller.error;
  }
  /**
   * The signed-in user from whose side calls are told (missed or not, with whom): `viewerUid`, or the demo data's
   * own user; `undefined` when neither is known.
   */
  get viewer(): string | undefined {
    return this.viewerUid || (this.source === 'demo' ? DEMO_VIEWER_UID : undefined);
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Observers and timers start after an update, so a list added back updates to bring them back; names asked for
    // when it left are asked again.
    this.#namesAskedFor = undefined;
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every property but these decides where calls come from and which (the viewer too: a search never finds them).
    const presentational = (['resolveUsers', 'renderers', 'strings'] as const).filter((key) => changed.has(key)).length;
    if (!this.#config || changed.size > presentational) this.#configure();
    if (changed.has('renderers')) {
      this.#renderers = { ...defaultRenderers, ...this.renderers };
      this.#rowsVersion++;
    }
    const viewer = this.viewer;
    const wasReady = this.#localize.ready;
    const wordsChanged = this.#localize.resolve();
    // What was said in the old language was heard; what waited for the words is said in the new one.
    if (wordsChanged && wasReady) this.#announcer.clear();
    const locale = this.#localize.lang;
    const today = new Date(this.#clock.now);
    const newDay = this.#format.daysAgo(today) !== 0;
    if (locale !== this.#format.locale || newDay) this.#format = new CallLogFormat(locale, today);
    if (viewer !== this.#viewer || wordsChanged || newDay) {
      this.#viewer = viewer;
      this.#views.clear();
      this.#viewsBefore.clear();
      this.#rowsVersion++;
    }
    // The views the last render asked for are kept for this one (an update that rendered no row keeps the older).
    if (this.#views.size > 0) {
      this.#viewsBefore = this.#views;
      this.#views = new Map();
    }
    this.#deriveSections();
    this.#plan = this.#window.plan(this.#sections);
    const items = this.#controller.items;
    if (this.resolveUsers && (items !== this.#namesAskedFor || changed.has('resolveUsers'))) {
      this.#namesAskedFor = items;
      this.#users.lookUp(unnamedParticipants(items));
    }
    const controller = this.#controller;
    const status = controller.status;
    this.#search = controller.searching
      ? { found: controller.items.length, searched: controller.scanned, paused: controller.paused, stop: this.#stop }
      : undefined;
    // Before the first rows, the rows' formatters are made while the page waits (for the first page, its words).
    if (this.#sections.length === 0) this.#format.prepare();
    if (status !== this.#lastStatus) {
      const search = this.#search;
      const key = this.#sections.length > 0 ? 'list.loadingMore' : 'list.loading';
      if (status === 'loading') this.#announcer.setNow(() => this.#t(key));
      // Said once the search stops reading: by then the person has stopped typing.
      else if (search && this.#lastStatus === 'loading') this.#announcer.setNow(() => searchProgressText(search, this.#t));
      this.#lastStatus = status;
    }
    this.#filtersText =
      status === 'complete' && this.#sections.length === 0
        ? describeFilters(this.#config?.filters ?? {}, this.#t, (items) => this.#localize.list(items), this.#format)
        : '';
  }

  /** Also waits for the details an open row is waiting for, so that they are shown when it resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#detailsLoading || !this.#rowState.anyExpanded) return done;
    await this.#detailsLoading;
    return super.getUpdateComplete();
  }

  // Public methods

  /** Checks for calls newer than the first page and puts them at the top; loads the first page if nothing has. */
  refresh(): Promise<void> {
    return this.#controller.refresh();
  }

  /** Loads the next (older) page. */
  loadMore(): void {
    this.#controller.loadMore();
  }

  /** Asks again for the page that failed. */
  retry(): void {
    this.#controller.retry();
  }

  /** Stops a search that reads older pages (the calls found so far stay); `loadMore()` goes on from there. */
  stop(): void {
    this.#controller.stop();
  }

  /**
   * Exports every call that matches the list's filters (search and date range included), not only the rows loaded:
   * reads them page after page at the source's largest page size, builds a CSV (default) or JSON Lines file, and
   * saves it as `calls-YYYY-MM-DD.csv` (or `.jsonl`). Fires a cancelable `call-log-export-start` before reading (if
   * cancelled, resolves `undefined`) and a cancelable `call-log-export` with the file before saving it (if cancelled,
   * the file is not downloaded: the page takes `detail.file`). Resolves with the file, its name and how many calls
   * it holds; rejects with a `CallLogError` when a page cannot be read (`ABORTED` once `signal` fires), saving
   * nothing. The rows shown and their paging are left as they are.
   */
  async exportCalls(options: CallLogExportOptions = {}): Promise<CallLogExportResult | undefined> {
    // Loaded on first use, with the events it fires and the reading of every page: most pages never export.
    const { exportFromList } = await import('../export/export-calls.js');
    return exportFromList(this, this.#localize, options);
  }

  /**
   * Shows all calls with the other party of `call` (a person's `uid` or a group's `guid`), the other filters cleared,
   * as the "All calls with {name}" button of a row's details does. Fires a cancelable `call-log-filter-change`;
   * `previousFilters` then holds the filters from before, for a linked filter's "Back to all calls".
   */
  showCallsWith(call: CallLog): void {
    const party = otherParty(call, this.#viewer);
    const next: CallLogFilters = party.entityType === 'group' ? { guid: party.guid } : { uid: party.uid };
    if (!this.dispatchEvent(new CallLogFilterChangeEvent({ ...next }))) return;
    const { limit, ...before } = this.filters;
    this.filters = { ...next, ...(limit === undefined ? {} : { limit }) };
    this.#previousFilters = { filters: before, narrowed: this.filters };
  }

  /**
   * The filters in force before `showCallsWith()` narrowed the list to one party, while that narrowing stands
   * (any other change of filters ends it); `undefined` otherwise.
   */
  get previousFilters(): CallLogFilters | undefined {
    const previous = this.#previousFilters;
    if (!previous) return undefined;
    const now = this.filters;
    const same = FILTER_KEYS.every((key) => now[key] === previous.narrowed[key]);
    return same ? { ...previous.filters } : undefined;
  }

  // Private helpers

  #configure(): void {
    try {
      const config = readListConfig(this);
      const source = this.#sources.resolve(this, config.region, (token) => {
        // A page refused for the old token is asked for again.
        if (token && this.#controller.error?.code === 'AUTH') queueMicrotask(() => this.#controller.retry());
      });
      // Rows read the configuration (`hide`, `collapse`): they render again.
      this.#config = config;
      this.#rowsVersion++;
      this.#controller.configure(source, config.filters);
      this.#controller.setRefreshInterval(config.refreshInterval);
    } catch (error) {
      const configError =
        error instanceof CallLogError && error.code === 'INVALID_CONFIG'
          ? error
          : new CallLogError('INVALID_CONFIG', CallLogError.from(error).message, { cause: error });
      this.#config ??= { filters: {}, groupBy: 'day', loadMoreTrigger: 'scroll', refreshInterval: 0, hide: new Set(), collapse: false };
      this.#controller.setConfigError(configError);
    }
  }

  #deriveSections(): void {
    const items = this.#controller.items;
    const groupBy = this.#config?.groupBy ?? 'day';
    const collapse = this.#config?.collapse ?? false;
    const format = this.#format;
    const viewer = this.#viewer;
    const last = this.#sectionsFor;
    if (
      last &&
      last.items === items &&
      last.groupBy === groupBy &&
      last.format === format &&
      last.collapse === collapse &&
      (!collapse || last.viewer === viewer)
    ) {
      return;
    }
    this.#sectionsFor = { items, groupBy, format, collapse, viewer };
    const { sections, rows, runs } = buildSections(items, groupBy, format, collapse ? this.#sameRow : undefined);
    this.#rows = rows;
    this.#runs = runs;
    this.#hasOngoing = items.some((call) => call.status === 'ongoing');
    this.#sections = sections;
    this.#rowState.keepTabStop();
  }

  #view(call: CallLog): RowView {
    let view = this.#views.get(call) ?? this.#viewsBefore.get(call);
    if (!view) {
      const format = this.#format;
      const base = viewCall(call, this.#viewer, this.#t);
      view = {
        ...base,
        iso: base.placedAt.toISOString(),
        time: format.rowTime(base.placedAt),
        fullTime: format.full(base.placedAt),
        duration: base.durationSeconds > 0 ? format.duration(base.durationSeconds) : undefined,
      };
    }
    this.#views.set(call, view);
    return view;
  }

  /** Marks the search in a row's text (see `RowContext.match`). */
  readonly #match = (text: string): unknown => highlight(text, this.#config?.filters.search);

  /**
   * Asks for the details panel's renderer unless it is here or on its way: when a person reaches for a row (its
   * expand button under the pointer or focused, the row focused) or opens one. Open rows render when it comes.
   */
  #loadDetails(): void {
    if (detailsLoaded() || this.#detailsLoading || this.#config?.hide.has('details')) return;
    this.#detailsLoading = loadDetails().then(() => {
      this.#detailsLoading = undefined;
      if (this.#rowState.anyExpanded) this.#rowsChanged();
    });
  }

  /** Something rows show changed without their calls changing: chunks render again. */
  #rowsChanged(): void {
    this.#rowsVersion++;
    this.requestUpdate();
  }

  /** With `collapse`: whether two consecutive calls are with the same party, in the same direction, with one outcome. */
  readonly #sameRow = (newer: CallLog, older: CallLog): boolean => {
    const viewer = this.#viewer;
    const a = otherParty(newer, viewer);
    const b = otherParty(older, viewer);
    return (
      rowDirection(newer, viewer) === rowDirection(older, viewer) &&
      newer.status === older.status &&
      a.entityType === b.entityType &&
      entityId(a) === entityId(b)
    );
  };

  // Rendering

  #renderRow(call: CallLog, position: number, setSize: number): TemplateResult {
    const view = this.#view(call);
    const context: RowContext = {
      format: this.#format,
      t: this.#t,
      now: this.#clock.now,
      active: call.sessionID === this.#rowState.activeId,
      expanded: this.#rowState.isExpanded(call),
      playing: this.#rowState.playing,
      brokenImages: this.#rowState.brokenImages,
      user: (uid) => this.#users.get(uid),
      actions: this.#rowState.actions,
      hidden: this.#config?.hide ?? NOTHING_HIDDEN,
      run: this.#runs.get(call.sessionID),
      match: this.#match,
      searchHit: searchHit(call, view.name, this.#config?.filters.search, this.#controller.source?.viewerUid),
    };
    return renderRow(call, view, context, this.#renderers, position, setSize);
  }

  #renderSection({ section, parts }: SectionPlan): TemplateResult {
    const headingId = `h-${section.key}`;
    return html`<section part="section" class="section" data-section=${section.key} aria-labelledby=${ifDefined(section.label ? headingId : undefined)}>
      ${section.label
        ? html`<h3 part="section-header" class="section-header" id=${headingId}>${section.label}</h3>`
        : nothing}
      <div part="rows" class="rows" role="list">
        ${repeat(
          parts,
          (part) => ('gap' in part ? part.gap : part.key),
          (part) => ('gap' in part ? renderGap(part) : this.#renderChunk(part, section.size)),
        )}
      </div>
    </section>`;
  }

  /** A chunk near the viewport, with its rows. */
  #renderChunk(chunk: Chunk, setSize: number): unknown {
    // A chunk whose calls and state are as last time is left alone: moving the window renders only the chunks that
    // come. A live timer makes its chunk render every tick.
    const live = chunk.calls.some((call) => call.status === 'ongoing') ? this.#clock.now : 0;
    return guard([chunk, this.#rowsVersion, setSize, live], () => html`<div
      class="chunk"
      role="none"
      data-chunk=${chunk.key}
      data-rows=${chunk.calls.length}
    >
      ${repeat(
        chunk.calls,
        (call) => call.sessionID,
        (call, i) => this.#renderRow(call, chunk.start + i + 1, setSize),
      )}
    </div>`);
  }

  protected override render(): TemplateResult {
    const status = this.#controller.status;
    const localize = this.#localize;
    // Until the language's words have arrived the list shows its loading state, never words of another language.
    if (!localize.ready) {
      return html`<div part="base" class="base" aria-busy="true" dir=${localize.dir}><slot></slot>${renderLoading(true)}</div>`;
    }
    const t = this.#t;
    const empty = this.#sections.length === 0;
    const controller = this.#controller;
    // Rows that may be out of date say so quietly; an error state says more on its own.
    const notice =
      empty || controller.error ? '' : controller.offline ? t('list.offline') : controller.checkError ? t('list.checkFailed') : '';
    return html`<div part="base" class="base" aria-busy=${status === 'loading' ? 'true' : 'false'} lang=${localize.lang} dir=${localize.dir}>
      <slot></slot>
      ${renderNotice(notice)}
      <div class="sections" role="none">
        ${repeat(
          this.#plan,
          (block) => ('gap' in block ? block.gap : block.section.key),
          (block) => ('gap' in block ? renderGap(block) : this.#renderSection(block)),
        )}
      </div>
      ${empty && !this.#search ? nothing : renderFooter(status, this.#config?.loadMoreTrigger ?? 'scroll', t, () => this.loadMore(), this.#search)}
      ${renderLoading(status === 'loading' && empty && !this.#search)} ${renderEmpty(status === 'complete' && empty, this.#filtersText, t)}
      ${renderError(this.#controller.error, t, () => this.retry())} ${this.#announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-log-list': CallLogList;
  }
}
