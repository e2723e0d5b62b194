import { CallLogError, invalid } from '../errors/call-log-error.js';
import type { CallLog } from '../model/call-log.js';
import { FILTER_KEYS, quoteAll, type CallLogFilters } from '../request/query.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from './call-log-source.js';
import { isObject, parseCallLog, parseCallLogPage } from './cometchat-parse.js';
import { wait } from './wait.js';

export type CometChatRegion = 'us' | 'eu' | 'in';
export const COMETCHAT_REGIONS: readonly CometChatRegion[] = ['us', 'eu', 'in'];
const REGIONS = quoteAll(COMETCHAT_REGIONS);
/** Milliseconds an attempt may take, body included, before it fails with `TIMEOUT`. */
export const DEFAULT_TIMEOUT = 15_000;

/**
 * How failed GETs are tried again: after a `NETWORK` or `TIMEOUT` failure, a 408, 429, 500, 502, 503 or 504, or a
 * body that is not JSON, up to `retries` more times, waiting a random time up to `baseDelay * 2 ** n` (capped at
 * `maxDelay`) before the n-th retry ("full jitter"). A `Retry-After` is honoured: the wait is at least that long,
 * and a server asking for longer than `maxDelay` gets no retry (the error, with its `retryAfter`, is the answer).
 * `AUTH`, other statuses and a JSON body of the wrong shape are never retried, nor is a `NETWORK` failure while
 * the browser is offline. Every wait ends at once when the request's signal aborts.
 */
export interface RetryOptions {
  /** Tries after the first. Default 3; 0 turns retrying off. */
  retries?: number;
  /** Milliseconds; the first retry's longest wait, doubling for each later one. Default 500. */
  baseDelay?: number;
  /** Milliseconds; the longest wait, and the longest `Retry-After` honoured. Default 8000. */
  maxDelay?: number;
}

export const DEFAULT_RETRY: Readonly<Required<RetryOptions>> = { retries: 3, baseDelay: 500, maxDelay: 8000 };
const MAX_RETRIES = 10;
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export interface CometChatCallsSourceOptions {
  /** Your CometChat app id; with `region` it gives `https://{appId}.call-{region}.cometchat.io/v3.0`. */
  appId?: string;
  region?: CometChatRegion;
  /** Instead of appId and region: the API's base URL up to and including `/v3.0` (a proxy, or a local API). */
  baseUrl?: string;
  /** The signed-in user's auth token; a request's own `authToken` takes precedence. Sent only as a header. */
  authToken?: string;
  /** Milliseconds per attempt, body included. Default 15000. */
  timeout?: number;
  /** Retrying of transient failures; `false` is the same as `{ retries: 0 }`. Default `{ retries: 3, baseDelay: 500, maxDelay: 8000 }`. */
  retry?: RetryOptions | false;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/** Longest delay `setTimeout` takes; a longer timeout means none. */
const MAX_TIMER = 2 ** 31 - 1;
const MAX_SERVER_TEXT = 200;

/** The Calls API's names for the filters it names differently; the others keep their names. */
const API_NAMES: Partial<Record<keyof CallLogFilters, string>> = {
  sessionType: 'type',
  callStatus: 'status',
  callCategory: 'mode',
  callDirection: 'direction',
};

const badOption = (option: string, value: unknown, allowed: string, quote?: boolean): CallLogError =>
  invalid(`CometChatCallsSource: ${option}`, value, allowed, quote);

const TOKEN_ALLOWED = 'a string of printable ASCII characters (an HTTP header carries nothing else)';
/** A token an `authToken` header can carry as it is. */
const headerSafe = (value: unknown): value is string => typeof value === 'string' && /^[\x20-\x7e]*$/.test(value);

const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** Seconds from a `Retry-After` header: a number of seconds or an HTTP date. */
function readRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** `value` as a URL, relative ones resolved against the page; `undefined` when it is not one. */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value.trim(), globalThis.location?.href ?? 'http://base.invalid');
  } catch {
    return undefined;
  }
}

