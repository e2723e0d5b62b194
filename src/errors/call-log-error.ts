/**
 * Codes a program can switch on. `INVALID_CONFIG` comes from the elements' attributes; the rest from the
 * builder and the sources.
 */
export type CallLogErrorCode =
  | 'NETWORK'
  | 'TIMEOUT'
  | 'AUTH'
  | 'HTTP'
  | 'BAD_RESPONSE'
  | 'ABORTED'
  | 'INVALID_ARGUMENT'
  | 'INVALID_CONFIG';

export interface CallLogErrorOptions {
  cause?: unknown;
  /** HTTP status, for `AUTH` and `HTTP` errors. */
  status?: number;
  /** The server's own error code, when its body names one. */
  serverCode?: string;
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  retryAfter?: number;
}

/** The one error type of this package: every failure reaches callers as a `CallLogError` with a `code`. */
export class CallLogError extends Error {
  override readonly name = 'CallLogError';
  readonly code: CallLogErrorCode;
  readonly status?: number;
  readonly serverCode?: string;
  readonly retryAfter?: number;

  constructor(code: CallLogErrorCode, message: string, options: CallLogErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    // Only the details given become properties, so an error shows (and serialises) just what it knows.
    for (const key of ['status', 'serverCode', 'retryAfter'] as const) {
      if (options[key] !== undefined) Object.assign(this, { [key]: options[key] });
    }
  }

  /** Wraps anything thrown into a `CallLogError`, keeping one that already is. */
  static from(error: unknown, fallback: CallLogErrorCode = 'NETWORK'): CallLogError {
    if (error instanceof CallLogError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') {
      return new CallLogError('ABORTED', 'The request was aborted.', { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new CallLogError(fallback, message, { cause: error });
  }
}

/** Quotes a value for an error message without letting a huge value flood it. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    // Numbers as written (JSON would show NaN as null); what JSON cannot show (undefined, a function) as text.
    text = (typeof value === 'number' ? undefined : JSON.stringify(value)) ?? String(value);
  } catch {
    // A cycle or a BigInt.
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * An `INVALID_ARGUMENT` error saying what was wrong and what is allowed: `{what} {value} is not allowed; use {allowed}.`
 * `quote` false leaves the value out (a secret, such as a token or a URL with a password).
 */
export function invalid(what: string, value: unknown, allowed: string, quote = true): CallLogError {
  const shown = quote ? ` ${describeValue(value)}` : '';
  return new CallLogError('INVALID_ARGUMENT', `${what}${shown} is not allowed; use ${allowed}.`);
}
