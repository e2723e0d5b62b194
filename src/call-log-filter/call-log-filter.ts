import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CallLogList } from '../call-log-list/call-log-list.js';
import { CallLogFilterChangeEvent } from '../events/call-log-events.js';
import type { CallDirection, CallStatus } from '../model/call-log.js';
import { Localize, stringsAttribute } from '../localize/localize.js';
import { FILTER_LABELS, valueKey, type MessageKey, type MessageOverrides } from '../localize/messages.js';
import { rangeOf } from '../model/find.js';
import {
  FILTER_KEYS,
  FILTER_VALUES,
  MAX_SEARCH_LENGTH,
  checkFilter,
  checkFilters,
  isUnset,
  type CallLogFilters,
} from '../model/query.js';
import { styles } from './call-log-filter.styles.js';
import { DATE_OPTIONS, dateChoiceOf, datePart, type DateChoice } from './date-options.js';
import { ListLink } from '../linking/list-link.js';
import { DEFAULT_URL_PREFIX, UrlState } from './url-state.js';

/** The tokens of the `fields` attribute, in the order the controls appear. */
export const CALL_LOG_FILTER_FIELDS = [
  'search',
  'session-type',
  'call-status',
  'call-direction',
  'call-category',
  'has-recording',
  'uid',
  'guid',
  // Last of the controls, so the From and To fields it opens add to the end and move no other control.
  'date',
  'presets',
  'clear',
] as const;

export type CallLogFilterField = (typeof CALL_LOG_FILTER_FIELDS)[number];

/** The tokens of the filter controls (every token but `presets` and `clear`). */
type FieldToken = Exclude<CallLogFilterField, 'presets' | 'clear'>;

/** The tokens of the controls drawn alike by `renderField`: one filter each, a select, a checkbox or a text field. */
type PlainToken = Exclude<FieldToken, 'search' | 'date'>;

/** The filter controls, in the order they appear. */
const FIELD_TOKENS = CALL_LOG_FILTER_FIELDS.filter((token) => token !== 'presets' && token !== 'clear') as FieldToken[];

/**
 * The pause in typing (ms) after which the search box or a date field applies its value: one change per word rather
 * than per keystroke (a date field reports each digit of a year typed as a date of its own).
 */
const TYPING_DELAY = 300;

/** The fields applied after a pause in typing (see `TYPING_DELAY`). */
type TypedKey = 'search' | 'from' | 'to';

/** A search as the list takes it: trimmed, and cut to its longest (not refused), never through a character. */
function cutSearch(text: string): string {
  let search = text.trim();
  if (search.length > MAX_SEARCH_LENGTH) {
    search = search.slice(0, MAX_SEARCH_LENGTH).replace(/[\uD800-\uDBFF]$/, '').trim();
  }
  return search;
}

interface Preset {
  label: MessageKey;
  /** "All" clears every filter; the others set the status and the direction, each to a value or to unset. */
  clearsAll?: boolean;
  callStatus?: CallStatus;
  callDirection?: CallDirection;
}

const PRESETS: readonly Preset[] = [
  { label: 'filter.all', clearsAll: true },
  { label: 'status.missed', callStatus: 'missed' },
  { label: 'direction.incoming', callDirection: 'incoming' },
  { label: 'direction.outgoing', callDirection: 'outgoing' },
];

/** Pixels under which the controls fold behind a "Filters" button, so a phone shows calls before controls. */
const COMPACT_WIDTH = 480;

/** A control's token is the list's attribute for its filter; the filter's key is that name in camel case. */
const keyOf = (token: PlainToken): keyof CallLogFilters =>
  token.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as keyof CallLogFilters;

/** Each of a list's filters checked alone, as the list checks it; a bad value is left out. */
function checkEach(filters: object): CallLogFilters {
  const result: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = (filters as Record<string, unknown>)[key];
    if (isUnset(key, value)) continue;
    try {
      // The list's own check, so the two never disagree.
      result[key] = checkFilter(key, value, key);
    } catch {
      // Left out.
    }
  }
  return result as CallLogFilters;
}

/** Whether `from` is later than `to`: a range the list rejects. */
function isReversed({ from, to }: CallLogFilters): boolean {
  const { start, end } = rangeOf(from, to);
  return start !== undefined && end !== undefined && start > end;
}

