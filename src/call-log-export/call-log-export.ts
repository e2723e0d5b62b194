import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CallLogError } from '../errors/call-log-error.js';
import type { CallLogExportFormat } from '../events/call-log-events.js';
import { ListLink } from '../linking/list-link.js';
import { errorSentence } from '../localize/error-text.js';
import { Localize, stringsAttribute } from '../localize/localize.js';
import type { MessageOverrides } from '../localize/messages.js';
import { reportWordsReady, useReportWords } from '../localize/report-words.js';
import { styles } from './call-log-export.styles.js';

/** The tokens of the `formats` attribute, in the order the buttons appear. */
export const CALL_LOG_EXPORT_FORMATS = ['csv', 'jsonl'] as const satisfies readonly CallLogExportFormat[];

/** What the element shows: its buttons (with how the last export went), or an export in progress. */
type ExportState =
  | { kind: 'idle' }
  | { kind: 'reading'; format: CallLogExportFormat; read: number; total?: number }
  | { kind: 'done'; format: CallLogExportFormat; count: number }
  | { kind: 'cancelled'; format: CallLogExportFormat }
  | { kind: 'failed'; format: CallLogExportFormat; error: CallLogError };

/** Unknown tokens are ignored, so markup written for a later version never breaks this one. */
function parseFormats(formats: string | null | undefined): CallLogExportFormat[] {
  if (formats === null || formats === undefined) return [...CALL_LOG_EXPORT_FORMATS];
  const tokens = new Set(String(formats).toLowerCase().split(/\s+/));
  return CALL_LOG_EXPORT_FORMATS.filter((format) => tokens.has(format));
}

/**
 * Buttons that export a `<call-log-list>`'s calls to a file: every call that matches the list's filters (search and
 * date range included), not only the rows loaded, as CSV for spreadsheets or JSON Lines for scripts (see the list's
 * `exportCalls()`, which they call). While the calls are read, a progress bar says how many ("1,200 of 4,800 calls"
 * when the source tells the total) beside a Cancel button, which aborts the request in flight and saves nothing;
 * then a line says how it went, with Retry after a failure. The buttons stay in place (unavailable while an export
 * reads), so focus stays where a person put it.
 *
 * Linking: with `for="list-id"` it exports the `<call-log-list>` of that id in the same document or shadow root;
 * without `for`, placed inside a list as a light-DOM child, that list.
 *
 * @summary Exports a `<call-log-list>`'s filtered calls as CSV or JSON Lines, with progress and Cancel.
 *
 * @csspart base - The wrapper of the buttons, the progress and the status.
 * @csspart export-button - One format's button; `data-format` is `csv` or `jsonl`.
 * @csspart progress - The progress bar (a native `progress`) while calls are read.
 * @csspart cancel-button - Stops the export in progress.
 * @csspart status - How many calls are read, or how the last export went.
 * @csspart retry-button - After a failure, exports again.
 * @csspart reason - Why the buttons are disabled: the linked list's configuration error, or no list with the `for` id.
 *
 * @cssprop [--call-log-font=inherit] - Font family.
 * @cssprop [--call-log-font-size=0.9375rem] - Base font size.
 * @cssprop [--call-log-color-text=light-dark(#1f2328, #e8eaed)] - Text colour.
 * @cssprop [--call-log-color-muted=light-dark(#59636e, #a8b0b9)] - Colour of the status line.
 * @cssprop [--call-log-color-bg=light-dark(#ffffff, #16181d)] - Background of the buttons.
 * @cssprop [--call-log-color-border=light-dark(#818b98, #6e7681)] - Borders of the buttons.
 * @cssprop [--call-log-color-accent=light-dark(#0a66d8, #7cb4ff)] - Focus rings, hover borders, the progress bar.
 * @cssprop [--call-log-color-missed=#e5484d] - The mark beside a failure or the reason the buttons are off.
 * @cssprop [--call-log-spacing=0.5rem] - Gap between the buttons.
 * @cssprop [--call-log-radius=0.5rem] - Corner radius of the buttons.
 */
