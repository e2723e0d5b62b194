/**
 * Reads the CometChat Calls REST API's answers: a page of calls in its envelope, or one call, and the
 * `BAD_RESPONSE` errors for answers that cannot be used. Each call is read by the model's tolerant reader
 * (`model/read-call.ts`).
 */
import { CallLogError, describeValue } from '../errors/call-log-error.js';
import type { CallLog } from '../model/call-log.js';
import { isObject, readCall, readCalls } from '../model/read-call.js';
import type { CallLogPage, CallLogPagination } from './call-log-source.js';

// `Number.isFinite` is false for anything but a finite number: it does not convert.
const numberOr = <T>(value: unknown, fallback: T): number | T => (Number.isFinite(value) ? (value as number) : fallback);

/** A `BAD_RESPONSE` error: the Calls API answered the request `where` names with `what` it cannot use. */
export const badResponse = (where: string, what: string): CallLogError =>
  new CallLogError('BAD_RESPONSE', `The Calls API answered ${where} with ${what}.`);

/** What a body looks like, without quoting its values (a server could echo anything, even a token, in them). */
function shapeOf(body: unknown): string {
  if (isObject(body)) return `an object with the keys ${describeValue(Object.keys(body))}`;
  return Array.isArray(body) ? 'an array' : body === null ? 'null' : `a ${typeof body}`;
}

/**
 * One call as the Calls API sends it (or already in the model's names), in the answer to the request `where`
 * names. Throws a `BAD_RESPONSE` `CallLogError` when the item has no usable session id.
 */
export function parseCallLog(raw: unknown, where: string): CallLog {
  const call = readCall(raw);
  if ('reason' in call) throw badResponse(where, `a call that cannot be read: ${call.reason}`);
  return call;
}

/**
 * A list answer, `{ data: [...], meta: { pagination: { total, count, per_page, current_page, total_pages } } }`, to
 * the request `where` names. Items that cannot be read are left out and listed in `skipped`; `pagination.count`
 * stays the server's count of items on the page, so a page with skipped items is not taken for a short last page.
 * `expected` fills in figures the server leaves out. Throws a `BAD_RESPONSE` `CallLogError` when the body is not
 * such an envelope.
 */
export function parseCallLogPage(
  body: unknown,
  where: string,
  expected?: { page: number; perPage: number },
): CallLogPage {
  const data = isObject(body) ? body.data : undefined;
  const figures = isObject(body) && isObject(body.meta) ? body.meta.pagination : undefined;
  if (!Array.isArray(data) || !isObject(figures)) {
    const envelope = '{"data": [...], "meta": {"pagination": {...}}}';
    throw badResponse(where, `JSON that is not a page of calls (${envelope}) but ${shapeOf(body)}`);
  }
  const { items, skipped } = readCalls(data);
  const total = numberOr(figures.total, undefined);
  const totalPages = numberOr(figures.total_pages ?? figures.totalPages, undefined);
  const pagination: CallLogPagination = {
    ...(total !== undefined && { total }),
    count: numberOr(figures.count, data.length),
    perPage: numberOr(figures.per_page ?? figures.perPage, expected?.perPage ?? data.length),
    currentPage: numberOr(figures.current_page ?? figures.currentPage, expected?.page ?? 1),
    ...(totalPages !== undefined && { totalPages }),
  };
  return { items, pagination, ...(skipped.length > 0 && { skipped }) };
}