/**
 * A list's filters as the controls can show them. A list's attribute may hold a bad value, or a `from` later than
 * its `to` (the list reports that itself, as an error); it is left out here, so a person's next change replaces it
 * with valid filters.
 */
function validFilters(filters: object): CallLogFilters {
  const result = checkEach(filters);
  if (isReversed(result)) {
    delete result.from;
    delete result.to;
  }
  return result;
}

/** `filters` with each of `changes` applied; an undefined value unsets its filter. */
function withValues(filters: CallLogFilters, changes: Record<string, unknown>): CallLogFilters {
  const next: Record<string, unknown> = { ...filters, ...changes };
  for (const key in changes) if (next[key] === undefined) delete next[key];
  return next as CallLogFilters;
}

/** Unknown tokens are ignored, so markup written for a later version never breaks this one. */
function parseFields(fields: string | null | undefined): Set<CallLogFilterField> {
  if (fields === null || fields === undefined) return new Set(CALL_LOG_FILTER_FIELDS);
  const tokens = new Set(String(fields).toLowerCase().split(/\s+/));
  return new Set(CALL_LOG_FILTER_FIELDS.filter((token) => tokens.has(token)));
}

/**
 * Filter controls for a `<call-log-list>`: a search box, type, status, direction, category, "with recording", user,
 * group and a date range, plus quick presets, a Clear button and, after a row's "All calls with {name}", a "Back to
 * all calls" button. Each control is a native form control named by its visible label.
 *
 * Linking: with `for="list-id"` it drives the `<call-log-list>` of that id in the same document or shadow root
 * (found again when `for` changes or the list appears, moves or is replaced later); without `for`, placed inside a
 * list as a light-DOM child, it drives that list. Linked, it shows the list's filters as they change, whoever
 * changes them. Unlinked, it keeps its own filters and only fires its event, for the page to use. A filter the list
 * holds a bad value for (the list then shows its configuration error) is marked `aria-invalid="true"` with a ring
 * in the warning colour, a select reading "Not valid", and no preset is pressed; any change made in the controls
 * replaces the bad value.
 *
 * The search box applies what is typed after a pause (Enter at once; Escape empties it); the date select offers Any
 * time, Today, Last 7 days, This month (whole days in the page's time zone) and Custom, which opens From and To date
 * fields. With `url-state`, the filters are kept in the page URL's query, so a filtered view can be shared,
 * reloaded, and stepped through with Back and Forward.
 *
 * @summary Filter controls that narrow a `<call-log-list>`.
 *
 * @fires call-log-filter-change - {CallLogFilterChangeEvent} A person changed the filters. `detail.filters` is the
 * complete new set (unset filters absent, no `limit`). Bubbles and is composed. Cancelable: if cancelled, the linked
 * list is left as it is and the controls show its filters again; otherwise the filters are applied to the list.
 *
 * @csspart base - The wrapper of all the controls.
 * @csspart field - The wrapper of one label and its control.
 * @csspart label - The visible label of a control.
 * @csspart control - A native select, checkbox, text, search or date input.
 * @csspart presets - The group of quick preset buttons.
 * @csspart preset - One preset button; the active one has `aria-pressed="true"`.
 * @csspart back - The "Back to all calls" button, shown while the linked list shows all calls with one party (see
 * the list's `showCallsWith()`); it brings back the filters from before.
 * @csspart clear - The Clear button.
 * @csspart reason - Why the controls are disabled: the linked list's configuration error, or no list with the `for` id.
 * @csspart toggle - In a narrow filter (under 30rem), the "Filters" button that shows and hides the controls;
 * it counts the filters set (a date range as one).
 *
 * @cssprop [--call-log-font=inherit] - Font family.
 * @cssprop [--call-log-font-size=0.9375rem] - Base font size.
 * @cssprop [--call-log-color-text=light-dark(#1f2328, #e8eaed)] - Text colour.
 * @cssprop [--call-log-color-muted=light-dark(#59636e, #a8b0b9)] - Colour of the labels and the search box's hint.
 * @cssprop [--call-log-color-bg=light-dark(#ffffff, #16181d)] - Background of the element and its controls.
 * @cssprop [--call-log-color-border=light-dark(#818b98, #6e7681)] - Borders of the controls (darker by default than
 * the list's lines, as a control's outline needs 3:1 contrast).
 * @cssprop [--call-log-color-accent=light-dark(#0a66d8, #7cb4ff)] - Focus rings, hover borders, the active preset.
 * @cssprop [--call-log-color-missed=#e5484d] - The ring of a control whose value the linked list rejects (the
 * default reads on light and dark backgrounds alike).
 * @cssprop [--call-log-spacing=0.5rem] - Gap between controls.
 * @cssprop [--call-log-radius=0.5rem] - Corner radius of the controls.
 */
