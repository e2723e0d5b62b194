import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { CallLogList } from '../call-log-list/call-log-list.js';
import { CallLogFilterChangeEvent } from '../events/call-log-events.js';
import type { CallDirection, CallStatus } from '../model/call-log.js';
import { Localize, stringsAttribute } from '../localize/localize.js';
import { FILTER_LABELS, valueKey, type MessageKey, type MessageOverrides } from '../localize/messages.js';
import { FILTER_KEYS, FILTER_VALUES, checkFilter, checkFilters, type CallLogFilters } from '../model/query.js';
import { styles } from './call-log-filter.styles.js';
import { ListLink } from './list-link.js';

/** The tokens of the `fields` attribute, in the order the controls appear. */
export const CALL_LOG_FILTER_FIELDS = [
  'session-type',
  'call-status',
  'call-direction',
  'call-category',
  'has-recording',
  'uid',
  'guid',
  'presets',
  'clear',
] as const;

export type CallLogFilterField = (typeof CALL_LOG_FILTER_FIELDS)[number];

/** The tokens of the filter controls (every token but `presets` and `clear`). */
type FieldToken = Exclude<CallLogFilterField, 'presets' | 'clear'>;

/** The filter controls, in the order they appear. */
const FIELD_TOKENS = CALL_LOG_FILTER_FIELDS.filter((token) => token !== 'presets' && token !== 'clear') as FieldToken[];

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
const keyOf = (token: FieldToken): keyof CallLogFilters =>
  token.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as keyof CallLogFilters;

/**
 * A list's filters as the controls can show them. A list's attribute may hold a bad value (the list reports that
 * itself, as an error); it is left out here, so a person's next change replaces it with valid filters.
 */
