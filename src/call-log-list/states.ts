import { html, nothing, type TemplateResult } from 'lit';
import type { CallLogStatus } from '../controllers/call-log-controller.js';
import type { CallLogError } from '../errors/call-log-error.js';
import type { Localize } from '../localize/localize.js';
import { FILTER_LABELS, valueKey } from '../localize/messages.js';
import { FILTER_KEYS, type CallLogFilters } from '../model/query.js';
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

/** The active filters as a person reads them: "Status: Missed and Type: Video"; empty without filters. */
export function describeFilters(filters: CallLogFilters, t: Translate, list: (items: string[]) => string): string {
  return list(
    FILTER_KEYS.flatMap((key) => {
      const value = filters[key];
      if (value === undefined) return [];
      if (key === 'hasRecording') return [t(value ? 'empty.withRecording' : 'empty.withoutRecording')];
      const shown = key === 'uid' || key === 'guid' ? String(value) : t(valueKey(key, String(value)));
      return [t('empty.filter', { label: t(FILTER_LABELS[key]), value: shown })];
    }),
  );
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

const EXPLAINED = new Set(['NETWORK', 'TIMEOUT', 'AUTH', 'HTTP', 'BAD_RESPONSE']);

export function renderError(error: CallLogError | undefined, t: Translate, retry: () => void): TemplateResult {
  const config = error?.code === 'INVALID_CONFIG';
  // A configuration error is for the page's author: its message says which setting is wrong and what it allows,
  // in English, the language of the page's markup. Other errors are explained to the person, in their language.
  const sentence = !error
    ? ''
    : config
      ? html`<span lang="en" dir="ltr">${error.message}</span>`
      : t(EXPLAINED.has(error.code) ? (`error.${error.code}` as 'error.HTTP') : 'error.other', {
          // A status code is not a quantity: its digits stay as the server sent them.
          status: String(error.status ?? ''),
        });
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

/** Below the rows: a spinner while a later page loads, then "Load more" or the sentinel that loads on scrolling. */
export function renderFooter(
  status: CallLogStatus,
  trigger: LoadMoreTrigger,
  t: Translate,
  loadMore: () => void,
): TemplateResult | typeof nothing {
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