function readRetry(retry: RetryOptions | false | undefined): Required<RetryOptions> {
  if (retry === false) return { ...DEFAULT_RETRY, retries: 0 };
  if (retry === undefined) return { ...DEFAULT_RETRY };
  if (typeof retry !== 'object' || retry === null) throw badOption('retry', retry, 'false or { retries, baseDelay, maxDelay }');
  const { retries = DEFAULT_RETRY.retries, baseDelay = DEFAULT_RETRY.baseDelay, maxDelay = DEFAULT_RETRY.maxDelay } = retry;
  if (!Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
    throw badOption('retry.retries', retries, `an integer from 0 to ${MAX_RETRIES}`);
  }
  for (const [name, value] of [['baseDelay', baseDelay], ['maxDelay', maxDelay]] as const) {
    if (typeof value !== 'number' || !(value >= 0) || value > MAX_TIMER) {
      throw badOption(`retry.${name}`, value, 'milliseconds, 0 or more');
    }
  }
  return { retries, baseDelay, maxDelay };
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts (for a fetch that ignores it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Call logs from the CometChat Calls REST API (`GET /v3.0/calls`). Every failure rejects with a `CallLogError`:
 * `NETWORK`, `TIMEOUT`, `AUTH` (no token, 401, 403), `HTTP` (other statuses), `BAD_RESPONSE` or `ABORTED`.
 * The auth token goes in the `authToken` header only and appears in no URL, message or error.
 */
export class CometChatCallsSource implements CallLogSource {
  /** The API's base URL, without a trailing slash. */
  readonly baseUrl: string;
  readonly timeout: number;
  /** How transient failures are retried (see {@link RetryOptions}). */
  readonly retry: Readonly<Required<RetryOptions>>;
  readonly #basePath: string;
  #authToken: string | undefined;
  /** The tokens sent lately: a server may echo any of them, even an earlier one, and each is blanked out. */
  readonly #sent = new Set<string>();
  readonly #fetch: typeof fetch;

  constructor(options: CometChatCallsSourceOptions = {}) {
    const { appId, region, baseUrl, authToken, timeout = DEFAULT_TIMEOUT } = options;
    if (region !== undefined && !COMETCHAT_REGIONS.includes(region)) {
      throw badOption('region', region, REGIONS);
    }
    if (baseUrl !== undefined) {
      const allowed = 'an http: or https: URL up to "/v3.0", without user name, password, query or hash';
      const url = typeof baseUrl === 'string' ? parseUrl(baseUrl) : undefined;
      if (!url || baseUrl.trim() === '' || /[?#]/.test(baseUrl) || !/^https?:$/.test(url.protocol)) {
        throw badOption('baseUrl', baseUrl, allowed);
      }
      // A URL with credentials is not quoted back: they are secrets too.
      if (url.username || url.password) throw badOption('baseUrl', baseUrl, allowed, false);
      this.baseUrl = baseUrl.trim().replace(/\/+$/, '');
    } else {
      if (typeof appId !== 'string' || !/^[A-Za-z0-9-]+$/.test(appId)) {
        throw badOption('appId', appId, 'your CometChat app id (letters, digits, "-"), or give baseUrl instead');
      }
      if (region === undefined) {
        throw badOption('region', region, `one of ${REGIONS} with appId`);
      }
      this.baseUrl = `https://${appId}.call-${region}.cometchat.io/v3.0`;
    }
    if (authToken !== undefined && !headerSafe(authToken)) {
      throw badOption('authToken', authToken, TOKEN_ALLOWED, false);
    }
    if (typeof timeout !== 'number' || !(timeout > 0)) {
      throw badOption('timeout', timeout, 'milliseconds above 0');
    }
    if (options.fetch !== undefined && typeof options.fetch !== 'function') {
      throw badOption('fetch', options.fetch, 'a fetch function');
    }
    this.timeout = timeout;
    this.retry = Object.freeze(readRetry(options.retry));
    this.#authToken = nonEmpty(authToken);
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#basePath = new URL(this.baseUrl, 'http://base.invalid').pathname.replace(/\/+$/, '');
  }

  /**
   * Replaces the token (for example a renewed one); requests from then on, retries included, send the new one.
   * `undefined` or an empty string removes it. The token cannot be read back.
   */
  setAuthToken(authToken: string | undefined): void {
    if (authToken !== undefined && !headerSafe(authToken)) {
      throw badOption('setAuthToken', authToken, TOKEN_ALLOWED, false);
    }
    this.#authToken = nonEmpty(authToken);
  }

  async fetchPage({ query, page, signal, authToken }: CallLogPageRequest): Promise<CallLogPage> {
    if (!Number.isInteger(page) || page < 1) throw badOption('fetchPage page', page, 'an integer from 1');
    const params = new URLSearchParams({ perPage: String(query.limit), page: String(page) });
    for (const key of FILTER_KEYS) {
      const value = query[key];
      if (value === undefined) continue;
      // The API spells one status the American way.
      params.set(API_NAMES[key] ?? key, key === 'callStatus' && value === 'cancelled' ? 'canceled' : String(value));
    }
    const { body, where } = await this.#get('/calls', params, signal, authToken);
    try {
      return parseCallLogPage(body, { page, perPage: query.limit });
    } catch (error) {
      throw this.#inRequest(error, where);
    }
  }

  async fetchCall(sessionID: string, options: { signal: AbortSignal; authToken?: string }): Promise<CallLog> {
    if (nonEmpty(sessionID) === undefined) throw badOption('fetchCall sessionID', sessionID, 'a non-empty session id');
    const { body, where } = await this.#get(
      `/calls/${encodeURIComponent(sessionID)}`,
      undefined,
      options?.signal,
      options?.authToken,
    );
    const data = isObject(body) ? body.data : undefined;
    if (!isObject(data)) {
      throw new CallLogError('BAD_RESPONSE', `The Calls API answered ${where} with JSON that is not {"data": {...}}.`);
    }
    try {
      return parseCallLog(data);
    } catch (error) {
      throw this.#inRequest(error, where);
    }
  }

  /** A parse error, told with the request it came from. */
  #inRequest(error: unknown, where: string): CallLogError {
    const known = CallLogError.from(error, 'BAD_RESPONSE');
    return new CallLogError(known.code, `${known.message.replace(/\.$/, '')} (${where}).`);
  }

  /**
   * GETs `route` and reads the JSON body, retrying transient failures (see {@link RetryOptions}); every failure
   * becomes a `CallLogError` that never names the token.
   */
  async #get(
    route: string,
    params: URLSearchParams | undefined,
    signal: AbortSignal | undefined,
    requestToken: string | undefined,
  ): Promise<{ body: unknown; where: string }> {
    const where = `GET ${this.#basePath}${route}`;
    const url = `${this.baseUrl}${route}${params ? `?${params}` : ''}`;
    const aborted = () => new CallLogError('ABORTED', `The request ${where} was aborted.`, { cause: signal?.reason });
    for (let attempt = 0; ; attempt++) {
      try {
        return { body: await this.#attempt(url, where, signal, requestToken, aborted), where };
      } catch (caught) {
        const error = caught as CallLogError;
        const delay = this.#retryDelay(error, attempt);
        if (delay !== undefined && !signal?.aborted) {
          await wait(delay, signal, aborted);
          continue;
        }
        if (attempt === 0 || error.code === 'ABORTED') throw error;
        // The last error, told with the tries; its status, serverCode, retryAfter and cause carry over.
        throw new CallLogError(error.code, `${error.message} Tried ${attempt + 1} times.`, error);
      }
    }
  }

  /** Milliseconds to wait before trying again after `error`, or `undefined` when it is not retried. */
  #retryDelay(error: CallLogError, attempt: number): number | undefined {
    const { retries, baseDelay, maxDelay } = this.retry;
    if (attempt >= retries) return undefined;
    const { code, status, retryAfter } = error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    const transient =
      (code === 'NETWORK' && !offline) ||
      code === 'TIMEOUT' ||
      code === 'BAD_RESPONSE' ||
      (code === 'HTTP' && status !== undefined && TRANSIENT_STATUSES.has(status));
    if (!transient) return undefined;
    const asked = retryAfter === undefined ? 0 : retryAfter * 1000;
    if (asked > maxDelay) return undefined;
    return Math.max(asked, Math.random() * Math.min(maxDelay, baseDelay * 2 ** attempt));
  }

  /** One try, with its own timeout: the parsed JSON body. */
  async #attempt(
    url: string,
    where: string,
    signal: AbortSignal | undefined,
    requestToken: string | undefined,
    aborted: () => CallLogError,
  ): Promise<unknown> {
    const token = nonEmpty(requestToken) ?? this.#authToken;
    if (token === undefined) {
      throw new CallLogError(
        'AUTH',
        `No auth token for ${where}: pass authToken to new CometChatCallsSource({...}) or set it on the request.`,
      );
    }
    if (!headerSafe(token)) {
      throw new CallLogError('AUTH', `The auth token for ${where} is not allowed: use ${TOKEN_ALLOWED}.`);
    }
    /** Text from the server or the network stack, shortened and with the token blanked out. */
    this.#sent.delete(token);
    this.#sent.add(token);
    if (this.#sent.size > 4) this.#sent.delete(this.#sent.values().next().value!);
    const clean = (value: string): string => {
      let blanked = value;
      for (const sent of this.#sent) blanked = blanked.split(sent).join('[auth token]');
      return blanked.length > MAX_SERVER_TEXT ? `${blanked.slice(0, MAX_SERVER_TEXT - 3)}...` : blanked;
    };
    if (signal?.aborted) throw aborted();

    const controller = new AbortController();
    let timedOut = false;
    const timer =
      this.timeout <= MAX_TIMER
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, this.timeout)
        : undefined;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const failure = (error: unknown): CallLogError => {
      if (signal?.aborted) return aborted();
      if (timedOut) {
        return new CallLogError('TIMEOUT', `The Calls API did not answer ${where} within ${formatMs(this.timeout)}.`);
      }
      const detail = error instanceof Error ? error.message : String(error);
      return new CallLogError('NETWORK', `Could not reach the Calls API for ${where}: ${clean(detail)}.`, {
        cause: clean(detail) === detail ? error : undefined,
      });
    };

    try {
      const headers = { authToken: token, Accept: 'application/json' };
      let response: Response;
      let text: string;
      try {
        response = await untilAborted(
          this.#fetch(url, { method: 'GET', headers, signal: controller.signal }),
          controller.signal,
        );
        text = await untilAborted(response.text(), controller.signal);
      } catch (error) {
        throw failure(error);
      }
      if (!response.ok) throw this.#statusError(response, text, where, clean);
      try {
        return JSON.parse(text);
      } catch {
        throw new CallLogError('BAD_RESPONSE', `The Calls API answered ${where} with a body that is not JSON.`);
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** `AUTH` for 401 and 403, `HTTP` for the rest, with the server's `{ error: { code, message } }` when it sent one. */
  #statusError(response: Response, text: string, where: string, clean: (value: string) => string): CallLogError {
    const { status } = response;
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = (JSON.parse(text) as { error?: typeof error } | null)?.error;
    } catch {
      // Not JSON: the status says enough.
    }
    const said = (value: unknown) => (typeof value === 'string' && value !== '' ? clean(value) : undefined);
    const serverCode = said(error?.code);
    const serverMessage = said(error?.message);
    const retryAfter = readRetryAfter(response.headers.get('Retry-After'));
    const auth = status === 401 || status === 403;
    const server = [serverMessage, serverCode && `(${serverCode})`].filter(Boolean).join(' ');
    const message =
      `The Calls API answered ${status}${response.statusText ? ` ${clean(response.statusText)}` : ''} for ${where}` +
      (server ? `: ${server.replace(/\.$/, '')}.` : '.') +
      (auth ? ' Check that the auth token is valid and allowed to read call logs.' : '') +
      (retryAfter !== undefined ? ` It asked to retry after ${retryAfter} s.` : '');
    return new CallLogError(auth ? 'AUTH' : 'HTTP', message, { status, serverCode, retryAfter });
  }
}
