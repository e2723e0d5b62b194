import { CallLogError, invalid } from '../errors/call-log-error.js';
import type { CallLog } from '../model/call-log.js';
import { FILTER_KEYS, nonBlank, oneOf, type CallLogFilters } from '../model/query.js';
import { isObject } from '../model/read-call.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from './call-log-source.js';
import { badResponse, parseCallLog, parseCallLogPage } from './cometchat-parse.js';
import { DEFAULT_RETRY, readRetryAfter, retryDelay, type RetryOptions } from './retry-policy.js';
import { untilAborted, wait } from './wait.js';

export type CometChatRegion = 'us' | 'eu' | 'in';
export const COMETCHAT_REGIONS: readonly CometChatRegion[] = ['us', 'eu', 'in'];
/** Milliseconds an attempt may take, body included, before it fails with `TIMEOUT`. */
export const DEFAULT_TIMEOUT = 15_000;

// The retry policy has a module of its own; its options and defaults stay importable from here.
export { DEFAULT_RETRY, type RetryOptions };
const MAX_RETRIES = 10;

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
  /**
   * The server at `baseUrl` finds calls by a `search` query parameter (a backend or proxy that adds search, as the
   * demo's local Calls API does). CometChat's Calls API has no search: without this, a search reads pages and
   * narrows them in the browser. Default false.
   */
  serverSearch?: boolean;
  /**
   * The signed-in user's uid (the token's user): a search narrowed in the browser never finds a call by this user's
   * own name or id. The server knows it from the token; the browser does not.
   */
  viewerUid?: string;
}

/** Longest delay `setTimeout` takes; a longer timeout is cut to it (about 24.8 days). */
const MAX_TIMER = 2 ** 31 - 1;
const MAX_SERVER_TEXT = 200;

/** The Calls API's names for the filters it names differently; the others keep their names. */
const API_NAMES: Partial<Record<keyof CallLogFilters, string>> = {
  sessionType: 'type',
  callStatus: 'status',
  callCategory: 'mode',
  callDirection: 'direction',
};

/** A token an `authToken` header can carry as it is. */
const headerSafe = (value: unknown): value is string => typeof value === 'string' && /^[\x20-\x7e]*$/.test(value);
const TOKEN_ALLOWED = 'printable ASCII (all that an HTTP header carries)';

const isDelay = (value: unknown): boolean => typeof value === 'number' && value >= 0 && value <= MAX_TIMER;
const DELAY_ALLOWED = 'milliseconds, 0 or more';
const BASE_URL_ALLOWED = 'an http: or https: URL up to "/v3.0", without credentials, query or hash';

const REGION_RULE = oneOf(COMETCHAT_REGIONS);