export class CallLogExport extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators, which would add Lit's decorator code to the script-tag bundle.
  static override properties: PropertyDeclarations = {
    // The accessor below requests its own updates.
    htmlFor: { attribute: 'for', noAccessor: true },
    formats: {},
    locale: {},
    strings: { converter: stringsAttribute },
  };

  #htmlFor: string | null = null;
  readonly #localize = new Localize(this, { locale: () => this.locale, strings: () => this.strings });
  /** Whether the element's words are all here, the report words of its language included (see `willUpdate`). */
  #wordsReady = false;
  readonly #t = this.#localize.t.bind(this.#localize);
  // The list's state matters here only for its configuration error, shown as the reason the buttons are off.
  readonly #link = new ListLink(this, { htmlFor: () => this.#htmlFor, onListChange: () => this.requestUpdate() });
  #state: ExportState = { kind: 'idle' };
  /** Aborts the export in progress; each export has its own, so a late answer of an earlier one is dropped. */
  #abort: AbortController | undefined;

  /**
   * The id of the `<call-log-list>` to export, looked up in this element's document or shadow root. Without it, the
   * list the element is placed in, if any.
   */
  get htmlFor(): string | null {
    return this.#htmlFor;
  }
  set htmlFor(value: string | null) {
    const old = this.#htmlFor;
    this.#htmlFor = value ?? null;
    this.requestUpdate('htmlFor', old);
    this.#link.relink();
  }

  /**
   * Which buttons appear: space-separated tokens out of `csv jsonl`, in that order whatever the order of the tokens;
   * unknown tokens are ignored. Without the attribute, both.
   */
  formats: string | null = CALL_LOG_EXPORT_FORMATS.join(' ');
  /** A BCP 47 tag for the words and numbers, as for `<call-log-list>` (default: the closest `lang`, then the page's). */
  locale: string | undefined;
  /** Other words for some messages, by key, as on `<call-log-list>`; as an attribute, the same as JSON. */
  strings: MessageOverrides | undefined;

  // Lifecycle

  constructor() {
    super();
    useReportWords();
  }

  protected override willUpdate(): void {
    this.#localize.resolve();
    this.#wordsReady = reportWordsReady(this.#localize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // An export no one can see the end of, or cancel, stops.
    this.cancel();
  }

  // Public methods

  /** Exports the linked list's calls as `format`, as its button does; resolves once the export has ended. */
  async export(format: CallLogExportFormat = 'csv'): Promise<void> {
    const list = this.#link.list;
    if (!list || this.#state.kind === 'reading') return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const current = () => this.#abort === abort;
    this.#set({ kind: 'reading', format, read: 0 });
    try {
      const result = await list.exportCalls({
        format,
        signal: abort.signal,
        onProgress: ({ read, total }) => {
          if (current()) this.#set({ kind: 'reading', format, read, ...(total === undefined ? {} : { total }) });
        },
      });
      if (current()) this.#set(result ? { kind: 'done', format, count: result.count } : { kind: 'idle' });
    } catch (error) {
      const failure = CallLogError.from(error);
      if (current()) this.#set(failure.code === 'ABORTED' ? { kind: 'cancelled', format } : { kind: 'failed', format, error: failure });
    } finally {
      if (current()) this.#abort = undefined;
    }
  }

  /** Stops the export in progress, if any: the request in flight is aborted and nothing is saved. */
  cancel(): void {
    this.#abort?.abort();
  }

  // Private helpers

  #set(state: ExportState): void {
    this.#state = state;
    this.requestUpdate();
  }

  /** Why the buttons cannot export now, or `undefined`. */
  #offReason(): TemplateResult | undefined {
    return this.#link.offReason(this.#t, { listError: 'export.listError', noList: 'export.noList' });
  }

  #renderProgress(state: Extract<ExportState, { kind: 'reading' }>): TemplateResult {
    const t = this.#t;
    const { read, total } = state;
    const text = total === undefined ? t('report.progress', { count: read }) : t('report.progressOf', { read, count: total });
    // Without a total the bar is indeterminate: it moves without claiming how far the reading has come.
    return html`<progress
        part="progress"
        aria-label=${t('export.reading')}
        aria-valuetext=${text}
        max=${total ?? 1}
        value=${ifDefined(total === undefined ? undefined : Math.min(read, total))}
      ></progress>
      <span part="status">${text}</span>
      <button part="cancel-button" type="button" @click=${() => this.cancel()}>${t('export.cancel')}</button>`;
  }

  /**
   * The buttons stay while an export reads, marked unavailable rather than disabled, so the one a person pressed
   * keeps the focus (a disabled or removed button would drop it to the page).
   */
  #renderButtons(disabled: boolean, busy: boolean): TemplateResult[] {
    return parseFormats(this.formats).map(
      (format) =>
        html`<button
          part="export-button"
          type="button"
          data-format=${format}
          ?disabled=${disabled}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.export(format)}
        >
          ${this.#t(format === 'csv' ? 'export.csv' : 'export.jsonl')}
        </button>`,
    );
  }

  #renderOutcome(): TemplateResult | typeof nothing {
    const state = this.#state;
    const t = this.#t;
    switch (state.kind) {
      case 'done':
        return html`<p part="status" role="status">${t('export.done', { count: state.count })}</p>`;
      case 'cancelled':
        return html`<p part="status" role="status">${t('export.cancelled')}</p>`;
      case 'failed':
        return html`<p part="status" data-state="failed" role="alert">
            ${t('export.failed', { reason: errorSentence(state.error, t) })}
          </p>
          <button part="retry-button" type="button" @click=${() => this.export(state.format)}>${t('error.retry')}</button>`;
      default:
        return nothing;
    }
  }

  protected override render(): TemplateResult {
    const localize = this.#localize;
    if (!this.#wordsReady) return html`<div part="base" aria-busy="true"></div>`;
    const state = this.#state;
    const reason = this.#offReason();
    const off = !this.#link.list || reason !== undefined;
    return html`<div part="base" role="group" aria-label=${this.#t('export.label')} lang=${localize.lang} dir=${localize.dir}>
      ${reason ? html`<p part="reason" role="status">${reason}</p>` : nothing}
      ${this.#renderButtons(off, state.kind === 'reading')}
      ${state.kind === 'reading' ? this.#renderProgress(state) : this.#renderOutcome()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-log-export': CallLogExport;
  }
}
