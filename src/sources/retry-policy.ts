import type { CallLogError } from '../errors/call-log-error.js';

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
// Typed to be asked about an error without a status too.
const TRANSIENT_STATUSES: ReadonlySet<number | undefined> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Milliseconds to wait before trying again after `error`, which ended try number `attempt` (0 for the first), or
 * `undefined` when it is not retried (see {@link RetryOptions}). `random` is a number from 0 up to 1 (`Math.random()`),
 * the share of the longest wait that is taken; `offline` is whether the browser is offline. Reads nothing else.
 */
export function retryDelay(
  { code, status, retryAfter }: Pick<CallLogError, 'code' | 'status' | 'retryAfter'>,
  attempt: number,
  { retries, baseDelay, maxDelay }: Readonly<Required<RetryOptions>>,
  random: number,
  offline: boolean,
): number | undefined {
  if (attempt >= retries) return undefined;
  const transient =
    (code === 'NETWORK' && !offline) ||
    code === 'TIMEOUT' ||
    code === 'BAD_RESPONSE' ||
    (code === 'HTTP' && TRANSIENT_STATUSES.has(status));
  if (!transient) return undefined;
  const asked = (retryAfter ?? 0) * 1000;
  if (asked > maxDelay) return undefined;
  return Math.max(asked, random * Math.min(maxDelay, baseDelay * 2 ** attempt));
}

/**
 * Seconds from a `Retry-After` header: a number of seconds, or an HTTP date (the seconds from `now`, in milliseconds
 * since the epoch like `Date.now()`, until then, rounded up; 0 for a date passed); `undefined` when there is no
 * header or it is neither.
 */
export function readRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