/** What each argument allows: a test, and the words that say it. A secret (`quote` false) is not quoted back. */
const RULES: Record<string, [ok: (value: unknown) => boolean, allowed: string, quote?: false]> = {
  appId: [
    (value) => typeof value === 'string' && /^[A-Za-z0-9-]+$/.test(value),
    'your CometChat app id (letters, digits, "-"), or baseUrl instead',
  ],
  region: [(value) => REGION_RULE.read(value) !== undefined, REGION_RULE.allowed],
  authToken: [(value) => value === undefined || headerSafe(value), TOKEN_ALLOWED, false],
  timeout: [(value) => typeof value === 'number' && value > 0, 'milliseconds above 0'],
  fetch: [(value) => value === undefined || typeof value === 'function', 'a fetch function'],
  retry: [(value) => typeof value === 'object' && value !== null, 'false or { retries, baseDelay, maxDelay }'],
  retries: [
    (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RETRIES,
    `an integer from 0 to ${MAX_RETRIES}`,
  ],
  baseDelay: [isDelay, DELAY_ALLOWED],
  maxDelay: [isDelay, DELAY_ALLOWED],
  page: [(value) => Number.isInteger(value) && (value as number) >= 1, 'an integer from 1'],
  sessionID: [(value) => !!nonBlank(value), 'a non-empty session id'],
  viewerUid: [(value) => value === undefined || typeof value === 'string', "the signed-in user's uid"],
};

/**
 * `value`, when `rule` allows it; otherwise throws an `INVALID_ARGUMENT` error naming the argument (`name`), its value
 * and what is allowed.
 */
function checked<T>(rule: string, value: T, name = rule): T {
  const [ok, allowed, quote] = RULES[rule]!;
  if (!ok(value)) throw invalid(`CometChatCallsSource: ${name}`, value, allowed, quote);
  return value;
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
  if (retry !== undefined) checked('retry', retry);
  const read = { ...DEFAULT_RETRY };
  for (const key of Object.keys(read) as (keyof RetryOptions)[]) {
    const value = retry?.[key];
    if (value !== undefined) read[key] = checked(key, value, `retry.${key}`);
  }
  return read;
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
  /** The base URL's path, which messages name a request by. */
  readonly #basePath: string;
  #authToken: string | undefined;
  /** The last 4 tokens sent, newest first: a server may echo any of them, even an earlier one; each is blanked out. */
  #sent: string[] = [];
  readonly #fetch: typeof fetch;
  /** Search only with `serverSearch`; date ranges never (see the README on `startedAt` and `endedAt`). */
  readonly capabilities: { readonly search: boolean };
  readonly viewerUid: string | undefined;

  constructor(options: CometChatCallsSourceOptions = {}) {
    const { appId, region, baseUrl, authToken, timeout = DEFAULT_TIMEOUT } = options;
    if (region !== undefined) checked('region', region);
    if (baseUrl === undefined) {
      this.baseUrl = `https://${checked('appId', appId)}.call-${checked('region', region)}.cometchat.io/v3.0`;
      this.#basePath = '/v3.0';
    } else {
      const url = typeof baseUrl === 'string' ? parseUrl(baseUrl) : undefined;
      const credentials = !!(url?.username || url?.password);
      if (!url || credentials || baseUrl.trim() === '' || /[?#]/.test(baseUrl) || !/^https?:$/.test(url.protocol)) {
        // A URL with credentials is not quoted back: they are secrets too.
        throw invalid('CometChatCallsSource: baseUrl', baseUrl, BASE_URL_ALLOWED, !credentials);
      }
      this.baseUrl = baseUrl.trim().replace(/\/+$/, '');
      this.#basePath = url.pathname.replace(/\/+$/, '');
    }
    // A blank token is none.
    this.#authToken = nonBlank(checked('authToken', authToken));
    this.timeout = checked('timeout', timeout);
    this.retry = Object.freeze(readRetry(options.retry));
    this.#fetch = checked('fetch', options.fetch) ?? ((input, init) => fetch(input, init));
    this.capabilities = Object.freeze({ search: options.serverSearch === true });
    this.viewerUid = nonBlank(checked('viewerUid', options.viewerUid));
  }

  /**
   * Replaces the token (for example a renewed one); requests from then on, retries included, send the new one.
   * `undefined` or an empty string removes it. The token cannot be read back.
   */
  setAuthToken(authToken: string | undefined): void {
    this.#authToken = nonBlank(checked('authToken', authToken, 'setAuthToken'));
  }

  async fetchPage({ query, page, signal, authToken }: CallLogPageRequest): Promise<CallLogPage> {
    checked('page', page, 'fetchPage page');
    const params = new URLSearchParams({ perPage: String(query.limit), page: String(page) });
    for (const key of FILTER_KEYS) {
      const value = query[key];
      if (value === undefined) continue;
      // The API spells one status the American way.
      params.set(API_NAMES[key] ?? key, key === 'callStatus' && value === 'cancelled' ? 'canceled' : String(value));
    }
    const { body, where } = await this.#get('/calls', params, signal, authToken);
    const answer = parseCallLogPage(body, where, { page, perPage: query.limit });
    // Whether the API honours hasRecording=false (or, as one of its SDKs sending it on every request suggests,
    // ignores it) is not documented: calls with recordings are left out here either way. The page keeps the server's
    // count, so it is not taken for a short last page.
    if (query.hasRecording !== false) return answer;
    return { ...answer, items: answer.items.filter((call) => !call.hasRecording) };
  }

  async fetchCall(sessionID: string, options: { signal: AbortSignal; authToken?: string }): Promise<CallLog> {
    checked('sessionID', sessionID, 'fetchCall sessionID');
    const route = `/calls/${encodeURIComponent(sessionID)}`;
    const { body, where } = await this.#get(route, undefined, options?.signal, options?.authToken);
    const data = isObject(body) ? body.data : undefined;
    if (!isObject(data)) throw badResponse(where, 'JSON that is not {"data": {...}}');
    return parseCallLog(data, where);
  }

  /**
   * GETs `route` and reads the JSON body, retrying transient failures (see {@link RetryOptions}); every failure
   * becomes a `CallLogError` that never names the token. `where` is the request as messages name it.
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
        const delay = retryDelay(error, attempt, this.retry, Math.random(), globalThis.navigator?.onLine === false);
        if (delay === undefined) {
          if (attempt === 0 || error.code === 'ABORTED') throw error;
          // The last error, told with the tries; its status, serverCode, retryAfter and cause carry over.
          throw new CallLogError(error.code, `${error.message} Tried ${attempt + 1} times.`, error);
        }
        // Rejects with ABORTED at once when the request is aborted, before or during the wait.
        await wait(delay, signal, aborted);
      }
    }
  }

  /** One try, with its own timeout: the parsed JSON body. */
  async #attempt(
    url: string,
    where: string,
    signal: AbortSignal | undefined,
    requestToken: string | undefined,
    aborted: () => CallLogError,
  ): Promise<unknown> {
    const token = nonBlank(requestToken) ?? this.#authToken;
    if (token === undefined) {
      throw new CallLogError('AUTH', `No auth token for ${where}: give the source or the request an authToken.`);
    }
    if (!headerSafe(token)) {
      throw new CallLogError('AUTH', `The auth token for ${where} is not allowed: use ${TOKEN_ALLOWED}.`);
    }
    this.#sent = [token, ...this.#sent.filter((sent) => sent !== token)].slice(0, 4);
    if (signal?.aborted) throw aborted();

    // Aborted when the attempt times out or the request is aborted; awaited through `untilAborted`, as a custom
    // fetch may ignore it.
    const controller = new AbortController();
    const stop = () => controller.abort();
    const timer = setTimeout(stop, Math.min(this.timeout, MAX_TIMER));
    signal?.addEventListener('abort', stop, { once: true });
    let response: Response;
    let text: string;
    try {
      const headers = { authToken: token, Accept: 'application/json' };
      const init = { method: 'GET', headers, signal: controller.signal };
      response = await untilAborted(this.#fetch(url, init), controller.signal);
      text = await untilAborted(response.text(), controller.signal);
    } catch (error) {
      if (signal?.aborted) throw aborted();
      if (controller.signal.aborted) {
        throw new CallLogError('TIMEOUT', `The Calls API did not answer ${where} within ${this.timeout} ms.`);
      }
      const detail = error instanceof Error ? error.message : String(error);
      const told = this.#said(detail) ?? '';
      // The cause is kept only when its text needed no blanking or cutting.
      throw new CallLogError('NETWORK', `Could not reach the Calls API for ${where}: ${told}.`, {
        cause: told === detail ? error : undefined,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    if (!response.ok) throw this.#statusError(response, text, where);
    try {
      return JSON.parse(text);
    } catch {
      throw badResponse(where, 'a body that is not JSON');
    }
  }

  /**
   * Text from the server or the network stack, with every token sent lately blanked out, then shortened;
   * `undefined` for anything but a non-empty string.
   */
  #said(value: unknown): string | undefined {
    if (typeof value !== 'string' || value === '') return undefined;
    let blanked = value;
    for (const sent of this.#sent) blanked = blanked.replaceAll(sent, '[auth token]');
    return blanked.length > MAX_SERVER_TEXT ? `${blanked.slice(0, MAX_SERVER_TEXT - 3)}...` : blanked;
  }

  /** `AUTH` for 401 and 403, `HTTP` for the rest, with the server's `{ error: { code, message } }` when it sent one. */
  #statusError({ status, statusText, headers }: Response, text: string, where: string): CallLogError {
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = (JSON.parse(text) as { error?: typeof error } | null)?.error;
    } catch {
      // Not JSON: the status says enough.
    }
    const serverCode = this.#said(error?.code);
    const retryAfter = readRetryAfter(headers.get('Retry-After'), Date.now());
    const auth = status === 401 || status === 403;
    const server = [this.#said(error?.message), serverCode && `(${serverCode})`].filter(Boolean).join(' ');
    const message =
      `The Calls API answered ${[status, this.#said(statusText)].filter(Boolean).join(' ')} for ${where}` +
      (server ? `: ${server.replace(/\.$/, '')}.` : '.') +
      (auth ? ' Check that the auth token is valid and may read call logs.' : '') +
      (retryAfter !== undefined ? ` It asked to retry after ${retryAfter} s.` : '');
    return new CallLogError(auth ? 'AUTH' : 'HTTP', message, { status, serverCode, retryAfter });
  }
}
