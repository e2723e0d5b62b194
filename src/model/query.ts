import { CallLogError, invalid } from '../errors/call-log-error.js';
import {
  CALL_CATEGORIES,
  CALL_DIRECTIONS,
  CALL_STATUSES,
  CALL_TYPES,
  type CallCategory,
  type CallDirection,
  type CallStatus,
  type CallType,
} from './call-log.js';
import { rangeOf, readDate } from './find.js';

export const DEFAULT_LIMIT = 30;
export const MAX_LIMIT = 100;

/** The filters of a call-log query, keyed by the builder's names. An unset filter is absent. */
export interface CallLogFilters {
  sessionType?: CallType;
  callStatus?: CallStatus;
  hasRecording?: boolean;
  callCategory?: CallCategory;
  callDirection?: CallDirection;
  uid?: string;
  guid?: string;
  /** Text the other party's, the group's or a participant's name or id contains; case and accents are ignored. */
  search?: string;
  /** Only calls placed at or after this ISO 8601 date or date-time (a date is its first moment, in the page's time zone). */
  from?: string;
  /** Only calls placed at or before this ISO 8601 date or date-time (a date is its whole day, in the page's time zone). */
  to?: string;
}

/** What a source is asked for: the filters plus the page size. */
export interface CallLogQuery extends CallLogFilters {
  limit: number;
}

type QueryKey = keyof CallLogQuery;

/** The allowed values of each enumerated filter. */
export const FILTER_VALUES = {
  sessionType: CALL_TYPES,
  callStatus: CALL_STATUSES,
  callCategory: CALL_CATEGORIES,
  callDirection: CALL_DIRECTIONS,
} as const;

/**
 * What a setting accepts: `read` returns the value to use (a page size above the maximum clamps to it) or
 * `undefined` when the value is not allowed; `allowed` says what is, for the error.
 */
export interface Rule<T> {
  read(value: unknown): T | undefined;
  allowed: string;
}

/** The values quoted, for a list of what is allowed: `"a", "b"`. */
export const quoteAll = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/** A rule that allows only the given strings. */
export const oneOf = <T extends string>(values: readonly T[]): Rule<T> => ({
  read: (value) => (values.includes(value as T) ? (value as T) : undefined),
  allowed: `one of ${quoteAll(values)}`,
});

/** `value` when it is a string with more than white space in it, else `undefined`. */
export const nonBlank = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const ID: Rule<string> = { read: nonBlank, allowed: 'a non-empty id string' };

/** Whether a filter's value leaves it unset: absent, or a blank search (as an emptied search box is). */
export const isUnset = (key: string, value: unknown): boolean =>
  value === undefined || value === null || (key === 'search' && typeof value === 'string' && value.trim() === '');

/** Longest search: enough for any name, short enough that a pasted page is refused rather than matched. */
export const MAX_SEARCH_LENGTH = 200;

const DATE: Rule<string> = {
  read: (value) => {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
    return typeof value === 'string' && readDate(value) !== undefined ? value.trim() : undefined;
  },
  allowed:
    'an ISO 8601 date or date-time such as "2026-12-04", "2026-12-04T09:30" (both in the page\'s time zone) or "2026-12-04T09:30:00Z"',
};

/** The rule of each query key, in the order errors and comparisons go through them. */
export const QUERY_RULES: { [K in QueryKey]-?: Rule<CallLogQuery[K]> } = {
  limit: {
    read: (value) =>
      Number.isInteger(value) && (value as number) >= 1 ? Math.min(value as number, MAX_LIMIT) : undefined,
    allowed: `an integer from 1 to ${MAX_LIMIT} (larger values are clamped to ${MAX_LIMIT})`,
  },
  sessionType: oneOf(FILTER_VALUES.sessionType),
  callStatus: oneOf(FILTER_VALUES.callStatus),
  hasRecording: { read: (value) => (typeof value === 'boolean' ? value : undefined), allowed: 'true or false' },
  callCategory: oneOf(FILTER_VALUES.callCategory),
  callDirection: oneOf(FILTER_VALUES.callDirection),
  uid: ID,
  guid: ID,
  search: {
    read: (value) => {
      const text = nonBlank(value)?.trim();
      return text && text.length <= MAX_SEARCH_LENGTH ? text : undefined;
    },
    allowed: `text of 1 to ${MAX_SEARCH_LENGTH} characters`,
  },
  from: DATE,
  to: DATE,
};

/** Every key a query has: the page size, first, and the filters. */
export const QUERY_KEYS = Object.keys(QUERY_RULES) as QueryKey[];
export const FILTER_KEYS = QUERY_KEYS.slice(1) as (keyof CallLogFilters)[];

/** Reads `value` by `rule`, or throws an `INVALID_ARGUMENT` `CallLogError` naming `where` (a setter or key). */
function checkRule<T>(rule: Rule<T>, value: unknown, where: string): T {
  const read = rule.read(value);
  if (read === undefined) throw invalid(`${where}:`, value, rule.allowed);
  return read;
}

export const checkId = (value: unknown, where: string): string => checkRule(ID, value, where);

/** Checks the value of one filter, or of `limit`, by its key; `where` names the setter or key in the error. */
export function checkFilter<K extends QueryKey>(key: K, value: unknown, where: string): CallLogQuery[K] {
  return checkRule(QUERY_RULES[key] as Rule<CallLogQuery[K]>, value, where);
}

/**
 * Throws an `INVALID_ARGUMENT` `CallLogError` when `from` is later than `to`; `where` names them in the message
 * (the setters, keys or attributes).
 */
export function checkRange({ from, to }: CallLogFilters, where: { from: string; to: string } = { from: 'from', to: 'to' }, code: 'INVALID_ARGUMENT' | 'INVALID_CONFIG' = 'INVALID_ARGUMENT'): void {
  const { start, end } = rangeOf(from, to);
  if (start !== undefined && end !== undefined && start > end) {
    throw new CallLogError(
      code,
      `${where.from} "${from}" is later than ${where.to} "${to}": the range must start on or before the day it ends.`,
    );
  }
}

/**
 * Checks a whole filters object (as set on an element's `filters` property or given to a source): unknown keys
 * and bad values throw a `CallLogError` naming them. Undefined values count as unset.
 */
export function checkFilters(filters: unknown, where = 'filters'): CallLogFilters & { limit?: number } {
  if (filters === null || typeof filters !== 'object') throw invalid(`${where}:`, filters, 'an object of filters');
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (isUnset(key, value)) continue;
    if (!QUERY_KEYS.includes(key as QueryKey)) throw invalid(`${where}:`, key, `the keys ${quoteAll(QUERY_KEYS)}`);
    result[key] = checkFilter(key as QueryKey, value, `${where}.${key}`);
  }
  checkRange(result, { from: `${where}.from`, to: `${where}.to` });
  return result;
}

/** True when both queries ask for the same thing. */
export function sameQuery(a: CallLogQuery, b: CallLogQuery): boolean {
  return QUERY_KEYS.every((key) => a[key] === b[key]);
}
