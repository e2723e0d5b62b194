import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CallLogList } from '../call-log-list/call-log-list.js';
import { CallLogFormat } from '../call-log-list/call-log-format.js';
import { readCalls } from '../controllers/read-pages.js';
import { CallLogError } from '../errors/call-log-error.js';
import { CallLogPeriodChangeEvent, type SummaryPeriod } from '../events/summary-events.js';
import { ListLink } from '../linking/list-link.js';
import { errorSentence } from '../localize/error-text.js';
import { Localize, stringsAttribute } from '../localize/localize.js';
import type { MessageOverrides } from '../localize/messages.js';
import { reportWordsReady, useReportWords } from '../localize/report-words.js';
import { inRange, rangeOf, readDate } from '../model/find.js';
import { checkFilters, quoteAll, type CallLogFilters } from '../model/query.js';
import type { CallLogSource } from '../sources/call-log-source.js';
import { CallTally, nameOf, type CallFigures } from './call-tally.js';
import { styles } from './call-log-summary.styles.js';
import { PERIOD_LABELS, SUMMARY_PERIODS, firstDayOfWeek, narrowFilters, periodRange, type DateRange } from './periods.js';

/** What is counted: the list's calls from its source, its filters narrowed to the period (`null`: no day is in both). */
interface CountPlan {
  list: CallLogList;
  source: CallLogSource | undefined;
  filters: CallLogFilters | null;
  viewerUid: string | undefined;
  /** The filters and the viewer, to tell a plan that changed from one that did not. */
  key: string;
}

/** How far a count has come. */
interface CountProgress {
  read: number;
  total?: number;
}

/**
 * Sums up the calls of a `<call-log-list>` for a period a person picks (all time, today, this week, this month, or
 * the range of `from` and `to`): how many, answered and missed, the talk time in all and per call, audio and video
 * minutes as the source counts them, and the three people or groups with the most calls (each a button that shows the
 * list's calls with them, as a row's "All calls with …" does). It counts every call that matches the list's filters
 * (search and date range included) within the period, not only the rows loaded, reading them page by page with a
 * progress bar; it counts again when the filters, the source or the period change, or on Refresh, and adds the calls
 * the list's checks for new calls bring (`refresh-interval`) without counting the rest again. Numbers and durations
 * are written in the element's language.
 *
 * Linking: with `for="list-id"` it sums up the `<call-log-list>` of that id in the same document or shadow root;
 * without `for`, placed inside a list as a light-DOM child, that list.
 *
 * @summary Sums up a `<call-log-list>`'s filtered calls for a period: counts, answered and missed, durations, minutes.
 *
 * @fires call-log-period-change - {CallLogPeriodChangeEvent} A person picked another period in the select. `detail`: `{ period }`.
 *
 * @csspart base - The wrapper of the whole summary.
 * @csspart header - The period select and the Refresh button.
 * @csspart period - The period select (a native `select`).
 * @csspart refresh-button - Counts again from scratch.
 * @csspart progress-row - The progress bar with its status while calls are counted, or a failure with Retry.
 * @csspart progress - The progress bar (a native `progress`) while calls are counted.
 * @csspart status - How many calls are read, or why the count failed.
 * @csspart retry-button - After a failure, counts again.
 * @csspart reason - Why there is nothing to show: a configuration error, or no list with the `for` id.
 * @csspart figures - The list of figures (a `dl`).
 * @csspart figure - One figure; `data-figure` is `calls`, `answered`, `missed`, `talk-time`, `average-call`, `audio-minutes` or `video-minutes`.
 * @csspart label - A figure's name.
 * @csspart value - A figure's value.
 * @csspart busiest-group - The busiest people or groups with their heading.
 * @csspart busiest - The list of the people or groups with the most calls.
 * @csspart busiest-label - Its heading.
 * @csspart party - One of them, a button that shows the list's calls with them: `party-name` and `party-calls` inside.
 * @csspart party-name - Their name.
 * @csspart party-calls - Their number of calls.
 *
 * @cssprop [--call-log-font=inherit] - Font family.
 * @cssprop [--call-log-font-size=0.9375rem] - Base font size.
 * @cssprop [--call-log-color-text=light-dark(#1f2328, #e8eaed)] - Text colour, and the figures' values.
 * @cssprop [--call-log-color-muted=light-dark(#59636e, #a8b0b9)] - Colour of the figures' names and the status line.
 * @cssprop [--call-log-color-bg=light-dark(#ffffff, #16181d)] - Background of the figures, the select and the buttons.
 * @cssprop [--call-log-color-border=light-dark(#d8dee4, #343942)] - Borders of the figures and the busiest (of the select and the buttons: `light-dark(#818b98, #6e7681)`, for a control's contrast).
 * @cssprop [--call-log-color-accent=light-dark(#0a66d8, #7cb4ff)] - Focus rings, hover borders, the progress bar.
 * @cssprop [--call-log-color-missed=#e5484d] - The missed calls' figure, and the mark beside a failure.
 * @cssprop [--call-log-spacing=0.5rem] - Gaps between the parts.
 * @cssprop [--call-log-radius=0.5rem] - Corner radius of the figures, the select and the buttons.
 */