export class CallLogFilter extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators, which would add Lit's decorator code to the script-tag bundle.
  static override properties: PropertyDeclarations = {
    // The accessor below requests its own updates.
    htmlFor: { attribute: 'for', noAccessor: true },
    fields: {},
    locale: {},
    strings: { converter: stringsAttribute },
    urlState: { attribute: 'url-state' },
  };

  #htmlFor: string | null = null;
  readonly #localize = new Localize(this, { locale: () => this.locale, strings: () => this.strings });
  readonly #t = this.#localize.t.bind(this.#localize);
  readonly #link = new ListLink(this, {
    htmlFor: () => this.#htmlFor,
    // Shows the linked list's filters; unlinked, the controls keep the last filters shown, as this element's own.
    onListChange: (list) => {
      const filters = list?.filters ?? {};
      const alone = checkEach(filters);
      const valid = validFilters(filters);
      this.#invalid = new Set(FILTER_KEYS.filter((key) => !isUnset(key, filters[key]) && valid[key] === undefined));
      this.#reversed = isReversed(alone) ? { from: alone.from, to: alone.to } : undefined;
      if (list) {
        this.#show(valid);
        this.#urlFollowList(list);
      }
      // The list's configuration error, or its absence, shows here too.
      else this.requestUpdate();
    },
  });
  readonly #url = new UrlState(this, {
    prefix: () => this.#urlPrefix(),
    onPop: (filters) => {
      // The URL now decides: a search still waiting to apply would undo the step back.
      this.#cancelTyping();
      this.#applyQuietly(filters ?? this.#urlBase);
    },
  });
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry!.contentRect.width;
    const compact = width > 0 && width < COMPACT_WIDTH;
    if (compact !== this.#compact) {
      this.#compact = compact;
      this.requestUpdate();
    }
  });
  // Internal state (each change requests an update): private fields, not reactive properties, so they stay out of
  // the element's public surface.
  /** The filters shown: the linked list's, or this element's own while unlinked. */
  #shown: CallLogFilters = {};
  /** Filters the linked list holds a bad value for (the list shows its configuration error). */
  #invalid = new Set<string>();
  /** The linked list's `from` and `to` when each is a date but `from` is later: shown, marked, in the date fields. */
  #reversed: Pick<CallLogFilters, 'from' | 'to'> | undefined;
  /** Narrower than `COMPACT_WIDTH`: the controls fold behind a "Filters" button, below the presets. */
  #compact = false;
  #fieldsOpen = false;
  /** Set at each render: the controls cannot filter now (see `#offReason`). */
  #off = false;
  /** The person chose Custom: the date fields stay open whatever range they hold, until the range changes elsewhere. */
  #custom = false;
  /** Dates a person entered that are not applied, as `from` would be later than `to` (or no such day): marked. */
  #drafts: Partial<Record<'from' | 'to', string>> = {};
  /** The field whose typing waits for a pause before it applies (see `TYPING_DELAY`). */
  #typing: { key: TypedKey; timer: ReturnType<typeof setTimeout> } | undefined;
  /**
   * Where the URL's filters were applied since the element connected: the linked list, or `null` for this element's
   * own filters while unlinked (they go to a list once one is linked); `undefined` for not yet.
   */
  #urlTarget: CallLogList | null | undefined;
  /** The filters the page set up before the URL's: what a history entry without filters in its URL shows. */
  #urlBase: CallLogFilters = {};

  /**
   * The id of the `<call-log-list>` to drive, looked up in this element's document or shadow root. Without it,
   * the filter drives the list it is placed in, if any.
   */
  get htmlFor(): string | null {
    return this.#htmlFor;
  }
  set htmlFor(value: string | null) {
    const old = this.#htmlFor;
    this.#htmlFor = value ?? null;
    this.requestUpdate('htmlFor', old);
    // Linking is synchronous, so `list` is right as soon as `for` is set.
    this.#link.relink();
  }

  /**
   * Which controls appear: space-separated tokens out of `search session-type call-status call-direction
   * call-category has-recording uid guid date presets clear`. Controls keep that order whatever the order of the
   * tokens; unknown tokens are ignored; an empty value shows no control. Without the attribute, every control
   * appears.
   */
  fields: string | null = CALL_LOG_FILTER_FIELDS.join(' ');
  /**
   * A BCP 47 tag for the words (`de`, `pt-BR`, `ar`). Default: the closest `lang` around the element, then the
   * page's, then the browser's language, as for `<call-log-list>`.
   */
  locale: string | undefined;
  /** Other words for some messages, by key, as on `<call-log-list>`; as an attribute, the same as JSON. */
  strings: MessageOverrides | undefined;
  /**
   * Keeps the filters in the page URL's query, each under this prefix followed by the list's attribute name
   * (`calls-call-status=missed`, `calls-from=2026-11-01`); an empty value means `calls-`. On connecting, filters
   * found in the URL are applied to the list (firing nothing); each change a person makes adds a history entry (a
   * run of searches shares one); Back and Forward show the filters of their entry. The page's other parameters and
   * its hash are kept. `null` (no attribute): the URL is left alone.
   */
  urlState: string | null = null;


  // Lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#localize.resolve();
    if (changed.has('urlState')) {
      this.#url.sync();
      // Set again later, the URL is read again.
      if (this.urlState === null) this.#urlTarget = undefined;
      else if (this.isConnected) this.#applyUrl();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
    // Linked, the list's first change has done it (see `#link`); unlinked, the URL's filters are shown as this
    // element's own.
    this.#applyUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    // Applied after the element left, a search would reach a list no one is looking at.
    this.#cancelTyping();
    this.#urlTarget = undefined;
  }

  /**
   * Puts each control in step with the filters shown, after every render. Bindings would not do: Lit sets a value
   * only when it differs from the one it set last, so a choice the page cancelled (or one that changed nothing)
   * would stay on screen.
   */
  protected override updated(): void {
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    for (const control of this.renderRoot.querySelectorAll<HTMLInputElement>('[name]')) {
      const key = control.name as keyof CallLogFilters;
      // What a person types stays as typed: while it waits to apply, and while it reads as the search applied (say,
      // with the space typed before the next word).
      if (this.#typing?.key === key) continue;
      if (control === focused && key === 'search' && cutSearch(control.value) === (this.#shown.search ?? '')) continue;
      const value = this.#valueOf(key);
      if (control.type === 'checkbox') control.checked = this.#shown[key] === true;
      // A select always, so "Not valid" is picked over "All" (both are empty); a field only when its value differs,
      // as writing a date field restarts the part of the date being typed.
      else if (control.localName === 'select' || control.value !== value) control.value = value;
    }
    const date = this.renderRoot.querySelector<HTMLSelectElement>('#date');
    if (date) date.value = this.#dateChoice();
  }

  // Public API

  /** The `<call-log-list>` this filter drives, or `null` when unlinked. */
  get list(): CallLogList | null {
    return this.#link.list;
  }

  /**
   * The filters shown, keyed by the builder's names; unset filters are absent and `limit` is never included.
   * Setting it fires no event. While linked, the list's filters are shown and setting this changes nothing: set
   * `list.filters` instead. A bad value throws a `CallLogError`; a `limit` in it is ignored. A list's
   * `hasRecording: false` (only calls without recordings) shows as an unchecked box and is kept until the person
   * checks it.
   */
  get filters(): CallLogFilters {
    const list = this.#link.list;
    return list ? validFilters(list.filters) : { ...this.#shown };
  }
  set filters(value: CallLogFilters) {
    // Checked (a bad value throws), then without the page size, which belongs to the list.
    const next = validFilters(checkFilters(value ?? {}, 'filters'));
    if (this.#link.list) return;
    this.#show(next);
  }

  // Private helpers

  /**
   * Why the controls cannot filter now, or `undefined`: the linked list has a configuration error that is not a
   * filter value (one of those is marked on its control, and a person's change fixes it), or `for` names no list.
   */
  #offReason(): TemplateResult | undefined {
    if (this.#link.list && this.#invalid.size) return undefined;
    return this.#link.offReason(this.#t, { listError: 'filter.listError', noList: 'filter.noList' });
  }

  #show(filters: CallLogFilters): void {
    // A range changed elsewhere (a preset, Clear, the list, Back): the date select follows it again.
    if (filters.from !== this.#shown.from || filters.to !== this.#shown.to) {
      this.#custom = false;
      this.#drafts = {};
    }
    this.#shown = filters;
    this.requestUpdate();
  }

  /** What a control of `key` shows: a date field its unapplied entry, else the date of the range it is part of. */
  #valueOf(key: keyof CallLogFilters): string {
    if (key === 'from' || key === 'to') return this.#drafts[key] ?? datePart(this.#shown[key] ?? this.#reversed?.[key]);
    return String(this.#shown[key] ?? '');
  }

  /** The date option the range shown matches, today's presets counted afresh; else Custom. */
  #dateChoice(): DateChoice {
    if (this.#custom || this.#invalid.has('from') || this.#invalid.has('to')) return 'custom';
    return dateChoiceOf(this.#shown.from, this.#shown.to, new Date());
  }

  #isActive(preset: Preset): boolean {
    const filters = this.#shown;
    if (preset.clearsAll) return FILTER_KEYS.every((key) => filters[key] === undefined);
    return filters.callStatus === preset.callStatus && filters.callDirection === preset.callDirection;
  }

  /** A person's change: announce it, then apply it unless cancelled. */
  #commit(next: CallLogFilters): void {
    // A change away from a value the list rejects is a change, even to what the controls seem to show.
    const shown = this.filters;
    const unchanged = !this.#invalid.size && FILTER_KEYS.every((key) => next[key] === shown[key]);
    if (unchanged || !this.dispatchEvent(new CallLogFilterChangeEvent({ ...next }))) {
      // Nothing changed (say, only spaces were typed) or the page cancelled the change: the controls show the
      // person's choice, so render again to put back the filters in force.
      this.requestUpdate();
      return;
    }
    this.#show(next);
    const list = this.#link.list;
    // Through the list's `filters`, so its attributes stay in step.
    if (list) list.filters = { ...next, limit: list.filters.limit };
    this.#url.write(next, FILTER_KEYS.every((key) => key === 'search' || next[key] === shown[key]));
  }

  /** Applies filters a person did not choose here (the URL's): no event, no new history entry. */
  #applyQuietly(filters: CallLogFilters): void {
    const list = this.#link.list;
    if (list) list.filters = { ...filters, limit: list.filters.limit };
    else this.#show(filters);
  }

  /** The prefix of the URL's parameters, or `null` without `url-state`. */
  #urlPrefix(): string | null {
    const prefix = this.urlState;
    return prefix === null || prefix === undefined ? null : prefix || DEFAULT_URL_PREFIX;
  }

  /** Once per connection and list: the URL's filters, if it holds any, replace those the page set up. */
  #applyUrl(): void {
    const list = this.#link.list;
    if (this.#urlPrefix() === null || this.#urlTarget === list) return;
    this.#urlTarget = list;
    this.#urlBase = list ? validFilters(list.filters) : { ...this.#shown };
    const found = this.#url.read();
    if (found) this.#applyQuietly(found);
  }

  /** The linked list changed: newly linked, it takes the URL's filters; narrowed by "All calls with", the URL follows. */
  #urlFollowList(list: CallLogList): void {
    if (this.#urlPrefix() === null) return;
    if (this.#urlTarget !== list) {
      this.#applyUrl();
      return;
    }
    // A person's change made in the list, so Back in the browser undoes it as "Back to all calls" does.
    if (list.previousFilters === undefined) return;
    const now = validFilters(list.filters);
    const inUrl = this.#url.read() ?? {};
    if (FILTER_KEYS.some((key) => now[key] !== inUrl[key])) this.#url.write(now, false);
  }

  /** A `change` from a select, checkbox or text field. */
  #onFieldChange(event: Event): void {
    const control = event.target as HTMLInputElement;
    // Unchecked means "any call", not "calls without a recording"; a field of only spaces is unset too.
    const value = control.type === 'checkbox' ? control.checked : control.value.trim();
    this.#commit(withValues(this.filters, { [control.name]: value || undefined }));
  }

  #onPresetClick(preset: Preset): void {
    if (preset.clearsAll) return this.#clearAll();
    const { callStatus, callDirection } = preset;
    this.#commit(withValues(this.filters, { callStatus, callDirection }));
  }

  /** Clear, or the "All" preset: every filter, and the date select back to "Any time" even with no date set. */
  #clearAll(): void {
    this.#custom = false;
    this.#drafts = {};
    this.#commit({});
  }

  #onBack(): void {
    const previous = this.#link.list?.previousFilters;
    if (!previous) return;
    const hadFocus = (this.renderRoot as ShadowRoot).activeElement?.matches('[part~="back"]') ?? false;
    this.#commit(validFilters(previous));
    // The button leaves with the narrowing it undoes: focus goes to the next action, not to the page.
    if (hadFocus) {
      void this.updateComplete.then(() => {
        if (this.renderRoot.querySelector('[part~="back"]')) return;
        const root = this.renderRoot;
        const next = root.querySelector<HTMLElement>('.actions button:not(:disabled)') ?? root.querySelector<HTMLElement>('[part~="control"]:not(:disabled)');
        next?.focus();
      });
    }
  }

  // Typing: the search box and the date fields apply after a pause.

  /** Applies `key`'s field after `TYPING_DELAY`, again from the start at each keystroke. */
  #typeInto(key: TypedKey): void {
    // Another field's typing applies first (it lost focus without a blur, say, by a script's focus()).
    if (this.#typing && this.#typing.key !== key) this.#finishTyping();
    clearTimeout(this.#typing?.timer);
    this.#typing = { key, timer: setTimeout(() => this.#finishTyping(), TYPING_DELAY) };
  }

  /** Applies the typing that waits, now. */
  #finishTyping(): void {
    const typing = this.#typing;
    if (!typing) return;
    this.#cancelTyping();
    const control = this.renderRoot.querySelector<HTMLInputElement>(`[name="${typing.key}"]`);
    // A field gone meanwhile (its token left `fields`, Custom was left) has nothing to apply.
    if (control) this.#applyTyped(typing.key, control.value);
  }

  /**
   * Leaving a field applies its typing, a moment later: a field the page takes out of the document loses focus
   * first, and what it held then is no person's choice (see `disconnectedCallback`).
   */
  #onTypedBlur(): void {
    queueMicrotask(() => this.#finishTyping());
  }

  #cancelTyping(): void {
    clearTimeout(this.#typing?.timer);
    this.#typing = undefined;
  }

  #applyTyped(key: TypedKey, value: string): void {
    if (key === 'search') {
      // An emptied box unsets the search.
      this.#commit(withValues(this.filters, { search: cutSearch(value) || undefined }));
      return;
    }
    // A field left as it shows the range applied changes nothing, and keeps a date-time the list was given.
    if (this.#drafts[key] === undefined && value === datePart(this.#shown[key])) return;
    const drafts = { ...this.#drafts, [key]: value };
    // The other date as its field shows it: a backwards range the list holds is fixed by changing either end.
    const next = withValues(
      { ...this.filters, ...this.#reversed },
      Object.fromEntries(Object.entries(drafts).map(([name, date]) => [name, date || undefined])),
    );
    try {
      // As the list checks it: each a date, `from` on or before `to`.
      checkFilters(next);
    } catch {
      // Not applied, so the list never shows its configuration error for a date being typed; marked instead.
      this.#drafts = drafts;
      this.#custom = true;
      this.requestUpdate();
      return;
    }
    this.#drafts = {};
    this.#commit(next);
    // The dates a person entered keep the fields open, even when they happen to match a preset.
    this.#custom = true;
  }

  #onSearchInput(event: InputEvent): void {
    // A word still being composed (Japanese, Chinese, Korean input) applies once it is done.
    if (!event.isComposing) this.#typeInto('search');
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      this.#cancelTyping();
      this.#applyTyped('search', input.value);
    } else if (event.key === 'Escape' && input.value !== '') {
      // Only this: Escape does not also close the dialog or panel the filter sits in. An empty box lets it through.
      event.preventDefault();
      event.stopPropagation();
      input.value = '';
      this.#cancelTyping();
      this.#applyTyped('search', '');
    }
  }

  #onDateKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    const input = event.target as HTMLInputElement;
    this.#cancelTyping();
    this.#applyTyped(input.name as TypedKey, input.value);
  }

  #onDateChoice(event: Event): void {
    const choice = (event.target as HTMLSelectElement).value as DateChoice;
    this.#drafts = {};
    this.#custom = choice === 'custom';
    // Custom only opens the date fields: nothing changes until a date is entered.
    if (this.#custom) {
      this.requestUpdate();
      return;
    }
    const range = DATE_OPTIONS.find(({ value }) => value === choice)?.range?.(new Date());
    this.#commit(withValues(this.filters, { from: range?.from, to: range?.to }));
  }

  // Rendering

  /** One control and its label. A value the list rejects is marked, and shows as empty or "Not valid". */
  #renderField(token: PlainToken): TemplateResult {
    const key = keyOf(token);
    const invalid = this.#invalid.has(key);
    const t = this.#t;
    const label = html`<label part="label" for=${token}>${t(FILTER_LABELS[key])}</label>`;
    if (key === 'hasRecording') {
      return html`
        <div part="field" class="checkbox">
          <input
            part="control"
            type="checkbox"
            id=${token}
            name=${key}
            aria-invalid=${invalid}
            ?disabled=${this.#off}
            @change=${this.#onFieldChange}
          />
          ${label}
        </div>
      `;
    }
    // The values are set after each render (see `updated`). "Not valid" comes first and shares the empty value with
    // "All", so a select whose value the list rejects shows it, and any choice, "All" too, replaces the bad value.
    const control =
      key in FILTER_VALUES
        ? html`<select
            part="control"
            id=${token}
            name=${key}
            aria-invalid=${invalid}
            ?disabled=${this.#off}
            @change=${this.#onFieldChange}
          >
            ${invalid ? html`<option value="" disabled hidden>${t('filter.invalid')}</option>` : nothing}
            <option value="">${t('filter.all')}</option>
            ${FILTER_VALUES[key as keyof typeof FILTER_VALUES].map(
              (option) => html`<option value=${option}>${t(valueKey(key as keyof typeof FILTER_VALUES, option))}</option>`,
            )}
          </select>`
        : html`<input
            part="control"
            type="text"
            id=${token}
            name=${key}
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-invalid=${invalid}
            ?disabled=${this.#off}
            @change=${this.#onFieldChange}
          />`;
    return html`<div part="field">${label} ${control}</div>`;
  }

  /** The search box: its value is set after each render, except while a person types in it (see `updated`). */
  #renderSearch(): TemplateResult {
    const t = this.#t;
    return html`<div part="field">
      <label part="label" for="search">${t('filter.search')}</label>
      <input
        part="control"
        type="search"
        id="search"
        name="search"
        placeholder=${t('filter.searchHint')}
        maxlength=${MAX_SEARCH_LENGTH}
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-invalid=${this.#invalid.has('search')}
        ?disabled=${this.#off}
        @input=${this.#onSearchInput}
        @compositionend=${() => this.#typeInto('search')}
        @keydown=${this.#onSearchKeydown}
        @blur=${this.#onTypedBlur}
      />
    </div>`;
  }

  /** The date select, and the From and To fields while it reads Custom. */
  #renderDate(): TemplateResult {
    const t = this.#t;
    const select = html`<div part="field">
      <label part="label" for="date">${t('filter.date')}</label>
      <select part="control" id="date" ?disabled=${this.#off} @change=${this.#onDateChoice}>
        ${DATE_OPTIONS.map((option) => html`<option value=${option.value}>${t(option.label)}</option>`)}
      </select>
    </div>`;
    if (this.#dateChoice() !== 'custom') return select;
    return html`${select} ${this.#renderDateField('from')} ${this.#renderDateField('to')}`;
  }

  #renderDateField(key: 'from' | 'to'): TemplateResult {
    return html`<div part="field">
      <label part="label" for=${key}>${this.#t(FILTER_LABELS[key])}</label>
      <input
        part="control"
        type="date"
        id=${key}
        name=${key}
        aria-invalid=${this.#invalid.has(key) || this.#drafts[key] !== undefined}
        ?disabled=${this.#off}
        @change=${() => this.#typeInto(key)}
        @keydown=${this.#onDateKeydown}
        @blur=${this.#onTypedBlur}
      />
    </div>`;
  }

  #renderFieldFor(token: FieldToken): TemplateResult {
    if (token === 'search') return this.#renderSearch();
    if (token === 'date') return this.#renderDate();
    return this.#renderField(token);
  }

  #renderPresets(): TemplateResult {
    // No preset matches a list whose filters are not valid.
    const active = this.#invalid.size ? undefined : PRESETS.find((preset) => this.#isActive(preset));
    return html`
      <div part="presets" role="group" aria-label=${this.#t('filter.presets')}>
        ${PRESETS.map(
          (preset) => html`
            <button
              type="button"
              part="preset"
              aria-pressed=${preset === active}
              ?disabled=${this.#off}
              @click=${() => this.#onPresetClick(preset)}
            >
              ${this.#t(preset.label)}
            </button>
          `,
        )}
      </div>
    `;
  }

  #renderToggle(): TemplateResult {
    // A bad value counts as set, so a folded control that needs attention is not hidden without a hint; a range is
    // one filter, as the date select is one control.
    const set = FILTER_KEYS.filter((key) => this.#shown[key] !== undefined || this.#invalid.has(key));
    const count = new Set(set.map((key) => (key === 'to' ? 'from' : key))).size;
    return html`<button
      type="button"
      part="toggle"
      aria-expanded=${this.#fieldsOpen}
      aria-controls="fields"
      ?disabled=${this.#off}
      @click=${() => {
        this.#fieldsOpen = !this.#fieldsOpen;
        this.requestUpdate();
      }}
    >
      ${count > 0 ? this.#t('filter.toggleCount', { count }) : this.#t('filter.toggle')}
    </button>`;
  }

  #renderBack(): TemplateResult {
    return html`<button type="button" part="back" ?disabled=${this.#off} @click=${this.#onBack}>
      ${this.#t('filter.back')}
    </button>`;
  }

  #renderActions(tokens: FieldToken[], visible: Set<CallLogFilterField>): TemplateResult | typeof nothing {
    const back = this.#link.list?.previousFilters !== undefined;
    const presets = visible.has('presets');
    const clear = visible.has('clear');
    const toggle = this.#compact && tokens.length > 0;
    if (!back && !presets && !clear && !toggle) return nothing;
    return html`<div class="actions">
      ${back ? this.#renderBack() : nothing} ${presets ? this.#renderPresets() : nothing}
      ${toggle ? this.#renderToggle() : nothing}
      ${clear
        ? html`<button type="button" part="clear" ?disabled=${this.#off} @click=${this.#clearAll}>${this.#t('filter.clear')}</button>`
        : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    // Until the language's words have arrived the filter shows no controls, never words of another language.
    if (!this.#localize.ready) return html`<div part="base" aria-busy="true"></div>`;
    const reason = this.#offReason();
    this.#off = reason !== undefined;
    // Parsed at each render: a handful of tokens.
    const visible = parseFields(this.fields);
    const compact = this.#compact;
    const tokens = FIELD_TOKENS.filter((token) => visible.has(token));
    const fields = tokens.length
      ? html`<div class="fields" id="fields" ?hidden=${compact && !this.#fieldsOpen}>
          ${tokens.map((token) => this.#renderFieldFor(token))}
        </div>`
      : nothing;
    const actions = this.#renderActions(tokens, visible);
    // Narrow, the presets and the "Filters" button come first and the controls open below them.
    return html`
      <div
        part="base"
        role="group"
        aria-label=${this.#t('filter.label')}
        aria-describedby=${reason ? 'reason' : nothing}
        lang=${this.#localize.lang}
        dir=${this.#localize.dir}
      >
        ${reason ? html`<p part="reason" class="reason" id="reason" role="status">${reason}</p>` : nothing}
        ${compact ? [actions, fields] : [fields, actions]}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-log-filter': CallLogFilter;
  }
}