function validFilters(filters: object): CallLogFilters {
  const result: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = (filters as Record<string, unknown>)[key];
    if (value === undefined) continue;
    try {
      // The list's own check, so the two never disagree.
      result[key] = checkFilter(key, value, key);
    } catch {
      // Left out.
    }
  }
  return result as CallLogFilters;
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
 * Filter controls for a `<call-log-list>`: type, status, direction, category, "with recording", user and group,
 * plus quick presets and a Clear button. Each control is a native form control named by its visible label.
 *
 * Linking: with `for="list-id"` it drives the `<call-log-list>` of that id in the same document or shadow root
 * (found again when `for` changes or the list appears, moves or is replaced later); without `for`, placed inside a
 * list as a light-DOM child, it drives that list. Linked, it shows the list's filters as they change, whoever
 * changes them. Unlinked, it keeps its own filters and only fires its event, for the page to use. A filter the list
 * holds a bad value for (the list then shows its configuration error) is marked `aria-invalid="true"` with a ring
 * in the warning colour, a select reading "Not valid", and no preset is pressed; any change made in the controls
 * replaces the bad value.
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
 * @csspart control - A native select, checkbox or text input.
 * @csspart presets - The group of quick preset buttons.
 * @csspart preset - One preset button; the active one has `aria-pressed="true"`.
 * @csspart clear - The Clear button.
 * @csspart reason - Why the controls are disabled: the linked list's configuration error, or no list with the `for` id.
 * @csspart toggle - In a narrow filter (under 30rem), the "Filters" button that shows and hides the controls;
 * it counts the filters set.
 *
 * @cssprop [--call-log-font=inherit] - Font family.
 * @cssprop [--call-log-font-size=0.9375rem] - Base font size.
 * @cssprop [--call-log-color-text=light-dark(#1f2328, #e8eaed)] - Text colour.
 * @cssprop [--call-log-color-muted=light-dark(#59636e, #a8b0b9)] - Colour of the labels.
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
  };

  #htmlFor: string | null = null;
  readonly #localize = new Localize(this, { locale: () => this.locale, strings: () => this.strings });
  readonly #t = this.#localize.t.bind(this.#localize);
  readonly #link = new ListLink(this, {
    htmlFor: () => this.#htmlFor,
    // Shows the linked list's filters; unlinked, the controls keep the last filters shown, as this element's own.
    onListChange: (list) => {
      const filters = list?.filters ?? {};
      const valid = validFilters(filters);
      this.#invalid = new Set(FILTER_KEYS.filter((key) => filters[key] !== undefined && valid[key] === undefined));
      if (list) this.#show(valid);
      // The list's configuration error, or its absence, shows here too.
      else this.requestUpdate();
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
  /** Narrower than `COMPACT_WIDTH`: the controls fold behind a "Filters" button, below the presets. */
  #compact = false;
  #fieldsOpen = false;
  /** Set at each render: the controls cannot filter now (see `#offReason`). */
  #off = false;

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
   * Which controls appear: space-separated tokens out of `session-type call-status call-direction call-category
   * has-recording uid guid presets clear`. Controls keep that order whatever the order of the tokens; unknown tokens
   * are ignored; an empty value shows no control. Without the attribute, every control appears.
   */
  fields: string | null = CALL_LOG_FILTER_FIELDS.join(' ');
  /**
   * A BCP 47 tag for the words (`de`, `pt-BR`, `ar`). Default: the closest `lang` around the element, then the
   * page's, then the browser's language, as for `<call-log-list>`.
   */
  locale: string | undefined;
  /** Other words for some messages, by key, as on `<call-log-list>`; as an attribute, the same as JSON. */
  strings: MessageOverrides | undefined;


  // Lifecycle

  protected override willUpdate(): void {
    this.#localize.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  /**
   * Puts each control in step with the filters shown, after every render. Bindings would not do: Lit sets a value
   * only when it differs from the one it set last, so a choice the page cancelled (or one that changed nothing)
   * would stay on screen.
   */
  protected override updated(): void {
    for (const control of this.renderRoot.querySelectorAll<HTMLInputElement>('[name]')) {
      const value = this.#shown[control.name as keyof CallLogFilters];
      if (control.type === 'checkbox') control.checked = value === true;
      else control.value = String(value ?? '');
    }
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
    const list = this.#link.list;
    const error = list?.error;
    if (list) {
      if (error?.code !== 'INVALID_CONFIG' || this.#invalid.size) return undefined;
      // The list's message is for the page's author, in English, as the list shows it.
      return html`${this.#t('filter.listError')} <span lang="en" dir="ltr">${error.message}</span>`;
    }
    const id = this.#htmlFor;
    if (id === null || !this.isConnected) return undefined;
    // A list whose element is defined later links then: not missing meanwhile.
    const found = (this.getRootNode() as Document | ShadowRoot).getElementById?.(id);
    if (found?.matches(':not(:defined)')) return undefined;
    return html`${this.#t('filter.noList', { id })}`;
  }

  #show(filters: CallLogFilters): void {
    this.#shown = filters;
    this.requestUpdate();
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
  }

  /** A `change` from any control (the event bubbles to their wrapper). */
  #onFieldChange(event: Event): void {
    const control = event.target as HTMLInputElement;
    // Unchecked means "any call", not "calls without a recording"; a field of only spaces is unset too.
    const value = control.type === 'checkbox' ? control.checked : control.value.trim();
    this.#commit(withValues(this.filters, { [control.name]: value || undefined }));
  }

  #onPresetClick(preset: Preset): void {
    const { callStatus, callDirection } = preset;
    this.#commit(preset.clearsAll ? {} : withValues(this.filters, { callStatus, callDirection }));
  }

  // Rendering

  /** One control and its label. A value the list rejects is marked, and shows as empty or "Not valid". */
  #renderField(token: FieldToken): TemplateResult {
    const key = keyOf(token);
    const invalid = this.#invalid.has(key);
    const t = this.#t;
    const label = html`<label part="label" for=${token}>${t(FILTER_LABELS[key])}</label>`;
    if (key === 'hasRecording') {
      return html`
        <div part="field" class="checkbox">
          <input part="control" type="checkbox" id=${token} name=${key} aria-invalid=${invalid} ?disabled=${this.#off} />
          ${label}
        </div>
      `;
    }
    // The values are set after each render (see `updated`). "Not valid" comes first and shares the empty value with
    // "All", so a select whose value the list rejects shows it, and any choice, "All" too, replaces the bad value.
    const control =
      key in FILTER_VALUES
        ? html`<select part="control" id=${token} name=${key} aria-invalid=${invalid} ?disabled=${this.#off}>
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
          />`;
    return html`<div part="field">${label} ${control}</div>`;
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
    // A bad value counts as set, so a folded control that needs attention is not hidden without a hint.
    const count = FILTER_KEYS.filter((key) => this.#shown[key] !== undefined || this.#invalid.has(key)).length;
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
      ? html`<div class="fields" id="fields" ?hidden=${compact && !this.#fieldsOpen} @change=${this.#onFieldChange}>
          ${tokens.map((token) => this.#renderField(token))}
        </div>`
      : nothing;
    const presets = visible.has('presets');
    const clear = visible.has('clear');
    const actions =
      presets || clear || compact
        ? html`<div class="actions">
            ${presets ? this.#renderPresets() : nothing} ${compact && tokens.length ? this.#renderToggle() : nothing}
            ${clear ? html`<button type="button" part="clear" ?disabled=${this.#off} @click=${() => this.#commit({})}>${this.#t('filter.clear')}</button>` : nothing}
          </div>`
        : nothing;
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
