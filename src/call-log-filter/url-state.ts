import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asAttribute, attributeOf } from '../call-log-list/list-config.js';
import { FILTER_KEYS, checkFilter, checkRange, type CallLogFilters } from '../model/query.js';

/** The prefix an empty `url-state` stands for. */
export const DEFAULT_URL_PREFIX = 'calls-';

/** A query pair's name, decoded; `undefined` when it cannot be decoded (then it is the page's, and kept as it is). */
function nameOf(pair: string): string | undefined {
  try {
    return decodeURIComponent(pair.split('=', 1)[0]!.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The filters the query string `search` (`location.search`) holds under `prefix`, each read as the list reads its
 * attribute; `undefined` when it holds none. A value that is not valid (and a `from` later than its `to`) is left
 * out, never thrown: a URL is typed, pasted and edited by hand.
 */
export function readUrlFilters(prefix: string, search: string): CallLogFilters | undefined {
  const params = new URLSearchParams(search);
  const filters: Record<string, unknown> = {};
  let found = false;
  for (const key of FILTER_KEYS) {
    const text = params.get(prefix + attributeOf(key));
    if (text === null) continue;
    found = true;
    try {
      filters[key] = checkFilter(key, asAttribute(key, text), key);
    } catch {
      // Left out.
    }
  }
  try {
    checkRange(filters as CallLogFilters);
  } catch {
    // A range that ends before it starts: neither end is kept.
    delete filters.from;
    delete filters.to;
  }
  return found ? (filters as CallLogFilters) : undefined;
}

/**
 * `search` (`location.search`) with the filters under `prefix` replaced by `filters`. The page's own parameters
 * keep their place and their exact text (no re-encoding), so a page that reads them finds them as it wrote them.
 */
export function searchWithFilters(prefix: string, filters: CallLogFilters, search: string): string {
  const ours = new Set(FILTER_KEYS.map((key) => prefix + attributeOf(key)));
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !ours.has(nameOf(pair) ?? ''));
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined) continue;
    kept.push(`${encodeURIComponent(prefix + attributeOf(key))}=${encodeURIComponent(String(value))}`);
  }
  return kept.length ? `?${kept.join('&')}` : '';
}

export interface UrlStateConfig {
  /** The prefix of the parameters, or `null` while the URL is not used. */
  prefix(): string | null;
  /** Back or Forward moved to another entry: `filters` are the URL's, `undefined` when it holds none. */
  onPop(filters: CallLogFilters | undefined): void;
}

/**
 * Keeps a host's filters in the page URL's query, under a prefix: reads them, writes a person's changes (a new
 * history entry each, but one entry for a run of searches, so typing does not fill the history) and hears Back and
 * Forward while the host is connected and the prefix is set.
 */
export class UrlState implements ReactiveController {
  readonly #config: UrlStateConfig;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #listening = false;
  /** The last write changed only the search: the next search-only write replaces its entry. */
  #searching = false;
  readonly #onPopState = (): void => {
    this.#searching = false;
    this.#config.onPop(this.read());
  };

  constructor(host: ReactiveControllerHost & HTMLElement, config: UrlStateConfig) {
    (this.#host = host).addController(this);
    this.#config = config;
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }

  /** Listens to Back and Forward while connected with a prefix; the host calls it when the prefix changes. */
  sync(): void {
    const listen = this.#host.isConnected && this.#config.prefix() !== null;
    if (listen === this.#listening) return;
    this.#listening = listen;
    if (listen) window.addEventListener('popstate', this.#onPopState);
    else window.removeEventListener('popstate', this.#onPopState);
  }

  /** The filters in the URL, `undefined` when it holds none (or the URL is not used). */
  read(): CallLogFilters | undefined {
    const prefix = this.#config.prefix();
    return prefix === null ? undefined : readUrlFilters(prefix, location.search);
  }

  /**
   * Puts `filters` in the URL: a new history entry, except after a search-only write when `searchOnly`, which
   * replaces it. Nothing is written when the URL would not change.
   */
  write(filters: CallLogFilters, searchOnly: boolean): void {
    const prefix = this.#config.prefix();
    if (prefix === null) return;
    const search = searchWithFilters(prefix, filters, location.search);
    const replace = searchOnly && this.#searching;
    this.#searching = searchOnly;
    if (search === location.search) return;
    const url = location.pathname + search + location.hash;
    try {
      // The page's own history state is kept.
      if (replace) history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
    } catch {
      // A document that may not change its URL (a sandboxed frame, a browser's rate limit) keeps its URL.
    }
  }
}
