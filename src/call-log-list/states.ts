import { html, nothing, type TemplateResult } from 'lit';
import type { CallLogStatus } from '../controllers/call-log-controller.js';
import type { CallLogError } from '../errors/call-log-error.js';
import { errorSentence } from '../localize/error-text.js';
import type { Localize } from '../localize/localize.js';
import { FILTER_LABELS, valueKey } from '../localize/messages.js';
import { rangeOf } from '../model/find.js';
import { FILTER_KEYS, FILTER_VALUES, type CallLogFilters } from '../model/query.js';
import type { CallLogFormat } from './call-log-format.js';
import type { LoadMoreTrigger } from './list-config.js';

// The list's states around its rows: the first page's skeleton, "No calls", the error, and the footer (a spinner,
// "Load more" or the sentinel that loads on scrolling). Each state's container is always rendered, so its slot is.

type Translate = Localize['t'];

const SKELETON_ROWS = 6;

export function renderLoading(shown: boolean): TemplateResult {
  return html`<div class="state" ?hidden=${!shown}>
    <slot name="loading">
      <div part="loading" class="skeleton" aria-hidden="true">
        ${Array.from({ length: SKELETON_ROWS }, () => html`<div class="skeleton-row"><span class="avatar"></span><span class="lines"><span></span><span></span></span></div>`)}
      </div>
    </slot>
  </div>`;
}

/** The range of `from` and `to` as a person reads it: "1–30 Nov 2026", "since 1 Nov 2026"; empty without one. */
function describeRange({ from, to }: CallLogFilters, t: Translate, format: CallLogFormat): string {
  const { start, end } = rangeOf(from, to);
  if (start !== undefined && end !== undefined) return format.dates(start, end);
  if (start !== undefined) return t('range.since', { date: format.dates(start) });
  return end === undefined ? '' : t('range.until', { date: format.dates(end) });
}

/** The active filters as a person reads them: "Status: Missed and Type: Video"; empty without filters. */
export function describeFilters(
  filters: CallLogFilters,
  t: Translate,
  list: (items: string[]) => string,
  format: CallLogFormat,
): string {
  const range = describeRange(filters, t, format);
  return list([
    ...FILTER_KEYS.flatMap((key) => {
      const value = filters[key];
      if (value === undefined || key === 'from' || key === 'to') return [];
      if (key === 'hasRecording') return [t(value ? 'empty.withRecording' : 'empty.withoutRecording')];
      const shown = key in FILTER_VALUES ? t(valueKey(key as keyof typeof FILTER_VALUES, String(value))) : String(value);
      return [t('empty.filter', { label: t(FILTER_LABELS[key]), value: shown })];
    }),
    ...(range ? [t('empty.filter', { label: t('filter.date'), value: range })] : []),
  ]);
}

/** "No calls", naming the filters (`describeFilters`) when some are set. */
export function renderEmpty(shown: boolean, filters: string, t: Translate): TemplateResult {
  return html`<div class="state" ?hidden=${!shown}>
    <slot name="empty">
      <div part="empty" class="empty">
        <p class="state-title">${t('empty.title')}</p>
        <p class="state-text">${filters ? t('empty.filtered', { filters }) : t('empty.text')}</p>
      </div>
    </slot>
  </div>`;
}

export function renderError(error: CallLogError | undefined, t: Translate, retry: () => void): TemplateResult {
  const config = error?.code === 'INVALID_CONFIG';
  // A configuration error is for the page's author: its message says which setting is wrong and what it allows,
  // in English, the language of the page's markup. Other errors are explained to the person, in their language.
  const sentence = !error
    ? ''
    : config
      ? html`<span lang="en" dir="ltr">${error.message}</span>`
      : errorSentence(error, t);
  return html`<div class="state" ?hidden=${!error}>
    <slot name="error">
      <div part="error" class="error" role="alert">
        <p class="state-title">${t(config ? 'error.configTitle' : 'error.title')}</p>
        <p class="state-text">${sentence}</p>
        ${config
          ? nothing
          : html`<button part="retry-button" class="button" type="button" @click=${retry}>${t('error.retry')}</button>`}
      </div>
    </slot>
  </div>`;
}

/**
 * A quiet line above the rows that may be out of date: offline, or a check for new calls failed. Not a live region
 * of its own: the list's announcer says it once when it starts, rather than on every change around it.
 */
export function renderNotice(text: string): TemplateResult | typeof nothing {
  return text ? html`<p part="notice" class="notice">${text}</p>` : nothing;
}

/** Where a search the source cannot do stands: calls found, calls looked through, and whether it is running. */
export interface SearchProgress {
  found: number;
  searched: number;
  /** Stopped before the end of the history (a page limit, or Stop): "Search older calls" goes on. */
  paused: boolean;
  stop(): void;
}

/** "12 found · 1,480 calls searched". */
export const searchProgressText = ({ found, searched }: SearchProgress, t: Translate): string =>
  `${t('search.found', { count: found })} · ${t('search.searched', { count: searched })}`;

/**
 * Below the rows: a spinner while a later page loads, then "Load more" or the sentinel that loads on scrolling.
 * While a search reads pages itself, how far it got, with Stop while it runs and "Search older calls" once paused
 * (never the sentinel then: a search that found too little to fill the view would read on by itself).
 */
export function renderFooter(
  status: CallLogStatus,
  trigger: LoadMoreTrigger,
  t: Translate,
  loadMore: () => void,
  search?: SearchProgress,
): TemplateResult | typeof nothing {
  if (search && (status === 'loading' || search.paused)) {
    const loading = status === 'loading';
    return html`<div class="footer search-status">
      ${loading ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
      <span part="search-status">${searchProgressText(search, t)}</span>
      ${loading
        ? html`<button part="stop-button" class="button" type="button" @click=${search.stop}>${t('search.stop')}</button>`
        : html`<button part="load-more-button" class="button" type="button" @click=${loadMore}>${t('search.more')}</button>`}
    </div>`;
  }
  if (status === 'loading') {
    return html`<div class="footer"><span part="spinner" class="spinner" role="progressbar" aria-label=${t('list.loadingMore')}></span></div>`;
  }
  if (status !== 'ready') return nothing;
  if (trigger === 'button') {
    return html`<div class="footer">
      <button part="load-more-button" class="button" type="button" @click=${loadMore}>${t('list.loadMore')}</button>
    </div>`;
  }
  return html`<div class="sentinel" aria-hidden="true"></div>`;
}