export class CallLogSummary extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators, which would add Lit's decorator code to the script-tag bundle.
  static override properties: PropertyDeclarations = {
    // The accessor below requests its own updates.
    htmlFor: { attribute: 'for', noAccessor: true },
    period: {},
    from: {},
    to: {},
    locale: {},
    strings: { converter: stringsAttribute },
  };

  #htmlFor: string | null = null;
  readonly #localize = new Localize(this, { locale: () => this.locale, strings: () => this.strings });
  /** Whether the element's words are all here, the report words of its language included (see `willUpdate`). */
  #wordsReady = false;
  readonly #t = this.#localize.t.bind(this.#localize);
  readonly #link = new ListLink(this, { htmlFor: () => this.#htmlFor, onListChange: () => this.requestUpdate() });
  /** What to count, derived in `willUpdate`; the same object while nothing it depends on changes. */
  #plan: CountPlan | undefined;
  /** The summary's own settings error, in English for the page's author. */
  #configError: string | undefined;
  /** The period in force: `period`, else a range when `from` or `to` is set, else all time. */
  #period: SummaryPeriod = 'all';
  /** Bumped by Refresh, so the count runs again with the same plan. */
  #recounts = 0;
  #tally: CallTally | undefined;
  #figures: CallFigures | undefined;
  #progress: CountProgress | undefined;
  #format = new CallLogFormat('en');
  #minutes = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  /** The list whose checks for new calls are followed, and how to stop. */
  #followed: { list: CallLogList; stop(): void } | undefined;

  /** Counts the plan's calls; a new plan or Refresh aborts the count in flight, and its late pages are dropped. */
  readonly #count = new Task(this, {
    args: () => [this.#plan, this.#recounts] as const,
    task: async ([plan], { signal }) => {
      const tally = (this.#tally = plan ? new CallTally(plan.viewerUid) : undefined);
      this.#figures = tally?.figures();
      this.#progress = undefined;
      if (!plan?.filters) return;
      const current = () => this.#tally === tally && !signal.aborted;
      this.#progress = { read: 0 };
      const pages = readCalls(plan.list.controller, {
        filters: plan.filters,
        signal,
        onPage: ({ read, total }) => {
          if (current()) this.#progress = { read, ...(total === undefined ? {} : { total }) };
        },
      });
      try {
        for await (const page of pages) {
          if (!current()) return;
          tally!.add(page);
          this.#figures = tally!.figures();
          this.requestUpdate();
        }
      } finally {
        // A count a newer one replaced leaves the newer one's progress alone.
        if (this.#tally === tally) this.#progress = undefined;
      }
    },
  });

  constructor() {
    super();
    useReportWords();
  }

  /**
   * The id of the `<call-log-list>` to sum up, looked up in this element's document or shadow root. Without it, the
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
   * The period counted, one of `all`, `today`, `week` (from the day the language's week starts on), `month` or
   * `range` (from `from` to `to`); a person changes it with the select. Absent: `range` when `from` or `to` is set,
   * else `all`.
   */
  period: SummaryPeriod | undefined;
  /** The first day (or moment) of the `range` period: an ISO 8601 date or date-time, in the page's time zone. */
  from: string | undefined;
  /** The last day (or moment) of the `range` period, as `from`. */
  to: string | undefined;
  /** A BCP 47 tag for the words and numbers, as for `<call-log-list>` (default: the closest `lang`, then the page's). */
  locale: string | undefined;
  /** Other words for some messages, by key, as on `<call-log-list>`; as an attribute, the same as JSON. */
  strings: MessageOverrides | undefined;

  /** The figures counted so far (all of them once the count is done); `undefined` before a count starts. */
  get figures(): CallFigures | undefined {
    return this.#figures;
  }

  /** Resolves once the count in progress, if any, is done (or has failed). */
  get counted(): Promise<void> {
    return this.#count.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  // Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow(undefined);
  }

  protected override willUpdate(): void {
    if (this.#localize.resolve()) {
      const lang = this.#localize.lang;
      this.#format = new CallLogFormat(lang);
      this.#minutes = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    }
    this.#wordsReady = reportWordsReady(this.#localize);
    this.#plan = this.#nextPlan();
    this.#follow(this.#plan?.list);
  }

  // Public methods

  /** Counts again from scratch, as the Refresh button does. */
  refresh(): void {
    this.#recounts++;
    this.requestUpdate();
  }

  // Private helpers

  /** The plan for the current list, filters and period; the previous one while none of them changed. */
  #nextPlan(): CountPlan | undefined {
    this.#configError = undefined;
    const list = this.#link.list;
    let custom: DateRange;
    try {
      custom = checkFilters({ from: this.from, to: this.to }, 'from and to');
      const period = this.period ?? (custom.from || custom.to ? 'range' : 'all');
      if (!(SUMMARY_PERIODS as readonly string[]).includes(period)) {
        throw new CallLogError('INVALID_CONFIG', `period: ${JSON.stringify(period)} is not allowed; use one of ${quoteAll(SUMMARY_PERIODS)}.`);
      }
      if (period === 'range' && !custom.from && !custom.to) {
        throw new CallLogError('INVALID_CONFIG', 'period: "range" needs a from date, a to date or both.');
      }
      this.#period = period;
    } catch (error) {
      this.#configError = CallLogError.from(error).message;
      return undefined;
    }
    if (!list || list.error?.code === 'INVALID_CONFIG') return undefined;
    // The language's week is read only for the week.
    const weekStart = this.#period === 'week' ? firstDayOfWeek(this.#localize.lang) : 0;
    const range = periodRange(this.#period, new Date(), weekStart, custom);
    // The page size is the list's own: a reading pages by the largest.
    const listFilters: CallLogFilters & { limit?: number } = list.controller.filters;
    delete listFilters.limit;
    const filters = narrowFilters(listFilters, range) ?? null;
    const { source } = list.controller;
    const viewerUid = list.viewer;
    const key = JSON.stringify([filters, viewerUid]);
    const plan = this.#plan;
    if (plan?.list === list && plan.source === source && plan.key === key) return plan;
    return { list, source, filters, viewerUid, key };
  }

  /** Follows the checks for new calls of `list`: calls within the period are added to the count. */
  #follow(list: CallLogList | undefined): void {
    if (this.#followed?.list === list) return;
    this.#followed?.stop();
    this.#followed = list && {
      list,
      stop: list.controller.subscribeLatest((calls) => {
        const plan = this.#plan;
        const tally = this.#tally;
        if (!plan?.filters || !tally) return;
        const range = rangeOf(plan.filters.from, plan.filters.to);
        tally.add(calls.filter((call) => inRange(call, range)));
        this.#figures = tally.figures();
        this.requestUpdate();
      }),
    };
  }

  #pickPeriod(event: Event): void {
    const period = (event.target as HTMLSelectElement).value as SummaryPeriod;
    this.period = period;
    this.dispatchEvent(new CallLogPeriodChangeEvent(period));
  }

  /** Why nothing can be counted now, or `undefined`. */
  #offReason(): TemplateResult | undefined {
    const t = this.#t;
    // Messages for the page's author are in English, as the list shows its own.
    if (this.#configError) return html`${t('summary.configError')} <span lang="en" dir="ltr">${this.#configError}</span>`;
    return this.#link.offReason(t, { listError: 'summary.listError', noList: 'summary.noList' });
  }

  /** The words of the `range` option: its dates as the language writes a range, or its one end. */
  #rangeLabel(): string {
    // The first moment of each end's day, for its date (a date-time's day is its own).
    const start = this.from ? readDate(this.from) : undefined;
    const end = this.to ? readDate(this.to) : undefined;
    const format = this.#format;
    if (start !== undefined && end !== undefined) return format.dates(start, end);
    const text =
      start !== undefined
        ? this.#t('range.since', { date: format.dates(start) })
        : this.#t('range.until', { date: format.dates(end!) });
    return text.charAt(0).toLocaleUpperCase(this.#localize.lang) + text.slice(1);
  }

  #renderHeader(off: boolean): TemplateResult {
    const t = this.#t;
    // Only valid dates make an option: a settings error shows instead.
    const hasRange = !this.#configError && !!(this.from || this.to);
    const options = SUMMARY_PERIODS.filter((period) => period !== 'range' || hasRange);
    return html`<div part="header">
      <label>
        <span>${t('summary.period')}</span>
        <select part="period" ?disabled=${off} @change=${this.#pickPeriod}>
          ${options.map(
            (period) =>
              html`<option value=${period} ?selected=${period === this.#period}>
                ${period === 'range' ? this.#rangeLabel() : t(PERIOD_LABELS[period])}
              </option>`,
          )}
        </select>
      </label>
      <button part="refresh-button" type="button" ?disabled=${off} @click=${() => this.refresh()}>${t('summary.refresh')}</button>
    </div>`;
  }

  #renderProgress(progress: CountProgress): TemplateResult {
    const t = this.#t;
    const { read, total } = progress;
    const text = total === undefined ? t('report.progress', { count: read }) : t('report.progressOf', { read, count: total });
    return html`<div part="progress-row">
      <progress
        part="progress"
        aria-label=${t('summary.reading')}
        aria-valuetext=${text}
        max=${total ?? 1}
        value=${ifDefined(total === undefined ? undefined : Math.min(read, total))}
      ></progress>
      <span part="status">${text}</span>
    </div>`;
  }

  #renderFailure(error: unknown): TemplateResult {
    const t = this.#t;
    return html`<div part="progress-row">
      <p part="status" data-state="failed" role="alert">${t('summary.failed', { reason: errorSentence(CallLogError.from(error), t) })}</p>
      <button part="retry-button" type="button" @click=${() => this.refresh()}>${t('error.retry')}</button>
    </div>`;
  }

  #renderFigure(id: string, label: string, value: string): TemplateResult {
    return html`<div part="figure" data-figure=${id}>
      <dt part="label">${label}</dt>
      <dd part="value">${value}</dd>
    </div>`;
  }

  #renderFigures(figures: CallFigures, busy: boolean): TemplateResult {
    const t = this.#t;
    const number = (value: number) => this.#localize.number(value);
    // Past an hour, seconds are noise: a total or an average is told to the minute.
    const duration = (seconds: number | undefined) =>
      seconds === undefined ? '–' : this.#format.duration(seconds >= 3600 ? Math.round(seconds / 60) * 60 : seconds);
    return html`<dl part="figures" aria-busy=${busy ? 'true' : 'false'}>
        ${this.#renderFigure('calls', t('summary.calls'), number(figures.calls))}
        ${this.#renderFigure('answered', t('summary.answered'), number(figures.answered))}
        ${this.#renderFigure('missed', t('summary.missed'), number(figures.missed))}
        ${this.#renderFigure('talk-time', t('summary.talkTime'), duration(figures.talkSeconds))}
        ${this.#renderFigure('average-call', t('summary.averageCall'), duration(figures.averageSeconds))}
        ${this.#renderFigure('audio-minutes', t('column.audioMinutes'), this.#minutes.format(figures.audioMinutes))}
        ${this.#renderFigure('video-minutes', t('column.videoMinutes'), this.#minutes.format(figures.videoMinutes))}
      </dl>
      ${figures.busiest.length === 0 ? nothing : this.#renderBusiest(figures.busiest)}`;
  }

  #renderBusiest(busiest: CallFigures['busiest']): TemplateResult {
    const t = this.#t;
    return html`<div part="busiest-group">
      <p part="busiest-label" id="busiest-label">${t('summary.busiest')}</p>
      <ol part="busiest" aria-labelledby="busiest-label">
        ${busiest.map(
          ({ party, calls, call }) =>
            html`<li>
              <button
                part="party"
                type="button"
                title=${t('details.partyCalls', { name: nameOf(party) })}
                @click=${() => this.#link.list?.showCallsWith(call)}
              >
                <span part="party-name">${nameOf(party)}</span>
                <span part="party-calls">${t('list.loaded', { count: calls })}</span>
              </button>
            </li>`,
        )}
      </ol>
    </div>`;
  }

  protected override render(): TemplateResult {
    const localize = this.#localize;
    if (!this.#wordsReady) return html`<section part="base" aria-busy="true"></section>`;
    const reason = this.#offReason();
    const off = reason !== undefined || !this.#link.list;
    const failed = this.#count.status === TaskStatus.ERROR ? this.#count.error : undefined;
    const figures = this.#figures;
    return html`<section part="base" aria-label=${this.#t('summary.label')} lang=${localize.lang} dir=${localize.dir}>
      ${this.#renderHeader(off)}
      ${reason ? html`<p part="reason" role="status">${reason}</p>` : nothing}
      ${this.#progress && !off ? this.#renderProgress(this.#progress) : nothing}
      ${failed !== undefined && !off ? this.#renderFailure(failed) : nothing}
      ${figures && !off && failed === undefined ? this.#renderFigures(figures, this.#progress !== undefined) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-log-summary': CallLogSummary;
  }
}
